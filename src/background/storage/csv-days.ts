/**
 * The CSV lines of closed days (version 5; DESIGN §6: the CSV of the year ≤ 3 s with 500,000
 * events stored). Like the day tallies (report-days.ts) a cache of the ledger: the events stay
 * the source of truth, a day's lines are dropped in the same commit as any write, pruning or
 * forgetting that changes its events (ledger-write.ts), and made again on the next export.
 *
 * A day here is midnight to midnight in the user's zone by the time an event happened (`at`:
 * the CSV lists every event then). Its lines also depend on each client's name, zone and
 * whether it was deleted: the day keeps those it was made with (`clientFingerprint`) and is
 * read as missing when one has changed since.
 */
import type { InvalidRecord } from '../../messaging/protocol.ts';
import { commit } from './commit.ts';
import type { DatabaseProvider } from './connection.ts';
import { SEP } from './ledger-keys.ts';
import { dayKey, EPOCH_KEY, epochOf, iso } from './report-days.ts';

/** Bumped when what a line holds or how a day is packed changes: older days are then made again, not read. */
export const CSV_DAY_VERSION = 2;

/**
 * One day's lines, packed so a year of them (~544,000 lines, ~65 MB) reads back fast: one string
 * and two typed arrays per day instead of a string per line (IndexedDB copies a typed array
 * whole; bench/report.bench.ts measures the year's file).
 */
export interface CsvDay {
  zone: string;
  start: number;
  end: number;
  /** The day's RFC 4180 lines, each CRLF-terminated, in time order, one after the other. */
  text: string;
  /** Where each line ends in `text`. */
  ends: Uint32Array;
  /** The clients of the day's lines … */
  ids: string[];
  /** … and each line's, as an index into `ids` (for a file of chosen clients). */
  who: Uint16Array;
  /** Each client's fingerprint when the lines were made. */
  fingerprints: Record<string, string>;
  invalid: InvalidRecord[];
}

interface CsvDayRecord extends CsvDay {
  v: number;
}

/** Packs a day's lines and their clients (in the order made). */
export function packLines(
  lines: readonly string[],
  clients: readonly string[],
): Pick<CsvDay, 'text' | 'ends' | 'ids' | 'who'> {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const who = new Uint16Array(lines.length);
  const ends = new Uint32Array(lines.length);
  let length = 0;
  lines.forEach((line, i) => {
    const id = clients[i] ?? '';
    let k = index.get(id);
    if (k === undefined) {
      k = ids.length;
      ids.push(id);
      index.set(id, k);
    }
    who[i] = k;
    length += line.length;
    ends[i] = length;
  });
  return { text: lines.join(''), ends, ids, who };
}

const isStringList = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** A stored day that does not add up (offsets past the text, a client index past the list) reads as missing. */
function packed(r: Partial<CsvDayRecord>): boolean {
  const { text, ends, who, ids } = r;
  if (typeof text !== 'string' || !(ends instanceof Uint32Array) || !(who instanceof Uint16Array)) return false;
  if (!isStringList(ids) || ids.length > 65_535 || ends.length !== who.length) return false;
  let last = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] ?? 0;
    if (end <= last || (who[i] ?? 0) >= ids.length) return false;
    last = end;
  }
  return last === text.length;
}

function readCsvDay(raw: unknown): CsvDay | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<CsvDayRecord>;
  if (r.v !== CSV_DAY_VERSION || typeof r.zone !== 'string' || typeof r.start !== 'number' || typeof r.end !== 'number')
    return null;
  if (!packed(r)) return null;
  const prints = r.fingerprints;
  if (typeof prints !== 'object' || prints === null || !Object.values(prints).every((p) => typeof p === 'string'))
    return null;
  if (!Array.isArray(r.invalid)) return null;
  return {
    zone: r.zone,
    start: r.start,
    end: r.end,
    text: r.text as string,
    ends: r.ends as Uint32Array,
    ids: r.ids as string[],
    who: r.who as Uint16Array,
    fingerprints: prints,
    invalid: r.invalid,
  };
}

export interface CsvDaysStore {
  /** The stored CSV days starting in [from, to) in `zone`, by day start, and the epoch they were read at. */
  readCsvDays(zone: string, from: number, to: number): Promise<{ days: Map<number, CsvDay>; epoch: number }>;
  /** Which days starting in [from, to) in `zone` have lines stored (keys only: nothing is read), and the epoch. */
  storedCsvDays(zone: string, from: number, to: number): Promise<{ starts: Set<number>; epoch: number }>;
  /** Stores closed days' lines made from events read after `readCsvDays` answered `epoch`; nothing when days were dropped meanwhile. */
  writeCsvDays(days: readonly CsvDay[], epoch: number): Promise<boolean>;
}

export function csvDaysStore(database: DatabaseProvider): CsvDaysStore {
  return {
    async readCsvDays(zone, from, to) {
      const db = await database();
      const tx = db.transaction(['csv-days', 'report-state']);
      const [raws, epoch] = await Promise.all([
        tx.objectStore('csv-days').getAll(IDBKeyRange.bound(iso(from), iso(to), false, true)),
        tx.objectStore('report-state').get(EPOCH_KEY),
      ]);
      const days = new Map<number, CsvDay>();
      for (const raw of raws) {
        const day = readCsvDay(raw);
        if (day !== null && day.zone === zone) days.set(day.start, day);
      }
      return { days, epoch: epochOf(epoch) };
    },

    async storedCsvDays(zone, from, to) {
      const db = await database();
      const tx = db.transaction(['csv-days', 'report-state']);
      const [keys, epoch] = await Promise.all([
        tx.objectStore('csv-days').getAllKeys(IDBKeyRange.bound(iso(from), iso(to), false, true)),
        tx.objectStore('report-state').get(EPOCH_KEY),
      ]);
      const starts = new Set<number>();
      for (const key of keys) {
        const [start, keyZone] = String(key).split(SEP);
        if (keyZone === zone && start !== undefined) starts.add(Date.parse(start));
      }
      return { starts, epoch: epochOf(epoch) };
    },

    async writeCsvDays(days, epoch) {
      if (days.length === 0) return true;
      const db = await database();
      const tx = db.transaction(['csv-days', 'report-state'], 'readwrite');
      return commit(tx, async () => {
        if (epochOf(await tx.objectStore('report-state').get(EPOCH_KEY)) !== epoch) return false;
        const store = tx.objectStore('csv-days');
        await Promise.all(
          days.map((day) =>
            store.put({ ...day, v: CSV_DAY_VERSION } satisfies CsvDayRecord, dayKey(day.start, day.zone)),
          ),
        );
        return true;
      });
    },
  };
}
