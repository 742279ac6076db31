import type { ClientProfile } from '../../../core/profile.ts';
import type { Problem } from '../../../core/problem.ts';
import { validateProfile } from '../../../core/profile-validation.ts';
import { uniqueProblems } from '../../ui/problems.ts';
import { fromDraft, type Draft } from './draft.ts';

/** The order of the fields in the editor, so the summary lists problems top to bottom. */
const FIELD_ORDER = [
  'name',
  'color',
  'match',
  'timeZone',
  'hours',
  'timeOff',
  'holidays',
  'promise',
  'emergency',
  'sendLater',
  'notes',
];

function fieldRank(path: string): number {
  const top = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  const i = FIELD_ORDER.indexOf(top);
  return i < 0 ? FIELD_ORDER.length : i;
}

export interface DraftCheck {
  profile: ClientProfile;
  problems: Problem[];
}

/**
 * Everything wrong with a draft: what could not be read (times, numbers), then what the core
 * validator finds (also against the other profiles: one address claimed twice).
 */
export function checkDraft(draft: Draft, others: readonly ClientProfile[]): DraftCheck {
  const read = fromDraft(draft);
  const verdict = validateProfile(read.profile, [...others]);
  const readPaths = new Set(read.problems.map((p) => p.path));
  const found = verdict.ok ? [] : verdict.problems.filter((p) => !readPaths.has(p.path));
  const problems = uniqueProblems([...read.problems, ...found])
    .map((p, i) => ({ p, i }))
    .sort((a, b) => fieldRank(a.p.path) - fieldRank(b.p.path) || a.i - b.i)
    .map(({ p }) => p);
  const profile = verdict.ok && problems.length === 0 ? verdict.profile : read.profile;
  return { profile, problems };
}
