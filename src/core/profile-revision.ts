/**
 * Revisions of stored profiles (issue 13 C14): two options pages editing the same client must
 * not overwrite each other silently, and a save from a page that still shows a deleted client
 * must not bring it back.
 *
 * The worker gives every profile it writes the next revision (1, 2, …). A save names the
 * revision it was edited from: none for a new client, the listed one otherwise (profiles stored
 * before revisions existed are listed as revision 0). A save is refused — with a problem at
 * `revision` that the editor offers to "Reload" — when that revision is no longer the stored
 * one. Imports are the user's explicit choice to replace, so they take the next revision
 * without comparing.
 */
import type { Problem } from './problem.ts';
import type { ClientProfile } from './profile.ts';
import { clip } from './profile-validation.ts';

/** The path of the problem a stale save is refused with: the editor offers "Reload" for it. */
export const REVISION_PATH = 'revision';

/** The revision a stored profile is at; 0 for one stored before revisions existed. */
export function storedRevision(profile: ClientProfile): number {
  return profile.revision ?? 0;
}

/** `stored` as it is written next: one revision on. */
export function nextRevision(profile: ClientProfile, stored: ClientProfile | undefined): ClientProfile {
  return { ...profile, revision: stored === undefined ? 1 : storedRevision(stored) + 1 };
}

/** The listing's view of a stored profile: always with its revision (0 for older records). */
export function withRevision(profile: ClientProfile): ClientProfile {
  return profile.revision === undefined ? { ...profile, revision: 0 } : profile;
}

const named = (p: ClientProfile) => {
  const name = clip(p.name.trim());
  return name === '' ? 'This client' : `“${name}”`;
};

/**
 * Why saving `incoming` over `stored` (undefined: no such profile is stored) would overwrite
 * or undo someone else's change, or null when the save is based on what is stored.
 */
export function staleSave(incoming: ClientProfile, stored: ClientProfile | undefined): Problem | null {
  const base = incoming.revision;
  if (stored === undefined) {
    if (base === undefined) return null; // a new client
    return {
      path: REVISION_PATH,
      message: `${named(incoming)} was deleted in another window after you opened it, so it was not saved. Reload to see your clients as they are now.`,
    };
  }
  if (base === storedRevision(stored)) return null;
  return {
    path: REVISION_PATH,
    message:
      base === undefined
        ? `${named(stored)} was already saved, perhaps from another window, so this copy was not saved. Reload to see the saved version.`
        : `${named(stored)} was changed in another window after you opened it, so your changes were not saved. Reload to see the current version, then make your changes again.`,
  };
}

/** True when a refusal is a stale save: the page should offer to reload. */
export function isStaleSave(problems: readonly Problem[] | undefined): boolean {
  return problems?.some((p) => p.path === REVISION_PATH) ?? false;
}
