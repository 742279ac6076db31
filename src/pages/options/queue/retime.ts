/**
 * Re-timing a queued reply (issue 4 point 5): the time is typed in the CLIENT's zone, refused
 * when it does not exist there (a DST gap) or is past, and warned about when it falls outside
 * the boundary. Pure.
 */
import { DateTime } from 'luxon';
import type { ClientProfile, Settings } from '../../../core/profile.ts';
import { clientList } from '../../../core/triage.ts';
import { verdict } from '../../../core/verdict.ts';

const INPUT_FORMAT = "yyyy-LL-dd'T'HH:mm";

/** The value of an `<input type="datetime-local">` for `iso` in `zone`. */
export function toLocalInput(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toFormat(INPUT_FORMAT);
}

export type RetimeParse = { ok: true; iso: string } | { ok: false; message: string };

/** `2026-11-24T09:30` read as a wall time in `zone`. */
export function parseRetime(text: string, zone: string, now: Date): RetimeParse {
  if (text.trim() === '') return { ok: false, message: 'Enter the new date and time.' };
  const when = DateTime.fromFormat(text.trim().slice(0, 16), INPUT_FORMAT, { zone });
  if (!when.isValid) return { ok: false, message: `“${text}” is not a date and time.` };
  // Luxon moves a wall time that does not exist (the hour skipped when clocks go forward) to a
  // real one: reading it back differently means the typed time never happens in that zone.
  if (when.toFormat(INPUT_FORMAT) !== text.trim().slice(0, 16)) {
    return {
      ok: false,
      message: `${text.replace('T', ' ')} does not exist in ${zone} (the clocks skip it). Choose another time.`,
    };
  }
  if (when.toMillis() <= now.getTime())
    return { ok: false, message: 'That time has passed. Choose a time in the future.' };
  return { ok: true, iso: when.toUTC().toISO() ?? when.toJSDate().toISOString() };
}

export interface BoundaryWarning {
  message: string;
  /** The first moment inside every client's boundary after `iso` (ISO), or null when there is none within a year. */
  nextWindow: string | null;
}

/**
 * A warning when `iso` is outside the boundary of the reply's clients (the user may still
 * choose it: it is their decision, made with open eyes), with the next window to offer
 * instead; null inside the boundary.
 */
export function boundaryWarning(
  recipients: readonly string[],
  profiles: readonly ClientProfile[],
  settings: Settings,
  iso: string,
): BoundaryWarning | null {
  const result = verdict(recipients, profiles, { ...settings, pausedUntil: null }, new Date(iso));
  if (result.kind !== 'outside') return null;
  const names = clientList(result.outside.map((o) => o.profile.name));
  return {
    message: `That time is outside ${names}’s hours: the reply would go out when you promised not to answer.`,
    nextWindow: result.nextWindow,
  };
}
