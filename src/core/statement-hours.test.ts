import { describe, expect, it } from 'vitest';
import type { Clock } from './format.ts';
import type { WeeklyHours } from './profile.ts';
import { commonClosingTime, hoursPhrase, timeInText, type HoursStyle } from './statement-hours.ts';
import type { Language } from './statement-types.ts';
import { NO_HOURS, weekdays, win } from './testing/profile-fixture.ts';

const OFFICE = weekdays(win('08:00', '18:00'));
const SHORT_FRIDAY: WeeklyHours = { ...weekdays(win('09:00', '17:00')), fri: [win('09:00', '13:00')] };
const NIGHT_SHIFT: WeeklyHours = {
  ...NO_HOURS,
  fri: [win('22:00', '02:00', true)],
  sat: [win('22:00', '02:00', true)],
};
const WEDNESDAY_OFF: WeeklyHours = { ...weekdays(win('08:00', '16:00')), wed: [] };
const SEVEN_DAYS: WeeklyHours = {
  ...weekdays(win('09:00', '17:00')),
  sat: [win('09:00', '17:00')],
  sun: [win('09:00', '17:00')],
};
const LUNCH_BREAK = weekdays(win('13:00', '17:30'), win('08:30', '12:00'));
const WEEKEND: WeeklyHours = { ...NO_HOURS, sat: [win('10:00', '14:00')], sun: [win('10:00', '14:00')] };
const ROUND_THE_CLOCK: WeeklyHours = { ...NO_HOURS, mon: [win('00:00', '24:00')] };

const SHAPES: [string, WeeklyHours][] = [
  ['office hours', OFFICE],
  ['split days', SHORT_FRIDAY],
  ['overnight', NIGHT_SHIFT],
  ['a day off', WEDNESDAY_OFF],
  ['seven days', SEVEN_DAYS],
  ['a lunch break', LUNCH_BREAK],
  ['weekends only', WEEKEND],
  ['all day', ROUND_THE_CLOCK],
];

/** Expected text per shape, for [language, clock, style]. */
const EXPECTED: Record<string, Record<string, string>> = {
  'en 12h long': {
    'office hours': 'Monday to Friday, 8 am to 6 pm',
    'split days': 'Monday to Thursday, 9 am to 5 pm; Friday, 9 am to 1 pm',
    overnight: 'Friday and Saturday, 10 pm to 2 am the next day',
    'a day off': 'Monday, Tuesday, Thursday and Friday, 8 am to 4 pm',
    'seven days': 'every day, 9 am to 5 pm',
    'a lunch break': 'Monday to Friday, 8:30 am to noon and 1 pm to 5:30 pm',
    'weekends only': 'Saturday and Sunday, 10 am to 2 pm',
    'all day': 'Monday, all day',
  },
  'en 24h long': {
    'office hours': 'Monday to Friday, 08:00 to 18:00',
    'split days': 'Monday to Thursday, 09:00 to 17:00; Friday, 09:00 to 13:00',
    overnight: 'Friday and Saturday, 22:00 to 02:00 the next day',
    'a day off': 'Monday, Tuesday, Thursday and Friday, 08:00 to 16:00',
    'seven days': 'every day, 09:00 to 17:00',
    'a lunch break': 'Monday to Friday, 08:30 to 12:00 and 13:00 to 17:30',
    'weekends only': 'Saturday and Sunday, 10:00 to 14:00',
    'all day': 'Monday, all day',
  },
  'de 24h long': {
    'office hours': 'Montag bis Freitag, 8 bis 18 Uhr',
    'split days': 'Montag bis Donnerstag, 9 bis 17 Uhr; Freitag, 9 bis 13 Uhr',
    overnight: 'Freitag und Samstag, 22 bis 2 Uhr am Folgetag',
    'a day off': 'Montag, Dienstag, Donnerstag und Freitag, 8 bis 16 Uhr',
    'seven days': 'täglich, 9 bis 17 Uhr',
    'a lunch break': 'Montag bis Freitag, 8:30 bis 12 Uhr und 13 bis 17:30 Uhr',
    'weekends only': 'Samstag und Sonntag, 10 bis 14 Uhr',
    'all day': 'Montag, ganztägig',
  },
  'de 12h long': {
    'office hours': 'Montag bis Freitag, 8 Uhr morgens bis 6 Uhr abends',
    'split days':
      'Montag bis Donnerstag, 9 Uhr morgens bis 5 Uhr nachmittags; Freitag, 9 Uhr morgens bis 1 Uhr nachmittags',
    overnight: 'Freitag und Samstag, 10 Uhr abends bis 2 Uhr nachts am Folgetag',
    'a day off': 'Montag, Dienstag, Donnerstag und Freitag, 8 Uhr morgens bis 4 Uhr nachmittags',
    'seven days': 'täglich, 9 Uhr morgens bis 5 Uhr nachmittags',
    'a lunch break':
      'Montag bis Freitag, 8:30 Uhr morgens bis 12 Uhr mittags und 1 Uhr nachmittags bis 5:30 Uhr nachmittags',
    'weekends only': 'Samstag und Sonntag, 10 Uhr morgens bis 2 Uhr nachmittags',
    'all day': 'Montag, ganztägig',
  },
  'en 12h compact': {
    'office hours': 'Mon–Fri 8–6',
    'split days': 'Mon–Thu 9–5, Fri 9–1',
    overnight: 'Fri–Sat 10pm–2am',
    'a day off': 'Mon–Tue/Thu–Fri 8–4',
    'seven days': 'daily 9–5',
    'a lunch break': 'Mon–Fri 8:30–12 & 1–5:30pm',
    'weekends only': 'Sat–Sun 10–2',
    'all day': 'Mon 24 h',
  },
  'en 24h compact': {
    'office hours': 'Mon–Fri 8–18',
    'split days': 'Mon–Thu 9–17, Fri 9–13',
    overnight: 'Fri–Sat 22–2',
    'a day off': 'Mon–Tue/Thu–Fri 8–16',
    'seven days': 'daily 9–17',
    'a lunch break': 'Mon–Fri 8:30–12 & 13–17:30',
    'weekends only': 'Sat–Sun 10–14',
    'all day': 'Mon 24 h',
  },
  'de 24h compact': {
    'office hours': 'Mo–Fr 8–18',
    'split days': 'Mo–Do 9–17, Fr 9–13',
    overnight: 'Fr–Sa 22–2',
    'a day off': 'Mo–Di/Do–Fr 8–16',
    'seven days': 'tägl. 9–17',
    'a lunch break': 'Mo–Fr 8:30–12 & 13–17:30',
    'weekends only': 'Sa–So 10–14',
    'all day': 'Mo 24 Std.',
  },
};

describe('hoursPhrase', () => {
  const cases = Object.entries(EXPECTED).flatMap(([key, texts]) => {
    const [language, clock, style] = key.split(' ') as [Language, Clock, HoursStyle];
    return SHAPES.map(([shape, hours]) => [`${key}: ${shape}`, hours, language, clock, style, texts[shape]] as const);
  });
  it.each(cases)('%s', (_label, hours, language, clock, style, text) =>
    expect(hoursPhrase(hours, language, clock, style)?.text).toBe(text),
  );

  it('writes German signatures on the 24-hour clock even when the user reads 12 hours', () =>
    expect(hoursPhrase(OFFICE, 'de', '12h', 'compact')?.text).toBe('Mo–Fr 8–18'));

  it('counts the groups, so the caller knows whether a trailing zone is unambiguous', () => {
    expect(hoursPhrase(OFFICE, 'en', '24h', 'long')?.groups).toBe(1);
    expect(hoursPhrase(SHORT_FRIDAY, 'en', '24h', 'long')?.groups).toBe(2);
  });

  it('is null without hours, in every language and style', () => {
    expect(hoursPhrase(NO_HOURS, 'en', '12h', 'long')).toBeNull();
    expect(hoursPhrase(NO_HOURS, 'de', '24h', 'compact')).toBeNull();
  });
});

describe('timeInText', () => {
  it.each<[string, Language, Clock, string]>([
    ['08:00', 'en', '12h', '8 am'],
    ['08:30', 'en', '12h', '8:30 am'],
    ['12:00', 'en', '12h', 'noon'],
    ['00:00', 'en', '12h', 'midnight'],
    ['24:00', 'en', '12h', 'midnight'],
    ['18:00', 'en', '24h', '18:00'],
    ['18:00', 'de', '24h', '18 Uhr'],
    ['17:30', 'de', '24h', '17:30 Uhr'],
    ['18:00', 'de', '12h', '6 Uhr abends'],
    ['12:00', 'de', '12h', '12 Uhr mittags'],
    ['03:00', 'de', '12h', '3 Uhr nachts'],
    ['24:00', 'de', '12h', 'Mitternacht'],
  ])('%s in %s, %s → %s', (time, language, clock, text) => expect(timeInText(time, language, clock)).toBe(text));
});

describe('commonClosingTime', () => {
  it.each<[string, WeeklyHours, string | null]>([
    ['every day closes at six', OFFICE, '18:00'],
    ['a lunch break still closes at 17:30', LUNCH_BREAK, '17:30'],
    ['a short Friday', SHORT_FRIDAY, null],
    ['an overnight window', NIGHT_SHIFT, null],
    ['open until midnight is not "after midnight"', ROUND_THE_CLOCK, null],
    ['no hours', NO_HOURS, null],
  ])('%s', (_label, hours, time) => expect(commonClosingTime(hours)).toBe(time));
});
