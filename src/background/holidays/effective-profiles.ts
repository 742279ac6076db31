/**
 * The one place the worker turns stored profiles into the ones the guard reads (issue 15.3):
 * a profile with a holiday choice gets its public holidays as time off (core `withHolidays`),
 * so every verdict, next window, promise deadline and status counts them without knowing about
 * holidays. Built once per profiles snapshot and year range, next to its matcher, and kept with the
 * snapshot (profiles-snapshot.ts): a `guard/check` only compares the year.
 */
import { withHolidays, type HolidayDate, type HolidayChoice } from '../../core/holiday-choice.ts';
import type { Matcher } from '../../core/matching.ts';
import type { ClientProfile } from '../../core/profile.ts';
import { publicHolidays } from './holiday-dates.ts';

export interface EffectiveProfiles {
  /** The stored profiles, each with its public holidays in `timeOff`; the same objects when none has a choice. */
  profiles: ClientProfile[];
  /** Built over `profiles`; pass it to `verdict(...)` with them. */
  matcher: Matcher;
}

/** Expands a choice into dates: `publicHolidays` in the worker, a stand-in in tests. */
export type HolidayExpander = (choice: HolidayChoice, fromYear: number, toYear: number) => readonly HolidayDate[];

/**
 * The years whose holidays are expanded around `at`: the one before (a zone behind UTC on
 * 1 January is still in it), this one, and the next (a next window or promise deadline late in
 * December runs into it).
 */
export function holidayYears(at: Date): { fromYear: number; toYear: number } {
  const year = at.getUTCFullYear();
  return { fromYear: year - 1, toYear: year + 1 };
}

/**
 * `profiles` with their holidays for the years around `at`. A choice the library cannot expand
 * (a stored code a later library version dropped) leaves that profile with its own time off:
 * a broken choice must never stop the guard, and the editor names it when the profile is saved.
 */
export function effectiveProfiles(
  profiles: readonly ClientProfile[],
  matcher: Matcher,
  at: Date,
  expand: HolidayExpander = publicHolidays,
): EffectiveProfiles {
  if (!profiles.some((p) => p.holidays !== undefined)) return { profiles: [...profiles], matcher };
  const { fromYear, toYear } = holidayYears(at);
  const effective = profiles.map((profile) => {
    if (profile.holidays === undefined) return profile;
    try {
      return withHolidays(profile, expand(profile.holidays, fromYear, toYear));
    } catch {
      return profile;
    }
  });
  // The matcher maps addresses to profile ids, which holidays do not change: it is reused.
  return { profiles: effective, matcher };
}

/**
 * `effectiveProfiles` kept for one snapshot: expanded on first use, again only when the year
 * range changes (the first check after New Year), never per check.
 */
export function effectiveCache(
  profiles: readonly ClientProfile[],
  matcher: Matcher,
  expand: HolidayExpander = publicHolidays,
): (at: Date) => EffectiveProfiles {
  let held: { fromYear: number; value: EffectiveProfiles } | undefined;
  return (at) => {
    const { fromYear } = holidayYears(at);
    if (held?.fromYear !== fromYear) held = { fromYear, value: effectiveProfiles(profiles, matcher, at, expand) };
    return held.value;
  };
}
