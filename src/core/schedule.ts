/**
 * A profile's answering windows as instants: is an instant inside, when does the current window
 * close, when does the next one open, and why is it closed (DESIGN §3).
 *
 * A window belongs to the local day it starts on (Friday 22:00–02:00 runs into Saturday);
 * a day inside a time-off range has no windows. Windows that touch or overlap (09–12 and 12–17,
 * Monday 22:00–24:00 and Tuesday 00:00–02:00) count as one stretch: "inside until 17:00".
 */
import type { IANAZone } from 'luxon';
import type { ClientProfile } from './profile.ts';
import { WEEKDAYS } from './profile.ts';
import type { OutsideReason } from './verdict-types.ts';
import { ianaZone, isoDateToDay, localDay, localToInstant, wallMinutes, weekdayIndex } from './wall-time.ts';

/** How far ahead a next opening is looked for: a client who never opens within a year never will. */
export const HORIZON_DAYS = 366;
/** How far a stretch of touching windows is followed (a 24/7 profile has no end). */
const MAX_STRETCH_DAYS = 8;

export interface Interval {
  start: number;
  end: number;
}

interface CompiledSchedule {
  zone: IANAZone;
  /** Per weekday (0 = Monday): [start, end] minutes after local midnight, sorted; end > start. */
  week: [number, number][][];
  /** Time off as local day numbers [first, last], sorted by first day. */
  timeOff: [number, number][];
  hasWindows: boolean;
}

const compiled = new WeakMap<ClientProfile, CompiledSchedule>();

/** Parsed once per profile object: profiles are treated as immutable values. */
function schedule(profile: ClientProfile): CompiledSchedule {
  let s = compiled.get(profile);
  if (s !== undefined) return s;
  const week = WEEKDAYS.map((day) =>
    (profile.hours[day] ?? [])
      .map((w): [number, number] => {
        const start = wallMinutes(w.start);
        const end = wallMinutes(w.end);
        return [start, w.overnight === true && end <= start ? end + 1440 : end];
      })
      .filter(([start, end]) => end > start)
      .sort((a, b) => a[0] - b[0]),
  );
  const timeOff = profile.timeOff
    .map((t): [number, number] => [isoDateToDay(t.start), isoDateToDay(t.end)])
    .filter(([a, b]) => !Number.isNaN(a) && !Number.isNaN(b) && b >= a)
    .sort((a, b) => a[0] - b[0]);
  s = { zone: ianaZone(profile.timeZone), week, timeOff, hasWindows: week.some((d) => d.length > 0) };
  compiled.set(profile, s);
  return s;
}

/** The last day of the time-off range holding `day`, or null when `day` is a normal day. */
function timeOffUntil(s: CompiledSchedule, day: number): number | null {
  let last: number | null = null;
  for (const [first, end] of s.timeOff) {
    if (first > day) break;
    if (end >= day) last = Math.max(last ?? end, end);
  }
  return last;
}

/**
 * The windows that start on local day `day`, as instants, in order. A window lying wholly in a
 * spring-forward gap has both ends at the first instant after the gap: it is empty that day and
 * left out, so nothing opens, counts business hours or makes a business day with it.
 */
function windowsStartingOn(s: CompiledSchedule, day: number): Interval[] {
  if (timeOffUntil(s, day) !== null) return [];
  const windows: Interval[] = [];
  for (const [a, b] of s.week[weekdayIndex(day)] ?? []) {
    const start = localToInstant(s.zone, day, a);
    const end = localToInstant(s.zone, day, b);
    if (end > start) windows.push({ start, end });
  }
  return windows;
}

/**
 * Extends a window across every window that touches or overlaps it. Window starts only grow
 * from one day to the next, so the first window that starts after the stretch ends it.
 */
function stretchFrom(s: CompiledSchedule, first: Interval, fromDay: number): Interval {
  let end = first.end;
  for (let day = fromDay; day <= fromDay + MAX_STRETCH_DAYS; day++) {
    for (const w of windowsStartingOn(s, day)) {
      if (w.start > end) return { start: first.start, end };
      end = Math.max(end, w.end);
    }
  }
  return { start: first.start, end };
}

/** The window (not yet stretched) that contains `ms`, with the local day it starts on. */
function containing(s: CompiledSchedule, ms: number): { window: Interval; day: number } | null {
  if (!s.hasWindows) return null;
  const today = localDay(s.zone, ms);
  for (const day of [today - 1, today]) {
    for (const w of windowsStartingOn(s, day)) if (w.start <= ms && ms < w.end) return { window: w, day };
  }
  return null;
}

/** The stretch of windows containing `at` (start ≤ at < end), or null when `at` is outside. */
export function currentWindow(profile: ClientProfile, at: Date): { start: Date; end: Date } | null {
  const s = schedule(profile);
  const found = containing(s, at.getTime());
  if (found === null) return null;
  const stretch = stretchFrom(s, found.window, found.day);
  return { start: new Date(stretch.start), end: new Date(stretch.end) };
}

export function isInside(profile: ClientProfile, at: Date): boolean {
  return containing(schedule(profile), at.getTime()) !== null;
}

/**
 * The first instant ≥ `from` inside the profile's windows: `from` itself when it is inside,
 * otherwise the start of the next window; null when none opens within HORIZON_DAYS.
 */
export function nextOpening(profile: ClientProfile, from: Date): Date | null {
  const s = schedule(profile);
  if (!s.hasWindows) return null;
  const ms = from.getTime();
  if (containing(s, ms) !== null) return from;
  const first = localDay(s.zone, ms);
  for (let day = first; day <= first + HORIZON_DAYS; day++) {
    const offUntil = timeOffUntil(s, day);
    if (offUntil !== null) {
      day = offUntil; // skip the whole range at once (the loop adds the 1)
      continue;
    }
    for (const w of windowsStartingOn(s, day)) if (w.start > ms) return new Date(w.start);
  }
  return null;
}

/** A window with the local day it starts on (the day it belongs to: DESIGN §3). */
export interface DayWindow extends Interval {
  day: number;
}

/**
 * Windows from `from` on, in order of start, clipped to start no earlier than `from` (and no
 * earlier than the end of the one before, so they never overlap). Each carries its start day:
 * an end instant alone cannot tell it, since windows of two days may end at the same instant.
 */
export function* windowsFrom(profile: ClientProfile, from: Date, horizonDays = HORIZON_DAYS): Generator<DayWindow> {
  const s = schedule(profile);
  if (!s.hasWindows) return;
  const ms = from.getTime();
  const today = localDay(s.zone, ms);
  let cursor = ms;
  // From yesterday (its overnight window may still be open) to the horizon day, as nextOpening.
  for (let day = today - 1; day <= today + horizonDays; day++) {
    for (const w of windowsStartingOn(s, day)) {
      if (w.end <= cursor) continue;
      const start = Math.max(w.start, cursor);
      cursor = w.end;
      yield { start, end: w.end, day };
    }
  }
}

/** Whether a local day is a business day: it is not time off and a (non-empty) window starts on it. */
export function isBusinessDay(profile: ClientProfile, day: number): boolean {
  return windowsStartingOn(schedule(profile), day).length > 0;
}

/** The profile's zone and its local day for an instant (for promise rules). */
export function localDayOf(profile: ClientProfile, at: Date): number {
  return localDay(schedule(profile).zone, at.getTime());
}

/** The windows starting on a local day (empty on a day off or time off). */
export function windowsOn(profile: ClientProfile, day: number): Interval[] {
  return windowsStartingOn(schedule(profile), day);
}

/** Why the boundary is closed at `at` (call only when it is). */
export function outsideReason(profile: ClientProfile, at: Date): OutsideReason {
  const s = schedule(profile);
  const ms = at.getTime();
  const day = localDay(s.zone, ms);
  if (timeOffUntil(s, day) !== null) return 'time-off';
  const today = windowsStartingOn(s, day);
  if (today.length === 0) return 'day-off';
  return ms < (today[0]?.start ?? ms) ? 'before-hours' : 'after-hours';
}

/** The next local midnight after `at` in the profile's zone: when a closed day's reason can change. */
export function nextLocalMidnight(profile: ClientProfile, at: Date): Date {
  const s = schedule(profile);
  return new Date(localToInstant(s.zone, localDay(s.zone, at.getTime()) + 1, 0));
}

/** The instant `minutes` after local midnight of local day `day` in the profile's zone. */
export function instantOnDay(profile: ClientProfile, day: number, minutes: number): Date {
  return new Date(localToInstant(schedule(profile).zone, day, minutes));
}
