import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zoneAliasesText } from '../../../../scripts/zone-aliases.mjs';
import { allTimeZones, isValidTimeZone } from '../../../core/zones.ts';

describe('zone-aliases.json (the zone picker search data)', () => {
  const file = readFileSync(new URL('../../../core/zone-aliases.json', import.meta.url), 'utf8');

  it('is what scripts/zone-aliases.mjs makes from the installed packages', () => {
    expect(file, 'run node scripts/zone-aliases.mjs').toBe(zoneAliasesText());
  });

  it('names a zone the engine knows for each group, and covers every zone the engine lists', () => {
    const data = JSON.parse(file) as { zones: { zone: string; links: string[] }[]; cities: [string, string][] };
    const named = new Set(data.zones.flatMap((z) => [z.zone, ...z.links]));
    expect(allTimeZones().filter((z) => z !== 'UTC' && !named.has(z))).toEqual([]);
    expect(data.zones.filter((z) => ![z.zone, ...z.links].some(isValidTimeZone))).toEqual([]);
    const heads = new Set(data.zones.map((z) => z.zone));
    expect(data.cities.filter(([, zone]) => !heads.has(zone))).toEqual([]);
  });
});
