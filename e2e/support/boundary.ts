/**
 * What the popup should say about a profile right now, worked out here independently of
 * src/core (luxon directly, windows laid out day by day), so an end-to-end test checks the
 * extension against a second opinion rather than against itself.
 *
 * Deliberately simple: windows in the test data must not touch or overlap, and no time off.
 */
import { DateTime } from 'luxon';
import type { TimeWindow, Weekday, WeeklyHours } from '../../src/core/profile.ts';

export type Boundary = { inside: true; until: DateTime } | { inside: false; opensAt: DateTime | null };

const LUXON_WEEKDAY: Record<number, Weekday> = { 1: 'mon', 2: 'tue', 3: 'wed', 4: 'thu', 5: 'fri', 6: 'sat', 7: 'sun' };

function at(day: DateTime, hhmm: string): DateTime {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h === 24 ? day.plus({ days: 1 }).startOf('day') : day.set({ hour: h, minute: m, second: 0, millisecond: 0 });
}

function interval(day: DateTime, w: TimeWindow): { start: DateTime; end: DateTime } {
  const start = at(day, w.start);
  const end = w.overnight ? at(day.plus({ days: 1 }), w.end) : at(day, w.end);
  return { start, end };
}

/** Inside (until when) or outside (opening when) the weekly `hours` in `zone` at `now`. */
export function boundaryAt(hours: WeeklyHours, zone: string, now: Date): Boundary {
  const t = DateTime.fromJSDate(now).setZone(zone);
  const windows: { start: DateTime; end: DateTime }[] = [];
  for (let offset = -1; offset <= 8; offset += 1) {
    const day = t.startOf('day').plus({ days: offset });
    const key = LUXON_WEEKDAY[day.weekday];
    if (key === undefined) throw new Error(`no weekday for ${day.toISO() ?? '?'}`);
    for (const w of hours[key]) windows.push(interval(day, w));
  }
  const current = windows.find((w) => w.start <= t && t < w.end);
  if (current) return { inside: true, until: current.end };
  const next = windows.filter((w) => w.start > t).sort((a, b) => a.start.toMillis() - b.start.toMillis())[0];
  return { inside: false, opensAt: next?.start ?? null };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The popup's status line for this boundary, as a pattern: "Inside hours until … 13:00 …" or
 * "Outside hours (…) · opens … 22:00 …" (times on a 24-hour clock, in the client's zone).
 */
export function statusPattern(b: Boundary): RegExp {
  if (b.inside) return new RegExp(`^Inside hours until .*\\b${escape(b.until.toFormat('HH:mm'))}\\b`);
  if (b.opensAt === null) return /^Outside hours \(.+\) · no window/;
  return new RegExp(`^Outside hours \\(.+\\) · opens .*\\b${escape(b.opensAt.toFormat('HH:mm'))}\\b`);
}
