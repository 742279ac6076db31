/**
 * The guard panel's "which rule sending now breaks": one plain sentence per closed boundary,
 * naming the reason and the client's hours in the client's zone, and what time it is there —
 * `Acme Corp: after hours (Mon–Fri 08:00–18:00 in New York; it is 20:10 there).`
 */
import { DateTime } from 'luxon';
import { formatTime, type Clock } from './format.ts';
import { weeklyHoursText, zoneCity } from './hours-text.ts';
import type { ClientProfile, ProfileRef, TimeOff } from './profile.ts';
import type { OutsideReason, ProfileOutside } from './verdict-types.ts';

export const REASON_TEXT: Record<OutsideReason, string> = {
  'before-hours': 'before hours',
  'after-hours': 'after hours',
  'day-off': 'day off',
  'time-off': 'time off',
};

const LOCALE = 'en-US';

function local(now: Date, zone: string): DateTime {
  return DateTime.fromMillis(now.getTime(), { zone, locale: LOCALE });
}

/** `Sat 10:00` / `Sat 10:00 AM`. */
function dayAndTime(now: Date, zone: string, clock: Clock): string {
  return local(now, zone).toFormat(clock === '12h' ? 'ccc h:mm a' : 'ccc HH:mm');
}

/** The time-off range holding today in the profile's zone (the one lasting longest when several do). */
function currentTimeOff(profile: ClientProfile, now: Date): TimeOff | null {
  const today = local(now, profile.timeZone).toISODate() ?? '';
  let found: TimeOff | null = null;
  for (const t of profile.timeOff) {
    if (t.start <= today && today <= t.end && (found === null || t.end > found.end)) found = t;
  }
  return found;
}

/** `24 Dec–2 Jan`, `24 Dec`, with the year when it is not this year's. */
function rangeText(t: TimeOff, now: Date, zone: string): string {
  const year = local(now, zone).year;
  const day = (iso: string) => {
    const d = DateTime.fromISO(iso, { zone, locale: LOCALE });
    return d.toFormat(d.year === year ? 'd LLL' : 'd LLL yyyy');
  };
  return t.start === t.end ? day(t.start) : `${day(t.start)}–${day(t.end)}`;
}

/**
 * One sentence per closed boundary, in the verdict's order. `find` gives the stored profile
 * for a reference (null when the verdict names a profile no longer listed: the sentence then
 * says the reason only). The local time is formatted once per zone: a compose to many clients
 * repeats a few zones.
 */
export function ruleSentences(
  outside: readonly ProfileOutside[],
  find: (profile: ProfileRef) => ClientProfile | null,
  now: Date,
  clock: Clock,
): string[] {
  const nowTexts = new Map<string, string>();
  const nowIn = (zone: string, withDay: boolean) => {
    const key = `${zone} ${String(withDay)}`;
    let text = nowTexts.get(key);
    if (text === undefined) {
      text = withDay ? dayAndTime(now, zone, clock) : formatTime(now.toISOString(), zone, clock);
      nowTexts.set(key, text);
    }
    return text;
  };
  return outside.map((o) => ruleSentence(o, find(o.profile), now, clock, nowIn));
}

function ruleSentence(
  outside: ProfileOutside,
  profile: ClientProfile | null,
  now: Date,
  clock: Clock,
  nowIn: (zone: string, withDay: boolean) => string,
): string {
  const { name, timeZone: zone } = outside.profile;
  const reason = REASON_TEXT[outside.reason];
  if (profile === null) return `${name}: ${reason}.`;
  const city = zoneCity(zone);
  if (outside.reason === 'time-off') {
    const off = currentTimeOff(profile, now);
    const what =
      off === null
        ? ''
        : `${off.label !== undefined && off.label.trim() !== '' ? `${off.label.trim()}, ` : ''}${rangeText(off, now, zone)} `;
    return `${name}: time off (${what}in ${city}; it is ${nowIn(zone, true)} there).`;
  }
  // On a day off the weekday says why; otherwise the time alone.
  const it = nowIn(zone, outside.reason === 'day-off');
  return `${name}: ${reason} (${weeklyHoursText(profile.hours, clock)} in ${city}; it is ${it} there).`;
}
