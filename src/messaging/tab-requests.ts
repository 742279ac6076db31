/**
 * The shape of every message a mail tab is sent (tab-protocol.ts), checked in the tab before
 * anything acts on it, like the worker checks the runtime protocol. Loaded with `import()` on
 * the first tab message, so valibot stays out of the content script's start-up (DESIGN §6).
 */
import * as v from 'valibot';
import { IsoInstantSchema } from '../core/instant-schema.ts';
import { RecordIdSchema } from '../core/ledger.ts';
import { AccountAddressSchema, LocalReplySchema, MAX_QUEUE_RECIPIENTS, MAX_SUBJECT_LENGTH } from '../core/queue.ts';
import type { TabMessageName } from './tab-protocol.ts';

/** Messages without data: nothing, as the messaging library sends it (`undefined`, or `null` after a round trip). */
const Nothing = v.nullish(v.never(), undefined);

const Subject = v.pipe(
  v.string('expected the subject (text)'),
  v.maxLength(MAX_SUBJECT_LENGTH, `expected at most ${MAX_SUBJECT_LENGTH} characters`),
);

const Recipients = v.pipe(
  v.array(
    v.pipe(
      v.string('expected a recipient (text)'),
      v.maxLength(1_000, 'expected a recipient of at most 1,000 characters'),
    ),
    'expected a list of recipients',
  ),
  v.maxLength(MAX_QUEUE_RECIPIENTS, `expected at most ${MAX_QUEUE_RECIPIENTS} recipients`),
);

const DeliveryOrderSchema = v.object(
  {
    entryId: RecordIdSchema,
    subject: Subject,
    reply: LocalReplySchema,
    accountAddress: v.optional(AccountAddressSchema),
    // When the client's window closes: a tab reached after it (the laptop slept) does not send.
    sendBy: v.optional(IsoInstantSchema),
    resume: v.optional(
      v.object({ since: IsoInstantSchema, recipients: Recipients }, 'expected what to resume (an object)'),
    ),
  },
  'expected a delivery order (an object)',
);

const ComposeId = v.pipe(
  v.string('expected the compose id (text)'),
  v.nonEmpty('expected a compose id'),
  v.maxLength(200, 'expected an id of at most 200 characters'),
);

export const TAB_REQUESTS: { readonly [K in TabMessageName]: v.GenericSchema } = {
  'tab/compose-state': Nothing,
  'tab/compose-insert': v.object(
    {
      composeId: ComposeId,
      kind: v.picklist(['paragraph', 'signature'], 'expected "paragraph" or "signature"'),
      profileId: v.optional(
        v.pipe(
          v.string('expected the client id (text)'),
          v.nonEmpty('expected a client id'),
          v.maxLength(200, 'expected an id of at most 200 characters'),
        ),
      ),
    },
    'expected what to insert (an object)',
  ),
  'tab/compose-act': v.object(
    {
      composeId: ComposeId,
      action: v.picklist(['send-at', 'triage', 'send-now'], 'expected "send-at", "triage" or "send-now"'),
    },
    'expected the action (an object)',
  ),
  'tab/guard-refresh': Nothing,
  'tab/identity': Nothing,
  'tab/deliver': DeliveryOrderSchema,
  'tab/find-sent': v.object(
    { subject: Subject, recipients: Recipients, since: IsoInstantSchema },
    'expected what to look for (an object)',
  ),
  'tab/open-compose': DeliveryOrderSchema,
  'tab/cancel-scheduled': v.object(
    { subject: Subject, recipients: Recipients, dueAt: IsoInstantSchema },
    'expected the scheduled message (an object)',
  ),
};

/** `data` checked for `name`, or the problems, each in a few words ("reply.to: expected a list of recipients"). */
export function checkTabRequest(
  name: TabMessageName,
  data: unknown,
): { ok: true; data: unknown } | { ok: false; problems: string[] } {
  const parsed = v.safeParse(TAB_REQUESTS[name], data);
  if (parsed.success) return { ok: true, data: parsed.output };
  return {
    ok: false,
    problems: parsed.issues.slice(0, 5).map((issue) => `${v.getDotPath(issue) ?? 'the message'}: ${issue.message}`),
  };
}
