/**
 * Wall-clock times and the instants they name in a time zone (DESIGN §3, "Time rules").
 *
 * Schedules are computed on *local day numbers* (days since 1970-01-01 in the zone's calendar)
 * and minutes since local midnight, and converted to instants here, in one place. Luxon's
 * `IANAZone.offset` gives the zone's offset at an instant; the two DST rules of the design are
 * applied on top, because luxon's own defaults differ (it moves a time in a gap forward by the
 * gap, and picks the later of two ambiguous times):
 *   - a wall time that does not exist (spring-forward gap) means the first instant after the gap;
 *   - a wall time that exists twice (fall-back) means its first occurrence.
 */
import { IANAZone } from 'luxon';
import type { IsoDate, WallTime } from './profile.ts';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
/** Far enough to reach the offsets on both sides of any transition on the same local day. */
const PROBE_MS = 14 * 3_600_000;

const zones = new Map<string, IANAZone>();

/** The luxon zone for an IANA name; throws for an unknown one (validation refuses those first). */
export function ianaZone(name: string): IANAZone {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = IANAZone.create(name);
    if (!zone.isValid) throw new RangeError(`Unknown time zone "${name}"`);
    zones.set(name, zone);
  }
  return zone;
}

/** Minutes since local midnight of `HH:mm`; `24:00` is 1440 (the end of the day). */
export function wallMinutes(time: WallTime): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function minutesToWallTime(minutes: number): WallTime {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * Reads a time as people type it — `9`, `9:30`, `09.30`, `0930`, `9am`, `9:30 pm`, `21h` — and
 * returns it as `HH:mm`; null when it is not a time of day. `12am` is midnight, `12pm` noon.
 * (`24:00` as a window end is the editor's business: here it is not a time of day.)
 */
export function parseWallTime(text: string): WallTime | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const match = /^(\d{1,2})(?:[:.h ]?(\d{2}))?\s*(?:h|(a|p)\.?\s?m?\.?)?$/.exec(t);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const half = match[3];
  if (minutes > 59) return null;
  if (half !== undefined) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  }
  if (hours > 23) return null;
  return minutesToWallTime(hours * 60 + minutes);
}

const HOUR_MS = 3_600_000;
/** Bounds the memory of the offset cache (UTC days and hours of all zones together). */
const MAX_CACHED_SPANS = 50_000;
/** Marks a cached UTC day that holds a transition: its hours are cached one by one. */
const MIXED = Number.NaN;
const offsetCache = new Map<IANAZone, { days: Map<number, number>; hours: Map<number, number> }>();
let cachedSpans = 0;

function remember(zone: IANAZone, kind: 'days' | 'hours', key: number, offset: number): void {
  if (cachedSpans >= MAX_CACHED_SPANS) {
    offsetCache.clear();
    cachedSpans = 0;
  }
  let offsets = offsetCache.get(zone);
  if (offsets === undefined) {
    offsets = { days: new Map(), hours: new Map() };
    offsetCache.set(zone, offsets);
  }
  offsets[kind].set(key, offset);
  cachedSpans += 1;
}

/**
 * The zone's offset from UTC at an instant, in minutes.
 *
 * Luxon asks Intl for every offset, which cost ~90 % of a verdict's time, so offsets are cached
 * per UTC day, and per UTC hour on a day that holds a transition. A span is cached only when the
 * offset at its first and its last millisecond agree: no zone changes its offset twice within a
 * day (in the browsers' zone data for 2024–2031, two transitions of one zone are at least 35 days
 * apart, Casablanca's around Ramadan), so the whole span shares it. An hour holding a transition
 * (they may fall on :30 or :45) is asked of luxon every time. Whole days matter when a search
 * runs far ahead: the common window of two clients who never meet is looked for over a year.
 */
export function offsetAt(zone: IANAZone, ms: number): number {
  const offsets = offsetCache.get(zone);
  const day = Math.floor(ms / DAY_MS);
  let dayOffset = offsets?.days.get(day);
  if (dayOffset === undefined) {
    const dayStart = day * DAY_MS;
    dayOffset = zone.offset(dayStart);
    if (zone.offset(dayStart + DAY_MS - 1) !== dayOffset) dayOffset = MIXED;
    remember(zone, 'days', day, dayOffset);
  }
  if (!Number.isNaN(dayOffset)) return dayOffset;
  const hour = Math.floor(ms / HOUR_MS);
  const known = offsetCache.get(zone)?.hours.get(hour);
  if (known !== undefined) return known;
  const start = hour * HOUR_MS;
  const offset = zone.offset(start);
  if (zone.offset(start + HOUR_MS - 1) !== offset) return zone.offset(ms);
  remember(zone, 'hours', hour, offset);
  return offset;
}

/** The local day number (days since 1970-01-01 on the zone's calendar) of an instant. */
export function localDay(zone: IANAZone, ms: number): number {
  return Math.floor((ms + offsetAt(zone, ms) * MINUTE_MS) / DAY_MS);
}

/** Minutes since local midnight of an instant. */
export function localMinutes(zone: IANAZone, ms: number): number {
  const local = ms + offsetAt(zone, ms) * MINUTE_MS;
  return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS);
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * The instant at `minutes` after local midnight of local day `day` (minutes may exceed 1440:
 * an overnight window's end on the next day). Gap → first instant after it; fall-back → first
 * occurrence.
 */
export function localToInstant(zone: IANAZone, day: number, minutes: number): number {
  const local = day * DAY_MS + minutes * MINUTE_MS;
  const before = offsetAt(zone, local - PROBE_MS);
  const after = offsetAt(zone, local + PROBE_MS);
  let first = Number.POSITIVE_INFINITY;
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = local - offset * MINUTE_MS;
    if (offsetAt(zone, instant) === offset && instant < first) first = instant;
  }
  if (first !== Number.POSITIVE_INFINITY) return first;
  // In a gap: the transition lies between the two readings; find its first minute.
  let lo = local - after * MINUTE_MS; // still on the old offset
  let hi = local - before * MINUTE_MS; // already on the new offset
  const old = offsetAt(zone, lo);
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / MINUTE_MS / 2) * MINUTE_MS;
    if (offsetAt(zone, mid) === old) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** `YYYY-MM-DD` → local day number; NaN when it is not a calendar date. */
export function isoDateToDay(date: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return Number.NaN;
  return ms / DAY_MS;
}

export function dayToIsoDate(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
