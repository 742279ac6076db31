/**
 * `holidays/places` and `holidays/list`: the profile editor's holiday picker (issue 15.3). The
 * holiday library is worker-only, so the page asks here for the country and region lists and for
 * the next 12 months of a choice's public holidays.
 */
import { countries, holidayChoiceProblem, publicHolidays, regions } from '../holidays/holiday-dates.ts';
import { defineHandler } from './define.ts';
import { ok, refused } from '../../messaging/result.ts';

export const holidayPlaces = defineHandler('holidays/places', {
  failure: 'Could not read the countries for public holidays',
  run: async ({ country }) => {
    return ok({ countries: countries(), regions: country === undefined ? [] : regions(country) });
  },
});

/** One year after `from`, the day before (2026-12-04 → 2027-12-03): 12 months, no day twice. */
function lastDay(from: string): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 1, m - 1, d - 1)).toISOString().slice(0, 10);
}

export const listHolidays = defineHandler('holidays/list', {
  failure: 'Could not list the public holidays',
  run: async ({ country, region, from }) => {
    const choice = region === undefined ? { country, workAnyway: [] } : { country, region, workAnyway: [] };
    const problem = holidayChoiceProblem(choice);
    if (problem !== null) return refused(problem.message, [problem]);
    const to = lastDay(from);
    const year = Number(from.slice(0, 4));
    const days = publicHolidays(choice, year, year + 1).filter((h) => h.date >= from && h.date <= to);
    return ok([...days]);
  },
});
