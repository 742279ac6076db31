import { describe, expect, it } from 'vitest';
import {
  instantMs,
  isStoredInstant,
  readStoredLedgerEvent,
  validateLedgerEvent,
  validateLedgerEventInput,
} from './ledger.ts';
import type { LedgerEventInput } from './ledger-types.ts';

const input: LedgerEventInput = {
  id: 'evt-1',
  kind: 'sent-anyway',
  profileIds: ['acme'],
  at: '2026-11-24T01:10:00.000Z',
  requestAt: null,
  triage: { answers: { agreedSituation: 'no', realHarm: 'unsure', emergencyToClient: 'yes' }, suggestion: 'red-cup' },
  provider: 'gmail',
  scheduledFor: null,
};

const problemsOf = (result: ReturnType<typeof validateLedgerEventInput>) => (result.ok ? [] : result.problems);

describe('validateLedgerEventInput', () => {
  it('accepts a well-formed event as it is', () => {
    expect(validateLedgerEventInput(input)).toEqual({ ok: true, value: input });
  });

  it('never keeps a body or subject sent along', () => {
    const result = validateLedgerEventInput({ ...input, body: '<p>secret</p>', subject: 'Re: site down', html: 'x' });
    expect(result).toEqual({ ok: true, value: input });
  });

  it('normalises every instant to UTC ISO form, so the time index sorts', () => {
    const result = validateLedgerEventInput({
      ...input,
      at: '2026-11-24T02:10:00+01:00',
      requestAt: '2026-11-23T20:00:00Z',
      scheduledFor: '2026-11-24T13:00:00Z',
    });
    expect(result.ok && [result.value.at, result.value.requestAt, result.value.scheduledFor]).toEqual([
      '2026-11-24T01:10:00.000Z',
      '2026-11-23T20:00:00.000Z',
      '2026-11-24T13:00:00.000Z',
    ]);
  });

  it.each([
    ['an unknown kind', { kind: 'sent-whenever' }, 'kind'],
    ['a date that does not exist', { at: '2026-02-30T10:00:00.000Z' }, 'at'],
    ['a time that is not ISO', { at: 'Tuesday 8am' }, 'at'],
    ['a number for a time', { requestAt: 1795380300000 }, 'requestAt'],
    ['no client', { profileIds: [] }, 'profileIds'],
    ['an empty client id', { profileIds: [''] }, 'profileIds[0]'],
    [
      'an unknown answer',
      {
        triage: {
          answers: { agreedSituation: 'maybe', realHarm: 'no', emergencyToClient: 'no' },
          suggestion: 'red-cup',
        },
      },
      'triage.answers.agreedSituation',
    ],
    ['an unknown provider', { provider: 'yahoo' }, 'provider'],
    ['an empty id', { id: '' }, 'id'],
  ])('refuses %s, naming the field', (_label, patch, path) => {
    const problems = problemsOf(validateLedgerEventInput({ ...input, ...patch }));
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]?.message).toMatch(/^The ledger event, .+: .+\.$/);
  });

  it('says what is missing and refuses what is not an event', () => {
    const { scheduledFor: _dropped, ...rest } = input;
    expect(problemsOf(validateLedgerEventInput(rest))).toEqual([
      { path: 'scheduledFor', message: 'The ledger event, scheduled time: is missing.' },
    ]);
    expect(problemsOf(validateLedgerEventInput([input]))[0]?.message).toBe(
      'The ledger event: expected an object, got a list.',
    );
    expect(problemsOf(validateLedgerEventInput(null))[0]?.message).toBe(
      'The ledger event: expected a ledger event (an object), got null.',
    );
  });

  it('words an unknown kind with the kinds it knows', () => {
    expect(problemsOf(validateLedgerEventInput({ ...input, kind: 'x' }))[0]?.message).toMatch(
      /^The ledger event, kind: expected one of "sent-inside", "scheduled", .+, got "x"\.$/,
    );
  });
});

describe('validateLedgerEvent', () => {
  it('reads back a stored event with when it was recorded', () => {
    const stored = { ...input, recordedAt: '2026-11-24T01:10:01.000Z' };
    expect(validateLedgerEvent(stored)).toEqual({ ok: true, value: stored });
  });

  it('refuses a stored event without its recording time', () => {
    const result = validateLedgerEvent(input);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['recordedAt']);
  });
});

describe('readStoredLedgerEvent: the fast reader agrees with validateLedgerEvent', () => {
  const stored = { ...input, recordedAt: '2026-11-24T01:10:01.000Z' };
  const variants: [string, unknown][] = [
    ['a plain event', stored],
    ['with report keys (dropped)', { ...stored, reportAt: stored.at, clientKeys: ['acme\u0000x'], exceptionKeys: [] }],
    [
      'with promises',
      {
        ...stored,
        promises: [
          { profileId: 'acme', deadline: '2026-11-25T01:00:00.000Z', outcome: null },
          { profileId: 'globex', deadline: null, outcome: 'broken' },
        ],
      },
    ],
    ['with a queue change', { ...stored, queue: { entryId: 'q1', status: 'sent', reason: null } }],
    [
      'with extra triage keys (dropped)',
      {
        ...stored,
        triage: {
          answers: { agreedSituation: 'yes', realHarm: 'no', emergencyToClient: 'unsure', extra: 1 },
          suggestion: 'red-cup',
          body: 'x',
        },
      },
    ],
    ['an instant in another form (normalised by the schema)', { ...stored, at: '2026-11-24T02:10:00+01:00' }],
    ['an impossible date', { ...stored, at: '2026-02-30T00:00:00.000Z' }],
    ['an unknown kind', { ...stored, kind: 'sent-whenever' }],
    ['a bad promise outcome', { ...stored, promises: [{ profileId: 'acme', deadline: null, outcome: 'unknown' }] }],
    ['a list', [stored]],
    ['no clients', { ...stored, profileIds: [] }],
  ];
  it.each(variants)('%s', (_label, raw) => {
    expect(readStoredLedgerEvent(raw)).toEqual(validateLedgerEvent(raw));
  });
});

describe('isStoredInstant', () => {
  it.each([
    ['2026-11-24T01:10:00.000Z', true],
    ['2024-02-29T23:59:59.999Z', true],
    ['2026-02-29T00:00:00.000Z', false],
    ['2100-02-29T00:00:00.000Z', false],
    ['2000-02-29T00:00:00.000Z', true],
    ['2026-04-31T00:00:00.000Z', false],
    ['2026-13-01T00:00:00.000Z', false],
    ['2026-11-24T24:00:00.000Z', false],
    ['2026-11-24T01:10:00.000+0', false],
    ['2026-11-24T01:10:00Z', false],
    ['2026-11-24 01:10:00.000Z', false],
  ])('%s → %s, as a parse-and-format round trip says', (value, expected) => {
    expect(isStoredInstant(value)).toBe(expected);
    const ms = Date.parse(value);
    expect(!Number.isNaN(ms) && new Date(ms).toISOString() === value).toBe(expected);
  });
});

describe('instantMs', () => {
  it.each([
    '2026-11-24T01:10:00.000Z',
    '2024-02-29T23:59:59.999Z',
    '1969-12-31T23:59:59.999Z',
    '2026-11-24T02:10:00+01:00',
  ])('%s as Date.parse reads it', (iso) => {
    expect(instantMs(iso)).toBe(Date.parse(iso));
  });
});
