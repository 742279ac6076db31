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

/**
 * Links from the IANA "backward" file that people still type (and old exports hold), to the
 * zone they name today. Both Chromium (ICU) and Firefox (its own tzdata) know every one of
 * these; other links are refused rather than stored, because the two browsers' lists of old
 * names differ (Chromium's ICU still knows `US/Pacific-New`, removed from tzdata in 2020, and
 * `SystemV/…`; Firefox does not).
 */
const LINKS: Readonly<Record<string, string>> = {
  ...CANONICAL_NAMES,
  'Etc/GMT': 'UTC',
  'Etc/GMT+0': 'UTC',
  'Etc/GMT-0': 'UTC',
  'Etc/GMT0': 'UTC',
  'Etc/Greenwich': 'UTC',
  'Etc/UCT': 'UTC',
  'Etc/UTC': 'UTC',
  'Etc/Universal': 'UTC',
  'Etc/Zulu': 'UTC',
  GMT: 'UTC',
  UCT: 'UTC',
  Universal: 'UTC',
  Zulu: 'UTC',
  'US/Alaska': 'America/Anchorage',
  'US/Aleutian': 'America/Adak',
  'US/Arizona': 'America/Phoenix',
  'US/Central': 'America/Chicago',
  'US/East-Indiana': 'America/Indiana/Indianapolis',
  'US/Eastern': 'America/New_York',
  'US/Hawaii': 'Pacific/Honolulu',
  'US/Michigan': 'America/Detroit',
  'US/Mountain': 'America/Denver',
  'US/Pacific': 'America/Los_Angeles',
  'US/Samoa': 'Pacific/Pago_Pago',
  'Canada/Atlantic': 'America/Halifax',
  'Canada/Central': 'America/Winnipeg',
  'Canada/Eastern': 'America/Toronto',
  'Canada/Mountain': 'America/Edmonton',
  'Canada/Newfoundland': 'America/St_Johns',
  'Canada/Pacific': 'America/Vancouver',
  GB: 'Europe/London',
  Eire: 'Europe/Dublin',
  Japan: 'Asia/Tokyo',
  PRC: 'Asia/Shanghai',
  ROK: 'Asia/Seoul',
  Singapore: 'Asia/Singapore',
  'Australia/ACT': 'Australia/Sydney',
  'Australia/NSW': 'Australia/Sydney',
  'Australia/Canberra': 'Australia/Sydney',
  'Europe/Belfast': 'Europe/London',
  'Asia/Istanbul': 'Europe/Istanbul',
  'Asia/Ujung_Pandang': 'Asia/Makassar',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'America/Fort_Wayne': 'America/Indiana/Indianapolis',
  'America/Montreal': 'America/Toronto',
};

/** `Etc/GMT+5` (five hours *behind* UTC, POSIX sign): canonical IANA zones both browsers know. */
const ETC_OFFSET = /^etc\/gmt([+-])(\d{1,2})$/i;

let knownNames: ReadonlyMap<string, string> | null = null;
/** Names checked against the engine once (creating an Intl formatter per zone is slow). */
const engineKnows = new Map<string, boolean>();

/**
 * Lower-cased name → the name to store: every zone the engine lists (under its current name),
 * UTC, and the links above. Built once: the engine's list does not change while Red Cup runs.
 * Cheap to build: whether the engine knows a name to store is asked only when it is looked up.
 */
function knownZones(): ReadonlyMap<string, string> {
  if (knownNames !== null) return knownNames;
  const names = new Map<string, string>();
  const add = (typed: string, stored: string) => names.set(typed.toLowerCase(), stored);
  for (const zone of engineZones() ?? FALLBACK_ZONES) {
    const current = CANONICAL_NAMES[zone] ?? zone;
    add(zone, current);
    add(current, current);
  }
  add('UTC', 'UTC');
  for (const [link, target] of Object.entries(LINKS)) {
    add(link, target);
    add(target, target);
  }
  knownNames = names;
  return names;
}

function knownToEngine(zone: string): boolean {
  let known = engineKnows.get(zone);
  if (known === undefined) {
    known = IANAZone.isValidZone(zone);
    engineKnows.set(zone, known);
  }
  return known;
}

/**
 * The name to store for a zone as typed (`utc` → `UTC`, `europe/paris` → `Europe/Paris`,
 * `Asia/Calcutta` → `Asia/Kolkata`, `US/Pacific` → `America/Los_Angeles`), or null when it is
 * not a zone every supported browser knows (`US/Pacific-New`, `SystemV/PST8`, `Mars/Olympus`).
 * Case and surrounding spaces do not matter; the result is always a canonical IANA name.
 */
export function resolveTimeZone(typed: string): string | null {
  const name = typed.trim();
  if (name === '' || name.length > 100) return null;
  const offset = ETC_OFFSET.exec(name);
  if (offset !== null) {
    const hours = Number(offset[2]);
    if (hours === 0) return 'UTC';
    const max = offset[1] === '+' ? 12 : 14;
    return hours <= max ? `Etc/GMT${offset[1]}${hours}` : null;
  }
  const stored = knownZones().get(name.toLowerCase());
  if (stored === undefined) return null;
  if (knownToEngine(stored)) return stored;
  // An engine too old for a renamed zone's current name: its old name, if that is what was typed.
  const old = Object.keys(CANONICAL_NAMES).find(
    (k) => CANONICAL_NAMES[k] === stored && k.toLowerCase() === name.toLowerCase(),
  );
  return old !== undefined && knownToEngine(old) ? old : null;
}

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
