/** `profiles/export` and `profiles/import`: the JSON hand-over file (DESIGN §2, story 9). */
import { nextRevision } from '../../core/profile-revision.ts';
import type { ProfileValidation } from '../../core/profile-validation.ts';
import {
  capProblems,
  checkFileProfile,
  exportProfiles,
  readProfilesFile,
  settleProfilesFile,
  type FileProfiles,
} from '../../core/profiles-file.ts';
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

/** How long the check runs before it lets other messages (every compose's `guard/check`) through. */
export const CHECK_SLICE_MS = 8;

/** Lets the worker answer the messages that arrived meanwhile: a macrotask, not a microtask. */
const letOthersRun = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Step 2 of the file check, one profile at a time, handing control back every CHECK_SLICE_MS:
 * a 5 MB file takes a few hundred milliseconds to check, and the worker must go on answering
 * the composes meanwhile (DESIGN §6: "no guard/check waits behind it").
 */
async function checkInSlices(file: FileProfiles): Promise<ProfileValidation[]> {
  const checked: ProfileValidation[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < file.items.length; i++) {
    checked.push(checkFileProfile(file, i));
    if (performance.now() - sliceStart >= CHECK_SLICE_MS) {
      await letOthersRun();
      sliceStart = performance.now();
    }
  }
  return checked;
}

/**
 * Checks the whole file against the stored profiles. The options page previews a file itself
 * (the same core code, in the page, off the worker's path); here `apply: false` answers the
 * preview only, and `apply: true` checks again — the file may have been changed, and the
 * stored profiles too — and writes the merged set all at once. The file's size is checked
 * first; each profile is then checked in slices between which other messages are answered;
 * only the checks across profiles and the comparison with what is stored (linear, tens of
 * milliseconds for 5 MB) run inside the write transaction. Import adds and updates profiles,
 * each written one revision on; it never deletes one that is not in the file.
 */
export const importProfilesFile = defineHandler({
  name: 'profiles/import',
  allow: PAGES_ONLY,
  failure: 'Could not import the profiles',
  run: async (data, { profiles, refreshGuards }) => {
    const request = parseRequest(ImportRequestSchema, data, 'the import request');
    if (!request.ok) return request.refusal;
    const { text, apply } = request.value;

    const read = readProfilesFile(text);
    if (!read.ok) return refused(REFUSED_FILE, capProblems(read.problems));
    const checked = await checkInSlices(read);

    if (!apply) {
      const parsed = settleProfilesFile(read, checked, (await profiles.list()).profiles);
      return parsed.ok ? ok({ ...parsed.preview, applied: false }) : refused(REFUSED_FILE, parsed.problems);
    }
    const answer = await profiles.update((current) => {
      const parsed = settleProfilesFile(read, checked, current.profiles);
      if (!parsed.ok) return { write: [], value: refused(REFUSED_FILE, parsed.problems) };
      const stored = new Map(current.profiles.map((p) => [p.id, p]));
      const write = parsed.profiles.map((p) => nextRevision(p, stored.get(p.id)));
      return { write, value: ok({ ...parsed.preview, applied: true }) };
    });
    if (answer.ok) await refreshGuards(); // open composes re-check with the imported hours
    return answer;
  },
});
