import { describe, expect, it } from 'vitest';
import type { HandoffRequest } from '../../core/queue-types.ts';
import { freshDatabase } from '../test-support/db.ts';
import type { DatabaseProvider } from '../storage/connection.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import { gmailPage, queueWorld } from '../test-support/queue-setup.ts';
import { deleteDamaged, handOff, isStored, listQueue, openDamaged } from './queue.ts';

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
    const answer = await handOff(
      { ...request('h1', '2026-11-24T13:00:00.000Z'), body: '<p>hi</p>' },
      CONTENT_SENDER,
      deps,
    );
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
    for (const bad of [
      request('h1', '2026-11-24T01:59:00.000Z'),
      { ...request('h2', '2026-11-24T13:00:00.000Z'), recipients: [] },
    ]) {
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
    expect(answer.ok ? '' : answer.error.message).toMatch(
      /^Refused: "queue\/list" is only answered for Red Cup's own pages/,
    );
  });
});

describe('damaged queue records (issue 13 A1)', () => {
  /** A local entry a bug stored with a status nobody knows: the engine cannot read it, its reply is intact. */
  const damaged = {
    id: 'q-bad',
    status: 'sending-ish',
    mode: 'local',
    provider: 'gmail',
    profileIds: ['acme'],
    recipients: ['jane@acme.com'],
    subject: 'Re: the launch',
    dueAt: '2026-11-24T13:00:00.000Z',
    createdAt: '2026-11-24T01:00:00.000Z',
    account: 'https://mail.google.com/mail/u/0/',
    reply: { to: ['Jane <jane@acme.com>'], cc: [], bcc: [], html: '<p>Kept</p>', thread: null },
  };

  async function withDamaged(record: object = damaged) {
    const w = await queueWorld([gmailPage()]);
    await (await w.database()).put('queue', record as never);
    return w;
  }

  it('are listed with whether their reply can still be opened', async () => {
    const w = await withDamaged();
    const answer = await listQueue(undefined, PAGE_SENDER, w.at('2026-11-24T15:00:00Z'));
    expect(answer.ok && answer.value.invalid.map((r) => [r.key, r.replyKept])).toEqual([['q-bad', true]]);
  });

  it('"Open the reply in a compose window": the reply into a compose of its account, then the record is deleted', async () => {
    const w = await withDamaged();
    const deps = w.at('2026-11-24T15:00:00Z');
    const answer = await openDamaged({ key: 'q-bad' }, PAGE_SENDER, deps);
    expect(answer).toMatchObject({
      ok: true,
      value: { message: expect.stringContaining('the damaged record was deleted') },
    });
    expect(w.mail.composes.map((o) => [o.subject, o.reply.to, o.reply.html])).toEqual([
      ['Re: the launch', ['Jane <jane@acme.com>'], '<p>Kept</p>'],
    ]);
    expect(await (await w.database()).get('queue', 'q-bad')).toBeUndefined();
  });

  it('keeps the record when the compose does not open', async () => {
    const w = await withDamaged();
    w.mail.composeBehaviour.fail = 'no Compose button';
    expect(await openDamaged({ key: 'q-bad' }, PAGE_SENDER, w.at('2026-11-24T15:00:00Z'))).toMatchObject({ ok: false });
    expect(await (await w.database()).get('queue', 'q-bad')).toBeDefined();
  });

  it('a record whose reply is unreadable can only be deleted', async () => {
    const w = await withDamaged({ ...damaged, reply: { to: 'jane' } });
    const deps = w.at('2026-11-24T15:00:00Z');
    expect(await openDamaged({ key: 'q-bad' }, PAGE_SENDER, deps)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('only deleting it is possible') },
    });
    expect(await deleteDamaged({ key: 'q-bad' }, PAGE_SENDER, deps)).toMatchObject({ ok: true });
    expect((await deps.queue.list()).invalid).toEqual([]);
  });

  it('"Delete" never deletes a valid entry, and is for extension pages only', async () => {
    const w = await withDamaged();
    const deps = w.at('2026-11-24T02:00:00Z');
    await handOff(request('h1', '2026-11-24T13:00:00.000Z'), CONTENT_SENDER, deps);
    expect(await deleteDamaged({ key: 'h1' }, PAGE_SENDER, deps)).toMatchObject({ ok: false });
    expect(await deleteDamaged({ key: 'q-bad' }, CONTENT_SENDER, deps)).toMatchObject({ ok: false });
    expect((await deps.queue.list()).entries.map((e) => e.id)).toEqual(['h1']);
  });
});

describe('queue/is-stored (issue 13 A2)', () => {
  it('answers only whether that id is stored, to the content script too', async () => {
    const deps = (await queueWorld([])).at(now.toISOString());
    expect(await isStored({ id: 'h1' }, CONTENT_SENDER, deps)).toEqual({ ok: true, value: { stored: false } });
    await handOff(request('h1', '2026-11-24T13:00:00.000Z'), CONTENT_SENDER, deps);
    expect(await isStored({ id: 'h1' }, CONTENT_SENDER, deps)).toEqual({ ok: true, value: { stored: true } });
    expect(await isStored({}, CONTENT_SENDER, deps)).toMatchObject({ ok: false });
  });
});
