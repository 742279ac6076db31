/** `profiles/export` and `profiles/import`: the JSON hand-over file (DESIGN §2, story 9). */
import { exportProfiles, parseProfilesFile } from '../../core/profiles-file.ts';
import { defineHandler, PAGES_ONLY } from './define.ts';
import { ImportRequestSchema, parseRequest } from './requests.ts';
import { ok, refused } from './result.ts';

export const exportProfilesFile = defineHandler({
  name: 'profiles/export',
  allow: PAGES_ONLY,
  failure: 'Could not export the profiles',
  run: async (_data, { profiles, now }) => {
    const listing = await profiles.list();
    // Damaged records cannot be written as valid profiles; they are named instead of silently left out.
    return ok({ ...exportProfiles(listing.profiles, now()), skipped: listing.invalid });
  },
});

const REFUSED_FILE = 'This file was not imported and nothing was changed:';

/**
 * Checks the whole file against the stored profiles. `apply: false` answers the preview only;
 * `apply: true` parses again inside the write transaction (the stored profiles may have
 * changed since the preview) and writes the merged set all at once. Import adds and updates
 * profiles; it never deletes one that is not in the file.
 */
export const importProfilesFile = defineHandler({
  name: 'profiles/import',
  allow: PAGES_ONLY,
  failure: 'Could not import the profiles',
  run: async (data, { profiles, refreshGuards }) => {
    const request = parseRequest(ImportRequestSchema, data, 'the import request');
    if (!request.ok) return request.refusal;
    const { text, apply } = request.value;

    if (!apply) {
      const parsed = parseProfilesFile(text, (await profiles.list()).profiles);
      return parsed.ok ? ok({ ...parsed.preview, applied: false }) : refused(REFUSED_FILE, parsed.problems);
    }
    const answer = await profiles.update((current) => {
      const parsed = parseProfilesFile(text, current.profiles);
      if (!parsed.ok) return { write: [], value: refused(REFUSED_FILE, parsed.problems) };
      return { write: parsed.profiles, value: ok({ ...parsed.preview, applied: true }) };
    });
    if (answer.ok) await refreshGuards(); // open composes re-check with the imported hours
    return answer;
  },
});
