/**
 * What the ledger's events mean for the report (issue 12 "Definitions"): which events are
 * replies, when each counts, and whether it kept its promise.
 *
 * - `sent-inside`, `sent-emergency`, `sent-anyway` count when they were decided (`at`); a
 *   queued reply sent now from the queue page is one of these, carrying its entry id.
 * - `scheduled` counts once, when it goes out: a reply in Red Cup's queue (its decision names
 *   the entry, status `pending`) at its `delivered`/`delivered-late` event; a provider hand-off
 *   (status `handed-off`), or a decision written before decisions named their entry, at
 *   `scheduledFor` — unless the entry was cancelled before then. Never also when queued.
 * - Queue state events (`queued`, `sending`, `retrying`, `moved` …) and `cancelled` are not
 *   replies; `delivered-late` and `moved` are shown as their own counts.
 * - A promise is judged at the moment the reply went out; without a known request time (or a
 *   deadline recorded for it) it is `unknown`, never kept.
 */
import type { ProviderName } from './providers.ts';
import type {
  LedgerEvent,
  LedgerEventInput,
  LedgerKind,
  PromiseOutcome,
  PromiseRecord,
  TriageRecordInput,
} from './ledger-types.ts';
import type { ClientProfile, IsoInstant } from './profile.ts';
import { instantMs } from './ledger.ts';
import { promiseDeadline } from './promise.ts';

export type ReplyClass = 'inside' | 'sentLater' | 'emergency' | 'sentAnyway';

export const EXCEPTION_KINDS: readonly LedgerKind[] = ['sent-emergency', 'sent-anyway'];
const SENT_NOW: readonly LedgerKind[] = ['sent-inside', 'sent-emergency', 'sent-anyway'];

/** One reply, as the report counts it (for each of its clients). */
export interface Reply {
  /** The event it is counted from (the delivery, for a reply Red Cup's queue sent). */
  eventId: string;
  /** The decision that made it (`sent-inside`, `scheduled`, …). */
  kind: LedgerKind;
  cls: ReplyClass;
  profileIds: readonly string[];
  /** When it went out (ms). */
  at: number;
  provider: ProviderName;
  triage: TriageRecordInput | null;
  requestAt: IsoInstant | null;
  scheduledFor: IsoInstant | null;
  /** The promises recorded for the request (the decision's, or the scheduling's it inherits). */
  promises: readonly PromiseRecord[] | undefined;
  /** True when `promises` were judged for another send time (inherited): judged again at `at`. */
  rejudge: boolean;
}

function recordFor(reply: Reply, profileId: string): PromiseRecord | undefined {
  if (reply.promises !== undefined) for (const p of reply.promises) if (p.profileId === profileId) return p;
  return undefined;
}

/** Whether a reply kept its promise to one client, judged at the moment it went out. */
export function replyOutcome(reply: Reply, profileId: string): PromiseOutcome {
  const record = recordFor(reply, profileId);
  return judge(
    reply.requestAt,
    record !== undefined && reply.rejudge ? { ...record, outcome: null } : record,
    reply.at,
  );
}

/** A reply's promise for one client: its deadline, and whether it was kept. */
export function replyPromise(
  reply: Reply,
  profileId: string,
): { deadline: IsoInstant | null; outcome: PromiseOutcome } {
  return { deadline: recordFor(reply, profileId)?.deadline ?? null, outcome: replyOutcome(reply, profileId) };
}

/** Counted on their own (not replies). */
export interface ReportNote {
  what: 'deliveredLate' | 'moved';
  profileIds: readonly string[];
  at: number;
}

const CLASS: Partial<Record<LedgerKind, ReplyClass>> = {
  'sent-inside': 'inside',
  'sent-emergency': 'emergency',
  'sent-anyway': 'sentAnyway',
  scheduled: 'sentLater',
};

/** Whether a reply sent at `sentAt` met `record`'s deadline. */
export function judge(requestAt: IsoInstant | null, record: PromiseRecord | undefined, sentAt: number): PromiseOutcome {
  if (requestAt === null || record === undefined) return 'unknown';
  if (record.outcome !== null) return record.outcome;
  if (record.deadline === null) return 'broken';
  return sentAt <= instantMs(record.deadline) ? 'kept' : 'broken';
}

/** When a decision goes out, if that is known when it is recorded (null: Red Cup's queue sends it later). */
function goesOutAt(event: Pick<LedgerEventInput, 'kind' | 'at' | 'scheduledFor' | 'queue'>): string | null {
  if (SENT_NOW.includes(event.kind)) return event.at;
  if (event.kind === 'scheduled') return event.queue?.status === 'pending' ? null : (event.scheduledFor ?? event.at);
  return null;
}

/**
 * The promises of a decision being recorded, one per client with a stored profile (a client
 * deleted meanwhile has none: its promise is unknown). None without a request time, and none
 * for events that are not replies.
 */
export function promisesFor(
  event: LedgerEventInput,
  profiles: ReadonlyMap<string, ClientProfile>,
): PromiseRecord[] | undefined {
  if (event.requestAt === null || CLASS[event.kind] === undefined) return undefined;
  const requestAt = new Date(event.requestAt);
  const out = goesOutAt(event);
  const records: PromiseRecord[] = [];
  for (const profileId of event.profileIds) {
    const profile = profiles.get(profileId);
    if (profile === undefined) continue;
    const due = promiseDeadline(profile, requestAt);
    const deadline = due === null ? null : due.toISOString();
    const outcome = out === null ? null : due !== null && instantMs(out) <= due.getTime() ? 'kept' : 'broken';
    records.push({ profileId, deadline, outcome });
  }
  return records;
}

/** The instant an event counts at in the report (the key of the report's time indexes). */
export function reportTime(event: Pick<LedgerEvent, 'kind' | 'at' | 'scheduledFor' | 'queue'>): IsoInstant {
  if (event.kind === 'scheduled' && event.queue?.status !== 'pending') return event.scheduledFor ?? event.at;
  // A cancellation is looked at with the hand-off it cancels: both are kept at its due time.
  if (event.kind === 'reply-cancelled') return event.scheduledFor ?? event.at;
  return event.at;
}

/** Events whose meaning depends on earlier events of their queue entry. */
function needsHistory(e: LedgerEvent): boolean {
  return e.queue !== undefined && (e.kind === 'delivered' || e.kind === 'delivered-late' || SENT_NOW.includes(e.kind));
}

/**
 * The queue entries whose decision may lie before the events read (a reply queued last week
 * and delivered this week): the caller looks their events up by entry id.
 */
export function entriesToLookUp(events: readonly LedgerEvent[]): string[] {
  const decided = new Set<string>();
  for (const e of events) if (e.kind === 'scheduled' && e.queue !== undefined) decided.add(e.queue.entryId);
  const wanted = new Set<string>();
  for (const e of events)
    if (needsHistory(e) && e.queue !== undefined && !decided.has(e.queue.entryId)) wanted.add(e.queue.entryId);
  return [...wanted];
}

function replyFrom(decision: LedgerEvent, counted: LedgerEvent, at: number, inherit: LedgerEvent | null): Reply {
  // A reply sent now from the queue page answers the request its `scheduled` decision named.
  const inherited = decision.requestAt === null && inherit !== null;
  const source = inherited ? inherit : decision;
  return {
    eventId: counted.id,
    kind: decision.kind,
    cls: CLASS[decision.kind] ?? 'inside',
    profileIds: decision.profileIds,
    at,
    provider: decision.provider,
    triage: decision.triage,
    requestAt: source.requestAt,
    scheduledFor: decision.scheduledFor,
    promises: source.promises,
    rejudge: inherited,
  };
}

/**
 * The replies and notes among `events` (each event once). `history` holds the other events of
 * the entries `entriesToLookUp` named (any order). Replies come out in the order of their time.
 */
export function repliesOf(
  events: readonly LedgerEvent[],
  history: readonly LedgerEvent[] = [],
): { replies: Reply[]; notes: ReportNote[] } {
  const byEntry = new Map<string, LedgerEvent[]>();
  const seen = new Set<string>();
  const add = (e: LedgerEvent) => {
    if (e.queue === undefined || seen.has(e.id)) return;
    seen.add(e.id);
    const list = byEntry.get(e.queue.entryId);
    if (list === undefined) byEntry.set(e.queue.entryId, [e]);
    else list.push(e);
  };
  for (const e of events) add(e);
  for (const e of history) add(e);
  const none: LedgerEvent[] = [];
  const entryEvents = (e: LedgerEvent) => (e.queue === undefined ? none : (byEntry.get(e.queue.entryId) ?? none));
  const scheduledDecision = (e: LedgerEvent) => entryEvents(e).find((x) => x.kind === 'scheduled') ?? null;

  const replies: Reply[] = [];
  const notes: ReportNote[] = [];
  for (const e of events) {
    const at = instantMs(e.at);
    switch (e.kind) {
      case 'sent-inside':
      case 'sent-emergency':
      case 'sent-anyway':
        replies.push(replyFrom(e, e, at, scheduledDecision(e)));
        break;
      case 'scheduled': {
        if (e.queue?.status === 'pending') break; // counted when Red Cup's queue delivers it
        const due = instantMs(e.scheduledFor ?? e.at);
        const cancelled = entryEvents(e).some((x) => x.kind === 'reply-cancelled' && instantMs(x.at) < due);
        if (!cancelled) replies.push(replyFrom(e, e, due, null));
        break;
      }
      case 'delivered':
      case 'delivered-late': {
        if (e.kind === 'delivered-late') notes.push({ what: 'deliveredLate', profileIds: e.profileIds, at });
        const list = entryEvents(e);
        // Sent now from the queue page: that decision is the reply, not this delivery.
        if (list.some((x) => SENT_NOW.includes(x.kind) && x.at <= e.at)) break;
        const decision = list.find((x) => x.kind === 'scheduled' && x.queue?.status === 'pending');
        if (decision !== undefined) replies.push(replyFrom(decision, e, at, null));
        break;
      }
      case 'moved':
        notes.push({ what: 'moved', profileIds: e.profileIds, at });
        break;
      default:
        break;
    }
  }
  replies.sort((a, b) => a.at - b.at);
  return { replies, notes };
}
