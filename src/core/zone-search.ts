/**
 * Finding a time zone by what people type (issue 16 point 6): the IANA name, a city, a generic
 * name ("Eastern", "Central European"), an abbreviation ("EST", "CET"), a UTC offset ("GMT+10",
 * "UTC+5:30", "+10"), a country. The alias data is passed in (the options page loads it lazily);
 * without it only IANA names and offsets are found.
 */
import { IANAZone } from 'luxon';
import { canonicalZone, isValidTimeZone } from './zones.ts';

/** One group of equivalent zones (same offsets and rules today), named by its head `zone`. */
export interface ZoneAliasRecord {
  zone: string;
  /** Its generic name, "Eastern Time". */
  name: string;
  country: string;
  /** Main cities, biggest first. */
  cities: readonly string[];
  /** Standard and daylight abbreviations: "EST", "EDT". */
  abbreviations: readonly string[];
  /** The other IANA names of the group (links and zones with the same rules today). */
  links: readonly string[];
  /** People living in it, in thousands: ranks zones that match alike ("EST": New York first). */
  population: number;
}

export interface ZoneAliasData {
  zones: readonly ZoneAliasRecord[];
  /** More cities and their zone (a group head), biggest first. */
  cities: readonly (readonly [city: string, zone: string])[];
}

/** What a match was found by, in the order ranks break ties. */
type Kind = 'zone' | 'abbreviation' | 'city' | 'name' | 'offset' | 'country' | 'link';
const KIND_RANK: Readonly<Record<Kind, number>> = {
  zone: 0,
  abbreviation: 1,
  city: 1,
  name: 2,
  offset: 3,
  country: 4,
  link: 5,
};

interface Term {
  /** Normalised text compared with the query. */
  key: string;
  /** As people read it, shown when it is not already in the label ("Boston"). */
  shown: string;
  kind: Kind;
}

interface Entry {
  zone: string;
  /** Generic name shown in the label ("Eastern Time"); '' when none is known. */
  name: string;
  /** The IANA name's city, as read ("New York"). */
  city: string;
  country: string;
  population: number;
  /** Minutes east of UTC at the index's instant; null for a zone the engine does not know. */
  offset: number | null;
  /** Position in the list the index was built from (ties after population). */
  order: number;
  terms: Term[];
}

export interface ZoneIndex {
  readonly entries: readonly Entry[];
  /** Any known IANA name (lower case) → the entry's zone it is collapsed into. */
  readonly canonical: ReadonlyMap<string, string>;
  /** The instant its names and offsets are for. */
  readonly nowMs: number;
}

export interface ZoneMatch {
  zone: string;
  /** "Eastern Time — New York (GMT-5)". */
  label: string;
  /** The alias that matched when the label does not show it ("Boston", "United States"); else null. */
  matched: string | null;
}

/** Lower case, accents dropped ("Zürich" → "zurich"), `_ / - . ,` and runs of spaces as one space. */
export function normaliseZoneText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[_/\-.,()']+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const cityOf = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');

/** The engine's English generic name at `nowMs` ("Eastern Time"), or null when it only knows an offset. */
function engineGenericName(zone: string, nowMs: number): string | null {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(nowMs)
      .find((p) => p.type === 'timeZoneName')?.value;
    return part === undefined || /^(GMT|UTC)([+-]|$)/.test(part) ? null : part;
  } catch {
    return null;
  }
}

/**
 * The index over `zones` (the engine's list, as `allTimeZones` gives it, in the order to show
 * them when nothing is typed) at `nowMs` (names and offsets are today's): each group of
 * equivalent zones once, under its head when `zones` holds it (else the first of its names that
 * `zones` holds), with the aliases of `data` when it is loaded.
 */
export function buildZoneIndex(zones: readonly string[], data: ZoneAliasData | null, nowMs: number): ZoneIndex {
  const records = new Map<string, ZoneAliasRecord>();
  for (const r of data?.zones ?? []) for (const name of [r.zone, ...r.links]) records.set(name, r);
  const recordOf = (zone: string) => records.get(zone) ?? records.get(canonicalZone(zone));
  const listed = new Set(zones);
  /** Each record's zone to show: its head when listed. */
  const shownZone = new Map<ZoneAliasRecord, string>();
  for (const zone of zones) {
    const record = recordOf(zone);
    if (record === undefined) continue;
    const head = listed.has(record.zone) ? record.zone : canonicalZone(record.zone);
    if (!shownZone.has(record)) shownZone.set(record, listed.has(head) ? head : zone);
  }
  const entries: Entry[] = [];
  const byHead = new Map<string, Entry>();
  const byRecord = new Map<ZoneAliasRecord, Entry>();
  const canonical = new Map<string, string>();
  const linkTerms = (zone: string): Term[] => [
    { key: normaliseZoneText(zone), shown: zone, kind: 'link' },
    { key: normaliseZoneText(cityOf(zone)), shown: cityOf(zone), kind: 'link' },
  ];
  const makeEntry = (zone: string, record: ZoneAliasRecord | undefined): Entry => {
    const generic = engineGenericName(zone, nowMs);
    const entry: Entry = {
      zone,
      name: generic ?? record?.name ?? '',
      city: cityOf(zone),
      country: record?.country ?? '',
      population: record?.population ?? 0,
      offset: offsetAt(zone, nowMs),
      order: entries.length,
      terms: [
        { key: normaliseZoneText(zone), shown: zone, kind: 'zone' },
        { key: normaliseZoneText(cityOf(zone)), shown: cityOf(zone), kind: 'zone' },
      ],
    };
    const add = (text: string, kind: Kind) => entry.terms.push({ key: normaliseZoneText(text), shown: text, kind });
    if (generic !== null) add(generic, 'name');
    if (record !== undefined) {
      byRecord.set(record, entry);
      if (record.name !== generic) add(record.name, 'name');
      if (record.country !== '') add(record.country, 'country');
      for (const c of record.cities) add(c, 'city');
      for (const a of record.abbreviations) add(a, 'abbreviation');
      for (const link of [record.zone, ...record.links]) {
        if (link === zone) continue;
        if (!canonical.has(link.toLowerCase())) canonical.set(link.toLowerCase(), zone);
        entry.terms.push(...linkTerms(link));
      }
    }
    return entry;
  };
  // An entry is made where the first of its zones comes, so the user's own zone (first) stays first.
  for (const zone of zones) {
    const record = recordOf(zone);
    const head = record === undefined ? zone : (shownZone.get(record) ?? zone);
    canonical.set(zone.toLowerCase(), head);
    let entry = byHead.get(head);
    if (entry === undefined) {
      entry = makeEntry(head, record);
      byHead.set(head, entry);
      entries.push(entry);
    }
    if (zone !== head && record?.zone !== zone && !record?.links.includes(zone)) entry.terms.push(...linkTerms(zone));
  }
  for (const [city, zone] of data?.cities ?? []) {
    const record = records.get(zone);
    const entry = record === undefined ? undefined : byRecord.get(record);
    entry?.terms.push({ key: normaliseZoneText(city), shown: city, kind: 'city' });
  }
  return { entries, canonical, nowMs };
}

/**
 * "GMT+10", "UTC+5:30", "+10", "UTC-3", "−03:00", "+0530", "UTC", "GMT" → minutes east of UTC;
 * null when the text is not an offset.
 */
export function parseUtcOffset(text: string): number | null {
  const t = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, '');
  if (/^(utc|gmt|z)$/i.test(t)) return 0;
  const m = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(t);
  if (m === null) return null;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 14 || minutes >= 60 || (hours === 14 && minutes > 0)) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** `-300` → "GMT-5", `330` → "GMT+5:30", `0` → "GMT" (as `Intl`'s `shortOffset` writes it). */
export function gmtOffsetText(minutes: number): string {
  if (minutes === 0) return 'GMT';
  const abs = Math.abs(minutes);
  const m = abs % 60;
  return `GMT${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`}`;
}

function offsetAt(zone: string, nowMs: number): number | null {
  return isValidTimeZone(zone) ? IANAZone.create(zone).offset(nowMs) : null;
}

function labelOf(entry: Entry): string {
  const offset = entry.offset;
  const place = entry.name === '' ? entry.zone.replace(/_/g, ' ') : `${entry.name} — ${entry.city}`;
  return offset === null ? place : `${place} (${gmtOffsetText(offset)})`;
}

/**
 * The readable label of one zone at `nowMs`, as its option shows it, without an index:
 * "Eastern Time — New York (GMT-5)"; an unknown zone is shown as typed.
 */
export function zoneMatchLabel(zone: string, nowMs: number): string {
  const offset = offsetAt(zone, nowMs);
  if (offset === null) return zone;
  const generic = engineGenericName(zone, nowMs);
  const place = generic === null ? zone.replace(/_/g, ' ') : `${generic} — ${cityOf(zone)}`;
  return `${place} (${gmtOffsetText(offset)})`;
}

/** 0 the whole term, 1 its start, 2 the start of one of its words, 3 anywhere; null no match. */
function matchTier(key: string, q: string): number | null {
  if (key === q) return 0;
  if (key.startsWith(q)) return 1;
  if (key.includes(` ${q}`)) return 2;
  return q.length >= 3 && key.includes(q) ? 3 : null;
}

/**
 * The zones matching `query` (offsets are those at the index's instant: "GMT+10" finds Sydney
 * only while it is on standard time), each once, best first: exact matches, then prefixes, then a word's
 * start, then substrings (three letters or more); within one rank the IANA name before an
 * abbreviation or city, before a generic name, an offset, a country; then the zone more people
 * live in; then the index's order. An empty query lists every zone in the index's order.
 */
export function searchZoneIndex(index: ZoneIndex, query: string): ZoneMatch[] {
  const q = normaliseZoneText(query);
  if (q === '') return index.entries.map((e) => ({ zone: e.zone, label: labelOf(e), matched: null }));
  const offset = parseUtcOffset(query);
  const scored: { entry: Entry; tier: number; kind: number; matched: Term | null }[] = [];
  for (const entry of index.entries) {
    let best: { tier: number; kind: number; term: Term | null } | null = null;
    for (const term of entry.terms) {
      const tier = matchTier(term.key, q);
      if (tier === null) continue;
      const kind = KIND_RANK[term.kind];
      if (best === null || tier < best.tier || (tier === best.tier && kind < best.kind)) best = { tier, kind, term };
    }
    if (offset !== null && entry.offset === offset) {
      const kind = KIND_RANK.offset;
      if (best === null || best.tier > 0 || (best.tier === 0 && kind < best.kind)) best = { tier: 0, kind, term: null };
    }
    if (best !== null) scored.push({ entry, tier: best.tier, kind: best.kind, matched: best.term });
  }
  scored.sort(
    (a, b) =>
      a.tier - b.tier || a.kind - b.kind || b.entry.population - a.entry.population || a.entry.order - b.entry.order,
  );
  return scored.map(({ entry, matched }) => {
    const label = labelOf(entry);
    const shown =
      matched === null || matched.kind === 'zone' || normaliseZoneText(label).includes(matched.key)
        ? null
        : matched.shown;
    return { zone: entry.zone, label, matched: shown };
  });
}
