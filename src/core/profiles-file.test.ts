import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClientProfile } from './profile.ts';
import { profileRef } from './profile.ts';
import {
  changedFields,
  checkFileProfile,
  checkSteps,
  exportProfiles,
  jsonErrorOffset,
  parseProfilesFile,
  readProfilesFile,
  settleProfilesFile,
} from './profiles-file.ts';
import { NO_HOURS, profile, win } from './testing/profile-fixture.ts';
import { runToEnd } from './profile-validation.ts';

const acme = profile({ id: 'acme', name: 'Acme', timeZone: 'America/New_York', match: ['acme.com'] });
const beta = profile({
  id: 'beta',
  name: 'Beta Ltd',
  timeZone: 'Europe/London',
  match: ['jane@acme.com', 'beta.co.uk'],
});
const gamma = profile({ id: 'gamma', name: 'Gamma', timeZone: 'UTC', match: ['gamma.org'] });

const wrapper = (profiles: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'red-cup-profiles',
    version: 1,
    exportedAt: '2026-11-22T12:00:00.000Z',
    profiles,
    ...extra,
  });

function problemsOf(text: string, existing: readonly ClientProfile[] = []) {
  const result = parseProfilesFile(text, existing);
  return result.ok ? [] : result.problems;
}

describe('exportProfiles', () => {
  it('writes the wrapper, pretty-printed, named after the local date', () => {
    const now = new Date(2026, 10, 22, 12, 30);
    const { fileName, json } = exportProfiles([acme, beta], now);
    expect(fileName).toBe('red-cup-profiles-2026-11-22.json');
    expect(JSON.parse(json)).toEqual({
      format: 'red-cup-profiles',
      version: 2,
      exportedAt: now.toISOString(),
      profiles: [acme, beta],
    });
    expect(json).toContain('\n  "format": "red-cup-profiles",\n');
  });

  it('round-trips: its own file imports as unchanged', () => {
    const { json } = exportProfiles([acme, beta], new Date());
    const result = parseProfilesFile(json, [acme, beta]);
    expect(result).toEqual({
      ok: true,
      profiles: [],
      preview: { added: [], changed: [], unchanged: [profileRef(acme), profileRef(beta)], applied: false },
    });
  });
});

describe('parseProfilesFile: accepted forms', () => {
  it.each([
    ['the export wrapper', wrapper([acme, gamma])],
    ['a bare list of profiles', JSON.stringify([acme, gamma])],
    ['a wrapper with a byte-order mark', `\uFEFF${wrapper([acme, gamma])}`],
  ])('reads %s', (_label, text) => {
    expect(parseProfilesFile(text, [])).toEqual({
      ok: true,
      profiles: [acme, gamma],
      preview: { added: [profileRef(acme), profileRef(gamma)], changed: [], unchanged: [], applied: false },
    });
  });

  it('reads a single profile object (the end-to-end example)', () => {
    const text = readFileSync(new URL('../../e2e/support/example-profile.json', import.meta.url), 'utf8');
    const result = parseProfilesFile(text, []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profiles.map((p) => p.id)).toEqual(['example-acme']);
    expect(result.profiles[0]).toEqual(JSON.parse(text));
    expect(result.preview.added.map((p) => p.name)).toEqual(['Acme Corp']);
  });
});

describe('parseProfilesFile: preview', () => {
  it('sorts the file into added, changed (with the fields) and unchanged, and writes only what differs', () => {
    const renamedAcme = { ...acme, name: 'Acme Inc', hours: { ...NO_HOURS, mon: [win('09:00', '17:00')] } };
    const betaNewPromise = {
      ...beta,
      promise: {
        regular: { kind: 'within-hours' as const, hours: 24 },
        afterHours: { kind: 'same-business-day' as const },
      },
    };
    const result = parseProfilesFile(wrapper([renamedAcme, betaNewPromise, gamma]), [acme, beta, gamma]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview).toEqual({
      added: [],
      changed: [
        { profile: profileRef(renamedAcme), fields: ['name', 'hours'] },
        { profile: profileRef(betaNewPromise), fields: ['promise'] },
      ],
      unchanged: [profileRef(gamma)],
      applied: false,
    });
    expect(result.profiles).toEqual([renamedAcme, betaNewPromise]);
  });

  it('never deletes: stored profiles missing from the file are not mentioned', () => {
    const result = parseProfilesFile(wrapper([gamma]), [acme, beta]);
    expect(result.ok && result.preview).toEqual({
      added: [profileRef(gamma)],
      changed: [],
      unchanged: [],
      applied: false,
    });
  });

  it('compares deeply, ignoring dropped unknown keys and key order', () => {
    const reordered: unknown = { extra: true, ...Object.fromEntries(Object.entries(acme).reverse()) };
    const result = parseProfilesFile(JSON.stringify([reordered]), [acme]);
    expect(result.ok && result.preview.unchanged).toEqual([profileRef(acme)]);
  });

  it.each([
    ['nothing', acme, []],
    ['the colour', { ...acme, color: '#000000' }, ['color']],
    ['one match entry', { ...acme, match: ['acme.com', 'acme.org'] }, ['match']],
    ['an overnight flag', { ...acme, hours: { ...acme.hours, mon: [win('08:00', '18:00', true)] } }, ['hours']],
    [
      'time off and notes',
      { ...acme, timeOff: [{ start: '2026-12-24', end: '2026-12-26' }], notes: 'x' },
      ['timeOff', 'notes'],
    ],
  ])('changedFields finds %s', (_label, incoming, fields) => {
    expect(changedFields(acme, incoming as ClientProfile)).toEqual(fields);
  });
});

describe('parseProfilesFile: refused files', () => {
  const cases: [string, string, readonly ClientProfile[], { path: string; message: string }[]][] = [
    ['an empty file', '', [], [{ path: '', message: 'The file is empty.' }]],
    ['a file of blanks', ' \n\t', [], [{ path: '', message: 'The file is empty.' }]],
    [
      'not JSON',
      '{\n  "format": "red-cup-profiles",\n  version: 1\n}',
      [],
      [{ path: '', message: 'The file is not JSON: unexpected "v" at line 3, column 3.' }],
    ],
    [
      'JSON cut short',
      '{"profiles": [',
      [],
      [{ path: '', message: 'The file is not JSON: it ends too early, at line 1, column 15. Was it cut short?' }],
    ],
    [
      'a CSV file',
      'name,time zone\nAcme,UTC\n',
      [],
      [{ path: '', message: 'The file is not JSON: unexpected "a" at line 1, column 2.' }],
    ],
    [
      'some other JSON object',
      '{"hello": "world"}',
      [],
      [
        {
          path: '',
          message:
            'This is not a Red Cup profiles file: expected an export from Red Cup, a list of profiles or one profile.',
        },
      ],
    ],
    [
      'a JSON number',
      '42',
      [],
      [{ path: '', message: 'This is not a Red Cup profiles file: it holds a number, not profiles.' }],
    ],
    [
      'a JSON string',
      '"acme"',
      [],
      [{ path: '', message: 'This is not a Red Cup profiles file: it holds text, not profiles.' }],
    ],
    [
      'another program’s export',
      wrapper([acme], { format: 'boundaries-app' }),
      [],
      [
        {
          path: 'format',
          message: 'This is not a Red Cup profiles file: its format is "boundaries-app", not "red-cup-profiles".',
        },
      ],
    ],
    [
      'a newer version',
      wrapper([acme], { version: 3 }),
      [],
      [
        {
          path: 'version',
          message:
            'This file was made by a newer Red Cup (file version 3; this one reads version 2). Update Red Cup, then import the file again.',
        },
      ],
    ],
    [
      'an unknown version',
      wrapper([acme], { version: '1' }),
      [],
      [{ path: 'version', message: 'The file\'s version "1" is not one Red Cup knows (expected 2).' }],
    ],
    [
      'a wrapper with every part wrong',
      JSON.stringify({ profiles: {} }),
      [],
      [
        {
          path: 'format',
          message: 'This is not a Red Cup profiles file: it does not say "format": "red-cup-profiles".',
        },
        { path: 'version', message: 'The file does not say which version it is (expected "version": 2).' },
        { path: 'profiles', message: 'The file\'s "profiles" should be a list of profiles, but it is an object.' },
      ],
    ],
    ['no profiles', wrapper([]), [], [{ path: 'profiles', message: 'The file holds no profiles.' }]],
    [
      'an unknown time zone',
      wrapper([acme, { ...gamma, timeZone: 'Mars/Olympus' }]),
      [],
      [
        {
          path: 'profiles[1].timeZone',
          message: 'Profile 2 (Gamma), time zone: "Mars/Olympus" is not a known time zone.',
        },
      ],
    ],
    [
      'a window that ends before it starts',
      wrapper([{ ...acme, hours: { ...NO_HOURS, mon: [win('18:00', '08:00')] } }]),
      [],
      [
        {
          path: 'profiles[0].hours.mon[0].end',
          message:
            'Profile 1 (Acme), Monday window 1: ends (08:00) before it starts (18:00). Tick "ends next day" if it runs past midnight.',
        },
      ],
    ],
    [
      'a single profile with a problem',
      JSON.stringify({ ...acme, color: 'red' }),
      [],
      [{ path: 'profiles[0].color', message: 'Acme, colour: expected a colour like #d62828, got "red".' }],
    ],
    [
      'a list holding a non-profile',
      JSON.stringify([acme, 3]),
      [],
      [{ path: 'profiles[1]', message: 'Profile 2: expected a profile (an object), got 3.' }],
    ],
    [
      'an id used twice',
      wrapper([acme, gamma, { ...beta, id: 'acme' }]),
      [],
      [
        {
          path: 'profiles[2].id',
          message:
            'Profile 3 (Beta Ltd), id: "acme" is also the id of profile 1 (Acme); each profile needs its own id.',
        },
      ],
    ],
    [
      'an address claimed by two clients in the file',
      wrapper([acme, { ...gamma, match: ['gamma.org', 'ACME.com'] }]),
      [],
      [
        {
          path: 'profiles[1].match[1]',
          message:
            'Profile 2 (Gamma), addresses and domains: "ACME.com" is already claimed by profile 1 (Acme) in this file.',
        },
      ],
    ],
    [
      'an address a stored client (not in the file) claims',
      wrapper([{ ...gamma, match: ['jane+news@acme.com'] }]),
      [acme, beta],
      [
        {
          path: 'profiles[0].match[0]',
          message:
            'Profile 1 (Gamma), addresses and domains: "jane+news@acme.com" is already claimed by Beta Ltd, a client already stored here (as "jane@acme.com").',
        },
      ],
    ],
  ];

  it.each(cases)('refuses %s, saying why', (_label, text, existing, problems) => {
    expect(parseProfilesFile(text, existing)).toEqual({ ok: false, problems });
  });

  it('reports every problem of every profile at once', () => {
    const text = wrapper([
      { ...acme, timeZone: 'Mars/Olympus', hours: { ...NO_HOURS, mon: [win('18:00', '08:00')] } },
      { ...gamma, id: 'acme', match: ['acme.com'] },
      { ...beta, sendLater: { offsetMinutes: -5, randomWithinMinutes: 0 } },
    ]);
    expect(problemsOf(text).map((p) => p.path)).toEqual([
      'profiles[0].timeZone',
      'profiles[0].hours.mon[0].end',
      'profiles[2].sendLater.offsetMinutes',
      'profiles[1].id',
      'profiles[1].match[0]',
    ]);
  });

  it('lets a file profile take over an entry from the stored profile it replaces', () => {
    const movedEntry = { ...gamma, match: ['beta.co.uk'] };
    const betaWithout = { ...beta, match: ['jane@acme.com'] };
    const result = parseProfilesFile(wrapper([movedEntry, betaWithout]), [beta]);
    expect(result.ok).toBe(true);
    // But not from a stored profile the file leaves alone.
    expect(problemsOf(wrapper([movedEntry]), [beta]).map((p) => p.path)).toEqual(['profiles[0].match[0]']);
  });

  it('does not blame the file for two stored profiles that already share an entry', () => {
    const old = profile({ id: 'old', name: 'Old', timeZone: 'UTC', match: ['acme.com'] });
    expect(parseProfilesFile(wrapper([gamma]), [acme, old]).ok).toBe(true);
  });

  it('allows a domain in one profile and an address inside it in another', () => {
    expect(parseProfilesFile(wrapper([acme, { ...gamma, match: ['boss@acme.com'] }]), []).ok).toBe(true);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{}', null],
    ['[1, -2.5e+3, "a\\u00e9\\n", true, false, null, {"k": []}]', null],
    [' {"a": 1} ', null],
    ['{"a": 1,}', 8],
    ['[1 2]', 3],
    ['{"a": 01}', 7],
    ["{'a': 1}", 1],
    ['"tab\there"', 4],
    ['"bad \\x escape"', 6],
    ['[1, 2', 5],
    ['{"a": 1} x', 9],
    ['tru', 3],
  ])('%j → %s', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    let parses = true;
    try {
      JSON.parse(text);
    } catch {
      parses = false;
    }
    expect(parses).toBe(offset === null);
  });
});

describe('parseProfilesFile: hostile files are refused with a list, never a throw (issue 13 C11, C12)', () => {
  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  const messages = (text: string, existing: readonly ClientProfile[] = []) =>
    problemsOf(text, existing).map((p) => p.message);

  it('a "format" nested 10,000 deep (a 20 KB file)', () => {
    const text = JSON.stringify({ format: 'X', version: 1, profiles: [] }).replace('"X"', deep(10_000));
    expect(text.length).toBeGreaterThan(20_000);
    expect(messages(text)).toEqual([
      'This is not a Red Cup profiles file: its format is a list, not "red-cup-profiles".',
    ]);
  });

  it('a "version" nested 10,000 deep', () => {
    const text = wrapper([acme]).replace('"version":1', `"version":${deep(10_000)}`);
    expect(messages(text)).toEqual(["The file's version is a list, not a version Red Cup knows (expected 2)."]);
  });

  it('a profile nested 10,000 deep, and a cut-off one', () => {
    expect(messages(`[${deep(10_000)}]`)).toEqual(['Profile 1: expected a profile (an object), got a list.']);
    expect(messages(`[${'['.repeat(10_000)}`)[0]).toMatch(/^The file is not JSON: it ends too early/);
  });

  it('more than 100,000 problems in one profile: the limit first, then 50 problems and how many more', () => {
    const text = JSON.stringify([{ ...acme, name: 'Acme Corp', match: Array.from({ length: 150_000 }, () => 'x') }]);
    const listed = messages(text);
    expect(listed).toHaveLength(51);
    expect(listed[0]).toBe('Profile 1 (Acme Corp) has 150,000 addresses and domains; at most 2,000 are allowed.');
    expect(listed[1]).toBe('Profile 1 (Acme Corp), addresses and domains: "x" is not an e-mail address or a domain.');
    expect(listed[50]).toBe('… and 1,951 more problems.');
  });

  it('12,000 things that are not profiles: 50 listed, "… and 11,950 more problems."', () => {
    const listed = messages(JSON.stringify(Array.from({ length: 12_000 }, () => 1)));
    expect(listed).toHaveLength(51);
    expect(listed[0]).toBe('Profile 1: expected a profile (an object), got 1.');
    expect(listed[50]).toBe('… and 11,950 more problems.');
  });

  it('a profile with 100,000 windows on Monday names the limit', () => {
    const monday = Array.from({ length: 100_000 }, () => win('09:00', '17:00'));
    const text = JSON.stringify({ ...acme, name: 'Acme Corp', hours: { ...acme.hours, mon: monday } });
    expect(messages(text)[0]).toBe('Acme Corp has 100,000 windows on Monday; at most 12 are allowed.');
  });

  it('a file over 5 MB, before it is read', () => {
    const text = JSON.stringify([{ ...acme, notes: 'n'.repeat(5_000_001) }]);
    expect(text.length).toBeLessThan(5_010_000);
    expect(messages(text)).toEqual(['The file is 5.01 MB; a profiles file may be at most 5 MB.']);
    expect(parseProfilesFile('[]', [], 6_000_000)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'The file is 6 MB; a profiles file may be at most 5 MB.' }],
    });
  });

  it('never quotes more than 40 characters of what it found', () => {
    const long = 'q'.repeat(200_000);
    const text = wrapper([
      { ...acme, id: long, name: long, match: [long], timeZone: long },
      { ...beta, id: long, name: long },
    ]).replace('"red-cup-profiles"', JSON.stringify(long));
    const listed = messages(text);
    expect(listed.length).toBeGreaterThan(0);
    for (const m of listed) expect(m.length, m.slice(0, 80)).toBeLessThan(300);
    const wrongFormat = messages(wrapper([acme], { format: long }));
    expect(wrongFormat).toEqual([
      `This is not a Red Cup profiles file: its format is "${'q'.repeat(40)}…", not "red-cup-profiles".`,
    ]);
  });

  it('stores time zones under their canonical name and refuses ones not every browser knows', () => {
    const result = parseProfilesFile(
      wrapper([
        { ...acme, timeZone: 'utc' },
        { ...beta, timeZone: 'europe/paris' },
      ]),
      [],
    );
    expect(result.ok && result.profiles.map((p) => p.timeZone)).toEqual(['UTC', 'Europe/Paris']);
    expect(messages(wrapper([{ ...acme, timeZone: 'US/Pacific-New' }]))).toEqual([
      'Profile 1 (Acme), time zone: "US/Pacific-New" is an old name that not every browser knows. Choose the zone by its city, e.g. "America/Los_Angeles".',
    ]);
  });

  it('the export leaves revisions out (they count saves on this machine only)', () => {
    const { json } = exportProfiles([{ ...acme, revision: 7 }], new Date());
    expect((JSON.parse(json) as { profiles: ClientProfile[] }).profiles).toEqual([acme]);
  });
});

describe('readProfilesFile, checkFileProfile, settleProfilesFile: the steps give what parseProfilesFile gives', () => {
  it.each([
    ['good', wrapper([acme, beta])],
    ['bad', wrapper([acme, { ...beta, id: 'acme' }, { ...gamma, match: ['acme.com'] }])],
  ])('%s file', (_label, text) => {
    const read = readProfilesFile(text);
    if (!read.ok) throw new Error('not read');
    const checked = read.items.map((_, i) => checkFileProfile(read, i));
    expect(settleProfilesFile(read, checked, [gamma])).toEqual(parseProfilesFile(text, [gamma]));
  });
});

describe('profiles file: the holiday choice (issue 15.3, file version 2)', () => {
  const withHolidays = profile({
    id: 'hol',
    name: 'Holly',
    timeZone: 'America/New_York',
    match: ['holly.com'],
    holidays: { country: 'US', region: 'NY', workAnyway: ['2026-11-26'] },
  });

  it('carries the choice (not the dates) and round-trips', () => {
    const { json } = exportProfiles([withHolidays], new Date('2026-11-22T12:00:00Z'));
    const file = JSON.parse(json) as { version: number; profiles: ClientProfile[] };
    expect(file.version).toBe(2);
    expect(file.profiles[0]?.holidays).toEqual({ country: 'US', region: 'NY', workAnyway: ['2026-11-26'] });
    expect(file.profiles[0]?.timeOff).toEqual([]);
    const result = parseProfilesFile(json, []);
    expect(result.ok && result.profiles[0]?.holidays).toEqual(withHolidays.holidays);
  });

  it('names a changed choice in the preview', () => {
    const changed = { ...withHolidays, holidays: { country: 'US', region: 'CA', workAnyway: [] } };
    const result = parseProfilesFile(wrapper([changed], { version: 2 }), [withHolidays]);
    expect(result.ok && result.preview.changed.map((c) => c.fields)).toEqual([['holidays']]);
  });

  it('still imports a version 1 file (before holidays): its profiles have no choice', () => {
    const old = JSON.stringify({
      format: 'red-cup-profiles',
      version: 1,
      exportedAt: '2026-01-10T12:00:00.000Z',
      profiles: [{ ...acme }],
    });
    const result = parseProfilesFile(old, []);
    expect(result.ok).toBe(true);
    expect(result.ok && result.profiles[0]?.holidays).toBeUndefined();
  });

  it('refuses an unknown country with the check the worker passes in', () => {
    const read = readProfilesFile(wrapper([{ ...withHolidays, holidays: { country: 'XX', workAnyway: [] } }]));
    if (!read.ok) throw new Error('the file should read');
    const problem = (c: { country: string }) =>
      c.country === 'XX' ? { path: 'holidays.country', message: 'Public holidays: unknown country "XX".' } : null;
    const [checked] = runToEnd(checkSteps(read, problem));
    expect(checked).toEqual({
      ok: false,
      problems: [{ path: 'holidays.country', message: 'Profile 1 (Holly), public holidays: unknown country "XX".' }],
    });
  });
});

describe('profiles file: the user’s own statement wording (issue 15.1, file version 2)', () => {
  const worded = profile({
    id: 'w',
    name: 'Wordy',
    timeZone: 'Europe/Berlin',
    match: ['wordy.com'],
    statementTemplate: 'I answer {hours}.\n{promise}',
  });

  it('carries the wording and round-trips it, line breaks included', () => {
    const { json } = exportProfiles([worded], new Date('2026-11-22T12:00:00Z'));
    const result = parseProfilesFile(json, []);
    expect(result.ok && result.profiles[0]?.statementTemplate).toBe('I answer {hours}.\n{promise}');
  });

  it('refuses a wording with an unknown placeholder, naming it', () => {
    const result = parseProfilesFile(wrapper([{ ...worded, statementTemplate: 'Hours: {hour}' }]), []);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain('{hour} is not a placeholder');
  });
});
