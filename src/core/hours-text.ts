/**
 * A profile's hours as one short line people read at a glance — `Mon–Fri 08:00–18:00`,
 * `Mon–Thu 09:00–17:00, Fri 09:00–13:00` — on the user's 12- or 24-hour clock, and a zone as
 * the city it is named after (`America/New_York` → `New York`).
 */
import type { Clock } from './format.ts';
import { WEEKDAYS, type TimeWindow, type WeeklyHours } from './profile.ts';

const DAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** `08:00` → `08:00` (24h) or `8:00 AM` (12h); `24:00` (end of day) → `24:00` or `12:00 AM`. */
export function wallTimeOnClock(hhmm: string, clock: Clock): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (m === null || clock === '24h') return hhmm;
  const h = Number(m[1]) % 24;
  return `${h % 12 === 0 ? 12 : h % 12}:${m[2]} ${h < 12 ? 'AM' : 'PM'}`;
}

function windowText(w: TimeWindow, clock: Clock): string {
  return `${wallTimeOnClock(w.start, clock)}–${wallTimeOnClock(w.end, clock)}`;
}

function dayText(windows: readonly TimeWindow[], clock: Clock): string {
  return windows.map((w) => windowText(w, clock)).join(' and ');
}

function daysLabel(first: number, last: number): string {
  if (first === last) return DAY_SHORT[first]!;
  if (last === first + 1) return `${DAY_SHORT[first]!}, ${DAY_SHORT[last]!}`;
  return `${DAY_SHORT[first]!}–${DAY_SHORT[last]!}`;
}

/**
 * Consecutive weekdays with the same windows are grouped (`Mon–Fri`, `Sat, Sun`); days off are
 * left out; `no working hours` when there are none at all.
 */
export function weeklyHoursText(hours: WeeklyHours, clock: Clock): string {
  const days = WEEKDAYS.map((day) => [...hours[day]].sort((a, b) => a.start.localeCompare(b.start)));
  const texts = days.map((windows) => (windows.length === 0 ? null : dayText(windows, clock)));
  const groups: string[] = [];
  for (let i = 0; i < texts.length;) {
    const text = texts[i];
    let j = i;
    while (j + 1 < texts.length && texts[j + 1] === text) j++;
    if (text !== null && text !== undefined) groups.push(`${daysLabel(i, j)} ${text}`);
    i = j + 1;
  }
  return groups.length === 0 ? 'no working hours' : groups.join(', ');
}

/** The place a zone is named after: `America/Argentina/Buenos_Aires` → `Buenos Aires`; `UTC` stays. */
export function zoneCity(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}
