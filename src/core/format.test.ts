import { describe, expect, it } from 'vitest';
import { formatTime, formatWhen, zoneAbbreviation } from './format.ts';

describe('formatTime', () => {
  it.each([
    ['2026-11-23T13:00:00Z', 'America/New_York', '24h', '08:00'],
    ['2026-11-23T13:00:00Z', 'America/New_York', '12h', '8:00 AM'],
    ['2026-11-23T23:05:00Z', 'America/New_York', '24h', '18:05'],
    ['2026-11-23T23:05:00Z', 'America/New_York', '12h', '6:05 PM'],
    ['2026-11-23T05:00:00Z', 'America/New_York', '12h', '12:00 AM'],
    ['2026-11-23T17:00:00Z', 'America/New_York', '12h', '12:00 PM'],
    ['2026-07-01T12:00:00Z', 'Asia/Kolkata', '24h', '17:30'],
  ] as const)('%s in %s on a %s clock → %s', (iso, zone, clock, text) =>
    expect(formatTime(iso, zone, clock)).toBe(text),
  );
});

describe('formatWhen', () => {
  // Monday 23 November 2026, 20:10 in New York.
  const now = '2026-11-24T01:10:00Z';
  const zone = 'America/New_York';
  it.each([
    ['later the same day', '2026-11-24T03:00:00Z', '24h', '22:00'],
    ['earlier the same day', '2026-11-23T14:00:00Z', '12h', '9:00 AM'],
    ['the next morning', '2026-11-24T13:00:00Z', '24h', 'Tue 08:00'],
    ['the next morning, 12h', '2026-11-24T13:00:00Z', '12h', 'Tue 8:00 AM'],
    ['six days on', '2026-11-29T13:00:00Z', '24h', 'Sun 08:00'],
    ['a week on', '2026-11-30T13:00:00Z', '24h', 'Mon 30 Nov 08:00'],
    ['next month', '2026-12-01T13:00:00Z', '24h', 'Tue 1 Dec 08:00'],
    ['yesterday', '2026-11-22T13:00:00Z', '24h', 'Sun 22 Nov 08:00'],
    ['next year', '2027-01-01T13:00:00Z', '24h', 'Fri 1 Jan 2027 08:00'],
    ['next year, 12h', '2027-01-04T18:30:00Z', '12h', 'Mon 4 Jan 2027 1:30 PM'],
  ] as const)('%s', (_label, iso, clock, text) => expect(formatWhen(iso, zone, clock, now)).toBe(text));

  it('reads "the same day" in the given zone, not in UTC', () => {
    // 01:10 UTC on Tuesday is still Monday evening in New York, and already Tuesday in Tokyo.
    expect(formatWhen('2026-11-24T03:00:00Z', 'Asia/Tokyo', '24h', now)).toBe('12:00');
    expect(formatWhen('2026-11-23T14:00:00Z', 'Asia/Tokyo', '24h', now)).toBe('Mon 23 Nov 23:00');
  });

  it('counts calendar days across a DST change', () => {
    // Saturday 7 March 2026 noon → Sunday 8 March (spring forward, a 23-hour day) → Monday.
    const sat = '2026-03-07T17:00:00Z';
    expect(formatWhen('2026-03-09T12:00:00Z', zone, '24h', sat)).toBe('Mon 08:00');
    expect(formatWhen('2026-03-14T12:00:00Z', zone, '24h', sat)).toBe('Sat 14 Mar 08:00');
  });
});

describe('zoneAbbreviation', () => {
  it.each([
    ['America/New_York', '2026-01-15T12:00:00Z', 'EST'],
    ['America/New_York', '2026-07-15T12:00:00Z', 'EDT'],
    ['America/Los_Angeles', '2026-07-15T12:00:00Z', 'PDT'],
    ['Europe/London', '2026-01-15T12:00:00Z', 'GMT'],
    ['Europe/London', '2026-07-15T12:00:00Z', 'GMT+1'],
    ['UTC', '2026-07-15T12:00:00Z', 'UTC'],
    ['Asia/Kolkata', '2026-07-15T12:00:00Z', 'GMT+5:30'],
  ])('%s at %s → %s', (zone, iso, abbreviation) => expect(zoneAbbreviation(zone, iso)).toBe(abbreviation));

  it('switches exactly at the DST change (New York, 8 March 2026, 02:00 EST)', () => {
    expect(zoneAbbreviation('America/New_York', '2026-03-08T06:59:00Z')).toBe('EST');
    expect(zoneAbbreviation('America/New_York', '2026-03-08T07:00:00Z')).toBe('EDT');
  });
});
