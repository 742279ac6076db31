/**
 * `holidays/places` and `holidays/list`: the profile editor's holiday picker (issue 15.3). The
 * holiday library is worker-only, so the page asks here for the country and region lists and for
 * the next 12 months of a choice's public holidays.
 */
import * as v from 'valibot';
import { isRealDate } from '../../core/profile-validation.ts';
import { LIMITS } from '../../core/profile-schema.ts';
import { countries, holidayChoiceProblem, publicHolidays, regions } from '../holidays/holiday-dates.ts';
import { defineHandler, PAGES_ONLY } from './define.ts';
import { parseRequest } from './requests.ts';
import { ok, refused } from '../../messaging/result.ts';

const Code = (what: string) =>
  v.pipe(
    v.string(`The ${what} must be a code (text).`),
    v.nonEmpty(`The ${what} must not be empty.`),
    v.maxLength(LIMITS.holidayCodeChars, `The ${what} code is at most ${LIMITS.holidayCodeChars} characters.`),
  );

const PlacesRequestSchema = v.optional(v.object({ country: v.optional(Code('country')) }), {});

const ListRequestSchema = v.object({
  country: Code('country'),
  region: v.optional(Code('region')),
  from: v.pipe(v.string('"from" must be a date.'), v.check(isRealDate, '"from" must be a date like 2026-12-24.')),
});

export const holidayPlaces = defineHandler({
  name: 'holidays/places',
  allow: PAGES_ONLY,
  failure: 'Could not read the countries for public holidays',
  run: async (data) => {
    const request = parseRequest(PlacesRequestSchema, data, 'the holiday places request');
    if (!request.ok) return request.refusal;
    const { country } = request.value;
    return ok({ countries: countries(), regions: country === undefined ? [] : regions(country) });
  },
});

/** One year after `from`, the day before (2026-12-04 → 2027-12-03): 12 months, no day twice. */
function lastDay(from: string): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 1, m - 1, d - 1)).toISOString().slice(0, 10);
}

export const listHolidays = defineHandler({
  name: 'holidays/list',
  allow: PAGES_ONLY,
  failure: 'Could not list the public holidays',
  run: async (data) => {
    const request = parseRequest(ListRequestSchema, data, 'the holiday list request');
    if (!request.ok) return request.refusal;
    const { country, region, from } = request.value;
    const choice = region === undefined ? { country, workAnyway: [] } : { country, region, workAnyway: [] };
    const problem = holidayChoiceProblem(choice);
    if (problem !== null) return refused(problem.message, [problem]);
    const to = lastDay(from);
    const year = Number(from.slice(0, 4));
    const days = publicHolidays(choice, year, year + 1).filter((h) => h.date >= from && h.date <= to);
    return ok([...days]);
  },
});
