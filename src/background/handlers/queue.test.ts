import { describe, expect, it } from 'vitest';
import type { HandoffRequest } from '../../core/queue-types.ts';
import { freshDatabase } from '../test-support/db.ts';
import type { DatabaseProvider } from '../storage/connection.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import { handOff, listQueue } from './queue.ts';

const now = new Date('2026-11-24T02:00:00Z');
const request = (id: string, dueAt: string): HandoffRequest => ({
  id,
  provider: 'gmail',
  profileIds: ['acme'],
  recipients: ['Jane Doe <jane@acme.com>'],
  subject: 'Re: the launch',
  dueAt,
});

/** A worker whose only client is Acme (the hand-off's client). */
async function acmeDeps(database: DatabaseProvider = freshDatabase(), at = now) {
  const deps = makeDeps(database, at);
  await deps.profiles.put(sampleProfile());
  return deps;
}

describe('queue/handoff', () => {
  it('records a handed-off entry from a content script: no body, recipients normalised', async () => {
    const deps = await acmeDeps();
    const answer = await handOff({ ...request('h1', '2026-11-24T13:00:00.000Z'), body: '<p>hi</p>' }, CONTENT_SENDER, deps);
    const expected = {
      ...request('h1', '2026-11-24T13:00:00.000Z'),
      recipients: ['jane@acme.com'],
      status: 'handed-off',
      mode: 'provider',
      createdAt: '2026-11-24T02:00:00.000Z',
    };
    expect(answer).toEqual({ ok: true, value: expected });
    expect((await deps.queue.list()).entries).toEqual([expected]);
  });

  it('records a repeated hand-off once, answering the stored entry', async () => {
    const database = freshDatabase();
    const deps = await acmeDeps(database);
    const first = await handOff(request('h1', '2026-11-24T13:00:00.000Z'), CONTENT_SENDER, deps);
    const later = makeDeps(database, new Date('2026-11-24T02:00:30Z'));
    const again = await handOff(request('h1', '2026-11-24T13:00:00.000Z'), CONTENT_SENDER, later);
    expect(again).toEqual(first);
    expect((await deps.queue.list()).entries).toHaveLength(1);
  });

  it('refuses a hand-off due in the past or without recipients, and stores nothing', async () => {
    const deps = makeDeps(freshDatabase(), now);
    for (const bad of [request('h1', '2026-11-24T01:59:00.000Z'), { ...request('h2', '2026-11-24T13:00:00.000Z'), recipients: [] }]) {
      const answer = await handOff(bad, CONTENT_SENDER, deps);
      expect(answer.ok ? '' : answer.error.message).toBe('Refused: the scheduled reply is not well-formed.');
    }
    expect((await deps.queue.list()).entries).toEqual([]);
  });
});

describe('queue/list', () => {
  it('lists the entries by due time for our pages, naming damaged records', async () => {
    const database = freshDatabase();
    const deps = await acmeDeps(database);
    await handOff(request('late', '2026-11-25T13:00:00.000Z'), CONTENT_SENDER, deps);
    await handOff(request('early', '2026-11-24T13:00:00.000Z'), CONTENT_SENDER, deps);
    await (await database()).put('queue', { id: 'broken' });

    const answer = await listQueue(undefined, PAGE_SENDER, deps);
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.entries.map((e) => e.id)).toEqual(['early', 'late']);
    expect(answer.value.invalid.map((r) => r.key)).toEqual(['broken']);
  });

  it('is refused for our content script', async () => {
    const answer = await listQueue(undefined, CONTENT_SENDER, makeDeps(freshDatabase(), now));
    expect(answer.ok ? '' : answer.error.message).toMatch(/^Refused: "queue\/list" is only answered for Red Cup's own pages/);
  });
});
