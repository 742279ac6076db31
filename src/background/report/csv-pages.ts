/**
 * The CSV export's pages (issue 12 §4, DESIGN §6: the CSV of the year ≤ 3 s with 500,000
 * events stored). A page is whole days in the user's zone: closed days from their stored lines
 * (csv-days.ts) where those are still right, the rest made from the day's events — runs of
 * consecutive missing days in one read each — and the closed ones among them stored for the
 * next export. Today is always made afresh.
 */
import { clientFingerprint, csvLine, csvRows } from '../../core/report-csv.ts';
import { dayBounds } from '../../core/report-weeks.ts';
import type { InvalidRecord } from '../../messaging/protocol.ts';
import { packLines, type CsvDay } from '../storage/csv-days.ts';
import type { LedgerStore } from '../storage/ledger-store.ts';
import type { Clients } from './build.ts';

/** Days read from the store at once while a page fills (a heavy user's day is ~1,500 rows). */
const DAYS_PER_READ = 7;

export interface CsvPageRequest {
  span: { from: Date; to: Date };
  zone: string;
  now: Date;
  /** `day:<ms>`: the first day of the page (null: the period's first). */
  cursor: string | null;
  /** The page ends with the first day that brings it to this many rows. */
  limit: number;
  /** Only these clients' rows (absent: all). */
  only?: ReadonlySet<string>;
}

export interface CsvPage {
  lines: string;
  rows: number;
  nextCursor: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The index of the day a cursor names: the first day starting at or after it (a bad cursor: the first day). */
function startIndex(bounds: readonly number[], cursor: string | null): number {
  const ms = cursor?.startsWith('day:') ? Number(cursor.slice(4)) : NaN;
  if (!Number.isFinite(ms)) return 0;
  const i = bounds.findIndex((b) => b >= ms);
  return i < 0 ? bounds.length - 1 : i;
}

/** A stored day is still right when it is over and every client in it reads the same as when it was made. */
function stillRight(day: CsvDay, clients: Clients, now: number): boolean {
  if (day.end > now) return false;
  return Object.entries(day.fingerprints).every(([id, print]) => clientFingerprint(clients.of(id)) === print);
}

/** Makes the days of `bounds` (consecutive) from their events. */
async function makeDays(
  ledger: LedgerStore,
  clients: Clients,
  zone: string,
  bounds: readonly number[],
): Promise<CsvDay[]> {
  const read = await ledger.forCsv({ from: iso(bounds[0] ?? 0), to: iso(bounds[bounds.length - 1] ?? 0) });
  const made: { lines: string[]; clients: string[]; fingerprints: Record<string, string>; invalid: InvalidRecord[] }[] =
    [];
  for (let i = 0; i + 1 < bounds.length; i++) made.push({ lines: [], clients: [], fingerprints: {}, invalid: [] });
  let d = 0;
  for (const { profileId, row } of csvRows(read.events, read.history, clients.of)) {
    const at = Date.parse(row.at);
    while (d + 1 < made.length && at >= (bounds[d + 1] ?? 0)) d += 1;
    const day = made[d];
    if (day === undefined) continue;
    day.lines.push(csvLine(row));
    day.clients.push(profileId);
    day.fingerprints[profileId] ??= clientFingerprint(clients.of(profileId));
  }
  read.invalid.forEach((record, i) => {
    const at = Date.parse(read.invalidAt?.[i] ?? '');
    const k = bounds.findIndex((b, j) => at >= b && at < (bounds[j + 1] ?? -Infinity));
    made[k < 0 ? 0 : k]?.invalid.push(record);
  });
  return made.map((day, i) => ({
    zone,
    start: bounds[i] ?? 0,
    end: bounds[i + 1] ?? 0,
    ...packLines(day.lines, day.clients),
    fingerprints: day.fingerprints,
    invalid: day.invalid,
  }));
}

/** The days of `bounds`, stored where still right, else made (and the closed ones stored). */
async function daysOf(
  ledger: LedgerStore,
  clients: Clients,
  zone: string,
  bounds: readonly number[],
  now: number,
): Promise<CsvDay[]> {
  const { days: stored, epoch } = await ledger.readCsvDays(zone, bounds[0] ?? 0, bounds[bounds.length - 1] ?? 0);
  const out: (CsvDay | undefined)[] = [];
  const runs: [number, number][] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const day = stored.get(bounds[i] ?? 0);
    if (day !== undefined && stillRight(day, clients, now)) {
      out.push(day);
      continue;
    }
    out.push(undefined);
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === i) last[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  const made = (
    await Promise.all(runs.map(([a, b]) => makeDays(ledger, clients, zone, bounds.slice(a, b + 1))))
  ).flat();
  for (const day of made) out[bounds.indexOf(day.start)] = day;
  await ledger.writeCsvDays(
    made.filter((day) => day.end <= now),
    epoch,
  );
  return out.filter((day): day is CsvDay => day !== undefined);
}

export async function csvPage(ledger: LedgerStore, clients: Clients, request: CsvPageRequest): Promise<CsvPage> {
  const { span, zone, limit, only } = request;
  const now = request.now.getTime();
  const bounds = dayBounds(span.from, span.to, zone);
  const dayCount = bounds.length - 1;
  let i = startIndex(bounds, request.cursor);
  const lines: string[] = [];
  let rows = 0;
  while (i < dayCount && rows < limit) {
    const end = Math.min(i + DAYS_PER_READ, dayCount);
    for (const day of await daysOf(ledger, clients, zone, bounds.slice(i, end + 1), now)) {
      if (only === undefined || day.ids.every((id) => only.has(id))) {
        lines.push(day.text);
        rows += day.ends.length;
      } else {
        const wanted = day.ids.map((id) => only.has(id));
        let from = 0;
        day.ends.forEach((to, k) => {
          if (wanted[day.who[k] ?? 0] === true) {
            lines.push(day.text.slice(from, to));
            rows += 1;
          }
          from = to;
        });
      }
      i += 1;
      if (rows >= limit) break;
    }
  }
  return { lines: lines.join(''), rows, nextCursor: i < dayCount ? `day:${bounds[i] ?? 0}` : null };
}

/**
 * Makes and stores the lines of every closed day of `span` that has none stored (the daily
 * report alarm: after an upgrade the whole year once, then the day that closed since), a few
 * days per read so no transaction holds the ledger long. Stored days are not read.
 */
export async function storeMissingCsvDays(
  ledger: LedgerStore,
  clients: Clients,
  request: Pick<CsvPageRequest, 'span' | 'zone' | 'now'>,
): Promise<number> {
  const { span, zone } = request;
  const now = request.now.getTime();
  const bounds = dayBounds(span.from, span.to, zone);
  const { starts, epoch } = await ledger.storedCsvDays(zone, bounds[0] ?? 0, bounds[bounds.length - 1] ?? 0);
  let made = 0;
  let i = 0;
  while (i + 1 < bounds.length) {
    if ((bounds[i + 1] ?? 0) > now || starts.has(bounds[i] ?? 0)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j - i < DAYS_PER_READ && j + 1 < bounds.length && (bounds[j + 1] ?? 0) <= now && !starts.has(bounds[j] ?? 0))
      j += 1;
    const days = await makeDays(ledger, clients, zone, bounds.slice(i, j + 1));
    if (!(await ledger.writeCsvDays(days, epoch))) return made;
    made += days.length;
    i = j;
  }
  return made;
}
