import { beforeEach, describe, expect, it } from 'vitest';
import { holidayTimeOff, type HolidayChoice } from '../../core/holiday-choice.ts';
import { countries, holidayChoiceProblem, holidayMemo, publicHolidays, regions } from './holiday-dates.ts';

const choice = (country: string, region?: string, workAnyway: string[] = []): HolidayChoice =>
  region === undefined ? { country, workAnyway } : { country, region, workAnyway };

const on = (list: readonly { date: string; name: string }[], date: string) =>
  list.filter((h) => h.date === date).map((h) => h.name);

beforeEach(() => holidayMemo.clear());

describe('publicHolidays: known dates', () => {
  it('US-NY: Thanksgiving is 26 November 2026', () => {
    expect(on(publicHolidays(choice('US', 'NY'), 2026, 2026), '2026-11-26')).toEqual(['Thanksgiving Day']);
  });

  it('GB-ENG: Christmas on Friday 25 December 2026, Boxing Day falls on Saturday, the bank holiday is Monday 28th', () => {
    const gb = publicHolidays(choice('GB', 'ENG'), 2026, 2026);
    expect(on(gb, '2026-12-25')).toEqual(['Christmas Day']);
    expect(on(gb, '2026-12-28')).toEqual(['Boxing Day (substitute day)']);
    expect(gb.filter((h) => h.date >= '2026-12-01').map((h) => h.date)).toEqual([
      '2026-12-25',
      '2026-12-26',
      '2026-12-28',
    ]);
    // No observances: Mother's Day and Easter Sunday are not days off in England.
    expect(on(gb, '2026-03-15')).toEqual([]);
    expect(on(gb, '2026-04-05')).toEqual([]);
  });

  it('DE-BY: Fronleichnam on 4 June 2026 (in German and in English); not in Berlin', () => {
    expect(on(publicHolidays(choice('DE', 'BY'), 2026, 2026, 'de'), '2026-06-04')).toEqual(['Fronleichnam']);
    expect(on(publicHolidays(choice('DE', 'BY'), 2026, 2026, 'en'), '2026-06-04')).toEqual(['Corpus Christi']);
    expect(on(publicHolidays(choice('DE', 'BE'), 2026, 2026, 'de'), '2026-06-04')).toEqual([]);
  });

  it('DE: the bank-only half days (Heiligabend, Silvester) and school-only days are not public holidays', () => {
    const by = publicHolidays(choice('DE', 'BY'), 2026, 2026, 'de');
    expect(on(by, '2026-12-24')).toEqual([]);
    expect(on(by, '2026-12-31')).toEqual([]);
    expect(on(by, '2026-11-18')).toEqual([]); // Buß- und Bettag: schools only in Bavaria
    expect(on(publicHolidays(choice('DE', 'SN'), 2026, 2026, 'de'), '2026-11-18')).toEqual(['Buß- und Bettag']);
  });

  it('AU-NSW: Australia Day on 26 January 2027', () => {
    expect(on(publicHolidays(choice('AU', 'NSW'), 2027, 2027), '2027-01-26')).toEqual(['Australia Day']);
  });

  it('a country without a region gives the national holidays only', () => {
    const de = publicHolidays(choice('DE'), 2026, 2026, 'de');
    expect(on(de, '2026-10-03')).toEqual(['Tag der Deutschen Einheit']);
    expect(on(de, '2026-06-04')).toEqual([]);
  });

  it('covers exactly 1 January fromYear to 31 December toYear, sorted, across years', () => {
    const us = publicHolidays(choice('US', 'NY'), 2026, 2027);
    expect(us[0]?.date).toBe('2026-01-01');
    expect(us.every((h) => h.date >= '2026-01-01' && h.date <= '2027-12-31')).toBe(true);
    expect(us.map((h) => h.date)).toEqual([...us.map((h) => h.date)].sort());
    expect(on(us, '2027-11-25')).toEqual(['Thanksgiving Day']);
    // 1 January 2028 is a Saturday: its observed day, Friday 31 December 2027, is inside the range.
    expect(on(us, '2027-12-31')).toEqual(["New Year's Day (substitute day)"]);
  });

  it('gives one entry per day for a holiday of several days', () => {
    // Armenia's New Year holiday runs over 1 and 2 January.
    const am = publicHolidays(choice('AM'), 2026, 2026);
    const days = new Set(am.filter((h) => h.date <= '2026-01-02').map((h) => h.date));
    expect(days).toEqual(new Set(['2026-01-01', '2026-01-02']));
  });

  it('refuses a backwards or fractional year range', () => {
    expect(() => publicHolidays(choice('US', 'NY'), 2027, 2026)).toThrow(/2027–2026/);
    expect(() => publicHolidays(choice('US', 'NY'), 2026.5, 2027)).toThrow(RangeError);
  });
});

describe('publicHolidays: memo', () => {
  it('expands a choice once per year range and language, whatever the days worked anyway', () => {
    const first = publicHolidays(choice('GB', 'ENG'), 2026, 2027);
    expect(publicHolidays(choice('GB', 'ENG', ['2026-12-25']), 2026, 2027)).toBe(first);
    expect(holidayMemo.size()).toBe(1);
    expect(publicHolidays(choice('GB', 'ENG'), 2026, 2028)).not.toBe(first);
    publicHolidays(choice('GB', 'ENG'), 2026, 2027, 'de');
    publicHolidays(choice('GB', 'SCT'), 2026, 2027);
    expect(holidayMemo.size()).toBe(4);
  });

  it('hands out frozen lists, so no caller can change another caller’s holidays', () => {
    const list = publicHolidays(choice('US', 'NY'), 2026, 2026);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
  });
});

describe('holidayTimeOff with real dates', () => {
  it('workAnyway removes a day', () => {
    const gb = choice('GB', 'ENG', ['2026-12-28']);
    const off = holidayTimeOff(publicHolidays(gb, 2026, 2026), gb).filter((t) => t.start >= '2026-12-01');
    expect(off).toEqual([
      { start: '2026-12-25', end: '2026-12-25', label: 'Christmas Day', holiday: true },
      { start: '2026-12-26', end: '2026-12-26', label: 'Boxing Day', holiday: true },
    ]);
  });
});

describe('holidayChoiceProblem', () => {
  it('accepts a known country, with or without a known region', () => {
    expect(holidayChoiceProblem(choice('US', 'NY'))).toBeNull();
    expect(holidayChoiceProblem(choice('DE'))).toBeNull();
    expect(holidayChoiceProblem(choice('GB', 'ENG', ['2026-12-28']))).toBeNull();
  });

  it('refuses an unknown country, naming it', () => {
    expect(holidayChoiceProblem(choice('XX'))).toEqual({
      path: 'holidays.country',
      message: 'Public holidays: unknown country "XX". Use a two-letter country code such as US, GB, DE or AU.',
    });
    expect(holidayChoiceProblem(choice('de'), 'profiles[2].holidays')).toEqual({
      path: 'profiles[2].holidays.country',
      message:
        'Public holidays: unknown country "de". Use a two-letter country code such as US, GB, DE or AU. Write it in capitals: "DE".',
    });
  });

  it('refuses an unknown region, naming it and the country', () => {
    const problem = holidayChoiceProblem(choice('DE', 'ZZ'));
    expect(problem?.path).toBe('holidays.region');
    expect(problem?.message).toMatch(/^Public holidays: Germany \(DE\) has no region "ZZ"\. Use one of BB, BE, /);
    expect(holidayChoiceProblem(choice('AU', 'nsw'))?.message).toMatch(
      /no region "nsw".*Write it in capitals: "NSW"\.$/,
    );
    // A US state code is not a Land.
    expect(holidayChoiceProblem(choice('DE', 'NY'))?.message).toContain('has no region "NY"');
  });

  it('refuses a region for a country without regions', () => {
    expect(holidayChoiceProblem(choice('IS', 'X'))?.message).toBe(
      'Public holidays: Iceland (IS) has no regions, so region "X" is unknown. Leave the region empty.',
    );
  });

  it('refuses a day to work anyway that is not a date', () => {
    expect(holidayChoiceProblem(choice('US', 'NY', ['2026-11-26', '2026-02-30']))).toEqual({
      path: 'holidays.workAnyway[1]',
      message: 'Public holidays: "2026-02-30" is not a date like 2026-12-24 (a day to work anyway).',
    });
  });

  it('publicHolidays throws the same message rather than silently giving the national days', () => {
    expect(() => publicHolidays(choice('DE', 'ZZ'), 2026, 2026)).toThrow(/has no region "ZZ"/);
    expect(() => publicHolidays(choice('XX'), 2026, 2026)).toThrow(/unknown country "XX"/);
  });
});

describe('pickers', () => {
  it('lists countries by name in the chosen language', () => {
    const en = countries('en');
    expect(en.length).toBeGreaterThan(150);
    expect(en).toContainEqual({ code: 'DE', name: 'Germany' });
    expect(countries('de')).toContainEqual({ code: 'DE', name: 'Deutschland' });
    expect(en.map((c) => c.name)).toEqual([...en.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('lists the regions people pick from', () => {
    const codes = (country: string) => regions(country).map((r) => r.code);
    expect(codes('US')).toContain('NY');
    expect(codes('US')).toHaveLength(51); // 50 states and DC
    expect(codes('DE')).toHaveLength(16);
    expect(regions('DE')).toContainEqual({ code: 'BY', name: 'Bayern' });
    expect(codes('AU')).toEqual(expect.arrayContaining(['NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT']));
    expect(codes('GB')).toEqual(expect.arrayContaining(['ENG', 'NIR', 'SCT', 'WLS']));
    expect(codes('CA')).toEqual(expect.arrayContaining(['ON', 'QC', 'BC', 'AB']));
    expect(regions('IS')).toEqual([]);
    expect(regions('XX')).toEqual([]);
  });
});
