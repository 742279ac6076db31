import { afterEach, describe, expect, it, vi } from 'vitest';
import { allTimeZones, canonicalZone, formatOffset, isValidTimeZone, resolveTimeZone, zoneLabel } from './zones.ts';

describe('allTimeZones', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists every zone, sorted, with UTC, each once', () => {
    const zones = allTimeZones();
    expect(zones.length).toBeGreaterThan(300);
    expect(zones).toContain('UTC');
    expect(zones).toContain('Australia/Lord_Howe');
    expect(zones).toEqual([...zones].sort());
    expect(new Set(zones).size).toBe(zones.length);
  });

  it.each(['Europe/Berlin', 'UTC', 'Australia/Lord_Howe'])('puts the user zone %s first, once', (zone) => {
    const zones = allTimeZones(zone);
    expect(zones[0]).toBe(zone);
    expect(zones.filter((z) => z === zone)).toEqual([zone]);
    expect(zones.length).toBe(allTimeZones().length);
  });

  it('lists renamed zones under their current name only', () => {
    vi.spyOn(Intl, 'supportedValuesOf').mockReturnValue([
      'Asia/Calcutta',
      'Europe/Kiev',
      'Asia/Kolkata',
      'America/New_York',
    ]);
    expect(allTimeZones()).toEqual(['America/New_York', 'Asia/Kolkata', 'Europe/Kyiv', 'UTC']);
  });

  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Asia/Katmandu', 'Asia/Kathmandu'],
    ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
  ])('puts the user zone reported as %s first under its current name %s, once', (reported, current) => {
    const zones = allTimeZones(reported);
    expect(zones[0]).toBe(current);
    expect(zones).not.toContain(reported);
    expect(zones.filter((z) => z === current)).toEqual([current]);
  });

  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['Atlantic/Faeroe', 'Atlantic/Faroe'],
    ['Europe/Berlin', 'Europe/Berlin'],
    ['Mars/Olympus', 'Mars/Olympus'],
  ])('canonicalZone(%s) = %s', (zone, current) => expect(canonicalZone(zone)).toBe(current));

  it.each(['', 'Mars/Olympus'])('ignores an invalid user zone %j', (zone) => {
    expect(allTimeZones(zone)).toEqual(allTimeZones());
  });

  it('falls back to a built-in list when Intl cannot list zones', () => {
    vi.spyOn(Intl, 'supportedValuesOf').mockImplementation(() => {
      throw new RangeError('not supported');
    });
    const zones = allTimeZones('America/New_York');
    expect(zones[0]).toBe('America/New_York');
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/London');
    expect(zones.every(isValidTimeZone)).toBe(true);
  });
});

describe('isValidTimeZone', () => {
  it.each(['UTC', 'Australia/Lord_Howe', 'America/New_York', 'Asia/Kathmandu', 'Etc/GMT+5'])('accepts %s', (zone) =>
    expect(isValidTimeZone(zone)).toBe(true),
  );
  it.each(['', ' ', 'Mars/Olympus', 'Eastern', 'Z'])('refuses %j', (zone) => expect(isValidTimeZone(zone)).toBe(false));
});

describe('zoneLabel', () => {
  it.each([
    ['America/New_York', '2026-01-15T12:00:00Z', 'America/New York (UTC\u221205:00)'],
    ['America/New_York', '2026-07-15T12:00:00Z', 'America/New York (UTC\u221204:00)'],
    ['Asia/Kolkata', '2026-07-15T12:00:00Z', 'Asia/Kolkata (UTC+05:30)'],
    ['Australia/Lord_Howe', '2026-01-15T12:00:00Z', 'Australia/Lord Howe (UTC+11:00)'],
    ['Australia/Lord_Howe', '2026-07-15T12:00:00Z', 'Australia/Lord Howe (UTC+10:30)'],
    ['UTC', '2026-07-15T12:00:00Z', 'UTC (UTC+00:00)'],
    ['America/Argentina/Buenos_Aires', '2026-07-15T12:00:00Z', 'America/Argentina/Buenos Aires (UTC\u221203:00)'],
    ['Mars/Olympus_Mons', '2026-07-15T12:00:00Z', 'Mars/Olympus Mons'],
  ])('%s at %s → %s', (zone, at, label) => expect(zoneLabel(zone, at)).toBe(label));
});

describe('formatOffset', () => {
  it.each([
    [0, '+00:00'],
    [330, '+05:30'],
    [-300, '\u221205:00'],
    [-570, '\u221209:30'],
    [765, '+12:45'],
  ])('%i → %s', (minutes, text) => expect(formatOffset(minutes)).toBe(text));
});

describe('resolveTimeZone: the canonical name of a zone every browser knows (issue 13 C13)', () => {
  it.each([
    ['utc', 'UTC'],
    ['UTC', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['Zulu', 'UTC'],
    ['europe/paris', 'Europe/Paris'],
    ['  America/New_York  ', 'America/New_York'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['US/Pacific', 'America/Los_Angeles'],
    ['us/eastern', 'America/New_York'],
    ['GB', 'Europe/London'],
    ['Australia/Lord_Howe', 'Australia/Lord_Howe'],
    ['Antarctica/Troll', 'Antarctica/Troll'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
    ['etc/gmt-14', 'Etc/GMT-14'],
  ])('%j → %s', (typed, stored) => expect(resolveTimeZone(typed)).toBe(stored));

  // Each of these is known to this engine's ICU (Node, Chromium) but not to Firefox, or to none.
  it.each(['US/Pacific-New', 'SystemV/PST8', 'EST5EDT', 'Etc/GMT+13', 'Mars/Olympus', '', '   ', 'Eastern', 'Z'])(
    'refuses %j',
    (typed) => expect(resolveTimeZone(typed)).toBeNull(),
  );

  it('accepts every zone the picker offers, unchanged', () => {
    for (const zone of allTimeZones()) expect(resolveTimeZone(zone), zone).toBe(zone);
  });
});
