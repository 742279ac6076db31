/** `profiles/list`, `profiles/save`, `profiles/delete`. */
import { validateProfile } from '../../core/profile-validation.ts';
import { defineHandler, PAGES_ONLY } from './define.ts';
import { parseRequest, ProfileIdSchema } from './requests.ts';
import { ok, refused } from './result.ts';

export const listProfiles = defineHandler({
  name: 'profiles/list',
  allow: PAGES_ONLY,
  failure: 'Could not read the client profiles',
  run: async (_data, { profiles }) => ok(await profiles.list()),
});

/**
 * Validates the profile against the other stored profiles (an address another client already
 * claims is refused) and writes it, both inside one transaction.
 */
export const saveProfile = defineHandler({
  name: 'profiles/save',
  allow: PAGES_ONLY,
  failure: 'Could not save the profile',
  run: async (data, { profiles, refreshGuards }) => {
    const id = typeof data === 'object' && data !== null && 'id' in data ? data.id : undefined;
    const answer = await profiles.update((current) => {
      const others = current.profiles.filter((p) => p.id !== id);
      const checked = validateProfile(data, others);
      if (!checked.ok) return { write: [], value: refused('The profile was not saved: please fix the problems below.', checked.problems) };
      return { write: [checked.profile], value: ok(checked.profile) };
    });
    // Open composes re-check at once: their verdicts were computed with the old hours.
    if (answer.ok) await refreshGuards();
    return answer;
  },
});

/** Deleting an id that is not stored succeeds: the wanted state is reached (and a retry is harmless). */
export const deleteProfile = defineHandler({
  name: 'profiles/delete',
  allow: PAGES_ONLY,
  failure: 'Could not delete the profile',
  run: async (data, { profiles, refreshGuards }) => {
    const id = parseRequest(ProfileIdSchema, data, 'the profile to delete');
    if (!id.ok) return id.refusal;
    await profiles.delete(id.value);
    await refreshGuards();
    return ok(null);
  },
});
