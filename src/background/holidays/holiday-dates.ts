/**
 * A client's public holidays, from the date-holidays library (issue 15.3). Worker only: the
 * library and its data (ISC code, CC BY-SA 3.0 data) never enter src/core or the content script,
 * and the guard's hot path never calls it — the worker expands a choice once per year range
 * (memoised here) and hands the dates to src/core/holiday-choice.ts, which makes them time off.
 *
 * Public holidays only: the library's types `observance`, `optional`, `school` and `bank` are
 * left out. A substitute day the law gives for a holiday on a weekend is its own `public` entry
 * with `substitute: true` (GB 2026: Boxing Day is Saturday 26 December, the bank holiday is
 * "Boxing Day (substitute day)" on Monday 28 December), so it is kept like any other.
 */
// The parser with the data passed in (as date-holidays' src/Holidays.js does), so the data is
// parsed on first need (holiday-data.ts), not when the worker starts.
import Holidays from 'date-holidays-parser';
import { holidayData } from './holiday-data.ts';
import type { HolidayChoice, HolidayDate, HolidayPlace } from '../../core/holiday-choice.ts';
import type { Problem } from '../../core/problem.ts';
import { isRealDate } from '../../core/profile-validation.ts';
import type { IsoDate } from '../../core/profile.ts';

/** The languages Red Cup writes in; the library falls back to the country's own for a missing name. */
export type HolidayLanguage = 'en' | 'de';

/** One entry of a picker (declared in core, where the message protocol can name it). */
export type Place = HolidayPlace;

const DAY_MS = 86_400_000;
/** Memo entries kept: profiles × year ranges × languages in use, with room to spare. */
const MEMO_LIMIT = 256;

let directoryInstance: Holidays | undefined;
/** One instance with no country, for the country and region lists. */
function directory(): Holidays {
  directoryInstance ??= new Holidays(holidayData());
  return directoryInstance;
}

function places(table: Record<string, string> | undefined, language: HolidayLanguage): Place[] {
  return Object.entries(table ?? {})
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/** Every country the library knows, sorted by name in `language`. */
export function countries(language: HolidayLanguage = 'en'): Place[] {
  return places(directory().getCountries(language), language);
}

/**
 * The regions with holidays of their own (US states, German Länder, Australian states, UK
 * nations, Canadian provinces …), sorted by name; empty for a country without any, or unknown.
 */
export function regions(country: string, language: HolidayLanguage = 'en'): Place[] {
  if (!isKnownCountry(country)) return [];
  return places(directory().getStates(country, language), language);
}

function isKnownCountry(code: string): boolean {
  return Object.hasOwn(directory().getCountries('en'), code);
}

function countryName(code: string): string {
  return directory().getCountries('en')[code] ?? code;
}

const example = (codes: readonly string[]) =>
  codes.length <= 6 ? codes.join(', ') : `${codes.slice(0, 6).join(', ')} … (${codes.length} in all)`;

/**
 * What is wrong with a holiday choice, said so a person can fix it, or null. The library itself
 * answers an unknown country with no holidays and an unknown region with the national ones, so
 * a typo would silently lose days off: this check refuses both, naming what was given.
 */
export function holidayChoiceProblem(choice: HolidayChoice, path = 'holidays'): Problem | null {
  const { country, region, workAnyway } = choice;
  if (!isKnownCountry(country)) {
    const hint = isKnownCountry(country.toUpperCase()) ? ` Write it in capitals: "${country.toUpperCase()}".` : '';
    return {
      path: `${path}.country`,
      message: `Public holidays: unknown country "${country}". Use a two-letter country code such as US, GB, DE or AU.${hint}`,
    };
  }
  if (region !== undefined) {
    const known = Object.keys(directory().getStates(country, 'en') ?? {});
    const name = countryName(country);
    if (known.length === 0) {
      return {
        path: `${path}.region`,
        message: `Public holidays: ${name} (${country}) has no regions, so region "${region}" is unknown. Leave the region empty.`,
      };
    }
    if (!known.includes(region)) {
      const hint = known.includes(region.toUpperCase()) ? ` Write it in capitals: "${region.toUpperCase()}".` : '';
      return {
        path: `${path}.region`,
        message: `Public holidays: ${name} (${country}) has no region "${region}". Use one of ${example(known)}.${hint}`,
      };
    }
  }
  const index = workAnyway.findIndex((date) => !isRealDate(date));
  if (index >= 0) {
    return {
      path: `${path}.workAnyway[${index}]`,
      message: `Public holidays: "${String(workAnyway[index])}" is not a date like 2026-12-24 (a day to work anyway).`,
    };
  }
  return null;
}

/** `YYYY-MM-DD` plus whole days, on the calendar (no time zone involved). */
function addDays(date: IsoDate, days: number): IsoDate {
  if (days === 0) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const memo = new Map<string, readonly HolidayDate[]>();

/**
 * The public holidays of `choice` from 1 January `fromYear` to 31 December `toYear`, sorted by
 * date, with names in `language`; a holiday of several days gives one entry per day. The days
 * in `choice.workAnyway` are still listed (the editor shows them with the switch off):
 * `holidayTimeOff` in src/core drops them. Memoised per country, region, years and language.
 * Throws on a choice `holidayChoiceProblem` refuses.
 */
export function publicHolidays(
  choice: HolidayChoice,
  fromYear: number,
  toYear: number,
  language: HolidayLanguage = 'en',
): readonly HolidayDate[] {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new RangeError(`Public holidays: the years ${fromYear}–${toYear} are not a range of whole years.`);
  }
  const key = JSON.stringify([choice.country, choice.region ?? null, fromYear, toYear, language]);
  const cached = memo.get(key);
  if (cached !== undefined) {
    memo.delete(key);
    memo.set(key, cached); // most recently used last
    return cached;
  }
  const problem = holidayChoiceProblem({ ...choice, workAnyway: [] });
  if (problem !== null) throw new Error(problem.message);

  const library =
    choice.region === undefined
      ? new Holidays(holidayData(), choice.country)
      : new Holidays(holidayData(), choice.country, choice.region);
  const first = `${fromYear}-01-01`;
  const last = `${toYear}-12-31`;
  const seen = new Set<string>();
  const found: HolidayDate[] = [];
  // From the year before: a holiday of several days that starts on 31 December runs into fromYear.
  for (let year = fromYear - 1; year <= toYear; year++) {
    for (const holiday of library.getHolidays(year, language)) {
      if (holiday.type !== 'public') continue;
      const start = holiday.date.slice(0, 10);
      const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
      for (let offset = 0; offset < days; offset++) {
        const date = addDays(start, offset);
        const id = `${date} ${holiday.name}`;
        if (date < first || date > last || seen.has(id)) continue;
        seen.add(id);
        found.push(Object.freeze({ date, name: holiday.name }));
      }
    }
  }
  found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const result = Object.freeze(found);
  memo.set(key, result);
  if (memo.size > MEMO_LIMIT) {
    const oldest = memo.keys().next();
    if (oldest.done !== true) memo.delete(oldest.value);
  }
  return result;
}

/** For tests: how many expansions the memo holds, and a way to empty it. */
export const holidayMemo = {
  size: (): number => memo.size,
  clear: (): void => memo.clear(),
};
