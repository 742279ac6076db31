/** Times the popup tells in the user's own zone (pause end, scheduled replies). */
import { formatWhen, zoneAbbreviation, type Clock } from '../../core/format.ts';

/** `21:10`, `Tue 08:00`: short, in the user's zone, as the guard's "Paused until …" says it. */
export function userWhen(iso: string, zone: string, clock: Clock, nowIso: string): string {
  return formatWhen(iso, zone, clock, nowIso);
}

/** `Tue 08:00 CET`: with the zone named, like the clients' status lines. */
export function userWhenInZone(iso: string, zone: string, clock: Clock, nowIso: string): string {
  return `${formatWhen(iso, zone, clock, nowIso)} ${zoneAbbreviation(zone, iso)}`;
}
