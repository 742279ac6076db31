import { describe, expect, it } from 'vitest';
import { handoffEntry, validateHandoffRequest, validateQueueEntry } from './queue.ts';
import type { HandoffRequest } from './queue-types.ts';

const now = new Date('2026-11-24T01:10:00Z');
const request: HandoffRequest = {
  id: 'handoff-1',
  provider: 'outlook',
  profileIds: ['acme'],
  recipients: ['jane@acme.com'],
  subject: 'Re: the launch',
  dueAt: '2026-11-24T13:00:00.000Z',
};

const problemsOf = (result: { ok: true } | { ok: false; problems: { path: string; message: string }[] }) =>
  result.ok ? [] : result.problems;

describe('validateHandoffRequest', () => {
  it('accepts a hand-off due in the future', () => {
    expect(validateHandoffRequest(request, now)).toEqual({ ok: true, value: request });
  });

  it('normalises recipients, keeps names without an address, and drops repeats and a body', () => {
    const result = validateHandoffRequest(
      {
        ...request,
        recipients: ['Jane Doe <Jane+launch@ACME.com>', 'jane@acme.com', ' Marketing team '],
        body: '<p>hello</p>',
      },
      now,
    );
    expect(result).toEqual({ ok: true, value: { ...request, recipients: ['jane@acme.com', 'Marketing team'] } });
  });

  it.each([
    ['no recipients', { recipients: [] }, 'recipients'],
    ['a blank recipient', { recipients: ['  '] }, 'recipients[0]'],
    ['a subject too long', { subject: 'x'.repeat(1001) }, 'subject'],
    ['a subject that is not text', { subject: null }, 'subject'],
    ['a due time in the past', { dueAt: '2026-11-24T01:09:59.000Z' }, 'dueAt'],
    ['a due time that is now', { dueAt: '2026-11-24T01:10:00.000Z' }, 'dueAt'],
    ['a due time that is not a time', { dueAt: 'tomorrow' }, 'dueAt'],
    ['an unknown provider', { provider: 'aol' }, 'provider'],
  ])('refuses %s', (_label, patch, path) => {
    const problems = problemsOf(validateHandoffRequest({ ...request, ...patch }, now));
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]?.message).toMatch(/^The scheduled reply, .+\.$/);
  });

  it('accepts a subject of exactly 1,000 characters and says the length of a longer one', () => {
    expect(validateHandoffRequest({ ...request, subject: 'x'.repeat(1000) }, now).ok).toBe(true);
    expect(problemsOf(validateHandoffRequest({ ...request, subject: 'x'.repeat(1001) }, now))[0]?.message).toBe(
      'The scheduled reply, subject: expected at most 1000 characters, got 1,001 characters.',
    );
  });
});

describe('the account address (issue 13 A6)', () => {
  it('is kept with a hand-off and its entry; an entry stored without it still reads', () => {
    const withAddress = { ...request, accountAddress: 'me@example.com' };
    expect(validateHandoffRequest(withAddress, now)).toEqual({ ok: true, value: withAddress });
    expect(validateQueueEntry(handoffEntry(withAddress, now))).toMatchObject({
      ok: true,
      value: { accountAddress: 'me@example.com' },
    });
    expect(validateQueueEntry(handoffEntry(request, now))).toMatchObject({ ok: true });
  });

  it('refuses one that is not an address', () => {
    expect(problemsOf(validateHandoffRequest({ ...request, accountAddress: 'u/0' }, now)).map((p) => p.path)).toEqual([
      'accountAddress',
    ]);
  });
});

describe('handoffEntry and validateQueueEntry', () => {
  it('records a hand-off as handed to the provider, and reads it back', () => {
    const entry = handoffEntry(request, now);
    expect(entry).toEqual({
      ...request,
      status: 'handed-off',
      mode: 'provider',
      createdAt: '2026-11-24T01:10:00.000Z',
    });
    expect(validateQueueEntry(entry)).toEqual({ ok: true, value: entry });
  });

  it('reads back an entry whose due time has passed (it was in the future when stored)', () => {
    const entry = handoffEntry({ ...request, dueAt: '2020-01-01T08:00:00.000Z' }, now);
    expect(validateQueueEntry(entry).ok).toBe(true);
  });

  it('names what is wrong with a damaged entry', () => {
    const result = validateQueueEntry({ ...handoffEntry(request, now), status: 'lost', createdAt: undefined });
    expect(problemsOf(result).map((p) => p.path)).toEqual(['status', 'createdAt']);
  });
});
