import type { OwnIdentity } from '../sender-check.ts';
import type { ProfilesStore } from '../storage/profiles-store.ts';
import type { SettingsStore } from '../storage/settings-store.ts';

/** Everything a handler needs from outside, passed in so handlers run in tests without a browser. */
export interface HandlerDeps {
  self: OwnIdentity;
  profiles: ProfilesStore;
  settings: SettingsStore;
  now: () => Date;
}
