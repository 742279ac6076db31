import type { HolidayChoice } from './holiday-choice.ts';
import type { RetentionChoice } from './report-types.ts';

/**
 * The client boundary profile (DESIGN §3): the one shape every part of Red Cup shares.
 *
 * Plain data only, so it can be stored in IndexedDB, sent through runtime messages and
 * written to an export file unchanged. The semantic checks (time zones, overlapping windows,
 * addresses claimed twice) live in `profile-validation.ts`; the structural schema lives in
 * `profile-schema.ts`.
 */

/** Wall-clock time `HH:mm`, 00:00–23:59; a window end may also be `24:00` (midnight). */
export type WallTime = string;

/** ISO calendar date `YYYY-MM-DD`, read in the profile's time zone. */
export type IsoDate = string;

/** An instant, always stored as a UTC ISO string (`2026-11-22T20:45:00.000Z`). */
export type IsoInstant = string;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * One answering window on a weekday. `end` ≤ `start` is only allowed with `overnight: true`:
 * an explicit flag, so that a mistyped 18:00–08:00 is refused instead of silently meaning
 * "all night". An overnight window belongs to the day it starts (22:00–02:00 on Friday runs
 * into Saturday morning).
 */
export interface TimeWindow {
  start: WallTime;
  end: WallTime;
  overnight?: boolean;
}

export type WeeklyHours = Record<Weekday, TimeWindow[]>;

/** Whole days off, inclusive on both ends, in the profile's zone. */
export interface TimeOff {
  start: IsoDate;
  end: IsoDate;
  label?: string;
}

export type PromiseRule =
  | { kind: 'within-hours'; hours: number }
  | { kind: 'within-business-hours'; hours: number }
  | { kind: 'same-business-day' }
  | { kind: 'next-business-day-by'; time: WallTime };

export interface ResponsePromise {
  /** The promise for a request that arrives inside the hours. */
  regular: PromiseRule;
  /** Optional separate promise for a request that arrives outside the hours. */
  afterHours?: PromiseRule;
}

export interface EmergencyPolicy {
  /** The situations this client agreed count as an emergency, in the user's words. */
  situations: string[];
  /** Extra words that signal an emergency for this client. */
  keywords: string[];
  /** How the client should reach the user in a real emergency ("call 555-0100"). */
  channel: string;
}

export interface SendLaterPolicy {
  /** Minutes after the window opens; 0 = at window start. */
  offsetMinutes: number;
  /** A random minute inside the first N after the offset, so scheduled mail looks human; 0 = off. */
  randomWithinMinutes: number;
  /**
   * Who holds a reply sent later (DESIGN §5.1): `provider` — the mail provider's own Schedule
   * send (the default; the browser may be closed); `local` — Red Cup's queue delivers it through
   * a mail tab at the due time.
   */
  delivery: 'provider' | 'local';
}

export interface ClientProfile {
  id: string;
  /**
   * Bumped by the worker on every save and import (DESIGN §4 storage). A save names the
   * revision it was edited from, and is refused when the stored one has moved on or the profile
   * was deleted meanwhile, so two options pages cannot silently overwrite each other. Absent on
   * a new profile not saved yet and on profiles stored before revisions existed (read as 0).
   */
  revision?: number;
  name: string;
  /** CSS hex colour `#rrggbb`, used for the pill and charts. */
  color: string;
  /**
   * E-mail addresses (`jane@acme.com`) and domains (`acme.com`, matching sub-domains too).
   * Stored as typed; matching normalises case and `+tags`.
   */
  match: string[];
  /** IANA zone the hours are stated in. */
  timeZone: string;
  hours: WeeklyHours;
  timeOff: TimeOff[];
  /**
   * The public holidays the client observes (issue 15.3): the choice only, never the dates. The
   * worker expands it into extra time off (src/background/holidays/effective-profiles.ts).
   * Absent = none (the default), and on every profile stored before it existed.
   */
  holidays?: HolidayChoice;
  promise: ResponsePromise;
  emergency: EmergencyPolicy;
  sendLater: SendLaterPolicy;
  notes: string;
  /**
   * The user's own wording of "Insert my boundaries" for this client (issue 15.1), with the
   * placeholders of statement-template.ts; absent or blank = the generated paragraph.
   */
  statementTemplate?: string;
}

export interface Settings {
  /** The profile that covers recipients no profile matches ("Everyone else"); null = unguarded. */
  defaultProfileId: string | null;
  clock: '12h' | '24h';
  /** While set and in the future, nothing is guarded (the popup's pause switch). */
  pausedUntil: IsoInstant | null;
  /** How long the ledger is kept (DESIGN §7): older events are pruned. Settings stored before it had it read as `2y`. */
  retention: RetentionChoice;
  /** The Monday 09:00 notification about last week (issue 12); off unless turned on. */
  weeklySummary: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  defaultProfileId: null,
  clock: '24h',
  pausedUntil: null,
  retention: '2y',
  weeklySummary: false,
};

/** A reference to a profile small enough to travel with every verdict. */
export interface ProfileRef {
  id: string;
  name: string;
  color: string;
  timeZone: string;
}

export function profileRef(p: ClientProfile): ProfileRef {
  return { id: p.id, name: p.name, color: p.color, timeZone: p.timeZone };
}
