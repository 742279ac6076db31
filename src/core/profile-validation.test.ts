import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClientProfile } from './profile.ts';
import { DEFAULT_SETTINGS } from './profile.ts';
import {
  findMatchConflicts,
  formatPath,
  listMatchConflicts,
  validateProfile,
  validateSettings,
} from './profile-validation.ts';
import { NO_HOURS, profile, weekdays, win } from './testing/profile-fixture.ts';

const acme = profile({
  id: 'acme',
  name: 'Acme',
  timeZone: 'America/New_York',
  match: ['acme.com', 'jane@acme-partners.com'],
});
const beta = profile({
  id: 'beta',
  name: 'Beta Ltd',
  timeZone: 'Europe/London',
  match: ['jane@acme.com', 'beta.co.uk'],
});

/** Acme with some fields replaced; `undefined` removes the field. */
function acmeWith(fields: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...acme, ...fields };
  for (const [k, value] of Object.entries(fields)) if (value === undefined) delete result[k];
  return result;
}

function problemsOf(input: unknown, others: readonly ClientProfile[] = []) {
  const result = validateProfile(input, others);
  return result.ok ? [] : result.problems;
}

describe('validateProfile: one problem, at its path, in words', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['blank name', { name: '   ' }, 'name', "Name: enter the client's name."],
    [
      'statement wording with an unknown placeholder',
      { statementTemplate: 'I answer {hours}, {promis}' },
      'statementTemplate',
      'Acme, statement wording: {promis} is not a placeholder; the placeholders are {hours}, {promise}, {timeOff}, {emergency}, {channel}, {name}.',
    ],
    [
      'statement wording too long',
      { statementTemplate: 'x'.repeat(4_001) },
      'statementTemplate',
      'Acme, statement wording: expected at most 4,000 characters, got 4,001 characters.',
    ],
    ['empty id', { id: '' }, 'id', 'Acme, id: expected a non-empty id, got "".'],
    ['colour not #rrggbb', { color: 'red' }, 'color', 'Acme, colour: expected a colour like #d62828, got "red".'],
    ['short colour', { color: '#fff' }, 'color', 'Acme, colour: expected a colour like #d62828, got "#fff".'],
    [
      'match entry that is neither address nor domain',
      { match: ['acme.com', 'x.org', 'jane@'] },
      'match[2]',
      'Acme, addresses and domains: "jane@" is not an e-mail address or a domain.',
    ],
    [
      'bare word',
      { match: ['acme'] },
      'match[0]',
      'Acme, addresses and domains: "acme" is not an e-mail address or a domain.',
    ],
    ['blank match entry', { match: ['acme.com', '  '] }, 'match[1]', 'Acme, addresses and domains: entry 2 is blank.'],
    [
      'entry listed twice',
      { match: ['acme.com', 'acme.com'] },
      'match[1]',
      'Acme, addresses and domains: "acme.com" is listed twice.',
    ],
    [
      'entry listed twice in another spelling',
      { match: ['jane@acme.com', 'Jane+news@ACME.com'] },
      'match[1]',
      'Acme, addresses and domains: "Jane+news@ACME.com" is the same as "jane@acme.com", listed before.',
    ],
    [
      'match entry not text',
      { match: ['acme.com', 5] },
      'match[1]',
      'Acme, addresses and domains, entry 2: expected text, got 5.',
    ],
    [
      'match not a list',
      { match: 'acme.com' },
      'match',
      'Acme, addresses and domains: expected a list, got "acme.com".',
    ],
    [
      'unknown time zone',
      { timeZone: 'Mars/Olympus' },
      'timeZone',
      'Acme, time zone: "Mars/Olympus" is not a known time zone.',
    ],
    ['blank time zone', { timeZone: '' }, 'timeZone', 'Acme, time zone: choose a time zone.'],
    [
      'window ending before it starts',
      { hours: { ...weekdays(win('08:00', '18:00')), mon: [win('18:00', '08:00')] } },
      'hours.mon[0].end',
      'Acme, Monday window 1: ends (08:00) before it starts (18:00). Tick "ends next day" if it runs past midnight.',
    ],
    [
      'empty window',
      { hours: { ...NO_HOURS, wed: [win('09:00', '09:00')] } },
      'hours.wed[0].end',
      'Acme, Wednesday window 1: starts and ends at 09:00, so it is empty. Change the end, or tick "ends next day" for a full 24 hours.',
    ],
    [
      '"ends next day" on a window that ends after it starts',
      { hours: { ...NO_HOURS, thu: [win('08:00', '18:00', true)] } },
      'hours.thu[0].overnight',
      'Acme, Thursday window 1: "ends next day" is ticked, but it ends (18:00) after it starts (08:00) on the same day. Untick "ends next day".',
    ],
    [
      '"ends next day" ending at 24:00',
      { hours: { ...NO_HOURS, fri: [win('20:00', '24:00', true)] } },
      'hours.fri[0].overnight',
      'Acme, Friday window 1: "ends next day" is ticked, but it ends (24:00) after it starts (20:00) on the same day. Untick "ends next day".',
    ],
    [
      'overlapping windows',
      { hours: { ...NO_HOURS, tue: [win('08:00', '12:00'), win('11:00', '14:00')] } },
      'hours.tue[1]',
      'Acme, Tuesday window 2: 11:00–14:00 overlaps window 1 (08:00–12:00). Merge them or change one.',
    ],
    [
      'a window inside an overnight window of the same day',
      { hours: { ...NO_HOURS, sat: [win('22:00', '02:00', true), win('23:00', '23:30')] } },
      'hours.sat[1]',
      'Acme, Saturday window 2: 23:00–23:30 overlaps window 1 (22:00–02:00 next day). Merge them or change one.',
    ],
    [
      'a time as people type it',
      { hours: { ...NO_HOURS, mon: [{ start: '09:00', end: '5pm' }] } },
      'hours.mon[0].end',
      'Acme, weekly hours, Monday window 1, end: expected a time like 17:30 (or 24:00 for midnight), got "5pm".',
    ],
    [
      'a start of 24:00',
      { hours: { ...NO_HOURS, mon: [{ start: '24:00', end: '24:00' }] } },
      'hours.mon[0].start',
      'Acme, weekly hours, Monday window 1, start: expected a time like 09:00, got "24:00".',
    ],
    [
      'a window end missing',
      { hours: { ...NO_HOURS, sun: [{ start: '09:00' }] } },
      'hours.sun[0].end',
      'Acme, weekly hours, Sunday window 1, end is missing.',
    ],
    [
      'a weekday missing',
      { hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] } },
      'hours.sun',
      'Acme, weekly hours, Sunday is missing.',
    ],
    [
      'overnight not a boolean',
      { hours: { ...NO_HOURS, mon: [{ start: '22:00', end: '02:00', overnight: 'yes' }] } },
      'hours.mon[0].overnight',
      'Acme, weekly hours, Monday window 1, "ends next day": expected true or false, got "yes".',
    ],
    [
      'time off on a day that does not exist',
      { timeOff: [{ start: '2026-02-30', end: '2026-03-02' }] },
      'timeOff[0].start',
      'Acme, time off 1: the first day "2026-02-30" is not a real date.',
    ],
    [
      'time off ending before it starts',
      {
        timeOff: [
          { start: '2026-12-24', end: '2027-01-01' },
          { start: '2026-12-24', end: '2026-12-01' },
        ],
      },
      'timeOff[1].end',
      'Acme, time off 2: the last day (2026-12-01) is before the first day (2026-12-24).',
    ],
    [
      'time off in another date format',
      { timeOff: [{ start: '24/12/2026', end: '2026-12-26' }] },
      'timeOff[0].start',
      'Acme, time off 1, first day: expected a date like 2026-12-24, got "24/12/2026".',
    ],
    [
      'unknown promise kind',
      { promise: { regular: { kind: 'soon' } } },
      'promise.regular.kind',
      'Acme, promise, kind: expected one of "within-hours", "within-business-hours", "same-business-day", "next-business-day-by", got "soon".',
    ],
    [
      'promise of 0 hours',
      { promise: { regular: { kind: 'within-hours', hours: 0 } } },
      'promise.regular.hours',
      'Acme, promise, hours: expected more than 0 hours, got 0.',
    ],
    [
      'promise of more than 30 days',
      { promise: { regular: { kind: 'within-business-hours', hours: 721 } } },
      'promise.regular.hours',
      'Acme, promise, hours: expected at most 720 hours (30 days), got 721.',
    ],
    [
      'after-hours promise by a time that is not one',
      {
        promise: {
          regular: { kind: 'within-hours', hours: 24 },
          afterHours: { kind: 'next-business-day-by', time: '12' },
        },
      },
      'promise.afterHours.time',
      'Acme, after-hours promise, by time: expected a time like 12:00, got "12".',
    ],
    [
      'promise hours missing',
      { promise: { regular: { kind: 'within-hours' } } },
      'promise.regular.hours',
      'Acme, promise, hours is missing.',
    ],
    [
      'business-day promise without working hours',
      { hours: NO_HOURS, promise: { regular: { kind: 'same-business-day' } } },
      'promise.regular',
      'Acme, promise: the weekly hours have no working hours, so a business-day promise can never be kept. Add a window, or promise an answer within a number of hours.',
    ],
    [
      'after-hours business promise without working hours',
      {
        hours: NO_HOURS,
        promise: {
          regular: { kind: 'within-hours', hours: 24 },
          afterHours: { kind: 'next-business-day-by', time: '12:00' },
        },
      },
      'promise.afterHours',
      'Acme, after-hours promise: the weekly hours have no working hours, so a business-day promise can never be kept. Add a window, or promise an answer within a number of hours.',
    ],
    [
      'emergency keywords not a list',
      { emergency: { situations: [], keywords: 'outage', channel: '' } },
      'emergency.keywords',
      'Acme, emergency keywords: expected a list, got "outage".',
    ],
    ['emergency missing', { emergency: undefined }, 'emergency', 'Acme, emergency is missing.'],
    [
      'send-later minutes not whole',
      { sendLater: { offsetMinutes: 2.5, randomWithinMinutes: 0 } },
      'sendLater.offsetMinutes',
      'Acme, send later, minutes after window start: expected a whole number of minutes, got 2.5.',
    ],
    [
      'send-later minutes negative',
      { sendLater: { offsetMinutes: -1, randomWithinMinutes: 0 } },
      'sendLater.offsetMinutes',
      'Acme, send later, minutes after window start: expected 0 minutes or more, got -1.',
    ],
    [
      'send-later offset over a day',
      { sendLater: { offsetMinutes: 1441, randomWithinMinutes: 0 } },
      'sendLater.offsetMinutes',
      'Acme, send later, minutes after window start: expected at most 1440 minutes (a day), got 1441.',
    ],
    [
      'send-later random over 4 hours',
      { sendLater: { offsetMinutes: 0, randomWithinMinutes: 241 } },
      'sendLater.randomWithinMinutes',
      'Acme, send later, random within minutes: expected at most 240 minutes (4 hours), got 241.',
    ],
    [
      'send-later minutes not a number',
      { sendLater: { offsetMinutes: Number.NaN, randomWithinMinutes: 0 } },
      'sendLater.offsetMinutes',
      'Acme, send later, minutes after window start: expected a number, got NaN.',
    ],
    [
      'notes too long',
      { notes: 'x'.repeat(10_001) },
      'notes',
      'Acme, notes: expected at most 10,000 characters, got 10,001 characters.',
    ],
  ];

  it.each(cases)('%s', (_label, fields, path, message) => {
    expect(problemsOf(acmeWith(fields))).toEqual([{ path, message }]);
  });

  it.each([
    [5, 'Profile: expected a profile (an object), got 5.'],
    [null, 'Profile: expected a profile (an object), got null.'],
    [[acme], 'Profile: expected a profile (an object), got a list.'],
    ['acme', 'Profile: expected a profile (an object), got "acme".'],
  ])('refuses %j as a whole', (input, message) => {
    expect(problemsOf(input)).toEqual([{ path: '', message }]);
  });

  it('names the place without a prefix when the profile has no name', () => {
    expect(problemsOf(acmeWith({ name: '', timeZone: 'Mars/Olympus' }))).toEqual([
      { path: 'name', message: "Name: enter the client's name." },
      { path: 'timeZone', message: 'Time zone: "Mars/Olympus" is not a known time zone.' },
    ]);
  });

  it('uses the given prefix instead of the name', () => {
    const result = validateProfile(acmeWith({ timeZone: 'Mars/Olympus' }), [], { prefix: 'Profile 2 (Acme), ' });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'Profile 2 (Acme), time zone: "Mars/Olympus" is not a known time zone.',
    ]);
  });
});

describe('validateProfile: against the other profiles', () => {
  it('refuses an entry another client already claims, in any spelling', () => {
    expect(problemsOf(acmeWith({ match: ['acme.com', 'jane@acme.com'] }), [beta])).toEqual([
      { path: 'match[1]', message: 'Acme, addresses and domains: "jane@acme.com" is already claimed by Beta Ltd.' },
    ]);
    expect(problemsOf(acmeWith({ match: ['Jane+x@ACME.com'] }), [beta])).toEqual([
      {
        path: 'match[0]',
        message: 'Acme, addresses and domains: "Jane+x@ACME.com" is already claimed by Beta Ltd (as "jane@acme.com").',
      },
    ]);
    expect(problemsOf(acmeWith({ match: ['@Beta.co.uk'] }), [beta])).toHaveLength(1);
  });

  it('allows a domain in one profile and an address inside it in another (the exact address wins)', () => {
    expect(problemsOf(acme, [beta])).toEqual([]);
    expect(problemsOf(acmeWith({ match: ['sales@beta.co.uk'] }), [beta])).toEqual([]);
  });

  it('ignores the stored version of the profile being saved (same id)', () => {
    expect(problemsOf(acme, [acme, beta])).toEqual([]);
  });
});

describe('validateProfile: accepts', () => {
  const accepted: [string, Record<string, unknown>][] = [
    ['the fixture profile', {}],
    ['a profile without addresses ("Everyone else")', { name: 'Everyone else', match: [] }],
    ['an overnight window', { hours: { ...NO_HOURS, fri: [win('22:00', '02:00', true)] } }],
    ['an overnight window of 24 hours', { hours: { ...NO_HOURS, fri: [win('09:00', '09:00', true)] } }],
    ['an overnight window ending at midnight', { hours: { ...NO_HOURS, fri: [win('22:00', '00:00', true)] } }],
    ['a window ending at 24:00', { hours: { ...NO_HOURS, mon: [win('18:00', '24:00')] } }],
    ['windows that touch', { hours: { ...NO_HOURS, mon: [win('08:00', '12:00'), win('12:00', '17:00')] } }],
    [
      'an overnight window running into the next day’s early window',
      { hours: { ...NO_HOURS, mon: [win('22:00', '02:00', true)], tue: [win('01:00', '05:00')] } },
    ],
    ['overnight: false', { hours: { ...NO_HOURS, mon: [{ start: '08:00', end: '18:00', overnight: false }] } }],
    ['one day of time off', { timeOff: [{ start: '2028-02-29', end: '2028-02-29', label: 'Leap day' }] }],
    [
      'a business promise with working hours',
      {
        promise: { regular: { kind: 'within-business-hours', hours: 8.5 }, afterHours: { kind: 'same-business-day' } },
      },
    ],
    [
      'a time-based promise without any hours',
      { hours: NO_HOURS, promise: { regular: { kind: 'within-hours', hours: 720 } } },
    ],
    ['Lord Howe', { timeZone: 'Australia/Lord_Howe' }],
    ['UTC', { timeZone: 'UTC' }],
    ['the upper send-later limits', { sendLater: { offsetMinutes: 1440, randomWithinMinutes: 240 } }],
    ['an upper-case colour', { color: '#ABCDEF' }],
  ];
  it.each(accepted)('%s', (_label, fields) => expect(problemsOf(acmeWith(fields))).toEqual([]));

  it('accepts the example profile the end-to-end tests import', () => {
    const example: unknown = JSON.parse(
      readFileSync(new URL('../../e2e/support/example-profile.json', import.meta.url), 'utf8'),
    );
    const result = validateProfile(example);
    expect(result.ok).toBe(true);
    expect(result.ok && result.profile).toEqual(example);
  });

  it('reads a profile saved before delivery could be chosen as provider delivery', () => {
    const result = validateProfile(acmeWith({ sendLater: { offsetMinutes: 0, randomWithinMinutes: 0 } }));
    expect(result.ok && result.profile.sendLater.delivery).toBe('provider');
  });

  it('refuses a delivery mode it does not know, naming the field', () => {
    const problems = problemsOf(
      acmeWith({ sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'carrier-pigeon' } }),
    );
    expect(problems.map((p) => `${p.path}: ${p.message}`).join(' ')).toMatch(
      /^sendLater\.delivery: .*"provider" or "local"/,
    );
  });

  it('trims the name and match entries, drops unknown keys, keeps everything else as typed', () => {
    const input = {
      ...acme,
      name: '  Acme  ',
      match: [' Jane@Acme.com ', 'acme.org'],
      extra: 'dropped',
      hours: { ...NO_HOURS, mon: [{ start: '08:00', end: '18:00', colour: 'x' }] },
      promise: { regular: { kind: 'same-business-day', hours: 3 } },
    };
    const result = validateProfile(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.name).toBe('Acme');
    expect(result.profile.match).toEqual(['Jane@Acme.com', 'acme.org']);
    expect(result.profile).not.toHaveProperty('extra');
    expect(result.profile.hours.mon).toEqual([{ start: '08:00', end: '18:00' }]);
    expect(result.profile.promise).toEqual({ regular: { kind: 'same-business-day' } });
    expect(Object.keys(result.profile.hours.mon[0]!)).toEqual(['start', 'end']);
  });

  it('leaves optional keys out rather than setting them to undefined', () => {
    const result = validateProfile({
      ...acme,
      promise: { regular: { kind: 'within-hours', hours: 4 }, afterHours: undefined },
    });
    expect(result.ok && Object.keys(result.profile.promise)).toEqual(['regular']);
  });
});

describe('validateProfile: every problem at once', () => {
  it('reports structural and semantic problems together, in the order of the data', () => {
    const input = acmeWith({
      name: 'Acme',
      timeZone: 'Mars/Olympus',
      match: ['jane@', 'acme.com'],
      hours: { ...NO_HOURS, mon: [win('18:00', '08:00')], tue: [{ start: '5pm', end: '18:00' }] },
      sendLater: { offsetMinutes: 2000, randomWithinMinutes: 0 },
    });
    expect(problemsOf(input).map((p) => p.path)).toEqual([
      'match[0]',
      'timeZone',
      'hours.mon[0].end',
      'hours.tue[0].start',
      'sendLater.offsetMinutes',
    ]);
  });

  it('still checks the well-formed windows when another one is malformed', () => {
    const hours = { ...NO_HOURS, mon: [{ start: 9 }, win('18:00', '08:00')] };
    expect(problemsOf(acmeWith({ hours })).map((p) => p.path)).toEqual([
      'hours.mon[0].end',
      'hours.mon[0].start',
      'hours.mon[1].end',
    ]);
  });
});

describe('validateSettings', () => {
  it.each([
    ['the defaults', DEFAULT_SETTINGS],
    [
      'a default profile, 12-hour clock, paused',
      {
        defaultProfileId: 'acme',
        clock: '12h',
        pausedUntil: '2026-11-22T20:45:00.000Z',
        retention: '1y',
        weeklySummary: true,
      },
    ],
  ])('accepts %s', (_label, input) => {
    expect(validateSettings(input)).toEqual({ ok: true, settings: input });
  });

  it('drops unknown keys', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, theme: 'dark' })).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it.each([
    ['clock', { ...DEFAULT_SETTINGS, clock: '13h' }, 'Settings, clock: expected "12h" or "24h", got "13h".'],
    [
      'pausedUntil',
      { ...DEFAULT_SETTINGS, pausedUntil: 'tomorrow' },
      'Settings, paused until: expected a date and time like 2026-11-22T20:45:00.000Z, got "tomorrow".',
    ],
    [
      'defaultProfileId',
      { ...DEFAULT_SETTINGS, defaultProfileId: '' },
      'Settings, "Everyone else" profile: expected a profile id or null, got "".',
    ],
    [
      'defaultProfileId',
      { ...DEFAULT_SETTINGS, defaultProfileId: 7 },
      'Settings, "Everyone else" profile: expected a profile id or null, got 7.',
    ],
    ['clock', { defaultProfileId: null, pausedUntil: null }, 'Settings, clock is missing.'],
    ['', null, 'Settings: expected the settings (an object), got null.'],
  ])('refuses a bad %s', (path, input, message) => {
    expect(validateSettings(input)).toEqual({ ok: false, problems: [{ path, message }] });
  });
});

describe('findMatchConflicts', () => {
  const gamma = profile({
    id: 'gamma',
    name: 'Gamma',
    timeZone: 'UTC',
    match: ['x.org', 'JANE@acme.com', 'Beta.co.uk'],
  });

  it('reports each entry claimed again, at the later claim, naming both clients', () => {
    expect(findMatchConflicts([acme, beta, gamma])).toEqual([
      {
        path: 'profiles[2].match[1]',
        message: 'Gamma, addresses and domains: "JANE@acme.com" is already claimed by Beta Ltd.',
      },
      {
        path: 'profiles[2].match[2]',
        message: 'Gamma, addresses and domains: "Beta.co.uk" is already claimed by Beta Ltd.',
      },
    ]);
  });

  it('uses the given labels', () => {
    const label = (i: number) => `Client #${i}`;
    expect(findMatchConflicts([beta, gamma], label).map((p) => p.message)).toEqual([
      'Client #1, addresses and domains: "JANE@acme.com" is already claimed by Client #0.',
      'Client #1, addresses and domains: "Beta.co.uk" is already claimed by Client #0.',
    ]);
  });

  it.each([
    ['no overlap', [acme, profile({ id: 'z', timeZone: 'UTC', match: ['z.com'] })]],
    [
      'a domain and an address inside it',
      [acme, profile({ id: 'z', timeZone: 'UTC', match: ['boss@acme.com', 'eu.acme.com'] })],
    ],
    ['one profile listing an entry twice', [profile({ id: 'z', timeZone: 'UTC', match: ['z.com', 'Z.com'] })]],
    [
      'invalid entries',
      [profile({ id: 'y', timeZone: 'UTC', match: ['nope'] }), profile({ id: 'z', timeZone: 'UTC', match: ['nope'] })],
    ],
  ])('finds nothing for %s', (_label, profiles) => {
    expect(findMatchConflicts(profiles)).toEqual([]);
  });

  it('names an unnamed profile by its position', () => {
    const unnamed = profile({ id: 'u', name: '', timeZone: 'UTC', match: ['acme.com'] });
    expect(findMatchConflicts([acme, unnamed])[0]?.message).toBe(
      'Profile 2, addresses and domains: "acme.com" is already claimed by Acme.',
    );
  });

  it('lists the conflicts as indices', () => {
    expect(listMatchConflicts([{ match: ['a.com'] }, { match: ['b.com', 'A.com'] }])).toEqual([
      { normalized: 'a.com', first: { index: 0, entry: 0 }, second: { index: 1, entry: 1 } },
    ]);
  });
});

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['hours', 'mon', 0, 'end'], 'hours.mon[0].end'],
    [['match', 2], 'match[2]'],
  ])('%j → %s', (keys, path) => expect(formatPath(keys as (string | number)[])).toBe(path));
});

describe('validateProfile: size limits (issue 13 C11)', () => {
  const many = <T>(n: number, item: (i: number) => T) => Array.from({ length: n }, (_, i) => item(i));
  const named = (fields: Record<string, unknown>) => acmeWith({ name: 'Acme Corp', ...fields });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'windows on one day',
      { hours: { ...weekdays(win('08:00', '18:00')), mon: many(250_000, () => win('09:00', '09:30')) } },
      'hours.mon',
      'Acme Corp has 250,000 windows on Monday; at most 12 are allowed.',
    ],
    [
      'match entries',
      { match: many(2_001, (i) => `c${i}.example.com`) },
      'match',
      'Acme Corp has 2,001 addresses and domains; at most 2,000 are allowed.',
    ],
    [
      'time-off ranges',
      { timeOff: many(1_001, () => ({ start: '2026-12-24', end: '2026-12-26' })) },
      'timeOff',
      'Acme Corp has 1,001 time-off ranges; at most 1,000 are allowed.',
    ],
    [
      'emergency situations',
      { emergency: { situations: many(201, (i) => `Situation ${i}`), keywords: [], channel: '' } },
      'emergency.situations',
      'Acme Corp has 201 emergency situations; at most 200 are allowed.',
    ],
    [
      'emergency keywords',
      { emergency: { situations: [], keywords: many(300, (i) => `word${i}`), channel: '' } },
      'emergency.keywords',
      'Acme Corp has 300 emergency keywords; at most 200 are allowed.',
    ],
  ])('refuses too many %s, naming the limit, first of all problems', (_label, fields, path, message) => {
    const problems = problemsOf(named(fields));
    expect(problems[0]).toEqual({ path, message });
  });

  it.each([12, 2_000])('accepts a list exactly at its limit (%i)', (n) => {
    const fields =
      n === 12
        ? {
            hours: {
              ...NO_HOURS,
              mon: many(12, (i) => win(`${String(i).padStart(2, '0')}:00`, `${String(i).padStart(2, '0')}:30`)),
            },
          }
        : { match: many(n, (i) => `c${i}.example.com`) };
    expect(problemsOf(named(fields))).toEqual([]);
  });

  it('checks only the first items of a list over its limit, so the problems stay bounded', () => {
    const problems = problemsOf(named({ match: many(150_000, () => 'x') }));
    expect(problems[0]?.message).toBe('Acme Corp has 150,000 addresses and domains; at most 2,000 are allowed.');
    expect(problems).toHaveLength(1 + 2_000);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'name',
      { name: 'N'.repeat(201) },
      'name',
      `${'N'.repeat(40)}…, name: expected at most 200 characters, got 201 characters.`,
    ],
    [
      'notes',
      { notes: 'n'.repeat(10_001) },
      'notes',
      'Acme Corp, notes: expected at most 10,000 characters, got 10,001 characters.',
    ],
    [
      'emergency channel',
      { emergency: { situations: [], keywords: [], channel: 'c'.repeat(1_001) } },
      'emergency.channel',
      'Acme Corp, emergency channel: expected at most 1,000 characters, got 1,001 characters.',
    ],
  ])('refuses a %s over its length limit, naming the limit', (_label, fields, path, message) => {
    expect(problemsOf(named(fields))).toContainEqual({ path, message });
  });

  it('never quotes more than 40 characters of what it found', () => {
    const long = `${'z'.repeat(100_000)}`;
    const problems = problemsOf({ ...acme, name: long, match: [long, `${long}@`], timeZone: long, color: long });
    expect(problems.length).toBeGreaterThan(3);
    for (const p of problems) expect(p.message.length, p.message.slice(0, 80)).toBeLessThan(300);
  });
});

describe('validateProfile: overlapping windows in any order (O(n log n) sweep)', () => {
  it('names each later-listed window that overlaps an earlier one, once, in list order', () => {
    const mon = [
      win('13:00', '15:00'),
      win('08:00', '12:00'),
      win('11:00', '14:00'),
      win('16:00', '17:00'),
      win('16:30', '16:45'),
    ];
    const problems = problemsOf(acmeWith({ hours: { ...NO_HOURS, mon } }));
    expect(problems.map((p) => p.message)).toEqual([
      'Acme, Monday window 3: 11:00–14:00 overlaps window 2 (08:00–12:00). Merge them or change one.',
      'Acme, Monday window 5: 16:30–16:45 overlaps window 4 (16:00–17:00). Merge them or change one.',
    ]);
  });

  it('finds an overlap hidden behind a long early window', () => {
    const mon = [win('08:00', '20:00'), win('09:00', '10:00'), win('18:00', '19:00')];
    expect(problemsOf(acmeWith({ hours: { ...NO_HOURS, mon } })).map((p) => p.path)).toEqual([
      'hours.mon[1]',
      'hours.mon[2]',
    ]);
  });
});

describe('validateProfile: time zones as every browser knows them (issue 13 C13)', () => {
  it.each([
    ['utc', 'UTC'],
    ['europe/paris', 'Europe/Paris'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['US/Pacific', 'America/Los_Angeles'],
    [' America/New_York ', 'America/New_York'],
    ['Etc/UTC', 'UTC'],
  ])('stores %j as %s', (typed, stored) => {
    const result = validateProfile(acmeWith({ timeZone: typed }));
    expect(result.ok && result.profile.timeZone).toBe(stored);
  });

  it.each([
    [
      'US/Pacific-New',
      '"US/Pacific-New" is an old name that not every browser knows. Choose the zone by its city, e.g. "America/Los_Angeles".',
    ],
    [
      'SystemV/PST8',
      '"SystemV/PST8" is an old name that not every browser knows. Choose the zone by its city, e.g. "America/Los_Angeles".',
    ],
    ['Mars/Olympus', '"Mars/Olympus" is not a known time zone.'],
  ])('refuses %s for a new or imported profile', (zone, text) => {
    expect(problemsOf(acmeWith({ timeZone: zone }))).toEqual([
      { path: 'timeZone', message: `Acme, time zone: ${text}` },
    ]);
  });

  it('still reads a stored profile whose old zone name this engine knows (never unreadable)', () => {
    const result = validateProfile(acmeWith({ timeZone: 'US/Pacific-New' }), [], { zones: 'stored' });
    expect(result.ok && result.profile.timeZone).toBe('US/Pacific-New');
    const lower = validateProfile(acmeWith({ timeZone: 'europe/paris' }), [], { zones: 'stored' });
    expect(lower.ok && lower.profile.timeZone).toBe('Europe/Paris');
  });
});

describe('validateProfile: revision', () => {
  it('keeps a revision and leaves it out when absent', () => {
    const stored = validateProfile({ ...acme, revision: 3 });
    expect(stored.ok && stored.profile.revision).toBe(3);
    const fresh = validateProfile(acme);
    expect(fresh.ok && 'revision' in fresh.profile).toBe(false);
  });

  it.each([-1, 1.5, '2'])('refuses a revision %j', (revision) => {
    expect(problemsOf({ ...acme, revision }).map((p) => p.path)).toEqual(['revision']);
  });
});
