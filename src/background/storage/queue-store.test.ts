import { describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../core/queue-types.ts';
import { freshDatabase } from '../test-support/db.ts';
import { queueStore } from './queue-store.ts';

const entry = (id: string, dueAt: string, patch: Partial<QueueEntry> = {}): QueueEntry => ({
  id,
  status: 'handed-off',
  mode: 'provider',
  provider: 'gmail',
  profileIds: ['acme'],
  recipients: ['jane@acme.com'],
  subject: 'Re: the launch',
  dueAt,
  createdAt: '2026-11-24T01:10:00.000Z',
  ...patch,
});

const tuesday = entry('q-tue', '2026-11-24T13:00:00.000Z');
const monday = entry('q-mon', '2026-11-23T13:00:00.000Z');
const wednesday = entry('q-wed', '2026-11-25T13:00:00.000Z');

describe('queueStore', () => {
  it('lists nothing on a fresh install', async () => {
    expect(await queueStore(freshDatabase()).list()).toEqual({ entries: [], invalid: [] });
  });

  it('adds entries and lists them by due time', async () => {
    const store = queueStore(freshDatabase());
    for (const e of [wednesday, monday, tuesday]) expect(await store.add(e)).toEqual(e);
    expect((await store.list()).entries).toEqual([monday, tuesday, wednesday]);
  });

  it('stores the same hand-off once, keeping the first record', async () => {
    const store = queueStore(freshDatabase());
    await store.add(tuesday);
    const again = { ...tuesday, createdAt: '2026-11-24T01:11:00.000Z' };
    expect(await store.add(again)).toEqual(tuesday);
    expect((await store.list()).entries).toEqual([tuesday]);
  });

  it('replaces a damaged record under the same id with the new, valid entry', async () => {
    const database = freshDatabase();
    await (await database()).put('queue', { id: tuesday.id, status: 'lost' });
    const store = queueStore(database);
    expect(await store.add(tuesday)).toEqual(tuesday);
    expect(await store.list()).toEqual({ entries: [tuesday], invalid: [] });
  });

  it('reports damaged records, even one without a due time, and keeps them on disk', async () => {
    const database = freshDatabase();
    const store = queueStore(database);
    await store.add(tuesday);
    await (await database()).put('queue', { id: 'no-due', status: 'handed-off' });
    const listing = await store.list();
    expect(listing.entries).toEqual([tuesday]);
    expect(listing.invalid.map((r) => [r.store, r.key])).toEqual([['queue', 'no-due']]);
    expect(listing.invalid[0]?.problems.map((p) => p.path)).toContain('dueAt');
    expect(await (await database()).get('queue', 'no-due')).toEqual({ id: 'no-due', status: 'handed-off' });
  });

  it('is found through the by-due and by-status indexes', async () => {
    const database = freshDatabase();
    const store = queueStore(database);
    for (const e of [monday, tuesday]) await store.add(e);
    const db = await database();
    expect(await db.countFromIndex('queue', 'by-status', 'handed-off')).toBe(2);
    expect(await db.countFromIndex('queue', 'by-due', IDBKeyRange.lowerBound('2026-11-24'))).toBe(1);
  });
});

describe('queueStore: a record with an over-long text (issue 13 A1)', () => {
  it('is read with the text shortened and said so, and can still be cancelled (its body deleted)', async () => {
    const database = freshDatabase();
    const store = queueStore(database);
    const local = entry('q-long', '2026-11-24T13:00:00.000Z', {
      status: 'failed',
      mode: 'local',
      account: 'https://mail.google.com/mail/u/0/',
      reply: { to: ['jane@acme.com'], cc: [], bcc: [], html: '<p>Body</p>', thread: null },
      problem: `the To field holds ${'someone@acme.com, '.repeat(300)}`,
    });
    // As an older version stored it: straight into the store, past today's short reasons.
    await (await database()).put('queue', { ...local, waitingKeys: [] });
    const listing = await store.list();
    expect(listing.invalid).toEqual([]);
    const read = listing.entries[0];
    expect(read?.problem?.length).toBeLessThanOrEqual(2_000);
    expect(read?.problem).toContain(
      'Red Cup shortened this entry when reading it (its stored problem had 5,419 characters)',
    );
    const cancelled = await store.transition(
      'q-long',
      { from: ['failed'], to: 'cancelled', reason: 'Cancelled by you.' },
      new Date('2026-11-24T14:00:00.000Z'),
    );
    expect(cancelled?.status).toBe('cancelled');
    expect((await store.get('q-long'))?.reply).toBeUndefined();
  });
});
