/** `profiles/export` and `profiles/import`: the JSON hand-over file (DESIGN §2, story 9). */
import { nextRevision } from '../../core/profile-revision.ts';
import type { ClientProfile } from '../../core/profile.ts';
import {
  capProblems,
  checkSteps,
  exportProfiles,
  readProfilesFile,
  settleProfilesFile,
  settleSteps,
} from '../../core/profiles-file.ts';
import { holidayChoiceProblem } from '../holidays/holiday-dates.ts';
import { defineHandler } from './define.ts';
import { ok, refused } from '../../messaging/result.ts';

export const exportProfilesFile = defineHandler('profiles/export', {
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
 * Runs a step-wise check (a generator from profiles-file.ts), handing control back every
 * CHECK_SLICE_MS: a 5 MB file takes a few hundred milliseconds to check, and the worker must go
 * on answering the composes meanwhile (DESIGN §6: "no guard/check waits behind it").
 */
async function inSlices<T>(steps: Generator<unknown, T>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (performance.now() - sliceStart >= CHECK_SLICE_MS) {
      await letOthersRun();
      sliceStart = performance.now();
    }
  }
}

/**
 * True when `a` and `b` hold the same profiles at the same revisions: every write through the
 * worker moves a profile's revision on, so nothing in them changed in between.
 */
function sameRevisions(a: readonly ClientProfile[], b: readonly ClientProfile[]): boolean {
  if (a.length !== b.length) return false;
  const before = new Map(b.map((p) => [p.id, p.revision]));
  return a.every((p) => before.has(p.id) && before.get(p.id) === p.revision);
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
export const importProfilesFile = defineHandler('profiles/import', {
  failure: 'Could not import the profiles',
  run: async ({ text, apply }, { profiles, refreshGuards }) => {
    const read = readProfilesFile(text);
    if (!read.ok) return refused(REFUSED_FILE, capProblems(read.problems));
    // Holiday codes are checked here: the page's own preview cannot (the library is worker-only).
    const checked = await inSlices(checkSteps(read, holidayChoiceProblem));

    // Settled against the stored profiles outside the write first: a refused file never opens
    // one, and a file whose stored profiles have not moved on since is not settled twice.
    const listed = (await profiles.list()).profiles;
    const outside = await inSlices(settleSteps(read, checked, listed));
    if (!apply || !outside.ok) {
      return outside.ok ? ok({ ...outside.preview, applied: false }) : refused(REFUSED_FILE, outside.problems);
    }
    const answer = await profiles.update((current) => {
      const parsed = sameRevisions(current.profiles, listed)
        ? outside
        : settleProfilesFile(read, checked, current.profiles);
      if (!parsed.ok) return { write: [], value: refused(REFUSED_FILE, parsed.problems) };
      const stored = new Map(current.profiles.map((p) => [p.id, p]));
      const write = parsed.profiles.map((p) => nextRevision(p, stored.get(p.id)));
      return { write, value: ok({ ...parsed.preview, applied: true }) };
    });
    if (answer.ok) await refreshGuards(); // open composes re-check with the imported hours
    return answer;
  },
});
