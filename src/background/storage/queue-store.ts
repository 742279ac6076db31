/**
 * The send-later queue (DESIGN §5). Entries are keyed by the id their writer chose, so a
 * repeated hand-off or enqueue is stored once. Every state change is one read-write
 * transaction over `queue` and `ledger` that re-reads the entry, checks the state the caller
 * saw (compare-and-set) and the state machine, and writes the entry with its ledger event: two
 * catch-up passes running at once cannot both deliver an entry. Every read is validated; a
 * record that fails is reported next to the valid ones, never dropped.
 */
import { canMove } from '../../core/queue-machine.ts';
import type { Countable } from '../../core/queue-summary.ts';
import { WAITING_STATUSES, type QueueEntry, type QueueStatus } from '../../core/queue-types.ts';
import { validateQueueEntry } from '../../core/queue.ts';
import type { QueueListing } from '../../messaging/protocol.ts';
import { applyTransition, transitionEvent, type Transition } from './queue-transition.ts';
import { commit } from './commit.ts';
import type { DatabaseProvider } from './connection.ts';
import { invalidRecord } from './invalid-record.ts';

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
  /**
   * Moves an entry to `change.to` if it is still in one of `change.from` and the state machine
   * allows it; answers the new entry, or null when it changed meanwhile (nothing written).
   */
  transition(id: string, change: Transition, now: Date): Promise<QueueEntry | null>;
  /** The valid entries in these states (the `by-status` index: sent and cancelled history is not read). */
  inStatus(statuses: readonly QueueStatus[]): Promise<QueueEntry[]>;
  /**
   * The waiting entries counted (from the raw records' status and clients) and the first five
   * by due time validated in full: the popup's summary without validating 10,000 bodies.
   * A handed-off entry whose due time has passed is no longer waiting: the provider sent it.
   */
  waitingDigest(now: Date): Promise<{ counted: Countable[]; next: QueueEntry[] }>;
  /**
   * What the delivery engine must look at now: `sending` entries, and `pending`/`failed` ones
   * whose due (or retry) time has come — read on the [status, dueAt] index, so a wake-up with
   * 10,000 future entries reads none of them. `wakeAt` is the earliest future
   * due/retry time (null when nothing waits to be delivered), `active` whether anything does.
   */
  work(now: Date): Promise<{ sending: QueueEntry[]; due: QueueEntry[]; wakeAt: Date | null; active: boolean }>;
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
        await store.put(entry);
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
        else listing.invalid.push(invalidRecord('queue', keys[i] ?? '', checked.problems));
      });
      listing.entries.sort(byDue);
      return listing;
    },

    async enqueue(entry) {
      const db = await database();
      const tx = db.transaction(['queue', 'ledger'], 'readwrite');
      const queue = tx.objectStore('queue');
      return commit(tx, async () => {
        const existing = await queue.get(entry.id);
        if (existing !== undefined) {
          const checked = validateQueueEntry(existing);
          if (checked.ok) return checked.value;
        }
        const at = new Date(entry.updatedAt ?? entry.createdAt);
        await writeBoth(queue.put(entry), () => tx.objectStore('ledger').put(transitionEvent(entry, { from: [], to: 'pending', kind: 'queued' }, at)));
        return entry;
      });
    },

    async get(id) {
      const raw = await (await database()).get('queue', id);
      if (raw === undefined) return null;
      const checked = validateQueueEntry(raw);
      return checked.ok ? checked.value : null;
    },

    async transition(id, change, now) {
      const db = await database();
      const tx = db.transaction(['queue', 'ledger'], 'readwrite');
      const queue = tx.objectStore('queue');
      return commit(tx, async () => {
        const raw = await queue.get(id);
        if (raw === undefined) return null;
        const checked = validateQueueEntry(raw);
        if (!checked.ok) return null;
        const before = checked.value;
        if (!change.from.includes(before.status) || !canMove(before.status, change.to)) return null;
        const after = applyTransition(before, change, now);
        await writeBoth(queue.put(after), () => tx.objectStore('ledger').put(transitionEvent(after, change, now)));
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

    async waitingDigest(now) {
      const store = (await database()).transaction('queue').store;
      const local = WAITING_STATUSES.filter((s) => s !== 'handed-off');
      const raws = (
        await Promise.all([
          ...local.map((s) => store.index('by-status').getAll(IDBKeyRange.only(s))),
          // Handed-off entries pile up once the provider has sent them: only later ones are read.
          store.index('by-status-due').getAll(IDBKeyRange.bound(['handed-off', now.toISOString()], ['handed-off', END], true)),
        ])
      ).flat();
      const keyed: { dueAt: string; id: string; raw: unknown; counted: Countable }[] = [];
      for (const raw of raws) {
        const light = countable(raw);
        if (light !== null) keyed.push(light);
      }
      keyed.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const next: QueueEntry[] = [];
      for (const k of keyed) {
        if (next.length === 5) break;
        const checked = validateQueueEntry(k.raw);
        if (checked.ok) next.push(checked.value);
      }
      return { counted: keyed.map((k) => k.counted), next };
    },

    async work(now) {
      const db = await database();
      const store = db.transaction('queue').store;
      const byStatus = store.index('by-status');
      const byStatusDue = store.index('by-status-due');
      const nowIso = now.toISOString();
      // Pending entries due by now, and the first one after: on the [status, dueAt] index, so a
      // wake-up with 10,000 replies waiting reads only those it must deliver.
      const [sendingRaw, dueRaw, [nextPending], failedRaw] = await Promise.all([
        byStatus.getAll(IDBKeyRange.only('sending')),
        byStatusDue.getAll(IDBKeyRange.bound(['pending', ''], ['pending', nowIso])),
        byStatusDue.getAll(IDBKeyRange.bound(['pending', nowIso], ['pending', END], true), 1),
        // Failed entries wait for their retry time, which is not indexed: they are few.
        byStatus.getAll(IDBKeyRange.only('failed')),
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
      return { sending, due: due.sort(byDue), wakeAt: wake === null ? null : new Date(wake), active: due.length + sending.length > 0 || wake !== null };
    },

    async countWaiting(now) {
      const store = (await database()).transaction('queue').store;
      const local = WAITING_STATUSES.filter((s) => s !== 'handed-off');
      const counts = await Promise.all([
        ...local.map((s) => store.index('by-status').count(IDBKeyRange.only(s))),
        // A handed-off entry past its due time was sent by the provider: only later ones wait.
        store.index('by-status-due').count(IDBKeyRange.bound(['handed-off', now.toISOString()], ['handed-off', END], true)),
      ]);
      return counts.reduce((a, b) => a + b, 0);
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

/** The fields counting needs, or null for a record too damaged to count (queue/list reports it). */
function countable(raw: unknown): { dueAt: string; id: string; raw: unknown; counted: Countable } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const { id, dueAt, status, profileIds } = r;
  if (typeof id !== 'string' || typeof dueAt !== 'string' || !isWaiting(status)) return null;
  if (!Array.isArray(profileIds) || !profileIds.every((p): p is string => typeof p === 'string')) return null;
  return { id, dueAt, raw, counted: { status, profileIds } };
}

/** Above every ISO time in a [status, dueAt] key range. */
const END = '\uffff';

function isWaiting(status: unknown): status is QueueStatus {
  return (WAITING_STATUSES as readonly unknown[]).includes(status);
}

/** By due time, then id: one stable order. Stored times are UTC ISO, so strings compare as instants. */
export function byDue(a: QueueEntry, b: QueueEntry): number {
  return a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
