import type { ClientProfile, IsoDate, TimeOff } from './profile.ts';

/**
 * Which public holidays a client observes (issue 15.3): a country, a region where the country
 * has them (US state, German Land, Australian state, UK nation, Canadian province …), and the
 * holidays the user works anyway. The profile stores this choice, never the dates: the worker
 * expands it with the holiday library (src/background/holidays/) and hands the dates back here.
 *
 * Codes are the holiday library's: ISO 3166-1 alpha-2 for the country (`US`, `DE`, `GB`) and its
 * own short code for the region (`NY`, `BY`, `ENG`, `NSW`).
 */
export interface HolidayChoice {
  country: string;
  region?: string;
  /** Holidays the user works anyway (the "work that day anyway" switch), in the profile's zone. */
  workAnyway: IsoDate[];
}

/** One entry of the country or region picker: the holiday library's code and the name people read. */
export interface HolidayPlace {
  code: string;
  name: string;
}

/** One public holiday on one day, as the worker's holiday module expands it. */
export interface HolidayDate {
  date: IsoDate;
  name: string;
}

/**
 * A day off that a holiday choice expanded into: the statement names these (a client may be told
 * "closed on 26 December (Boxing Day)"), never the labels of the user's own time off, which are
 * the user's private notes. Never stored: the worker builds them for its effective profiles.
 */
export interface HolidayTimeOff extends TimeOff {
  label: string;
  holiday: true;
}

export function isHolidayTimeOff(t: TimeOff): t is HolidayTimeOff {
  return (t as Partial<HolidayTimeOff>).holiday === true && typeof t.label === 'string';
}

/**
 * The holidays as whole days off, one `TimeOff` per day (label = the holiday's name), sorted by
 * date, without the days in `choice.workAnyway`. Two holidays on one day make one entry whose
 * label names both ("Labour Day, Ascension Day": Germany, 1 May 2008).
 */
export function holidayTimeOff(holidays: readonly HolidayDate[], choice: HolidayChoice): HolidayTimeOff[] {
  const skip = new Set(choice.workAnyway);
  const names = new Map<IsoDate, string[]>();
  for (const { date, name } of holidays) {
    if (skip.has(date)) continue;
    const list = names.get(date);
    if (list === undefined) names.set(date, [name]);
    else if (!list.includes(name)) list.push(name);
  }
  return [...names.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, list]) => ({ start: date, end: date, label: list.join(', '), holiday: true as const }));
}

/**
 * The profile as every verdict, next window, promise deadline and statement reads it: its own
 * time off plus its public holidays (`holidays`, expanded for `profile.holidays`). A profile
 * without a holiday choice is given back as it is.
 */
export function withHolidays(profile: ClientProfile, holidays: readonly HolidayDate[]): ClientProfile {
  if (profile.holidays === undefined) return profile;
  const days = holidayTimeOff(holidays, profile.holidays);
  return days.length === 0 ? profile : { ...profile, timeOff: [...profile.timeOff, ...days] };
}
