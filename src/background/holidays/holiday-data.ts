/**
 * The holiday library's data (date-holidays 3.37.0, CC BY-SA 3.0), parsed on first need only.
 *
 * date-holidays' own entry (src/Holidays.js) imports the data as an ~800 KB object literal, which
 * the worker would evaluate at every start-up (140–230 ms measured) although most users choose no
 * holidays. Imported `?raw`, the data is one string literal in the bundle — cheap to load — and
 * `JSON.parse` runs the first time a profile's holiday choice (or the editor's picker) needs it.
 * The path goes through node_modules because the package's `exports` do not list the JSON file.
 */
import raw from '../../../node_modules/date-holidays/data/holidays.json?raw';
import { loadZoneData } from './moment-timezone-lazy.ts';

let parsed: object | undefined;

/** The library's data, as date-holidays-parser's constructor takes it. */
export function holidayData(): object {
  if (parsed === undefined) {
    // The library's time zones too (moment-timezone-lazy.ts): it needs them from its first call.
    loadZoneData();
    parsed = JSON.parse(raw) as object;
  }
  return parsed;
}

/** Whether the data was parsed yet (tests and the start-up bench check it stays unparsed). */
export function holidayDataParsed(): boolean {
  return parsed !== undefined;
}
