import type { IsoInstant, ProfileRef } from './profile.ts';
import type { OutsideReason } from './verdict-types.ts';

/** A profile's boundary right now, as the popup shows it. */
export type ProfileStatus =
  | { profile: ProfileRef; inside: true; until: IsoInstant }
  | { profile: ProfileRef; inside: false; reason: OutsideReason; opensAt: IsoInstant | null };
