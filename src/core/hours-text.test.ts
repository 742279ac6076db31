import { describe, expect, it } from 'vitest';
import type { Clock } from './format.ts';
import type { WeeklyHours } from './profile.ts';
import { wallTimeOnClock, weeklyHoursText, zoneCity } from './hours-text.ts';
import { NO_HOURS, weekdays, win } from './testing/profile-fixture.ts';

describe('weeklyHoursText', () => {
  it.each<[string, WeeklyHours, Clock, string]>([
    ['office hours', weekdays(win('08:00', '18:00')), '24h', 'Mon–Fri 08:00–18:00'],
    ['office hours, 12h', weekdays(win('08:00', '18:00')), '12h', 'Mon–Fri 8:00 AM–6:00 PM'],
    [
      'a short Friday',
      { ...weekdays(win('09:00', '17:00')), fri: [win('09:00', '13:00')] },
      '24h',
      'Mon–Thu 09:00–17:00, Fri 09:00–13:00',
    ],
    [
      'a lunch break',
      weekdays(win('13:00', '17:00'), win('09:00', '12:00')),
      '24h',
      'Mon–Fri 09:00–12:00 and 13:00–17:00',
    ],
    ['a night shift to midnight', weekdays(win('18:00', '24:00')), '12h', 'Mon–Fri 6:00 PM–12:00 AM'],
    [
      'weekends only',
      { ...NO_HOURS, sat: [win('10:00', '14:00')], sun: [win('10:00', '14:00')] },
      '24h',
      'Sat, Sun 10:00–14:00',
    ],
    [
      'a gap in the week',
      { ...weekdays(win('08:00', '16:00')), wed: [] },
      '24h',
      'Mon, Tue 08:00–16:00, Thu, Fri 08:00–16:00',
    ],
    ['no hours', NO_HOURS, '24h', 'no working hours'],
  ])('%s', (_label, hours, clock, text) => expect(weeklyHoursText(hours, clock)).toBe(text));
});

describe('wallTimeOnClock', () => {
  it.each([
    ['00:00', '12:00 AM'],
    ['12:00', '12:00 PM'],
    ['12:30', '12:30 PM'],
    ['23:59', '11:59 PM'],
    ['24:00', '12:00 AM'],
  ])('%s → %s', (time, text) => expect(wallTimeOnClock(time, '12h')).toBe(text));

  it('leaves the 24-hour clock as stored', () => expect(wallTimeOnClock('08:05', '24h')).toBe('08:05'));
});

describe('zoneCity', () => {
  it.each([
    ['America/New_York', 'New York'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['UTC', 'UTC'],
  ])('%s → %s', (zone, city) => expect(zoneCity(zone)).toBe(city));
});
