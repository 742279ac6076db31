import { describe, expect, it } from 'vitest';
import { holidayTimeOff, type HolidayChoice } from './holiday-choice.ts';

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
      { start: '2026-12-25', end: '2026-12-25', label: 'Christmas Day' },
      { start: '2026-12-28', end: '2026-12-28', label: 'Boxing Day (substitute day)' },
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
      { start: '2008-05-01', end: '2008-05-01', label: 'Labour Day, Ascension Day' },
      { start: '2008-05-12', end: '2008-05-12', label: 'Whit Monday' },
    ]);
  });

  it('gives nothing for no holidays, or when every one is worked', () => {
    expect(holidayTimeOff([], GB)).toEqual([]);
    expect(
      holidayTimeOff([{ date: '2026-12-25', name: 'Christmas Day' }], { ...GB, workAnyway: ['2026-12-25'] }),
    ).toEqual([]);
  });
});
