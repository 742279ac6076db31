import { describe, expect, it } from 'vitest';
import { holidayTimeOff, isHolidayTimeOff, withHolidays, type HolidayChoice } from './holiday-choice.ts';
import { profile } from './testing/profile-fixture.ts';

const GB: HolidayChoice = { country: 'GB', region: 'ENG', workAnyway: [] };

describe('holidayTimeOff', () => {
  it('makes one whole day off per holiday, labelled with its name', () => {
    expect(
      holidayTimeOff(
        [
          { date: '2026-12-25', name: 'Christmas Day' },
          { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
        ],
        GB,
      ),
    ).toEqual([
      { start: '2026-12-25', end: '2026-12-25', label: 'Christmas Day', holiday: true },
      { start: '2026-12-28', end: '2026-12-28', label: 'Boxing Day (substitute day)', holiday: true },
    ]);
  });

  it('skips the days the user works anyway', () => {
    const holidays = [
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-26', name: 'Boxing Day' },
      { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
    ];
    expect(holidayTimeOff(holidays, { ...GB, workAnyway: ['2026-12-26', '2027-01-01'] }).map((t) => t.start)).toEqual([
      '2026-12-25',
      '2026-12-28',
    ]);
  });

  it('sorts by date and joins two holidays on one day into one entry', () => {
    expect(
      holidayTimeOff(
        [
          { date: '2008-05-12', name: 'Whit Monday' },
          { date: '2008-05-01', name: 'Labour Day' },
          { date: '2008-05-01', name: 'Ascension Day' },
          { date: '2008-05-01', name: 'Labour Day' },
        ],
        { country: 'DE', workAnyway: [] },
      ),
    ).toEqual([
      { start: '2008-05-01', end: '2008-05-01', label: 'Labour Day, Ascension Day', holiday: true },
      { start: '2008-05-12', end: '2008-05-12', label: 'Whit Monday', holiday: true },
    ]);
  });

  it('gives nothing for no holidays, or when every one is worked', () => {
    expect(holidayTimeOff([], GB)).toEqual([]);
    expect(
      holidayTimeOff([{ date: '2026-12-25', name: 'Christmas Day' }], { ...GB, workAnyway: ['2026-12-25'] }),
    ).toEqual([]);
  });
});

describe('withHolidays', () => {
  const base = profile({ id: 'p', timeZone: 'Europe/London', timeOff: [{ start: '2026-08-03', end: '2026-08-07' }] });
  const dates = [
    { date: '2026-12-25', name: 'Christmas Day' },
    { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
  ];

  it('adds the holidays after the own time off, without the days worked anyway', () => {
    const p = { ...base, holidays: { country: 'GB', region: 'ENG', workAnyway: ['2026-12-28'] } };
    expect(withHolidays(p, dates).timeOff).toEqual([
      { start: '2026-08-03', end: '2026-08-07' },
      { start: '2026-12-25', end: '2026-12-25', label: 'Christmas Day', holiday: true },
    ]);
  });

  it('gives a profile without a choice back unchanged', () => {
    expect(withHolidays(base, dates)).toBe(base);
  });

  it('tells the holiday days from the own time off', () => {
    const p = { ...base, holidays: { country: 'GB', workAnyway: [] } };
    expect(withHolidays(p, dates).timeOff.map(isHolidayTimeOff)).toEqual([false, true, true]);
  });
});
