/**
 * Instants as people read them, in a client's zone and on the user's 12- or 24-hour clock.
 * Always English (`en-US` forced), so the text is the same on every machine and in tests.
 */
import { DateTime } from 'luxon';
import { formatOffset } from './zones.ts';

export type Clock = '12h' | '24h';

const LOCALE = 'en-US';

function inZone(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { zone, locale: LOCALE });
}

const timeFormat = (clock: Clock) => (clock === '12h' ? 'h:mm a' : 'HH:mm');

/** `08:00` (24h) or `8:00 AM` (12h), in `zone`. */
export function formatTime(iso: string, zone: string, clock: Clock): string {
  return inZone(iso, zone).toFormat(timeFormat(clock));
}

/**
 * As short as is still unambiguous, seen from `nowIso` in `zone`: the time alone on the same
 * calendar day (`18:00`), weekday and time within the next six days (`Tue 08:00`), else the
 * date too (`Tue 1 Dec 08:00`), with the year when it is not this year (`Fri 1 Jan 2027 08:00`).
 */
export function formatWhen(iso: string, zone: string, clock: Clock, nowIso: string): string {
  const when = inZone(iso, zone);
  const now = inZone(nowIso, zone);
  const time = timeFormat(clock);
  const days = Math.round(when.startOf('day').diff(now.startOf('day'), 'days').days);
  if (days === 0) return when.toFormat(time);
  if (days > 0 && days <= 6) return when.toFormat(`ccc ${time}`);
  return when.toFormat(when.year === now.year ? `ccc d LLL ${time}` : `ccc d LLL yyyy ${time}`);
}

/**
 * The zone's short name at that instant in English: `EST`/`EDT`, `GMT`/`GMT+1` (en-US has no
 * `BST`), `UTC`; `UTC+05:30` when the engine has no name at all.
 */
export function zoneAbbreviation(zone: string, iso: string): string {
  const when = inZone(iso, zone);
  if (!when.isValid) return zone;
  return when.offsetNameShort ?? `UTC${formatOffset(when.offset)}`;
}
