/**
 * The profiles hand-over file (DESIGN §2 story 9): export all profiles to JSON, import them on
 * another machine or for a colleague.
 *
 * Import is all or nothing: a bad file is refused with one problem per thing wrong, all of them
 * at once, and nothing is written. A good file adds the profiles whose id is new and replaces
 * those whose id is stored; it never deletes a stored profile that is not in the file.
 *
 * Whatever the file holds, checking it never throws and takes time in proportion to its size
 * (one pass, sorting at most): the file is at most 5 MB, every list in a profile is checked
 * against its limit before anything looks inside it, messages quote at most a few dozen
 * characters of what was found, and the list of problems is cut to MAX_LISTED_PROBLEMS.
 *
 * The check runs in three parts so the worker can hand back control between profiles:
 * `readProfilesFile`, then `checkSteps` and `settleSteps`, generators that do one profile per
 * step; `parseProfilesFile` runs them in one go, as the options page does for its preview.
 */
import type { ImportPreview } from './import-types.ts';
import type { Problem } from './problem.ts';
import { profileRef, type ClientProfile } from './profile.ts';
import { MAX_PROFILES_FILE_BYTES } from './profile-schema.ts';
import {
  clip,
  conflictText,
  matchConflictSteps,
  namePrefix,
  quote,
  runToEnd,
  show,
  validateProfile,
  type ProfileValidation,
  type ValidateProfileOptions,
} from './profile-validation.ts';

export const PROFILES_FORMAT = 'red-cup-profiles';
/**
 * 2: a profile may carry `holidays` (the public holidays it observes, issue 15.3) and
 * `statementTemplate` (the user's own wording of its statement, issue 15.1). A version 1 file
 * is read exactly as before: its profiles simply have neither.
 */
export const PROFILES_VERSION = 2;
/** Every version this Red Cup reads. */
const READABLE_VERSIONS: readonly unknown[] = [1, 2];

export interface ProfilesFile {
  format: typeof PROFILES_FORMAT;
  version: number;
  exportedAt: string;
  profiles: ClientProfile[];
}

export type ParsedProfilesFile =
  | { ok: true; profiles: ClientProfile[]; preview: Omit<ImportPreview, 'applied'> & { applied: false } }
  | { ok: false; problems: Problem[] };

const pad = (n: number) => String(n).padStart(2, '0');

/** The file as the export writes it; the file name carries the user's local date. */
export function exportProfiles(profiles: readonly ClientProfile[], now: Date): { fileName: string; json: string } {
  const file: ProfilesFile = {
    format: PROFILES_FORMAT,
    version: PROFILES_VERSION,
    exportedAt: now.toISOString(),
    // A revision counts saves on this machine only; an import elsewhere starts its own.
    profiles: profiles.map(({ revision: _revision, ...profile }) => profile),
  };
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return { fileName: `red-cup-profiles-${date}.json`, json: `${JSON.stringify(file, null, 2)}\n` };
}

// ── Not JSON: where, in lines and columns ──────────────────────────────────────────────────

class JsonStop {
  constructor(readonly at: number) {}
}

/**
 * The offset of the first character that makes `text` invalid JSON (`text.length` when it ends
 * too early), or null if it is valid. Engines word (and place) their JSON.parse errors
 * differently, and V8 does not always give a position: this gives the same answer everywhere.
 */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const stop = (): never => {
    throw new JsonStop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) stop();
      i++;
    }
  };
  const digits = () => {
    const from = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i === from) stop();
  };
  const string = () => {
    expect('"');
    for (;;) {
      if (i >= text.length) stop();
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch < ' ') stop();
      if (ch === '\\') {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          i++;
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) stop();
            i++;
          }
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i++;
        else stop();
      } else i++;
    }
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        expect(':');
        value();
        space();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    }
    if (ch === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return expect('true');
    if (ch === 'f') return expect('false');
    if (ch === 'n') return expect('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
      if (text[i] === '-') i++;
      if (text[i] === '0') i++;
      else digits();
      if (text[i] === '.') {
        i++;
        digits();
      }
      if (text[i] === 'e' || text[i] === 'E') {
        i++;
        if (text[i] === '+' || text[i] === '-') i++;
        digits();
      }
      return;
    }
    stop();
  };
  try {
    value();
    space();
    return i < text.length ? i : null;
  } catch (e) {
    if (e instanceof JsonStop) return e.at;
    return null; // nested too deep to scan: let the engine's message speak
  }
}

function notJson(text: string, error: unknown): string {
  const at = jsonErrorOffset(text);
  if (at === null) return `The file is not JSON: ${clip(error instanceof Error ? error.message : String(error), 200)}.`;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  if (at >= text.length)
    return `The file is not JSON: it ends too early, at line ${line}, column ${column}. Was it cut short?`;
  return `The file is not JSON: unexpected ${JSON.stringify(text[at])} at line ${line}, column ${column}.`;
}

// ── The shape around the profiles ──────────────────────────────────────────────────────────

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const PROFILE_KEYS = ['id', 'name', 'match', 'timeZone', 'hours'];
const WRAPPER_KEYS = ['format', 'version', 'profiles', 'exportedAt'];
const NOT_OURS = 'This is not a Red Cup profiles file';

type Items = { ok: true; items: unknown[]; single: boolean } | { ok: false; problems: Problem[] };

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'text';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The profiles in the file, whichever of the three accepted forms it has. */
function itemsOf(data: unknown): Items {
  if (Array.isArray(data)) return { ok: true, items: data, single: false };
  if (!isRecord(data)) {
    return {
      ok: false,
      problems: [{ path: '', message: `${NOT_OURS}: it holds ${describe(data)}, not profiles.` }],
    };
  }
  if (!WRAPPER_KEYS.some((k) => k in data)) {
    if (PROFILE_KEYS.some((k) => k in data)) return { ok: true, items: [data], single: true };
    return {
      ok: false,
      problems: [
        { path: '', message: `${NOT_OURS}: expected an export from Red Cup, a list of profiles or one profile.` },
      ],
    };
  }
  const problems: Problem[] = [];
  if (data.format !== PROFILES_FORMAT) {
    problems.push({
      path: 'format',
      message:
        data.format === undefined
          ? `${NOT_OURS}: it does not say "format": "${PROFILES_FORMAT}".`
          : `${NOT_OURS}: its format is ${show(data.format)}, not "${PROFILES_FORMAT}".`,
    });
  }
  const version = data.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROFILES_VERSION) {
    problems.push({
      path: 'version',
      message: `This file was made by a newer Red Cup (file version ${version}; this one reads version ${PROFILES_VERSION}). Update Red Cup, then import the file again.`,
    });
  } else if (!READABLE_VERSIONS.includes(version)) {
    problems.push({
      path: 'version',
      message:
        version === undefined
          ? `The file does not say which version it is (expected "version": ${PROFILES_VERSION}).`
          : typeof version === 'object' && version !== null
            ? `The file's version is ${describe(version)}, not a version Red Cup knows (expected ${PROFILES_VERSION}).`
            : `The file's version ${show(version)} is not one Red Cup knows (expected ${PROFILES_VERSION}).`,
    });
  }
  if (!Array.isArray(data.profiles)) {
    problems.push({
      path: 'profiles',
      message:
        data.profiles === undefined
          ? 'The file has no "profiles" list.'
          : `The file's "profiles" should be a list of profiles, but it is ${describe(data.profiles)}.`,
    });
  }
  if (problems.length > 0 || !Array.isArray(data.profiles)) return { ok: false, problems };
  return { ok: true, items: data.profiles, single: false };
}

// ── Comparing with what is stored ──────────────────────────────────────────────────────────

/** Deep equality of plain data; a key whose value is undefined counts as absent. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!same(a[key], b[key])) return false;
  return true;
}

const COMPARED_FIELDS = [
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
  'statementTemplate',
] as const;

/** The top-level fields that differ between the stored profile and the file's. */
export function changedFields(stored: ClientProfile, incoming: ClientProfile): string[] {
  return COMPARED_FIELDS.filter((field) => !same(stored[field], incoming[field]));
}

// ── Parsing ────────────────────────────────────────────────────────────────────────────────

/** A refusal lists at most this many problems, then says how many more there are. */
export const MAX_LISTED_PROBLEMS = 50;

/** The first MAX_LISTED_PROBLEMS problems, and one more line "… and 11,950 more problems." */
export function capProblems(problems: readonly Problem[], max = MAX_LISTED_PROBLEMS): Problem[] {
  if (problems.length <= max) return [...problems];
  const more = problems.length - max;
  return [
    ...problems.slice(0, max),
    { path: '', message: `… and ${more.toLocaleString('en-US')} more ${more === 1 ? 'problem' : 'problems'}.` },
  ];
}

const refuse = (problems: readonly Problem[]): ParsedProfilesFile => ({ ok: false, problems: capProblems(problems) });

const rawName = (item: unknown): string =>
  isRecord(item) && typeof item.name === 'string' ? clip(item.name.trim()) : '';

/** A file read as far as its list of profiles, not yet checked. */
export interface FileProfiles {
  items: unknown[];
  /** The file is one bare profile: messages use its name instead of "Profile 1 (…)". */
  single: boolean;
}

export type ReadProfilesFile = ({ ok: true } & FileProfiles) | { ok: false; problems: Problem[] };

/** Megabytes, rounded up to 0.01 MB: a file just over the limit must not read as "5 MB". */
const mb = (bytes: number) =>
  `${(Math.ceil(bytes / 10_000) / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} MB`;

/**
 * Step 1: the file's size, JSON and wrapper, up to its list of profiles. `size` is the file's
 * size in bytes when the caller knows it (a `File`); otherwise the text's length stands in.
 */
export function readProfilesFile(text: string, size = text.length): ReadProfilesFile {
  if (size > MAX_PROFILES_FILE_BYTES) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `The file is ${mb(size)}; a profiles file may be at most ${mb(MAX_PROFILES_FILE_BYTES)}.`,
        },
      ],
    };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problems: [{ path: '', message: 'The file is empty.' }] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: notJson(body, error) }] };
  }
  const read = itemsOf(data);
  if (!read.ok) return read;
  if (read.items.length === 0)
    return { ok: false, problems: [{ path: 'profiles', message: 'The file holds no profiles.' }] };
  return read;
}

/** "Profile 2 (Acme)" — or, for a file of one profile, just its name. */
// Mid-sentence references say "profile 2 (Globex)": only the word is lower-cased, never the name.
function title(file: FileProfiles, i: number, word = 'Profile'): string {
  const name = rawName(file.items[i]);
  return `${word} ${i + 1}${name === '' ? '' : ` (${name})`}`;
}

const prefixOf = (file: FileProfiles, i: number) => (file.single ? namePrefix(file.items[i]) : `${title(file, i)}, `);

/** Part 2, once per profile: the profile's own checks (nothing across profiles yet). */
export function checkFileProfile(
  file: FileProfiles,
  i: number,
  holidayProblem?: ValidateProfileOptions['holidayProblem'],
): ProfileValidation {
  return validateProfile(file.items[i], [], {
    prefix: prefixOf(file, i),
    ...(holidayProblem === undefined ? {} : { holidayProblem }),
  });
}

/** Part 2 for the whole file, one profile per step; returns `checkFileProfile` of each. */
export function* checkSteps(
  file: FileProfiles,
  holidayProblem?: ValidateProfileOptions['holidayProblem'],
): Generator<void, ProfileValidation[]> {
  const checked: ProfileValidation[] = [];
  for (let i = 0; i < file.items.length; i++) {
    checked.push(checkFileProfile(file, i, holidayProblem));
    yield;
  }
  return checked;
}

/**
 * Part 3: the checks across profiles (an id used twice, an address claimed twice, in the file
 * or by a stored profile it does not replace) and the preview against `existing`. `checked[i]`
 * is `checkFileProfile(file, i)`. Linear in the file's size (maps, no nested loops).
 */
export function settleProfilesFile(
  file: FileProfiles,
  checked: readonly ProfileValidation[],
  existing: readonly ClientProfile[],
): ParsedProfilesFile {
  return runToEnd(settleSteps(file, checked, existing));
}

/** `settleProfilesFile`, a profile (or stored profile) per step. */
export function* settleSteps(
  file: FileProfiles,
  checked: readonly ProfileValidation[],
  existing: readonly ClientProfile[],
): Generator<void, ParsedProfilesFile> {
  const { items } = file;
  const at = (i: number, path: string) => `profiles[${i}]${path === '' ? '' : `.${path}`}`;
  const sayAt = (i: number, text: string) => {
    const p = prefixOf(file, i);
    return p === '' ? text.charAt(0).toUpperCase() + text.slice(1) : `${p}${text}`;
  };

  const problems: Problem[] = [];
  const valid: ClientProfile[] = [];
  checked.forEach((result, i) => {
    if (result.ok) valid.push(result.profile);
    // One by one: a spread of a very long list into push() overflows the stack.
    else for (const p of result.problems) problems.push({ path: at(i, p.path), message: p.message });
  });

  const firstWithId = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') return;
    const first = firstWithId.get(item.id);
    if (first === undefined) firstWithId.set(item.id, i);
    else {
      problems.push({
        path: at(i, 'id'),
        message: sayAt(
          i,
          `id: ${quote(item.id)} is also the id of ${title(file, first, 'profile')}; each profile needs its own id.`,
        ),
      });
    }
  });

  // Stored profiles the file does not replace, then the file's: a claim is reported at the
  // file profile that makes it (the later one).
  const kept = existing.filter((p) => !firstWithId.has(p.id));
  const fileMatches = items.map((item) =>
    isRecord(item) && Array.isArray(item.match) ? item.match.map((m: unknown) => (typeof m === 'string' ? m : '')) : [],
  );
  const merged = [...kept.map((p) => ({ match: p.match })), ...fileMatches.map((match) => ({ match }))];
  const typedAt = (index: number, entry: number) => (merged[index]?.match[entry] ?? '').trim();
  const conflicts = yield* matchConflictSteps(merged);
  for (const { first, second } of conflicts) {
    if (second.index < kept.length) continue; // two stored profiles: not this file's doing
    const i = second.index - kept.length;
    const owner =
      first.index < kept.length
        ? `${clip(kept[first.index]!.name.trim()) || 'an unnamed client'}, a client already stored here`
        : `${title(file, first.index - kept.length, 'profile')} in this file`;
    problems.push({
      path: at(i, `match[${second.entry}]`),
      message: sayAt(
        i,
        `addresses and domains: ${conflictText(typedAt(second.index, second.entry), typedAt(first.index, first.entry), owner)}.`,
      ),
    });
  }

  if (problems.length > 0) return refuse(problems);

  const stored = new Map(existing.map((p) => [p.id, p]));
  const preview: ParsedProfilesFile & { ok: true } = {
    ok: true,
    profiles: [],
    preview: { added: [], changed: [], unchanged: [], applied: false },
  };
  for (const profile of valid) {
    const before = stored.get(profile.id);
    if (before === undefined) {
      preview.preview.added.push(profileRef(profile));
      preview.profiles.push(profile);
      continue;
    }
    const fields = changedFields(before, profile);
    if (fields.length === 0) preview.preview.unchanged.push(profileRef(profile));
    else {
      preview.preview.changed.push({ profile: profileRef(profile), fields });
      preview.profiles.push(profile);
    }
    yield;
  }
  return preview;
}

/**
 * Reads a profiles file against the stored profiles. Accepts the export file, a bare list of
 * profiles, or one profile object. `profiles` are the ones to write (added and changed); the
 * preview says what the import would do. Refused, with every problem (at most
 * MAX_LISTED_PROBLEMS listed): larger than 5 MB, not JSON, an empty file, the wrong shape or a
 * newer file version, any invalid profile, an id used twice in the file, an address or domain
 * claimed by two profiles of the file or by a file profile and a stored one the file does not
 * replace.
 */
export function parseProfilesFile(text: string, existing: readonly ClientProfile[], size?: number): ParsedProfilesFile {
  const read = readProfilesFile(text, size);
  if (!read.ok) return refuse(read.problems);
  return settleProfilesFile(read, runToEnd(checkSteps(read)), existing);
}
