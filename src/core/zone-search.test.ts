import { describe, expect, it } from 'vitest';
import raw from './zone-aliases.json';
import {
  buildZoneIndex,
  type ZoneAliasData,
  gmtOffsetText,
  normaliseZoneText,
  parseUtcOffset,
  searchZoneIndex,
  zoneMatchLabel,
} from './zone-search.ts';
import { allTimeZones } from './zones.ts';

const aliases = raw as unknown as ZoneAliasData;

const WINTER = Date.parse('2026-01-15T12:00:00Z');
const SUMMER = Date.parse('2026-07-15T12:00:00Z');
const zones = allTimeZones();
const winter = buildZoneIndex(zones, aliases, WINTER);
const summer = buildZoneIndex(zones, aliases, SUMMER);
const search = (query: string, index = winter) => searchZoneIndex(index, query);
const found = (query: string, index = winter) => search(query, index).map((m) => m.zone);

describe('searchZoneIndex: what people type (issue 16 point 6)', () => {
  it.each([
    ['Eastern', 'America/New_York'],
    ['eastern time', 'America/New_York'],
    ['Boston', 'America/New_York'],
    ['CET', 'Europe/Berlin'],
    ['Bangalore', 'Asia/Kolkata'],
    ['EST', 'America/New_York'],
    ['Sydney', 'Australia/Sydney'],
    ['Mumbai', 'Asia/Kolkata'],
    ['Zürich', 'Europe/Zurich'],
    ['Zurich', 'Europe/Zurich'],
    ['zur', 'Europe/Zurich'],
    ['UTC', 'UTC'],
    ['Kolkata', 'Asia/Kolkata'],
    ['Calcutta', 'Asia/Kolkata'],
    ['IST', 'Asia/Kolkata'],
    ['+5:30', 'Asia/Kolkata'],
    ['UTC+05:30', 'Asia/Kolkata'],
    ['Pacific', 'America/Los_Angeles'],
    ['PST', 'America/Los_Angeles'],
    ['Central European', 'Europe/Berlin'],
    ['Germany', 'Europe/Berlin'],
    ['United States', 'America/New_York'],
    ['new york', 'America/New_York'],
    ['america/new_york', 'America/New_York'],
    ['US/Eastern', 'America/New_York'],
  ])('%j finds %s first', (query, zone) => expect(found(query)[0]).toBe(zone));

  it('EST: the zones that use it, not Creston, Bucharest or Budapest', () => {
    const est = found('EST');
    for (const zone of ['America/Toronto', 'America/Jamaica', 'America/Panama']) expect(est).toContain(zone);
    // Creston (British Columbia) keeps Whitehorse's rules today: one option, after every zone using EST.
    expect(est.indexOf('America/Whitehorse')).toBeGreaterThan(est.indexOf('America/Jamaica'));
    expect(search('EST').find((m) => m.zone === 'America/Whitehorse')?.matched).toBe('Creston');
    for (const substring of ['Europe/Bucharest', 'Europe/Budapest']) expect(est.indexOf(substring)).not.toBe(0);
  });

  it('CET: the central European zones first', () => {
    const top = found('CET').slice(0, 6);
    for (const zone of ['Europe/Berlin', 'Europe/Paris', 'Europe/Rome']) expect(top).toContain(zone);
  });

  it('GMT+10, UTC-3 and +10: the zones at that offset today, DST included', () => {
    expect(found('GMT+10', summer)).toEqual(expect.arrayContaining(['Australia/Brisbane', 'Australia/Sydney']));
    expect(found('GMT+10', winter)).toContain('Australia/Brisbane');
    expect(found('GMT+10', winter), 'Sydney is on GMT+11 in January').not.toContain('Australia/Sydney');
    expect(found('GMT+11', winter)).toContain('Australia/Sydney');
    expect(found('+10', summer)).toEqual(found('GMT+10', summer));
    expect(found('UTC-3')).toEqual(expect.arrayContaining(['America/Argentina/Buenos_Aires', 'America/Sao_Paulo']));
    expect(found('GMT-4', summer)).toContain('America/New_York');
    expect(found('GMT-4', winter)).not.toContain('America/New_York');
    for (const m of search('GMT+10', summer)) expect(m.label).toMatch(/\(GMT\+10\)$/);
  });

  it('shows each zone once, with its generic name, city and current offset', () => {
    const ny = search('Boston')[0];
    expect(ny).toEqual({ zone: 'America/New_York', label: 'Eastern Time — New York (GMT-5)', matched: 'Boston' });
    expect(search('Boston', summer)[0]?.label).toBe('Eastern Time — New York (GMT-4)');
    expect(search('Kolkata')[0]).toEqual({
      zone: 'Asia/Kolkata',
      label: 'India Standard Time — Kolkata (GMT+5:30)',
      matched: null,
    });
    for (const query of ['', 'e', 'Eastern', 'EST', 'GMT-5', 'America']) {
      const list = found(query);
      expect(new Set(list).size, query).toBe(list.length);
    }
    // Detroit has New York's rules today: one option, found by its own name too.
    expect(found('')).toContain('America/New_York');
    expect(found('')).not.toContain('America/Detroit');
    expect(search('Detroit')[0]).toMatchObject({ zone: 'America/New_York', matched: 'Detroit' });
  });

  it('ranks exact, then prefix, then word start, then substring', () => {
    const york = found('york');
    expect(york[0]).toBe('America/New_York');
    expect(found('lond')[0]).toBe('Europe/London');
    expect(found('los ang')[0]).toBe('America/Los_Angeles');
    expect(found('angeles')[0], 'Angeles City is a city of its own').toBe('Asia/Manila');
  });

  it('finds nothing for nonsense and lists every zone for an empty query', () => {
    expect(search('xyz')).toEqual([]);
    expect(search('   ')).toHaveLength(winter.entries.length);
  });

  it('without the alias data, still finds IANA names and offsets', () => {
    const bare = buildZoneIndex(zones, null, WINTER);
    expect(searchZoneIndex(bare, 'kolkata')[0]?.zone).toBe('Asia/Kolkata');
    expect(searchZoneIndex(bare, 'GMT+5:30').map((m) => m.zone)).toContain('Asia/Kolkata');
    expect(searchZoneIndex(bare, 'Boston')).toEqual([]);
  });

  it('labels one zone as its option does, without an index', () => {
    expect(zoneMatchLabel('America/New_York', WINTER)).toBe('Eastern Time — New York (GMT-5)');
    expect(zoneMatchLabel('America/Detroit', SUMMER)).toBe('Eastern Time — Detroit (GMT-4)');
    expect(zoneMatchLabel('Asia/Kolkata', WINTER)).toBe(search('Kolkata')[0]?.label);
    expect(zoneMatchLabel('Mars/Olympus', WINTER)).toBe('Mars/Olympus');
  });
});

describe('parseUtcOffset', () => {
  it.each([
    ['GMT+10', 600],
    ['UTC+5:30', 330],
    ['+5:30', 330],
    ['+10', 600],
    ['UTC-3', -180],
    ['utc \u2212 03:00', -180],
    ['+0545', 345],
    ['GMT', 0],
    ['UTC', 0],
    ['UTC+14', 840],
  ])('%j → %i', (text, minutes) => expect(parseUtcOffset(text)).toBe(minutes));
  it.each(['Boston', '10', 'UTC+15', '+5:75', 'GMT+'])('%j is no offset', (text) =>
    expect(parseUtcOffset(text)).toBeNull(),
  );
});

describe('text helpers', () => {
  it.each([
    [-300, 'GMT-5'],
    [330, 'GMT+5:30'],
    [0, 'GMT'],
    [-570, 'GMT-9:30'],
  ])('gmtOffsetText(%i) = %s', (minutes, text) => expect(gmtOffsetText(minutes)).toBe(text));
  it('normalises case, accents and separators', () => {
    expect(normaliseZoneText('  Zürich ')).toBe('zurich');
    expect(normaliseZoneText('America/Port-au-Prince')).toBe('america port au prince');
    expect(normaliseZoneText('São_Paulo')).toBe('sao paulo');
  });
});

describe('buildZoneIndex', () => {
  it("keeps the user's zone first, under its group's entry", () => {
    const own = buildZoneIndex(allTimeZones('America/Detroit'), aliases, WINTER);
    expect(searchZoneIndex(own, '')[0]?.zone).toBe('America/New_York');
    expect(own.canonical.get('america/detroit')).toBe('America/New_York');
    expect(own.canonical.get('asia/calcutta')).toBe('Asia/Kolkata');
  });
});
