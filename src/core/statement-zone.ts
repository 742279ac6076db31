/**
 * A client's zone as people name it in a sentence — "Eastern Time", "Sydney time", German
 * "mitteleuropäische Zeit" — never the IANA id. The engine's `longGeneric` name is used where it
 * reads well; a small table and a city rule cover the names it gets wrong or leaves as an offset.
 */
import { zoneCity } from './hours-text.ts';
import type { Language } from './statement-types.ts';

/**
 * English names where the engine's is not what people write: ICU says "United Kingdom Time" and
 * "Hawaii-Aleutian Standard Time".
 */
const EN_NAMES: Readonly<Record<string, string>> = {
  'Europe/London': 'UK time',
  'Europe/Dublin': 'Irish time',
  'Pacific/Honolulu': 'Hawaii time',
};

/** Short forms for the signature where the engine only offers a country ("Germany Time"). */
const EN_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Central European Time': 'CET',
  'Eastern European Time': 'EET',
  'Western European Time': 'WET',
};

function engineName(zone: string, language: Language, at: Date, style: 'longGeneric' | 'shortGeneric'): string | null {
  try {
    const parts = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: style }).formatToParts(at);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null;
  }
}

/** `GMT+00:00` → `UTC`, `GMT-05:00` → `UTC−05:00` (a real minus sign); null when not an offset. */
function offsetName(name: string): string | null {
  const m = /^GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(name);
  if (m === null) return null;
  if (m[1] === undefined || (Number(m[2]) === 0 && Number(m[3] ?? 0) === 0)) return 'UTC';
  return `UTC${m[1] === '-' ? '\u2212' : '+'}${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}`;
}

function cityName(zone: string, language: Language): string {
  const city = zoneCity(zone);
  return language === 'en' ? `${city} time` : `Ortszeit ${city}`;
}

/**
 * German names are adjective phrases ("Mitteleuropäische Zeit"); inside a sentence the adjective
 * is written small, while nouns ("Rocky-Mountains-Zeit") keep their capital.
 */
function germanInSentence(name: string): string {
  const first = name.split(' ')[0] ?? '';
  return /^[A-ZÄÖÜ][a-zäöüß]*ische$/.test(first) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** The zone's name for a sentence in `language`, as the engine knows it at `at`. */
export function zoneNameInText(zone: string, language: Language, at: Date): string {
  if (zone === 'UTC' || /^Etc\/(UTC|GMT)$/.test(zone)) return 'UTC';
  // "Australian Eastern Time" is Sydney's and, without daylight saving, Brisbane's too: the city says which.
  if (zone.startsWith('Australia/')) return cityName(zone, language);
  if (language === 'en' && EN_NAMES[zone] !== undefined) return EN_NAMES[zone];
  const name = engineName(zone, language, at, 'longGeneric');
  if (name === null) return zone.includes('/') ? cityName(zone, language) : zone;
  const offset = offsetName(name);
  if (offset !== null) return offset;
  if (language === 'de') return name.includes('(Ortszeit)') ? cityName(zone, language) : germanInSentence(name);
  return name;
}

/** The zone for a one-line signature: `ET`, `MEZ`, `CET`, else the sentence name ("Sydney time"). */
export function zoneNameShort(zone: string, language: Language, at: Date): string {
  const long = zoneNameInText(zone, language, at);
  if (long === 'UTC' || long.startsWith('UTC')) return long;
  const abbreviation = (l: Language) => {
    const short = engineName(zone, l, at, 'shortGeneric');
    return short !== null && /^[A-Z]{2,5}$/.test(short) ? short : null;
  };
  // German has MEZ/OEZ/WEZ of its own; for America it writes the English ET, PT as well.
  const own = abbreviation(language) ?? (language === 'de' ? abbreviation('en') : null);
  return own ?? (language === 'en' ? EN_ABBREVIATIONS[long] : undefined) ?? long;
}
