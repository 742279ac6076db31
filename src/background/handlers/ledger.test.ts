import { describe, expect, it } from 'vitest';
import type { LedgerEventInput } from '../../core/ledger-types.ts';
import { freshDatabase } from '../test-support/db.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import { recordLedgerEvent } from './ledger.ts';

const now = new Date('2026-11-24T02:00:05Z');
const event: LedgerEventInput = {
  id: 'evt-1',
  kind: 'sent-emergency',
  profileIds: ['acme'],
  at: '2026-11-24T02:00:00.000Z',
  requestAt: '2026-11-24T01:45:00.000Z',
  triage: {
    answers: { agreedSituation: 'yes', realHarm: 'yes', emergencyToClient: 'yes' },
    suggestion: 'real-emergency',
  },
  provider: 'gmail',
  scheduledFor: null,
};

/** A worker whose only client is Acme (the event's client). */
async function acmeDeps() {
  const deps = makeDeps(freshDatabase(), now);
  await deps.profiles.put(sampleProfile());
  return deps;
}

describe('ledger/record', () => {
  it('stores the event from a content script, with when it was recorded', async () => {
    const deps = await acmeDeps();
    expect(await recordLedgerEvent(event, CONTENT_SENDER, deps)).toEqual({ ok: true, value: { id: 'evt-1' } });
    // Acme promises a reply within 24 hours (sampleProfile): the emergency reply kept it.
    expect((await deps.ledger.list()).events).toEqual([
      {
        ...event,
        recordedAt: '2026-11-24T02:00:05.000Z',
        promises: [{ profileId: 'acme', deadline: '2026-11-25T01:45:00.000Z', outcome: 'kept' }],
      },
    ]);
  });

  it('records the same decision once, however often it is sent', async () => {
    const deps = await acmeDeps();
    await recordLedgerEvent(event, CONTENT_SENDER, deps);
    await recordLedgerEvent(event, PAGE_SENDER, deps);
    expect((await deps.ledger.list()).events).toHaveLength(1);
  });

  it('never stores a body or a subject sent along', async () => {
    const deps = await acmeDeps();
    await recordLedgerEvent({ ...event, body: 'We are down!', subject: 'Re: outage' }, CONTENT_SENDER, deps);
    const [stored] = (await deps.ledger.list()).events;
    expect(stored).not.toHaveProperty('body');
    expect(stored).not.toHaveProperty('subject');
  });

  it('refuses an unknown kind or a bad time, naming the problem, and stores nothing', async () => {
    const deps = await acmeDeps();
    for (const bad of [{ ...event, kind: 'sent-whenever' }, { ...event, at: 'now' }, 'evt-1']) {
      const answer = await recordLedgerEvent(bad, CONTENT_SENDER, deps);
      expect(answer.ok).toBe(false);
      if (answer.ok) continue;
      expect(answer.error.message).toBe('Refused: the ledger event is not well-formed.');
      expect(answer.error.problems?.length).toBeGreaterThan(0);
    }
    expect((await deps.ledger.list()).events).toEqual([]);
  });

  it('refuses a sender that is not ours', async () => {
    const deps = await acmeDeps();
    const answer = await recordLedgerEvent(event, { id: 'other', url: 'chrome-extension://other/x.html' }, deps);
    expect(answer.ok).toBe(false);
    expect((await deps.ledger.list()).events).toEqual([]);
  });
});

describe('ledger/record: the promise for the request (issue 12)', () => {
  // Acme (sampleProfile): Mon–Fri 08:00–18:00 New York, within 24 hours.
  const inside = {
    ...event,
    id: 'p1',
    kind: 'sent-inside' as const,
    triage: null,
    at: '2026-11-24T15:00:00.000Z',
    requestAt: '2026-11-23T16:00:00.000Z',
  };

  it('records the deadline per client and whether the reply sent now met it', async () => {
    const deps = makeDeps(freshDatabase(), now);
    await deps.profiles.update(() => ({ write: [sampleProfile()], value: null }));
    await recordLedgerEvent(inside, CONTENT_SENDER, deps);
    await recordLedgerEvent({ ...inside, id: 'p2', at: '2026-11-24T17:00:00.000Z' }, CONTENT_SENDER, deps);
    const stored = (await deps.ledger.list()).events.map((e) => [e.id, e.promises]);
    expect(stored).toEqual([
      ['p1', [{ profileId: 'acme', deadline: '2026-11-24T16:00:00.000Z', outcome: 'kept' }]],
      ['p2', [{ profileId: 'acme', deadline: '2026-11-24T16:00:00.000Z', outcome: 'broken' }]],
    ]);
  });

  it('judges a provider hand-off at its due time, and leaves a reply for Red Cup’s queue to be judged when it goes out', async () => {
    const deps = makeDeps(freshDatabase(), now);
    await deps.profiles.update(() => ({ write: [sampleProfile()], value: null }));
    const scheduled = { ...inside, kind: 'scheduled' as const, scheduledFor: '2026-11-24T13:00:00.000Z' };
    await recordLedgerEvent(
      { ...scheduled, id: 'h', queue: { entryId: 'qh', status: 'handed-off', reason: null } },
      CONTENT_SENDER,
      deps,
    );
    await recordLedgerEvent(
      { ...scheduled, id: 'l', queue: { entryId: 'ql', status: 'pending', reason: null } },
      CONTENT_SENDER,
      deps,
    );
    const outcomes = (await deps.ledger.list()).events.map((e) => [e.id, e.promises?.[0]?.outcome]);
    expect(outcomes).toEqual([
      ['h', 'kept'],
      ['l', null],
    ]);
  });

  it('a content script cannot claim a kept promise: promises sent along are ignored', async () => {
    const deps = makeDeps(freshDatabase(), now);
    await deps.profiles.put(sampleProfile());
    await recordLedgerEvent(
      { ...inside, requestAt: null, promises: [{ profileId: 'acme', deadline: null, outcome: 'kept' }] },
      CONTENT_SENDER,
      deps,
    );
    expect((await deps.ledger.list()).events[0]).not.toHaveProperty('promises');
  });
});
