import type { IsoInstant, ProfileRef } from './profile.ts';

/** Why a profile's boundary is closed at an instant. */
export type OutsideReason = 'before-hours' | 'after-hours' | 'day-off' | 'time-off';

export interface ProfileOutside {
  profile: ProfileRef;
  reason: OutsideReason;
  /** The next instant this profile alone opens; null when it never opens within the horizon. */
  opensAt: IsoInstant | null;
}

export interface PromiseCheck {
  profile: ProfileRef;
  /** When the reply is due under the profile's promise for this request; null = no business hours within a year. */
  deadline: IsoInstant | null;
  /** Whether a reply sent at the verdict's `nextWindow` is still on time. */
  keptAtNextWindow: boolean;
}

interface VerdictBase {
  /** The next instant at which this verdict could change; null = it cannot change by itself. */
  validUntil: IsoInstant | null;
  /** Recipients (normalised addresses) and the profile each matched; null = unmatched. */
  recipients: { address: string; profileId: string | null }[];
}

export interface InsideVerdict extends VerdictBase {
  kind: 'inside';
  profiles: ProfileRef[];
  /** When the first of the matched profiles' current windows closes. */
  until: IsoInstant;
}

export interface OutsideVerdict extends VerdictBase {
  kind: 'outside';
  profiles: ProfileRef[];
  /** The profiles whose boundary sending now breaks, each with its reason. */
  outside: ProfileOutside[];
  /** The earliest instant ≥ now inside the windows of every matched profile; null = none within a year. */
  nextWindow: IsoInstant | null;
  /** The promise of each matched profile measured against `nextWindow`. */
  promises: PromiseCheck[];
  /** True when every matched profile's promise is still kept at `nextWindow`. */
  promiseKept: boolean;
}

export interface UnguardedVerdict extends VerdictBase {
  kind: 'unguarded';
  why: 'no-recipients' | 'no-profile-matches' | 'paused';
}

export type Verdict = InsideVerdict | OutsideVerdict | UnguardedVerdict;
