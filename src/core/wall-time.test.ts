import { describe, expect, it } from 'vitest';
import {
  dayToIsoDate,
  ianaZone,
  isoDateToDay,
  localDay,
  localToInstant,
  parseWallTime,
  wallMinutes,
  weekdayIndex,
} from './wall-time.ts';

describe('parseWallTime', () => {
  it.each([
    ['9', '09:00'],
    ['9:30', '09:30'],
    ['09.30', '09:30'],
    ['0930', '09:30'],
    ['930', '09:30'],
    ['17:05', '17:05'],
    ['9am', '09:00'],
    ['9 AM', '09:00'],
    ['9:30 pm', '21:30'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['12:30 p.m.', '12:30'],
    ['21h', '21:00'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
  ])('reads %j as %s', (text, expected) => expect(parseWallTime(text)).toBe(expected));

  it.each(['', 'noon', '24:00', '25:00', '9:60', '13pm', '0am', '9:3', '12:345', '-1', '9:30:00'])(
    'refuses %j',
    (text) => expect(parseWallTime(text)).toBeNull(),
  );
});

describe('local days', () => {
  it('numbers days from 1970-01-01 and knows the weekday', () => {
    expect(isoDateToDay('1970-01-01')).toBe(0);
    expect(weekdayIndex(0)).toBe(3); // Thursday
    expect(weekdayIndex(isoDateToDay('2026-11-23'))).toBe(0); // Monday
    expect(dayToIsoDate(isoDateToDay('2027-02-28') + 1)).toBe('2027-03-01');
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', 'tomorrow'])('refuses %j as a date', (text) =>
    expect(isoDateToDay(text)).toBeNaN(),
  );

  it('reads the local day in the zone, not in UTC', () => {
    const ny = ianaZone('America/New_York');
    expect(dayToIsoDate(localDay(ny, Date.parse('2026-11-25T03:00:00Z')))).toBe('2026-11-24');
  });
});

describe('localToInstant', () => {
  const cases: [string, string, string, string][] = [
    // zone, local date, time, expected instant
    ['America/New_York', '2026-11-24', '08:00', '2026-11-24T13:00:00.000Z'],
    ['America/New_York', '2026-07-14', '08:00', '2026-07-14T12:00:00.000Z'],
    // Spring forward 2026-03-08 02:00 → 03:00: 02:30 does not exist → first instant after the gap.
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:00:00.000Z'],
    ['America/New_York', '2026-03-08', '03:00', '2026-03-08T07:00:00.000Z'],
    // Fall back 2026-11-01 02:00 → 01:00: 01:30 happens twice → the first (EDT).
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
    ['Europe/London', '2026-03-29', '01:30', '2026-03-29T01:00:00.000Z'],
    ['Europe/London', '2026-10-25', '01:30', '2026-10-25T00:30:00.000Z'],
    // Lord Howe moves by 30 minutes: 02:00 → 02:30 on 2026-10-04.
    ['Australia/Lord_Howe', '2026-10-04', '02:15', '2026-10-03T15:30:00.000Z'],
    ['Australia/Lord_Howe', '2026-10-04', '09:00', '2026-10-03T22:00:00.000Z'],
    ['Australia/Lord_Howe', '2026-09-28', '09:00', '2026-09-27T22:30:00.000Z'],
    ['Asia/Kolkata', '2026-11-23', '10:00', '2026-11-23T04:30:00.000Z'],
    ['America/New_York', '2026-11-24', '24:00', '2026-11-25T05:00:00.000Z'],
  ];
  it.each(cases)('%s %s %s → %s', (zone, date, time, expected) => {
    expect(new Date(localToInstant(ianaZone(zone), isoDateToDay(date), wallMinutes(time))).toISOString()).toBe(
      expected,
    );
  });
});
