/** IANA time zones: the list the zone picker offers, validity, and a readable label. */
import { IANAZone } from 'luxon';

/** Used only where `Intl.supportedValuesOf` is missing (older engines). */
const FALLBACK_ZONES = [
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Africa/Lagos',
  'Africa/Nairobi',
  'America/Anchorage',
  'America/Argentina/Buenos_Aires',
  'America/Chicago',
  'America/Denver',
  'America/Halifax',
  'America/Los_Angeles',
  'America/Mexico_City',
  'America/New_York',
  'America/Phoenix',
  'America/Sao_Paulo',
  'America/St_Johns',
  'America/Toronto',
  'America/Vancouver',
  'Asia/Bangkok',
  'Asia/Dubai',
  'Asia/Hong_Kong',
  'Asia/Jakarta',
  'Asia/Jerusalem',
  'Asia/Kolkata',
  'Asia/Manila',
  'Asia/Seoul',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Atlantic/Reykjavik',
  'Australia/Adelaide',
  'Australia/Brisbane',
  'Australia/Lord_Howe',
  'Australia/Perth',
  'Australia/Sydney',
  'Europe/Amsterdam',
  'Europe/Athens',
  'Europe/Berlin',
  'Europe/Dublin',
  'Europe/Helsinki',
  'Europe/Istanbul',
  'Europe/Lisbon',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Moscow',
  'Europe/Paris',
  'Europe/Rome',
  'Europe/Stockholm',
  'Europe/Zurich',
  'Pacific/Auckland',
  'Pacific/Honolulu',
  'UTC',
];

/**
 * Chromium's ICU still lists (and reports as the user's zone) old names that the IANA database
 * has renamed; people look for the current city name, and profiles should store it.
 */
const CANONICAL_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** The current IANA name for a renamed zone; any other name unchanged. */
export function canonicalZone(zone: string): string {
  const renamed = CANONICAL_NAMES[zone];
  return renamed !== undefined && IANAZone.isValidZone(renamed) ? renamed : zone;
}

type SupportedValuesOf = (key: 'timeZone') => string[];

function engineZones(): string[] | null {
  const supported = (Intl as { supportedValuesOf?: SupportedValuesOf }).supportedValuesOf;
  if (typeof supported !== 'function') return null;
  try {
    return supported('timeZone');
  } catch {
    return null;
  }
}

/**
 * Every zone the engine knows (plus `UTC`, which engines often leave out) under its current
 * name, sorted, with the user's own zone first when it is a valid one; no zone twice.
 */
export function allTimeZones(userZone?: string): string[] {
  const zones = new Set((engineZones() ?? FALLBACK_ZONES).map(canonicalZone));
  zones.add('UTC');
  const sorted = [...zones].sort();
  if (userZone === undefined || !isValidTimeZone(userZone)) return sorted;
  const own = canonicalZone(userZone);
  return [own, ...sorted.filter((z) => z !== own)];
}

/** True for any zone name luxon (and so the engine's Intl) accepts; never for ''. */
export function isValidTimeZone(zone: string): boolean {
  return zone.trim() !== '' && IANAZone.isValidZone(zone);
}

/** `+05:30`, `−05:00` (a real minus sign), `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '\u2212' : '+';
  const abs = Math.abs(minutes);
  const h = String(Math.floor(abs / 60)).padStart(2, '0');
  const m = String(abs % 60).padStart(2, '0');
  return `${sign}${h}:${m}`;
}

/**
 * `America/New_York` at a winter instant → `America/New York (UTC−05:00)`: the name as people
 * read it and the zone's offset at that instant. An unknown zone gets no offset.
 */
export function zoneLabel(zone: string, atIso: string): string {
  const name = zone.replace(/_/g, ' ');
  const ms = Date.parse(atIso);
  if (!isValidTimeZone(zone) || Number.isNaN(ms)) return name;
  return `${name} (UTC${formatOffset(IANAZone.create(zone).offset(ms))})`;
}
