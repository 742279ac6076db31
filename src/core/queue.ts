/**
 * Checking send-later queue data (DESIGN §5): a hand-off reported by the content script after
 * the provider's own scheduler took a reply, and queue entries read back from storage. Neither
 * ever carries a body; keys the shapes do not name are dropped.
 */
import * as v from 'valibot';
import { IsoInstantSchema } from './instant-schema.ts';
import { ProfileIdsSchema, ProviderSchema, RecordIdSchema } from './ledger.ts';
import { normalizeRecipient } from './matching.ts';
import type { HandoffRequest, QueueEntry, QueueStatus } from './queue-types.ts';
import { checkWith, type Checked } from './schema-problems.ts';

export const MAX_SUBJECT_LENGTH = 1_000;
export const MAX_QUEUE_RECIPIENTS = 1_000;
/** The longest e-mail address the standards allow (RFC 5321 path limit), with room for a display name. */
const MAX_RECIPIENT_LENGTH = 1_000;

export const QUEUE_STATUSES = [
  'pending',
  'sending',
  'sent',
  'failed',
  'needs-attention',
  'cancelled',
  'handed-off',
] as const satisfies readonly QueueStatus[];

const RecipientsSchema = v.pipe(
  v.array(
    v.pipe(
      v.string('expected a recipient (text)'),
      v.trim(),
      v.nonEmpty('expected a non-empty recipient'),
      v.maxLength(MAX_RECIPIENT_LENGTH, `expected a recipient of at most ${MAX_RECIPIENT_LENGTH} characters`),
    ),
    'expected a list of recipients',
  ),
  v.minLength(1, 'expected at least one recipient'),
  v.maxLength(MAX_QUEUE_RECIPIENTS, `expected at most ${MAX_QUEUE_RECIPIENTS} recipients`),
);

const SubjectSchema = v.pipe(
  v.string('expected the subject (text)'),
  v.maxLength(MAX_SUBJECT_LENGTH, `expected at most ${MAX_SUBJECT_LENGTH} characters`),
);

const handoffEntries = {
  id: RecordIdSchema,
  provider: ProviderSchema,
  profileIds: ProfileIdsSchema,
  recipients: RecipientsSchema,
  subject: SubjectSchema,
  dueAt: IsoInstantSchema,
};

export const HandoffRequestSchema = v.object(handoffEntries, 'expected a hand-off (an object)');

export const QueueEntrySchema = v.object(
  {
    ...handoffEntries,
    status: v.picklist(QUEUE_STATUSES, `expected one of ${QUEUE_STATUSES.map((s) => `"${s}"`).join(', ')}`),
    mode: v.picklist(['provider', 'local'], 'expected "provider" or "local"'),
    createdAt: IsoInstantSchema,
  },
  'expected a queue entry (an object)',
);

const FIELDS: Record<string, string> = {
  id: 'id',
  provider: 'provider',
  profileIds: 'clients',
  recipients: 'recipients',
  subject: 'subject',
  dueAt: 'due time',
  status: 'status',
  mode: 'delivery mode',
  createdAt: 'creation time',
};


/**
 * A hand-off as the worker stores it: recipients normalised (`Jane <Jane+x@ACME.com>` →
 * `jane@acme.com`; a name without an address, such as a contact group, is kept as typed), and
 * a due time after `now` — the provider cannot schedule a reply in the past.
 */
export function validateHandoffRequest(input: unknown, now: Date): Checked<HandoffRequest> {
  const checked = checkWith(HandoffRequestSchema, input, 'The scheduled reply', FIELDS);
  if (!checked.ok) return checked;
  const request = checked.value;
  if (Date.parse(request.dueAt) <= now.getTime()) {
    return {
      ok: false,
      problems: [{ path: 'dueAt', message: `The scheduled reply, due time: expected a time in the future, got ${request.dueAt}.` }],
    };
  }
  const recipients = [...new Set(request.recipients.map((r) => normalizeRecipient(r) ?? r))];
  return { ok: true, value: { ...request, recipients } };
}

/** The `handed-off` entry recorded for a hand-off: the provider's scheduler holds the message. */
export function handoffEntry(request: HandoffRequest, now: Date): QueueEntry {
  return { ...request, status: 'handed-off', mode: 'provider', createdAt: now.toISOString() };
}

/** A stored entry, read back. */
export function validateQueueEntry(raw: unknown): Checked<QueueEntry> {
  return checkWith(QueueEntrySchema, raw, 'The queue entry', FIELDS);
}

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _handoffMatches: Equal<v.InferOutput<typeof HandoffRequestSchema>, HandoffRequest> = true;
const _entryMatches: Equal<v.InferOutput<typeof QueueEntrySchema>, QueueEntry> = true;
