/**
 * The report's calendar (issue 12): ISO weeks, Monday 00:00 in the user's own zone, cut with
 * luxon so a DST week is still one week (167 or 169 hours long). The week boundaries of a period
 * are computed once; each event then finds its week by binary search instead of a luxon call
 * (a year of a heavy user is 500,000 events).
 */
import { DateTime } from 'luxon';
import type { IsoInstant } from './profile.ts';
import type { ReportPeriod } from './report-types.ts';

export interface WeekGrid {
  zone: string;
  /** Monday 00:00 of each week (ms), oldest first, followed by the Monday after the last week. */
  bounds: number[];
  /** `2026-W49`, one per week. */
  labels: string[];
}

/** Monday 00:00 of the ISO week holding `ms`, in `zone`. */
export function weekStart(ms: number, zone: string): DateTime {
  return DateTime.fromMillis(ms, { zone }).startOf('week');
}

export function weekLabel(start: DateTime): string {
  return start.toFormat("kkkk-'W'WW");
}

/**
 * The period as instants [from, to): the last N weeks end with the current one (to = next
 * Monday 00:00); a date range runs from its first day's midnight to the midnight after its last
 * day, both in the user's zone. Null when a range is not two real dates in order.
 */
export function resolvePeriod(period: ReportPeriod, now: Date, zone: string): { from: Date; to: Date } | null {
  if (period.kind === 'weeks') {
    const current = weekStart(now.getTime(), zone);
    return { from: current.minus({ weeks: period.weeks - 1 }).toJSDate(), to: current.plus({ weeks: 1 }).toJSDate() };
  }
  const from = DateTime.fromISO(period.from, { zone });
  const last = DateTime.fromISO(period.to, { zone });
  if (!from.isValid || !last.isValid || last < from) return null;
  return { from: from.startOf('day').toJSDate(), to: last.startOf('day').plus({ days: 1 }).toJSDate() };
}

/** Every ISO week touching [from, to), in `zone`. */
export function weekGrid(from: Date, to: Date, zone: string): WeekGrid {
  const bounds: number[] = [];
  const labels: string[] = [];
  let start = weekStart(from.getTime(), zone);
  while (start.toMillis() < to.getTime()) {
    bounds.push(start.toMillis());
    labels.push(weekLabel(start));
    start = start.plus({ weeks: 1 });
  }
  bounds.push(start.toMillis());
  return { zone, bounds, labels };
}

/**
 * Midnight of every day in [from, to) in `zone` (ms), followed by the midnight after the last:
 * the days the worker keeps a tally of (report-tally.ts). A day of a DST change is 23 or 25
 * hours long; a day always lies inside one week of `weekGrid` for the same zone.
 */
export function dayBounds(from: Date, to: Date, zone: string): number[] {
  const bounds: number[] = [];
  let day = DateTime.fromJSDate(from, { zone }).startOf('day');
  while (day.toMillis() < to.getTime()) {
    bounds.push(day.toMillis());
    day = day.plus({ days: 1 }).startOf('day');
  }
  bounds.push(day.toMillis());
  return bounds;
}

/** The index of the week holding `ms`, or -1 outside the grid. */
export function weekIndex(grid: WeekGrid, ms: number): number {
  return boundsIndex(grid.bounds, ms);
}

/** The index i of the span [bounds[i], bounds[i+1]) holding `ms` (binary search), or -1 outside them all. */
export function boundsIndex(bounds: readonly number[], ms: number): number {
  if (bounds.length < 2 || ms < (bounds[0] ?? 0) || ms >= (bounds[bounds.length - 1] ?? 0)) return -1;
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((bounds[mid] ?? 0) <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function weekStartIso(grid: WeekGrid, index: number): IsoInstant {
  return new Date(grid.bounds[index] ?? 0).toISOString();
}

/** Today's date in the user's zone, `yyyy-MM-dd` (the CSV's file name). */
export function todayIn(zone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone }).toFormat('yyyy-MM-dd');
}

/** The weekly summary goes out on Monday at this hour, in the user's zone. */
export const WEEKLY_SUMMARY_HOUR = 9;

/**
 * The week whose summary is due at `now`: the last one whose Monday-09:00 has passed (last week
 * from Monday 09:00 on, the week before until then). Shown once, even when the browser was
 * closed at the time: the next start shows it.
 */
export function dueSummaryWeek(now: Date, zone: string): { label: string; from: string; to: string } {
  const thisWeek = weekStart(now.getTime(), zone);
  const dueThisWeek = thisWeek.set({ hour: WEEKLY_SUMMARY_HOUR });
  const week = thisWeek.minus({ weeks: now.getTime() >= dueThisWeek.toMillis() ? 1 : 2 });
  return {
    label: weekLabel(week),
    from: week.toFormat('yyyy-MM-dd'),
    to: week.plus({ days: 6 }).toFormat('yyyy-MM-dd'),
  };
}

/** The next Monday 09:00 in the user's zone after `now` (the weekly alarm). */
export function nextSummaryAt(now: Date, zone: string): Date {
  const due = weekStart(now.getTime(), zone).set({ hour: WEEKLY_SUMMARY_HOUR });
  return (due.toMillis() > now.getTime() ? due : due.plus({ weeks: 1 })).toJSDate();
}

/** Events before this instant are pruned under the retention setting; null keeps everything. */
export function retentionCutoff(choice: '1y' | '2y' | 'always', now: Date): Date | null {
  if (choice === 'always') return null;
  const years = choice === '1y' ? 1 : 2;
  return DateTime.fromJSDate(now, { zone: 'UTC' }).minus({ years }).toJSDate();
}
