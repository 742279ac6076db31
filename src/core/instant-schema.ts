/**
 * An instant as Red Cup stores it (DESIGN §3 "Time rules"): a UTC ISO string. Any ISO
 * timestamp with a real calendar date is accepted and normalised to `toISOString()` form, so
 * stored instants sort as time in an index (`…T20:45:00.000Z`, never `+01:00` next to `Z`).
 */
import * as v from 'valibot';
import { isRealDate } from './profile-validation.ts';

export const INSTANT_MESSAGE = 'expected a date and time like 2026-11-22T20:45:00.000Z';

export const IsoInstantSchema = v.pipe(
  v.string(INSTANT_MESSAGE),
  // One check, so a bad value gets one message. The timestamp pattern lets 2026-02-30 through,
  // and Date.parse quietly rolls it over to March: the calendar date is checked as well.
  v.check(
    (s) => v.ISO_TIMESTAMP_REGEX.test(s) && isRealDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)),
    INSTANT_MESSAGE,
  ),
  v.transform((s) => new Date(s).toISOString()),
);
