// Builds the zone picker's alias data (issue 16 point 6) from two well-kept packages, so that
// "Boston", "Eastern", "CET" or "Zürich" find a zone: @vvo/tzdb (MIT: every IANA zone with its
// generic name, country, main cities, abbreviations and group of equivalent zones, from GeoNames
// and the IANA database) and city-timezones (MIT: 7,300 cities with their IANA zone and
// population). Pure: `scripts/zone-aliases.mjs` writes the result, a unit test checks it is
// up to date with the installed packages.

/** Cities at least this big are searchable by name (≈ 2,900 of them, ≈ 20 KB gzip). */
export const MIN_CITY_POPULATION = 100_000;

/**
 * Former English names of big cities that neither package lists (both use the current name,
 * e.g. Bengaluru since 2014). Old IANA names (Calcutta, Saigon, Kiev, Rangoon) need no entry:
 * they come from the zones' groups.
 */
export const FORMER_CITY_NAMES = {
  Bangalore: 'Bengaluru',
  Bombay: 'Mumbai',
  Madras: 'Chennai',
  Peking: 'Beijing',
  Canton: 'Guangzhou',
  Poona: 'Pune',
};

/**
 * @param {readonly import('./zone-aliases.d.mts').TzdbZone[]} tzdb `@vvo/tzdb/raw-time-zones.json`
 * @param {readonly import('./zone-aliases.d.mts').CityRecord[]} cityMap `city-timezones/data/cityMap.json`
 * @param {string} about
 * @returns {import('./zone-aliases.d.mts').ZoneAliasFile}
 */
export function buildZoneAliases(tzdb, cityMap, about) {
  /** Any member of a group → the group's head (the zone tzdb names it by). */
  const head = new Map();
  for (const z of tzdb) for (const member of [z.name, ...z.group]) if (!head.has(member)) head.set(member, z.name);
  const population = new Map();
  for (const c of cityMap) {
    const zone = head.get(c.timezone);
    if (zone !== undefined) population.set(zone, (population.get(zone) ?? 0) + c.pop);
  }
  const mainCities = new Map(tzdb.map((z) => [z.name, new Set(z.mainCities)]));
  const cities = [];
  const seen = new Set();
  const byName = new Map();
  for (const c of [...cityMap].sort((a, b) => b.pop - a.pop || a.city.localeCompare(b.city))) {
    const zone = head.get(c.timezone);
    if (zone === undefined) continue;
    if (!byName.has(c.city)) byName.set(c.city, zone);
    if (c.pop < MIN_CITY_POPULATION || mainCities.get(zone)?.has(c.city)) continue;
    const key = `${c.city}\u0000${zone}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cities.push([c.city, zone]);
  }
  for (const [former, current] of Object.entries(FORMER_CITY_NAMES)) {
    const zone = byName.get(current) ?? tzdb.find((z) => z.mainCities.includes(current))?.name;
    if (zone === undefined) throw new Error(`zone aliases: no zone for ${current} (${former})`);
    cities.push([former, zone]);
  }
  const zones = tzdb
    .map((z) => ({
      zone: z.name,
      name: z.alternativeName,
      country: z.countryName,
      cities: z.mainCities,
      abbreviations: [...new Set([z.abbreviation, z.dstAbbreviation].filter((a) => typeof a === 'string' && a !== ''))],
      links: z.group.filter((g) => g !== z.name),
      population: Math.round((population.get(z.name) ?? 0) / 1000),
    }))
    .sort((a, b) => (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0));
  return { about, zones, cities };
}
