/**
 * What the compose guard shows for a verdict (DESIGN §2.2–2.4), computed in the worker with
 * luxon so the content script stays small: it only puts these strings on screen.
 */
import type { EmergencyPolicy, IsoInstant, ProfileRef } from './profile.ts';
import type { DriftNotice } from './report-types.ts';
import type { Verdict } from './verdict-types.ts';

export interface GuardNextWindow {
  /** The verdict's `nextWindow`. */
  at: IsoInstant;
  /** When "Send at …" schedules: `at` plus the strictest send-later offset (and random minute), still inside every boundary. */
  sendAt: IsoInstant;
  /** The action's label, in the first client's zone: `Send Tue 08:00`. */
  button: string;
  /** `sendAt` per client zone: `Tue 08:00 in New York (Acme Corp)`, one per distinct zone. */
  inClientZones: string[];
  /** `sendAt` in the user's zone: `Tue 14:00 your time`. */
  inUserZone: string;
}

export interface GuardView {
  tone: 'inside' | 'outside' | 'unguarded';
  /** One line for the status pill: `Acme Corp · inside hours until 18:00`, `Acme Corp · after hours · next window Tue 08:00 ET`. */
  pill: string;
  /** Plain sentences, one per boundary sending now breaks: `Acme Corp: after hours (Mon–Fri 08:00–18:00 in New York; it is 20:10 there).` */
  rules: string[];
  /** Null unless outside and a window opens within a year. */
  next: GuardNextWindow | null;
  /** Whether the promise is still kept at `sendAt`, as a sentence; null when not outside. */
  promise: string | null;
  promiseKept: boolean;
}

/** The answer to the content script's `guard/check`. */
export interface GuardCheck {
  verdict: Verdict;
  view: GuardView;
  /** The emergency policy of each matched profile, for triage. */
  emergency: { profile: ProfileRef; policy: EmergencyPolicy }[];
  clock: '12h' | '24h';
  /**
   * How "Send at …" holds the reply (DESIGN §5.1): `local` when a matched client's profile asks
   * for Red Cup's own queue, else `provider` (the provider's Schedule send).
   */
  delivery: 'provider' | 'local';
  /**
   * Matched clients whose exceptions cluster (≥ 2 replies outside the boundary in 14 days),
   * for the panel to say before another exception (`text`); empty when none, and always
   * empty unless the verdict is `outside` (absent from a worker older than the report).
   */
  drift?: DriftNotice[];
}
