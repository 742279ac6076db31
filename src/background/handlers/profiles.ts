/** `profiles/list`, `profiles/save`, `profiles/delete`. */
import { nextRevision, staleSave, withRevision } from '../../core/profile-revision.ts';
import { validateProfile } from '../../core/profile-validation.ts';
import { capProblems } from '../../core/profiles-file.ts';
import { holidayChoiceProblem } from '../holidays/holiday-dates.ts';
import { forgetClientRecord, rememberDeletedClient } from '../report/deleted-clients.ts';
import { defineHandler } from './define.ts';
import { ok, refused } from '../../messaging/result.ts';

/** Every listed profile carries its revision (0 for one stored before revisions), so the editor can send it back. */
export const listProfiles = defineHandler('profiles/list', {
  failure: 'Could not read the client profiles',
  run: async (_data, { profiles }) => {
    const listing = await profiles.list();
    return ok({ ...listing, profiles: listing.profiles.map(withRevision) });
  },
});

/**
 * Validates the profile against the other stored profiles (an address another client already
 * claims is refused) and against the stored revision (a save edited from an older revision, or
 * of a client deleted meanwhile, is refused with a problem at `revision`), and writes it with
 * the next revision — all inside one transaction.
 */
export const saveProfile = defineHandler('profiles/save', {
  failure: 'Could not save the profile',
  run: async (data, { profiles, refreshGuards }) => {
    const id = typeof data === 'object' && data !== null && 'id' in data ? data.id : undefined;
    const answer = await profiles.update((current) => {
      const others = current.profiles.filter((p) => p.id !== id);
      // An unknown holiday country or region is refused by name (only the worker knows the codes).
      const checked = validateProfile(data, others, { holidayProblem: holidayChoiceProblem });
      if (!checked.ok) {
        return {
          write: [],
          value: refused('The profile was not saved: please fix the problems below.', capProblems(checked.problems)),
        };
      }
      const stored = current.profiles.find((p) => p.id === checked.profile.id);
      const stale = staleSave(checked.profile, stored);
      if (stale !== null) return { write: [], value: refused(stale.message, [stale]) };
      const next = nextRevision(checked.profile, stored);
      return { write: [next], value: ok(next) };
    });
    // Open composes re-check at once: their verdicts were computed with the old hours.
    if (answer.ok) await refreshGuards();
    return answer;
  },
});

/**
 * Deleting an id that is not stored succeeds: the wanted state is reached (and a retry is
 * harmless). The client's record is kept unless `keepRecord: false` (issue 12 §6): its last
 * name and colour are remembered first, so the report shows it "(deleted)"; otherwise its
 * ledger events are forgotten in short batches.
 */
export const deleteProfile = defineHandler('profiles/delete', {
  failure: 'Could not delete the profile',
  run: async (request, deps) => {
    const { profiles, refreshGuards } = deps;
    const { id, keepRecord = true } = typeof request === 'string' ? { id: request } : request;
    await rememberDeletedClient(deps, id);
    await profiles.delete(id);
    if (!keepRecord) await forgetClientRecord(deps.ledger, id);
    await refreshGuards();
    return ok(null);
  },
});
