/**
 * A period's tallies, one per day in the user's zone (issue 12, DESIGN §6): closed days from
 * the worker's stored tallies where it has them, the rest counted from the ledger's events —
 * runs of consecutive missing days in one read each — and the closed ones among them stored
 * for the next report. Today (and any day not over yet) is always counted afresh: it still
 * changes, and only a day that is over is stored.
 */
import { repliesOf } from '../../core/report-replies.ts';
import { tallySpans } from '../../core/report-tally.ts';
import { dayBounds } from '../../core/report-weeks.ts';
import type { InvalidRecord } from '../../messaging/protocol.ts';
import type { LedgerStore } from '../storage/ledger-store.ts';
import type { StoredDay } from '../storage/report-days.ts';

export interface PeriodTallies {
  days: StoredDay[];
  invalid: InvalidRecord[];
  /** How many days were counted from events (the rest were stored): for the benchmark and tests. */
  counted: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** [first, end) index ranges of the days in `bounds` that need counting. */
function runsToCount(
  bounds: readonly number[],
  stored: ReadonlyMap<number, StoredDay>,
  now: number,
): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] ?? 0;
    const closed = (bounds[i + 1] ?? 0) <= now;
    if (closed && stored.has(start)) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === i) last[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  return runs;
}

/** Counts one run of days from the ledger's events. */
async function countRun(
  ledger: LedgerStore,
  zone: string,
  bounds: readonly number[],
  now: number,
): Promise<StoredDay[]> {
  const from = bounds[0] ?? 0;
  const to = bounds[bounds.length - 1] ?? 0;
  const read = await ledger.forReport({ from: iso(from), to: iso(to) });
  const { replies, notes } = repliesOf(read.events, read.history);
  const days: StoredDay[] = tallySpans(replies, notes, bounds, now).map((span) => ({ ...span, zone, invalid: [] }));
  // A damaged record is listed with the day it is kept under, so every report counting that day lists it.
  read.invalid.forEach((record, i) => {
    const at = Date.parse(read.invalidAt?.[i] ?? '');
    const day = days.find((d) => at >= d.start && at < d.end) ?? days[0];
    day?.invalid.push(record);
  });
  return days;
}

export async function periodTallies(
  ledger: LedgerStore,
  span: { from: Date; to: Date },
  zone: string,
  now: Date,
): Promise<PeriodTallies> {
  const bounds = dayBounds(span.from, span.to, zone);
  const nowMs = now.getTime();
  const { days: stored, epoch } = await ledger.read(zone, bounds[0] ?? 0, bounds[bounds.length - 1] ?? 0);
  const runs = runsToCount(bounds, stored, nowMs);
  const countedRuns = await Promise.all(runs.map(([a, b]) => countRun(ledger, zone, bounds.slice(a, b + 1), nowMs)));
  const counted = new Map<number, StoredDay>();
  for (const run of countedRuns) for (const day of run) counted.set(day.start, day);
  const toStore = [...counted.values()].filter((day) => day.end <= nowMs);
  await ledger.write(toStore, epoch);

  const days: StoredDay[] = [];
  const invalid: InvalidRecord[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] ?? 0;
    const day = counted.get(start) ?? stored.get(start);
    if (day === undefined) continue;
    days.push(day);
    invalid.push(...day.invalid);
  }
  return { days, invalid, counted: counted.size };
}
