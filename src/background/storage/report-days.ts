/**
 * The report's tallies of closed days (version 5; DESIGN §6: the 12-week overview ≤ 300 ms with
 * 500,000 events stored). Reading a period's ledger events costs ~35 µs a record in Chromium,
 * so 12 weeks of a heavy user (115,000 events) take seconds; a day's tally (report-tally.ts)
 * is one small record. The tallies are a cache, never the record itself: the ledger's events
 * stay the source of truth, and a tally is dropped whenever an event of its day is written,
 * pruned or changed (ledger-write.ts), then made again from the events on the next report.
 *
 * Keyed `<day start, UTC ISO> NUL <user zone>`: a day is midnight to midnight in the zone the
 * report was made in, so a change of zone reads other tallies (or makes them), never wrong
 * ones; and a key range on the start finds every tally that may hold an instant.
 */
import type { IDBPTransaction } from 'idb';
import type { InvalidRecord } from '../../messaging/protocol.ts';
import { emptyTally, TALLY_COUNTS, type SpanTally, type Tally } from '../../core/report-tally.ts';
import { commit } from './commit.ts';
import type { DatabaseProvider } from './connection.ts';
import { END, SEP } from './ledger-keys.ts';
import type { RedCupSchema, StoreName } from './schema.ts';

/** Bumped when what a tally counts changes: older tallies are then made again, not read. */
export const TALLY_VERSION = 1;

/** The longest day (25 hours on a DST change) with room to spare: any tally holding an instant started this recently. */
const LONGEST_DAY_MS = 27 * 3_600_000;

/** A closed day's tally as stored: its clients' counts (in `TALLY_COUNTS` order) and waits. */
export interface StoredDay extends SpanTally {
  zone: string;
  /** The day's ledger records that failed validation, listed with every report that counts the day. */
  invalid: InvalidRecord[];
}

interface DayRecord {
  v: number;
  zone: string;
  start: number;
  end: number;
  clients: [string, number[], number[]][];
  invalid: InvalidRecord[];
}

export const iso = (ms: number) => new Date(ms).toISOString();

export function dayKey(start: number, zone: string): string {
  return `${iso(start)}${SEP}${zone}`;
}

type WriteTx = IDBPTransaction<RedCupSchema, StoreName[], 'readwrite'>;

/** Under this key of `report-state`: bumped whenever tallies are dropped for a reason other than a new day's events. */
export const EPOCH_KEY = 'tally-epoch';

export function epochOf(raw: unknown): number {
  return typeof raw === 'number' && Number.isInteger(raw) ? raw : 0;
}

/**
 * Tells a report being made meanwhile not to store what it counted: its events may be the
 * ones just forgotten or pruned. In the caller's transaction (`report-state` in its scope).
 */
async function bumpEpoch(tx: WriteTx): Promise<void> {
  const state = tx.objectStore('report-state');
  await state.put(epochOf(await state.get(EPOCH_KEY)) + 1, EPOCH_KEY);
}

/**
 * Drops every tally whose day may hold `instant` (UTC ISO), in the caller's transaction
 * (`report-days` and `report-state` in its scope): the write that changes a day's events
 * forgets its tally in the same commit. An event landing in a day already closed (a retried
 * write, a clock put right) also bumps the epoch, so a report counting that day right now
 * does not store a tally without it.
 */
export async function forgetDaysHolding(
  tx: WriteTx,
  event: { reportAt: string; at: string },
  now: number,
): Promise<void> {
  // A tally counts an event on the day of its report time; the CSV lists it on the day it happened.
  const holding = (instant: string) => IDBKeyRange.bound(iso(Date.parse(instant) - LONGEST_DAY_MS), `${instant}${END}`);
  const times = [event.reportAt, event.at].filter((t) => Number.isFinite(Date.parse(t)));
  if (times.length < 2) return;
  await Promise.all([
    tx.objectStore('report-days').delete(holding(event.reportAt)),
    tx.objectStore('csv-days').delete(holding(event.at)),
  ]);
  if (Math.min(...times.map((t) => Date.parse(t))) < now - LONGEST_DAY_MS) await bumpEpoch(tx);
}

/** Drops the tallies and CSV lines of every day that starts before `before` (pruning; a change of a client's events: every day). */
export async function forgetDaysBefore(tx: WriteTx, before: string): Promise<void> {
  const range = IDBKeyRange.upperBound(`${before}${END}`);
  await Promise.all([tx.objectStore('report-days').delete(range), tx.objectStore('csv-days').delete(range)]);
  await bumpEpoch(tx);
}

const isNumberList = (x: unknown): x is number[] =>
  Array.isArray(x) && x.every((n) => typeof n === 'number' && Number.isFinite(n));

/** A stored tally, or null when it is of another version or damaged (then it is made again). */
function readDay(raw: unknown): StoredDay | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<DayRecord>;
  if (r.v !== TALLY_VERSION || typeof r.zone !== 'string' || typeof r.start !== 'number' || typeof r.end !== 'number')
    return null;
  if (!Array.isArray(r.clients) || !Array.isArray(r.invalid)) return null;
  const clients = new Map<string, Tally>();
  for (const row of r.clients as unknown[]) {
    if (!Array.isArray(row) || row.length !== 3) return null;
    const [id, counts, waits] = row as unknown[];
    if (typeof id !== 'string' || !isNumberList(counts) || counts.length !== TALLY_COUNTS.length) return null;
    if (!isNumberList(waits) || waits.length % 2 !== 0) return null;
    const tally = emptyTally();
    TALLY_COUNTS.forEach((key, i) => (tally.counts[key] = counts[i] ?? 0));
    tally.waits = waits;
    clients.set(id, tally);
  }
  return { zone: r.zone, start: r.start, end: r.end, clients, invalid: r.invalid };
}

function dayRecord(day: StoredDay): DayRecord {
  return {
    v: TALLY_VERSION,
    zone: day.zone,
    start: day.start,
    end: day.end,
    clients: [...day.clients].map(([id, t]) => [id, TALLY_COUNTS.map((key) => t.counts[key]), t.waits]),
    invalid: day.invalid,
  };
}

export interface ReportDaysStore {
  /** The stored tallies of days starting in [from, to) in `zone`, by day start, and the epoch they were read at. */
  read(zone: string, from: number, to: number): Promise<{ days: Map<number, StoredDay>; epoch: number }>;
  /**
   * Stores closed days' tallies counted from events read after `read` answered `epoch`; nothing
   * when tallies were dropped meanwhile (the next report counts those days again).
   */
  write(days: readonly StoredDay[], epoch: number): Promise<boolean>;
}

export function reportDaysStore(database: DatabaseProvider): ReportDaysStore {
  return {
    async read(zone, from, to) {
      const db = await database();
      const tx = db.transaction(['report-days', 'report-state']);
      const [raws, epoch] = await Promise.all([
        tx.objectStore('report-days').getAll(IDBKeyRange.bound(iso(from), iso(to), false, true)),
        tx.objectStore('report-state').get(EPOCH_KEY),
      ]);
      const days = new Map<number, StoredDay>();
      for (const raw of raws) {
        const day = readDay(raw);
        if (day !== null && day.zone === zone) days.set(day.start, day);
      }
      return { days, epoch: epochOf(epoch) };
    },

    async write(days, epoch) {
      if (days.length === 0) return true;
      const db = await database();
      const tx = db.transaction(['report-days', 'report-state'], 'readwrite');
      return commit(tx, async () => {
        if (epochOf(await tx.objectStore('report-state').get(EPOCH_KEY)) !== epoch) return false;
        const store = tx.objectStore('report-days');
        await Promise.all(days.map((day) => store.put(dayRecord(day), dayKey(day.start, day.zone))));
        return true;
      });
    },
  };
}
