/**
 * The table of the messages a mail tab is sent (issue 14.5): for each its name, who sends it and
 * the valibot schema of its request — the one declaration of the request's shape (tab-protocol.ts
 * infers the request types from it, and tab-answers.ts holds each answer's). The tab checks every
 * request with it before anything acts on it, like the worker checks its own table
 * (messages.ts). Loaded with `import()` on the first tab message, so valibot stays out of the
 * content script's start-up (DESIGN §6); the rest of the code imports its types only.
 */
import * as v from 'valibot';
import { IsoInstantSchema } from '../core/instant-schema.ts';
import { RecordIdSchema } from '../core/ledger.ts';
import { AccountAddressSchema, LocalReplySchema, MAX_QUEUE_RECIPIENTS, MAX_SUBJECT_LENGTH } from '../core/queue.ts';

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
    /** The account it goes out from (QueueEntry.accountAddress): the tab sends only when it shows that account. */
    accountAddress: v.optional(AccountAddressSchema),
    /**
     * The boundary allows sending only until then (the client's window closes): a tab that gets
     * to press Send later — the laptop slept while it opened — does not send (issue 13 F21).
     */
    sendBy: v.optional(IsoInstantSchema),
    /**
     * Set when the worker asks again about a delivery it ordered before it was stopped: the tab
     * answers what it knows (the first attempt's outcome, or the message found in Sent) and
     * never sends — an unknown attempt stays unknown (DESIGN §5.4).
     */
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

/**
 * Who sends a tab message: the popup (about the compose the user is in) or the worker (the
 * send-later queue's deliveries, and the re-check after a settings change). Only Red Cup's own
 * contexts can message its content scripts (`tabs.sendMessage`); this says which one does.
 */
export type TabSender = 'popup' | 'worker';

export const TAB_MESSAGES = {
  'tab/compose-state': { from: 'popup', request: Nothing },
  'tab/compose-insert': {
    from: 'popup',
    request: v.object(
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
  },
  'tab/compose-act': {
    from: 'popup',
    request: v.object(
      {
        composeId: ComposeId,
        action: v.picklist(['send-at', 'triage', 'send-now'], 'expected "send-at", "triage" or "send-now"'),
      },
      'expected the action (an object)',
    ),
  },
  'tab/guard-refresh': { from: 'worker', request: Nothing },
  'tab/identity': { from: 'worker', request: Nothing },
  'tab/deliver': { from: 'worker', request: DeliveryOrderSchema },
  'tab/find-sent': {
    from: 'worker',
    request: v.object(
      { subject: Subject, recipients: Recipients, since: IsoInstantSchema },
      'expected what to look for (an object)',
    ),
  },
  'tab/open-compose': { from: 'worker', request: DeliveryOrderSchema },
  'tab/cancel-scheduled': {
    from: 'worker',
    request: v.object(
      { subject: Subject, recipients: Recipients, dueAt: IsoInstantSchema },
      'expected the scheduled message (an object)',
    ),
  },
} as const satisfies Record<string, { from: TabSender; request: v.GenericSchema }>;

export type TabMessageName = keyof typeof TAB_MESSAGES;
/** What a sender puts in a tab message (the schema's input). */
export type TabRequest<K extends TabMessageName> = v.InferInput<(typeof TAB_MESSAGES)[K]['request']>;
/** What the tab's handler gets once the check passed (the schema's output). */
export type TabCheckedRequest<K extends TabMessageName> = v.InferOutput<(typeof TAB_MESSAGES)[K]['request']>;

/** `data` checked for `name`, or the problems, each in a few words ("reply.to: expected a list of recipients"). */
export function checkTabRequest<K extends TabMessageName>(
  name: K,
  data: unknown,
): { ok: true; data: TabCheckedRequest<K> } | { ok: false; problems: string[] } {
  const parsed = v.safeParse(TAB_MESSAGES[name].request, data);
  if (parsed.success) return { ok: true, data: parsed.output };
  return {
    ok: false,
    problems: parsed.issues.slice(0, 5).map((issue) => `${v.getDotPath(issue) ?? 'the message'}: ${issue.message}`),
  };
}
