/** `status/profiles`: each client's boundary right now, for the popup. */
import { profileStatus } from '../../core/status.ts';
import { defineHandler } from './define.ts';
import { ok } from '../../messaging/result.ts';

export const getProfilesStatus = defineHandler('status/profiles', {
  failure: "Could not read the clients' status",
  run: async (_data, { profiles, now }) => {
    const at = now();
    // Closed on a public holiday too: the effective profiles carry the holidays as time off.
    const { profiles: valid } = (await profiles.snapshot()).effective(at);
    return ok(valid.map((profile) => profileStatus(profile, at)));
  },
});
