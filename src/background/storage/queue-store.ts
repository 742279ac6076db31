/**
 * The send-later queue (DESIGN §5). Entries are keyed by the id their writer chose, so a
 * repeated hand-off or enqueue is stored once. Every state change is one read-write
 * transaction over `queue` and `ledger` that re-reads the entry, checks the state the caller
 * saw (compare-and-set) and the state machine, and writes the entry with its ledger event: two
 * catch-up passes running at once cannot both deliver an entry. Every read is validated; a
 * record that fails is reported next to the valid ones, never dropped.
 */
import { canMove } from '../../core/queue-machine.ts';
import { WAITING_STATUSES, type QueueEntry, type QueueStatus } from '../../core/queue-types.ts';
import { salvageReply, validateQueueEntry } from '../../core/queue.ts';
import type { QueueListing, QueueSummary } from '../../messaging/protocol.ts';
import { applyTransition, transitionEvent, type Transition } from './queue-transition.ts';
import { commit } from './commit.ts';
import type { DatabaseProvider } from './connection.ts';
import { invalidRecord } from './invalid-record.ts';
import { LEDGER_WRITE_STORES, putLedgerEvent } from './ledger-write.ts';
import { afterClient, clientOfKey, clientRanges, queueRecord } from './queue-waiting-keys.ts';
import type { RedCupSchema } from './schema.ts';
import type { IDBPObjectStore } from 'idb';

type QueueReadStore = IDBPObjectStore<RedCupSchema, ['queue'], 'queue', 'readonly'>;

export interface QueueStore {
  /**
   * Stores a new entry and answers it. When a valid entry with the same id is already stored
   * (the same hand-off reported twice), that one is answered and nothing is written; a damaged
   * record under the id is replaced by the new, valid one.
   */
  add(entry: QueueEntry): Promise<QueueEntry>;
  /** Every entry, by due time (then id). */
  list(): Promise<QueueListing>;
  /**
   * Stores a new `pending` local entry with its `queued` ledger event, in one transaction. A
   * valid entry already stored under the id is answered instead (a repeated enqueue).
   */
  enqueue(entry: QueueEntry): Promise<QueueEntry>;
  /** One entry; null when missing or damaged. */
  get(id: string): Promise<QueueEntry | null>;
  /** Whether any record (valid or damaged) is stored under the id. */
  has(id: string): Promise<boolean>;
  /** The stored record under `id` when it fails validation (what is left of it), else null. */
  damaged(id: string): Promise<unknown>;
  /** Deletes the record under `id` if it still fails validation; whether it did. */
  removeDamaged(id: string): Promise<boolean>;
  /**
   * Moves an entry to `change.to` if it is still in one of `change.from` and the state machine
   * allows it; answers the new entry, or null when it changed meanwhile (nothing written).
   */
  transition(id: string, change: Transition, now: Date): Promise<QueueEntry | null>;
  /** The valid entries in these states (the `by-status` index: sent and cancelled history is not read). */
  inStatus(statuses: readonly QueueStatus[]): Promise<QueueEntry[]>;
  /**
   * The popup's summary: the next five waiting entries, and the counts (all, per client, needing
   * the user) taken on the indexes — with 10,000 entries stored it reads about 25 of them.
   * A handed-off entry whose due time has passed is no longer waiting: the provider sent it.
   */
  summary(now: Date): Promise<QueueSummary>;
  /**
   * What the delivery engine must look at now: `sending` entries, and `pending`/`failed` ones
   * whose due (or retry) time has come — read on the [status, dueAt] index, so a wake-up with
   * 10,000 future entries reads none of them. `wakeAt` is the earliest future
   * due/retry time, or a hand-off's due time when sooner (the badge must drop then); null when
   * nothing is ahead. `active` is whether Red Cup itself has anything to deliver. `expired`:
   * `needs-attention` entries that kept their body longer than BODY_KEPT_MS (DESIGN §7); the
   * next such expiry counts for `wakeAt` too.
   */
  work(
    now: Date,
  ): Promise<{ sending: QueueEntry[]; due: QueueEntry[]; expired: QueueEntry[]; wakeAt: Date | null; active: boolean }>;
  /**
   * How many entries wait (WAITING_STATUSES), counted on the indexes without reading them;
   * handed-off ones only until their due time (the provider has sent them by then).
   */
  countWaiting(now: Date): Promise<number>;
}

export function queueStore(database: DatabaseProvider): QueueStore {
  return {
    async add(entry) {
      const db = await database();
      const tx = db.transaction(['queue'], 'readwrite');
      const store = tx.objectStore('queue');
      return commit(tx, async () => {
        const existing = await store.get(entry.id);
        if (existing !== undefined) {
          const checked = validateQueueEntry(existing);
          if (checked.ok) return checked.value;
        }
        await store.put(queueRecord(entry));
        return entry;
      });
    },

    async list() {
      const db = await database();
      // The whole store, not the `by-due` index: a record without a due time is not in the
      // index, and must still be reported.
      const tx = db.transaction('queue');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      const listing: QueueListing = { entries: [], invalid: [] };
      values.forEach((raw, i) => {
        const checked = validateQueueEntry(raw);
        if (checked.ok) listing.entries.push(checked.value);
        else
          listing.invalid.push({
            ...invalidRecord('queue', keys[i] ?? '', checked.problems),
            replyKept: salvageReply(raw) !== null,
          });
      });
      listing.entries.sort(byDue);
      return listing;
    },

    async enqueue(entry) {
      const db = await database();
      const tx = db.transaction(['queue', ...LEDGER_WRITE_STORES], 'readwrite');
      const queue = tx.objectStore('queue');
      return commit(tx, async () => {
        const existing = await queue.get(entry.id);
        if (existing !== undefined) {
          const checked = validateQueueEntry(existing);
          if (checked.ok) return checked.value;
        }
        const at = new Date(entry.updatedAt ?? entry.createdAt);
        await writeBoth(queue.put(queueRecord(entry)), () =>
          putLedgerEvent(tx, transitionEvent(entry, { from: [], to: 'pending', kind: 'queued' }, at), Date.now()),
        );
        return entry;
      });
    },

    async get(id) {
      const raw = await (await database()).get('queue', id);
      if (raw === undefined) return null;
      const checked = validateQueueEntry(raw);
      return checked.ok ? checked.value : null;
    },

    async has(id) {
      return (await (await database()).getKey('queue', id)) !== undefined;
    },

    async damaged(id) {
      const raw = await (await database()).get('queue', id);
      if (raw === undefined || validateQueueEntry(raw).ok) return null;
      return raw;
    },

    async removeDamaged(id) {
      const db = await database();
      const tx = db.transaction(['queue'], 'readwrite');
      const store = tx.objectStore('queue');
      return commit(tx, async () => {
        const raw = await store.get(id);
        if (raw === undefined || validateQueueEntry(raw).ok) return false;
        await store.delete(id);
        return true;
      });
    },

    async transition(id, change, now) {
      const db = await database();
      const tx = db.transaction(['queue', ...LEDGER_WRITE_STORES], 'readwrite');
      const queue = tx.objectStore('queue');
      return commit(tx, async () => {
        const raw = await queue.get(id);
        if (raw === undefined) return null;
        const checked = validateQueueEntry(raw);
        if (!checked.ok) return null;
        const before = checked.value;
        if (!change.from.includes(before.status) || !canMove(before.status, change.to)) return null;
        if (change.when !== undefined && !change.when(before)) return null;
        if (change.seen !== undefined && (change.seen.revision ?? 0) !== (before.revision ?? 0)) return null;
        const after = applyTransition(before, change, now);
        await writeBoth(queue.put(queueRecord(after)), () =>
          putLedgerEvent(tx, transitionEvent(after, change, now), now.getTime()),
        );
        return after;
      });
    },

    async inStatus(statuses) {
      const db = await database();
      const tx = db.transaction('queue');
      const index = tx.store.index('by-status');
      const raws = (await Promise.all(statuses.map((s) => index.getAll(IDBKeyRange.only(s))))).flat();
      const entries: QueueEntry[] = [];
      for (const raw of raws) {
        const checked = validateQueueEntry(raw);
        if (checked.ok) entries.push(checked.value);
      }
      return entries.sort(byDue);
    },

    async summary(now) {
      const store = (await database()).transaction('queue').store;
      const nowIso = now.toISOString();
      const byStatusDue = store.index('by-status-due');
      const byClient = store.index('by-waiting-client');
      // The first few of each waiting state by due time (hand-offs: those still ahead); the
      // next five are among them. A little slack for records that fail validation.
      const firstOfEach = await Promise.all(
        WAITING_STATUSES.map((s) =>
          byStatusDue.getAll(
            s === 'handed-off' ? IDBKeyRange.bound([s, nowIso], [s, END], true) : IDBKeyRange.bound([s, ''], [s, END]),
            NEXT_SHOWN * 2,
          ),
        ),
      );
      const next = firstOfEach
        .flat()
        .map((raw) => validateQueueEntry(raw))
        .flatMap((checked) => (checked.ok ? [checked.value] : []))
        .sort(byDue)
        .slice(0, NEXT_SHOWN);
      // Each client once: the key cursor jumps past all of a client's keys.
      const clients: string[] = [];
      let cursor = await byClient.openKeyCursor();
      while (cursor) {
        const id = clientOfKey(String(cursor.key));
        clients.push(id);
        cursor = await cursor.continue(afterClient(id));
      }
      const perClient = await Promise.all(
        clients.map(async (profileId) => {
          const [local, handedOff] = await Promise.all(
            clientRanges(profileId, nowIso).map((range) => byClient.count(range)),
          );
          return { profileId, waiting: (local ?? 0) + (handedOff ?? 0) };
        }),
      );
      const [waiting, attention] = await Promise.all([
        countWaitingIn(store, now),
        store.index('by-status').count(IDBKeyRange.only('needs-attention')),
      ]);
      return { next, perProfile: perClient.filter((c) => c.waiting > 0), waiting, attention };
    },

    async work(now) {
      const db = await database();
      const store = db.transaction('queue').store;
      const byStatus = store.index('by-status');
      const byStatusDue = store.index('by-status-due');
      const nowIso = now.toISOString();
      // Pending entries due by now, and the first one after: on the [status, dueAt] index, so a
      // wake-up with 10,000 replies waiting reads only those it must deliver.
      const [sendingRaw, dueRaw, [nextPending], failedRaw, [nextHandOff], attentionRaw] = await Promise.all([
        byStatus.getAll(IDBKeyRange.only('sending')),
        byStatusDue.getAll(IDBKeyRange.bound(['pending', ''], ['pending', nowIso])),
        byStatusDue.getAll(IDBKeyRange.bound(['pending', nowIso], ['pending', END], true), 1),
        // Failed entries wait for their retry time, which is not indexed: they are few.
        byStatus.getAll(IDBKeyRange.only('failed')),
        // The next reply the provider sends: nothing to deliver then, but the badge drops by one.
        byStatusDue.getAll(IDBKeyRange.bound(['handed-off', nowIso], ['handed-off', END], true), 1),
        // Replies waiting for the user: few, and their bodies are kept only for so long.
        byStatus.getAll(IDBKeyRange.only('needs-attention')),
      ]);
      const valid = (raw: unknown): QueueEntry | null => {
        const checked = validateQueueEntry(raw);
        return checked.ok ? checked.value : null;
      };
      const t = now.getTime();
      let wake: number | null = nextPending === undefined ? null : wakeTime(nextPending);
      const due: QueueEntry[] = [];
      for (const raw of [...dueRaw, ...failedRaw]) {
        const when = wakeTime(raw);
        if (when === null) continue;
        if (when <= t) {
          const e = valid(raw);
          if (e !== null) due.push(e);
        } else if (wake === null || when < wake) wake = when;
      }
      const sending = sendingRaw.map(valid).filter((e): e is QueueEntry => e !== null);
      // Only Red Cup's own deliveries keep the safety alarm on; a hand-off just needs one wake-up.
      const active = due.length + sending.length > 0 || wake !== null;
      const handOff = nextHandOff === undefined ? null : wakeTime(nextHandOff);
      if (handOff !== null && (wake === null || handOff < wake)) wake = handOff;
      const expired: QueueEntry[] = [];
      for (const e of attentionRaw.map(valid)) {
        const until = e === null ? null : bodyExpiry(e);
        if (e === null || until === null) continue;
        if (until <= t) expired.push(e);
        else if (wake === null || until < wake) wake = until;
      }
      return { sending, due: due.sort(byDue), expired, wakeAt: wake === null ? null : new Date(wake), active };
    },

    async countWaiting(now) {
      return countWaitingIn((await database()).transaction('queue').store, now);
    },
  };
}

/**
 * The entry's put, then its ledger event's. If the second throws synchronously (a value that
 * cannot be stored), the first's rejection after the abort is observed here and `commit`
 * aborts the whole transaction: neither is written.
 */
async function writeBoth(first: Promise<unknown>, second: () => Promise<unknown>): Promise<void> {
  first.catch(() => undefined);
  await second();
  await first;
}

/** When a pending or failed record next needs the engine: its retry time when failed, else its due time. */
function wakeTime(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { status, dueAt, retryAt } = raw as Record<string, unknown>;
  const at = status === 'failed' && typeof retryAt === 'string' ? retryAt : dueAt;
  if (typeof at !== 'string') return null;
  const t = Date.parse(at);
  return Number.isNaN(t) ? null : t;
}

/** A `needs-attention` entry keeps its reply's body this long (DESIGN §7), then the body is deleted and the user told. */
export const BODY_KEPT_MS = 14 * 86_400_000;

/** When a needs-attention entry's body is due to be deleted, or null when it has none. */
export function bodyExpiry(entry: QueueEntry): number | null {
  if (entry.status !== 'needs-attention' || entry.reply === undefined) return null;
  return Date.parse(entry.updatedAt ?? entry.createdAt) + BODY_KEPT_MS;
}

/** How many replies wait, counted on the indexes; hand-offs only until their due time (the provider has sent them by then). */
async function countWaitingIn(store: QueueReadStore, now: Date): Promise<number> {
  const local = WAITING_STATUSES.filter((s) => s !== 'handed-off');
  const counts = await Promise.all([
    ...local.map((s) => store.index('by-status').count(IDBKeyRange.only(s))),
    store.index('by-status-due').count(IDBKeyRange.bound(['handed-off', now.toISOString()], ['handed-off', END], true)),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

/** The popup shows this many upcoming replies. */
const NEXT_SHOWN = 5;

/** Above every ISO time in a [status, dueAt] key range. */
const END = '\uffff';

/** By due time, then id: one stable order. Stored times are UTC ISO, so strings compare as instants. */
export function byDue(a: QueueEntry, b: QueueEntry): number {
  return a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
