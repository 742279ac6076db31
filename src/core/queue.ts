/**
 * Checking send-later queue data (DESIGN §5): a hand-off reported by the content script after
 * the provider's own scheduler took a reply, and queue entries read back from storage. Neither
 * ever carries a body; keys the shapes do not name are dropped.
 */
import * as v from 'valibot';
import { IsoInstantSchema } from './instant-schema.ts';
import { ProfileIdsSchema, ProviderSchema, RecordIdSchema } from './ledger.ts';
import { normalizeRecipient } from './matching.ts';
import { MAX_PROBLEM_LENGTH, MAX_REASON_LENGTH, shorten } from './queue-reason.ts';
import { QUEUE_STATUSES, type EnqueueRequest, type HandoffRequest, type QueueEntry } from './queue-types.ts';
import { checkWith, type Checked } from './schema-problems.ts';

export const MAX_SUBJECT_LENGTH = 1_000;
export const MAX_QUEUE_RECIPIENTS = 1_000;
/** The longest e-mail address the standards allow (RFC 5321 path limit), with room for a display name. */
const MAX_RECIPIENT_LENGTH = 1_000;

export { QUEUE_STATUSES };

const RecipientSchema = v.pipe(
  v.string('expected a recipient (text)'),
  v.trim(),
  v.nonEmpty('expected a non-empty recipient'),
  v.maxLength(MAX_RECIPIENT_LENGTH, `expected a recipient of at most ${MAX_RECIPIENT_LENGTH} characters`),
);

const RecipientsSchema = v.pipe(
  v.array(RecipientSchema, 'expected a list of recipients'),
  v.minLength(1, 'expected at least one recipient'),
  v.maxLength(MAX_QUEUE_RECIPIENTS, `expected at most ${MAX_QUEUE_RECIPIENTS} recipients`),
);

const SubjectSchema = v.pipe(
  v.string('expected the subject (text)'),
  v.maxLength(MAX_SUBJECT_LENGTH, `expected at most ${MAX_SUBJECT_LENGTH} characters`),
);

/** An account's e-mail address as the mail page shows it (RFC 5321 allows 254 characters). */
export const AccountAddressSchema = v.pipe(
  v.string('expected the account address (text)'),
  v.maxLength(254, 'expected at most 254 characters'),
  v.regex(/^[^\s@]+@[^\s@]+$/, 'expected an e-mail address'),
);

const handoffEntries = {
  id: RecordIdSchema,
  provider: ProviderSchema,
  profileIds: ProfileIdsSchema,
  recipients: RecipientsSchema,
  subject: SubjectSchema,
  dueAt: IsoInstantSchema,
  accountAddress: v.optional(AccountAddressSchema),
};

export const HandoffRequestSchema = v.object(handoffEntries, 'expected a hand-off (an object)');

/** A body far beyond any real reply (Gmail's limit is 25 MB with attachments); keeps a bad message from filling the disk. */
export const MAX_REPLY_HTML_LENGTH = 10_000_000;
const MAX_URL_LENGTH = 4_000;

const AddressListSchema = v.pipe(
  v.array(RecipientSchema, 'expected a list of recipients'),
  v.maxLength(MAX_QUEUE_RECIPIENTS, `expected at most ${MAX_QUEUE_RECIPIENTS} recipients`),
);

const MailUrlSchema = v.pipe(
  v.string('expected an address (text)'),
  v.maxLength(MAX_URL_LENGTH, `expected at most ${MAX_URL_LENGTH} characters`),
  v.check((url) => /^https:\/\/[^/]+\//.test(url), 'expected an https address'),
);

export const ThreadRefSchema = v.object(
  { id: RecordIdSchema, url: MailUrlSchema },
  'expected the conversation (an object) or null',
);

export const LocalReplySchema = v.pipe(
  v.object(
    {
      to: AddressListSchema,
      cc: AddressListSchema,
      bcc: AddressListSchema,
      html: v.pipe(
        v.string('expected the body (HTML text)'),
        v.maxLength(
          MAX_REPLY_HTML_LENGTH,
          `expected a body of at most ${MAX_REPLY_HTML_LENGTH.toLocaleString('en-US')} characters`,
        ),
      ),
      thread: v.nullable(ThreadRefSchema),
    },
    'expected the reply (an object)',
  ),
  v.check((r) => r.to.length + r.cc.length + r.bcc.length > 0, 'expected at least one recipient in To, Cc or Bcc'),
);

export const QueueEntrySchema = v.object(
  {
    ...handoffEntries,
    status: v.picklist(QUEUE_STATUSES, `expected one of ${QUEUE_STATUSES.map((s) => `"${s}"`).join(', ')}`),
    mode: v.picklist(['provider', 'local'], 'expected "provider" or "local"'),
    createdAt: IsoInstantSchema,
    account: v.optional(MailUrlSchema),
    reply: v.optional(LocalReplySchema),
    attempts: v.optional(
      v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'expected 0 or more')),
    ),
    retryAt: v.optional(IsoInstantSchema),
    sendingSince: v.optional(IsoInstantSchema),
    sentAt: v.optional(IsoInstantSchema),
    problem: v.optional(
      v.pipe(v.string('expected text'), v.maxLength(MAX_PROBLEM_LENGTH, 'expected at most 2,000 characters')),
    ),
    firstDueAt: v.optional(IsoInstantSchema),
    updatedAt: v.optional(IsoInstantSchema),
    openingSince: v.optional(IsoInstantSchema),
    revision: v.optional(
      v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'expected 0 or more')),
    ),
  },
  'expected a queue entry (an object)',
);

export const EnqueueRequestSchema = v.object(
  {
    ...handoffEntries,
    account: MailUrlSchema,
    reply: LocalReplySchema,
    why: v.variant(
      'kind',
      [
        v.object({ kind: v.literal('chosen') }),
        v.object({
          kind: v.literal('scheduler-failed'),
          reason: v.pipe(
            v.string('expected the reason (text)'),
            v.maxLength(2_000, 'expected at most 2,000 characters'),
          ),
        }),
      ],
      'expected why local delivery: "chosen" or "scheduler-failed"',
    ),
  },
  'expected a reply to send later (an object)',
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
  account: 'mail account',
  accountAddress: 'account address',
  reply: 'reply',
  'reply.to': 'To',
  'reply.cc': 'Cc',
  'reply.bcc': 'Bcc',
  'reply.html': 'body',
  'reply.thread': 'conversation',
  attempts: 'attempts',
  retryAt: 'retry time',
  sendingSince: 'sending since',
  sentAt: 'sent time',
  problem: 'problem',
  firstDueAt: 'first due time',
  updatedAt: 'last change',
  openingSince: 'opening since',
  revision: 'revision',
  why: 'why',
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
      problems: [
        {
          path: 'dueAt',
          message: `The scheduled reply, due time: expected a time in the future, got ${request.dueAt}.`,
        },
      ],
    };
  }
  const recipients = [...new Set(request.recipients.map((r) => normalizeRecipient(r) ?? r))];
  return { ok: true, value: { ...request, recipients } };
}

/**
 * A reply for the local queue, as the worker stores it: checked like a hand-off (recipients
 * normalised, due in the future) plus the reply itself.
 */
export function validateEnqueueRequest(input: unknown, now: Date): Checked<EnqueueRequest> {
  const checked = checkWith(EnqueueRequestSchema, input, 'The reply to send later', FIELDS);
  if (!checked.ok) return checked;
  const handoff = validateHandoffRequest(checked.value, now);
  if (!handoff.ok) return handoff;
  return { ok: true, value: { ...checked.value, recipients: handoff.value.recipients } };
}

/** The `pending` local entry stored for an enqueue request. */
export function localEntry(request: EnqueueRequest, now: Date): QueueEntry {
  const { why: _why, ...rest } = request;
  const at = now.toISOString();
  return { ...rest, status: 'pending', mode: 'local', createdAt: at, updatedAt: at, attempts: 0 };
}

/** The `handed-off` entry recorded for a hand-off: the provider's scheduler holds the message. */
export function handoffEntry(request: HandoffRequest, now: Date): QueueEntry {
  return { ...request, status: 'handed-off', mode: 'provider', createdAt: now.toISOString() };
}

/**
 * A stored entry, read back. A text longer than its limit (a `problem` that quoted a whole
 * recipient list, written before reasons were kept short) is shortened and the shortening said
 * in the entry's problem, instead of failing the record: a record that fails is never delivered,
 * cancelled or opened again, and its body would stay stored for ever (issue 13 A1). Nothing is
 * written back; the next state change stores the short text.
 */
export function validateQueueEntry(raw: unknown): Checked<QueueEntry> {
  return checkWith(QueueEntrySchema, withLongTextsShortened(raw), 'The queue entry', FIELDS);
}

function withLongTextsShortened(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const record = raw as Record<string, unknown>;
  const notes: string[] = [];
  let problem = typeof record.problem === 'string' ? record.problem : undefined;
  let subject = record.subject;
  if (problem !== undefined && problem.length > MAX_PROBLEM_LENGTH) {
    notes.push(`its stored problem had ${problem.length.toLocaleString('en-US')} characters`);
    problem = shorten(problem, MAX_REASON_LENGTH);
  }
  if (typeof subject === 'string' && subject.length > MAX_SUBJECT_LENGTH) {
    notes.push(`its subject had ${subject.length.toLocaleString('en-US')} characters`);
    subject = shorten(subject, MAX_SUBJECT_LENGTH);
  }
  if (notes.length === 0) return raw;
  const note = `Red Cup shortened this entry when reading it (${notes.join('; ')}).`;
  return { ...record, subject, problem: problem === undefined ? note : `${problem} ${note}` };
}

const SalvageSchema = v.object({
  provider: ProviderSchema,
  account: MailUrlSchema,
  subject: v.pipe(
    v.string(),
    v.transform((s) => shorten(s, MAX_SUBJECT_LENGTH)),
  ),
  reply: LocalReplySchema,
});

/**
 * What can still be used of a damaged queue record: its provider, account, subject and reply,
 * when those are sound — enough to open the reply in a compose window. Null when they are not.
 */
export function salvageReply(raw: unknown): v.InferOutput<typeof SalvageSchema> | null {
  if (Array.isArray(raw)) return null;
  const parsed = v.safeParse(SalvageSchema, raw);
  return parsed.success ? parsed.output : null;
}

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _handoffMatches: Equal<v.InferOutput<typeof HandoffRequestSchema>, HandoffRequest> = true;
const _entryMatches: Equal<v.InferOutput<typeof QueueEntrySchema>, QueueEntry> = true;
const _enqueueMatches: Equal<v.InferOutput<typeof EnqueueRequestSchema>, EnqueueRequest> = true;
