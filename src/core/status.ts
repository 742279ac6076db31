/** A profile's boundary right now, for the popup (DESIGN §2 story 5). */
import type { ClientProfile } from './profile.ts';
import { profileRef } from './profile.ts';
import { currentWindow, nextOpening, outsideReason } from './schedule.ts';
import type { ProfileStatus } from './status-types.ts';

export function profileStatus(profile: ClientProfile, at: Date): ProfileStatus {
  const window = currentWindow(profile, at);
  if (window !== null) return { profile: profileRef(profile), inside: true, until: window.end.toISOString() };
  return {
    profile: profileRef(profile),
    inside: false,
    reason: outsideReason(profile, at),
    opensAt: nextOpening(profile, at)?.toISOString() ?? null,
  };
}
