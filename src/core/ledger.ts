/**
 * Checking ledger events (DESIGN §3 "Ledger event"): what the content script sends before it is
 * stored, and what is read back from storage. Keys the shapes do not name are dropped — so a
 * body or subject sent by mistake is never stored (the ledger never holds message text).
 */
import * as v from 'valibot';
import { IsoInstantSchema } from './instant-schema.ts';
import type {
  ArchivedClient,
  LedgerEvent,
  LedgerEventInput,
  LedgerKind,
  PromiseRecord,
  TriageAnswer,
  TriageRecordInput,
} from './ledger-types.ts';
import type { QueueStatus } from './queue-types.ts';
import { QUEUE_STATUSES } from './queue-types.ts';
import { checkWith, type Checked } from './schema-problems.ts';

export const LEDGER_KINDS = [
  'sent-inside',
  'scheduled',
  'sent-emergency',
  'sent-anyway',
  'cancelled',
  'delivered',
  'delivered-late',
  'failed',
  'queued',
  'sending',
  'retrying',
  'needs-attention',
  'moved',
  'reply-cancelled',
] as const satisfies readonly LedgerKind[];

const ANSWERS = ['yes', 'no', 'unsure'] as const satisfies readonly TriageAnswer[];

/** Far above any real id or client count; keeps one message cheap to check and store. */
export const MAX_ID_LENGTH = 200;
export const MAX_PROFILES_PER_EVENT = 1_000;

const quoted = (list: readonly string[]) => list.map((k) => `"${k}"`).join(', ');

export const RecordIdSchema = v.pipe(
  v.string('expected an id (text)'),
  v.nonEmpty('expected a non-empty id'),
  v.maxLength(MAX_ID_LENGTH, `expected an id of at most ${MAX_ID_LENGTH} characters`),
);

export const ProviderSchema = v.picklist(['gmail', 'outlook'], 'expected "gmail" or "outlook"');

export const ProfileIdsSchema = v.pipe(
  v.array(
    v.pipe(v.string('expected a profile id (text)'), v.nonEmpty('expected a non-empty profile id')),
    'expected a list of profile ids',
  ),
  v.maxLength(MAX_PROFILES_PER_EVENT, `expected at most ${MAX_PROFILES_PER_EVENT} profile ids`),
);

const answer = () => v.picklist(ANSWERS, `expected one of ${quoted(ANSWERS)}`);

const TriageRecordSchema = v.object(
  {
    answers: v.object(
      { agreedSituation: answer(), realHarm: answer(), emergencyToClient: answer() },
      'expected the three answers (an object)',
    ),
    suggestion: v.picklist(['real-emergency', 'red-cup'], 'expected "real-emergency" or "red-cup"'),
  },
  'expected the triage (an object) or null',
);

const ledgerEntries = {
  id: RecordIdSchema,
  kind: v.picklist(LEDGER_KINDS, `expected one of ${quoted(LEDGER_KINDS)}`),
  // An event belongs to at least one client: the report is per client.
  profileIds: v.pipe(ProfileIdsSchema, v.minLength(1, 'expected at least one profile id')),
  at: IsoInstantSchema,
  requestAt: v.nullable(IsoInstantSchema),
  triage: v.nullable(TriageRecordSchema),
  provider: ProviderSchema,
  scheduledFor: v.nullable(IsoInstantSchema),
  queue: v.optional(
    v.object(
      {
        entryId: RecordIdSchema,
        status: v.picklist(QUEUE_STATUSES, `expected one of ${quoted(QUEUE_STATUSES)}`),
        reason: v.nullable(
          v.pipe(
            v.string('expected the reason (text) or null'),
            v.maxLength(2_000, 'expected at most 2,000 characters'),
          ),
        ),
      },
      'expected the queue change (an object)',
    ),
  ),
};

export const LedgerEventInputSchema = v.object(ledgerEntries, 'expected a ledger event (an object)');

const PromiseRecordSchema = v.object(
  {
    profileId: v.pipe(v.string('expected a profile id (text)'), v.nonEmpty('expected a non-empty profile id')),
    deadline: v.nullable(IsoInstantSchema),
    outcome: v.nullable(v.picklist(['kept', 'broken'], 'expected "kept", "broken" or null')),
  },
  'expected the promise (an object)',
);

/**
 * A stored event. `promises` is written by the worker only (the content script cannot claim a
 * kept promise: the input schema drops it); events stored before version 4 have none.
 */
export const LedgerEventSchema = v.object(
  {
    ...ledgerEntries,
    recordedAt: IsoInstantSchema,
    promises: v.optional(
      v.pipe(
        v.array(PromiseRecordSchema, 'expected a list of promises'),
        v.maxLength(MAX_PROFILES_PER_EVENT, `expected at most ${MAX_PROFILES_PER_EVENT} promises`),
      ),
    ),
  },
  'expected a ledger event (an object)',
);

const FIELDS: Record<string, string> = {
  id: 'id',
  kind: 'kind',
  profileIds: 'clients',
  at: 'time',
  requestAt: 'request time',
  triage: 'triage',
  provider: 'provider',
  scheduledFor: 'scheduled time',
  queue: 'queue change',
  recordedAt: 'recorded time',
  promises: 'promises',
};

/** An event sent to `ledger/record`: unknown kinds and impossible times refused, extra keys dropped. */
export function validateLedgerEventInput(input: unknown): Checked<LedgerEventInput> {
  return checkWith(LedgerEventInputSchema, input, 'The ledger event', FIELDS);
}

/** A stored event, read back. */
export function validateLedgerEvent(raw: unknown): Checked<LedgerEvent> {
  return checkWith(LedgerEventSchema, raw, 'The ledger event', FIELDS);
}

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _inputMatches: Equal<v.InferOutput<typeof LedgerEventInputSchema>, LedgerEventInput> = true;
const _eventMatches: Equal<v.InferOutput<typeof LedgerEventSchema>, LedgerEvent> = true;

// ── Reading a year of events fast ───────────────────────────────────────────────────────────

const KINDS = new Set<string>(LEDGER_KINDS);
const STATUSES = new Set<string>(QUEUE_STATUSES);
const ANSWER_SET = new Set<string>(ANSWERS);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the digits at [from, from + length), or -1 when one is not a digit. */
function digits(s: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * An instant exactly as Red Cup stores it (`toISOString()` form, `2026-11-24T01:10:00.000Z`,
 * a real date). Checked character by character: this runs four times per event read, and a
 * parse-and-format round trip per instant made reading a year of events mostly garbage collection.
 */
export function isStoredInstant(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 24) return false;
  const s = value;
  if (s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':' || s[19] !== '.' || s[23] !== 'Z')
    return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  if (
    year < 0 ||
    digits(s, 20, 3) < 0 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59
  )
    return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= last;
}

/**
 * The milliseconds of an instant; for the stored form computed from its digits (Date.parse
 * costs ~1 µs, and the report reads a few hundred thousand instants per answer).
 */
export function instantMs(iso: string): number {
  if (isStoredInstant(iso)) {
    return Date.UTC(
      digits(iso, 0, 4),
      digits(iso, 5, 2) - 1,
      digits(iso, 8, 2),
      digits(iso, 11, 2),
      digits(iso, 14, 2),
      digits(iso, 17, 2),
      digits(iso, 20, 3),
    );
  }
  return Date.parse(iso);
}

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

function storedTriage(raw: unknown): LedgerEvent['triage'] | undefined {
  if (raw === null) return null;
  if (typeof raw !== 'object') return undefined;
  const { answers, suggestion } = raw as Record<string, unknown>;
  if (typeof answers !== 'object' || answers === null) return undefined;
  const { agreedSituation, realHarm, emergencyToClient } = answers as Record<string, unknown>;
  if (![agreedSituation, realHarm, emergencyToClient].every((a) => typeof a === 'string' && ANSWER_SET.has(a)))
    return undefined;
  if (suggestion !== 'real-emergency' && suggestion !== 'red-cup') return undefined;
  return {
    answers: { agreedSituation, realHarm, emergencyToClient } as TriageRecordInput['answers'],
    suggestion,
  };
}

/**
 * A stored event, read back: the same rules as `validateLedgerEvent`, checked by hand for the
 * shape Red Cup itself writes (valibot costs ~15 µs an event, seconds for a year of them). Any
 * record this does not accept goes through `validateLedgerEvent`, which names its problems.
 */
export function readStoredLedgerEvent(raw: unknown): Checked<LedgerEvent> {
  const fast = fastRead(raw);
  return fast ?? validateLedgerEvent(raw);
}

function fastRead(raw: unknown): { ok: true; value: LedgerEvent } | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const { id, kind, profileIds, at, requestAt, provider, scheduledFor, recordedAt, queue, promises } = r;
  if (!isId(id) || typeof kind !== 'string' || !KINDS.has(kind)) return null;
  if (!Array.isArray(profileIds) || profileIds.length === 0 || profileIds.length > MAX_PROFILES_PER_EVENT) return null;
  if (!profileIds.every((p) => typeof p === 'string' && p.length > 0)) return null;
  if (!isStoredInstant(at) || !isStoredInstant(recordedAt)) return null;
  if (requestAt !== null && !isStoredInstant(requestAt)) return null;
  if (scheduledFor !== null && !isStoredInstant(scheduledFor)) return null;
  if (provider !== 'gmail' && provider !== 'outlook') return null;
  const triage = storedTriage(r.triage);
  if (triage === undefined) return null;
  const event: LedgerEvent = {
    id,
    kind: kind as LedgerKind,
    profileIds: profileIds as string[],
    at,
    requestAt,
    triage,
    provider,
    scheduledFor,
    recordedAt,
  };
  if (queue !== undefined) {
    if (typeof queue !== 'object' || queue === null) return null;
    const { entryId, status, reason } = queue as Record<string, unknown>;
    if (!isId(entryId) || typeof status !== 'string' || !STATUSES.has(status)) return null;
    if (reason !== null && (typeof reason !== 'string' || reason.length > 2_000)) return null;
    event.queue = { entryId, status: status as QueueStatus, reason };
  }
  if (promises !== undefined) {
    if (!Array.isArray(promises) || promises.length > MAX_PROFILES_PER_EVENT) return null;
    const list: PromiseRecord[] = [];
    for (const p of promises as unknown[]) {
      if (typeof p !== 'object' || p === null) return null;
      const { profileId, deadline, outcome } = p as Record<string, unknown>;
      if (typeof profileId !== 'string' || profileId.length === 0) return null;
      if (deadline !== null && !isStoredInstant(deadline)) return null;
      if (outcome !== null && outcome !== 'kept' && outcome !== 'broken') return null;
      list.push({ profileId, deadline, outcome });
    }
    event.promises = list;
  }
  return { ok: true, value: event };
}

const ArchivedClientSchema = v.object(
  {
    id: RecordIdSchema,
    name: v.pipe(v.string('expected the name (text)'), v.maxLength(1_000, 'expected at most 1,000 characters')),
    color: v.pipe(v.string('expected a colour'), v.regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #cc3333')),
    deletedAt: IsoInstantSchema,
  },
  'expected a deleted client (an object)',
);

/** A deleted client as remembered (store `archived-clients`). */
export function validateArchivedClient(raw: unknown): Checked<ArchivedClient> {
  return checkWith(ArchivedClientSchema, raw, 'The deleted client', {
    id: 'id',
    name: 'name',
    color: 'colour',
    deletedAt: 'deleted time',
  });
}
