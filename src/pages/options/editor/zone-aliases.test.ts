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

describe('who loads the zone search data', () => {
  it('only ZonePicker, through import(): never the content script, the worker or the popup', async () => {
    const { readdirSync } = await import('node:fs');
    const root = new URL('../../../', import.meta.url);
    const importers = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.(ts|tsx)$/.test(path) && !/\.test\.tsx?$/.test(path))
      .filter((path) => /zone-aliases(\.json|\.ts)?['"]/.test(readFileSync(new URL(path, root), 'utf8')))
      .sort();
    expect(importers).toEqual(['pages/options/editor/ZonePicker.tsx', 'pages/options/editor/zone-aliases.ts']);
    const picker = readFileSync(new URL('pages/options/editor/ZonePicker.tsx', root), 'utf8');
    expect(picker).toMatch(/import\('\.\/zone-aliases\.ts'\)/);
    expect(picker).not.toMatch(/^import [^;]*zone-aliases/m);
  });
});
