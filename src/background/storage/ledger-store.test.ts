import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../core/ledger-types.ts';
import { freshDatabase } from '../test-support/db.ts';
import { localEntry } from '../../core/queue.ts';
import { enqueueRequest } from '../test-support/queue-setup.ts';
import { ledgerStore } from './ledger-store.ts';
import { queueStore } from './queue-store.ts';

const event = (id: string, at: string, profileIds: string[], patch: Partial<LedgerEvent> = {}): LedgerEvent => ({
  id,
  kind: 'scheduled',
  profileIds,
  at,
  requestAt: null,
  triage: null,
  provider: 'gmail',
  scheduledFor: '2026-11-24T13:00:00.000Z',
  recordedAt: at,
  ...patch,
});

const e1 = event('e1', '2026-11-23T09:00:00.000Z', ['acme']);
const e2 = event('e2', '2026-11-24T01:10:00.000Z', ['acme', 'globex'], { kind: 'sent-anyway', scheduledFor: null });
const e3 = event('e3', '2026-11-25T10:00:00.000Z', ['globex']);

describe('ledgerStore', () => {
  it('lists nothing on a fresh install', async () => {
    expect(await ledgerStore(freshDatabase()).list()).toEqual({ events: [], invalid: [] });
  });

  it('lists every event in time order, whatever order they were written in', async () => {
    const store = ledgerStore(freshDatabase());
    for (const e of [e3, e1, e2]) await store.put(e);
    expect((await store.list()).events).toEqual([e1, e2, e3]);
  });

  it('stores the same id once: recording a decision again replaces it', async () => {
    const store = ledgerStore(freshDatabase());
    await store.put(e1);
    await store.put({ ...e1, recordedAt: '2026-11-23T09:00:05.000Z' });
    expect((await store.list()).events).toEqual([{ ...e1, recordedAt: '2026-11-23T09:00:05.000Z' }]);
  });

  it('lists one client’s events, an event of two clients under each', async () => {
    const store = ledgerStore(freshDatabase());
    for (const e of [e1, e2, e3]) await store.put(e);
    expect((await store.list({ profileId: 'acme' })).events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect((await store.list({ profileId: 'globex' })).events.map((e) => e.id)).toEqual(['e2', 'e3']);
    expect((await store.list({ profileId: 'initech' })).events).toEqual([]);
  });

  it('lists a time range (from inclusive, to exclusive), alone or for one client', async () => {
    const store = ledgerStore(freshDatabase());
    for (const e of [e1, e2, e3]) await store.put(e);
    expect((await store.list({ from: e2.at })).events.map((e) => e.id)).toEqual(['e2', 'e3']);
    expect((await store.list({ to: e2.at })).events.map((e) => e.id)).toEqual(['e1']);
    expect(
      (await store.list({ from: '2026-11-24T00:00:00.000Z', to: '2026-11-25T00:00:00.000Z' })).events.map((e) => e.id),
    ).toEqual(['e2']);
    expect(
      (await store.list({ profileId: 'globex', from: '2026-11-25T00:00:00.000Z' })).events.map((e) => e.id),
    ).toEqual(['e3']);
  });

  it('reports damaged records with their problems and keeps them on disk', async () => {
    const database = freshDatabase();
    const store = ledgerStore(database);
    await store.put(e1);
    const db = await database();
    await db.put('ledger', {
      id: 'bad-kind',
      kind: 'sent-whenever',
      profileIds: ['acme'],
      at: '2026-11-23T10:00:00.000Z',
    });
    await db.put('ledger', { id: 'no-time' });

    const all = await store.list();
    expect(all.events).toEqual([e1]);
    expect(all.invalid.map((r) => [r.store, r.key])).toEqual([
      ['ledger', 'bad-kind'],
      ['ledger', 'no-time'],
    ]);
    expect(all.invalid[0]?.problems.map((p) => p.path)).toContain('kind');
    // A filtered listing reports the damaged records it finds in its range.
    expect((await store.list({ profileId: 'acme' })).invalid.map((r) => r.key)).toEqual(['bad-kind']);
    expect(await db.get('ledger', 'no-time')).toEqual({ id: 'no-time' });
  });
});

describe('ledgerStore: the report’s reads', () => {
  const day = (d: number, h = 12) => new Date(Date.UTC(2026, 10, d, h)).toISOString();

  it('reads a period by report time, of all clients or one; a hand-off at its due time', async () => {
    const store = ledgerStore(freshDatabase());
    const handoff = event('h', day(20), ['acme'], {
      scheduledFor: day(24, 13),
      queue: { entryId: 'qh', status: 'handed-off', reason: null },
    });
    for (const e of [e1, e2, e3, handoff]) await store.put(e);
    const ids = (r: { events: LedgerEvent[] }) => r.events.map((e) => e.id).sort();
    // e1 and e3 are `scheduled` without an entry: they count at their scheduled time (the 24th) too.
    expect(ids(await store.forReport({ from: day(24, 0), to: day(25, 0) }))).toEqual(['e1', 'e2', 'e3', 'h']);
    expect(ids(await store.forReport({ from: day(20, 0), to: day(24, 0) }))).toEqual([]);
    expect(ids(await store.forReport({ from: day(23, 0), to: day(26, 0), profileId: 'globex' }))).toEqual(['e2', 'e3']);
    expect(ids(await store.forReport({ from: day(23, 0), to: day(26, 0), profileId: 'acme' }))).toEqual([
      'e1',
      'e2',
      'h',
    ]);
  });

  it('finds the decision of a reply delivered in the period but queued before it, by its entry', async () => {
    const database = freshDatabase();
    const store = ledgerStore(database);
    const queue = queueStore(database);
    const entry = localEntry(enqueueRequest('q1', day(24, 13)), new Date(day(20)));
    await queue.enqueue(entry);
    await store.put(
      event('d', day(20), ['acme'], {
        scheduledFor: day(24, 13),
        queue: { entryId: 'q1', status: 'pending', reason: null },
      }),
    );
    await queue.transition('q1', { from: ['pending'], to: 'sending' }, new Date(day(24, 13)));
    await queue.transition(
      'q1',
      { from: ['sending'], to: 'sent', patch: { sentAt: day(24, 14) } },
      new Date(day(24, 14)),
    );
    // The queue store's own events carry the report keys: found by client and period.
    const read = await store.forReport({ from: day(24, 0), to: day(25, 0), profileId: 'acme' });
    expect(read.events.map((e) => e.kind)).toEqual(['sending', 'delivered-late']);
    expect(read.history.map((e) => e.kind).sort()).toEqual(['delivered-late', 'queued', 'scheduled', 'sending']);
  });

  it('counts each client’s exceptions since an instant on the index', async () => {
    const store = ledgerStore(freshDatabase());
    await store.put(event('x1', day(10), ['acme'], { kind: 'sent-anyway', scheduledFor: null }));
    await store.put(event('x2', day(20), ['acme', 'globex'], { kind: 'sent-emergency', scheduledFor: null }));
    await store.put(event('x3', day(21), ['acme'], { kind: 'sent-inside', scheduledFor: null }));
    expect(await store.exceptionsSince(['acme', 'globex', 'initech'], day(9))).toEqual(
      new Map([
        ['acme', 2],
        ['globex', 1],
        ['initech', 0],
      ]),
    );
    expect(await store.exceptionsSince(['acme'], day(15))).toEqual(new Map([['acme', 1]]));
  });

  it('reads what the CSV lists by when it happened, in time order, with the decision of a delivery', async () => {
    const store = ledgerStore(freshDatabase());
    const decided = event('q-d', day(3), ['acme'], { queue: { entryId: 'q', status: 'pending', reason: null } });
    const delivered = event('q-x', day(5), ['acme'], {
      kind: 'delivered',
      queue: { entryId: 'q', status: 'sent', reason: null },
    });
    const later = event('later', day(5, 8), ['acme'], { kind: 'sent-inside', scheduledFor: null });
    for (const e of [later, delivered, decided]) await store.put(e);
    const read = await store.forCsv({ from: day(4, 0), to: day(6, 0) });
    expect(read.events.map((e) => e.id)).toEqual(['later', 'q-x']);
    expect(read.history.map((e) => e.id).sort()).toEqual(['q-d', 'q-x']);
  });

  it('prunes events older than the cutoff in batches, never the newer ones', async () => {
    const store = ledgerStore(freshDatabase());
    const sent = { kind: 'sent-inside', scheduledFor: null } as const;
    for (let i = 0; i < 25; i++) await store.put(event(`old${i}`, day(1, i % 24), ['acme'], sent));
    await store.put(e3);
    const deleted = async () => (await store.pruneBatch(day(10), 10)).deleted;
    expect([await deleted(), await deleted(), await deleted(), await deleted()]).toEqual([10, 10, 5, 0]);
    expect((await store.list()).events).toEqual([e3]);
  });

  it('prunes a hand-off by the time it counts at (its due time), not by when it was decided', async () => {
    const store = ledgerStore(freshDatabase());
    const handoff = event('h', day(5), ['acme'], {
      scheduledFor: day(12),
      queue: { entryId: 'qh', status: 'handed-off', reason: null },
    });
    await store.put(handoff);
    expect((await store.pruneBatch(day(10), 10)).deleted).toBe(0);
    expect((await store.pruneBatch(day(13), 10)).deleted).toBe(1);
  });

  it('forgets one client: its own events deleted, a shared one keeps the other client', async () => {
    const store = ledgerStore(freshDatabase());
    const shared = event('s', day(24), ['acme', 'globex'], {
      kind: 'sent-inside',
      scheduledFor: null,
      promises: [
        { profileId: 'acme', deadline: null, outcome: 'kept' },
        { profileId: 'globex', deadline: null, outcome: 'broken' },
      ],
    });
    for (const e of [e1, shared, e3]) await store.put(e);
    expect(await store.forgetClientBatch('acme', 1)).toBe(1);
    expect(await store.forgetClientBatch('acme', 10)).toBe(1);
    expect(await store.forgetClientBatch('acme', 10)).toBe(0);
    expect((await store.list()).events).toEqual([
      { ...shared, profileIds: ['globex'], promises: [{ profileId: 'globex', deadline: null, outcome: 'broken' }] },
      e3,
    ]);
    expect((await store.forReport({ from: day(1), to: day(30), profileId: 'acme' })).events).toEqual([]);
  });

  it('remembers deleted clients and reports a damaged one', async () => {
    const database = freshDatabase();
    const store = ledgerStore(database);
    await store.archiveClient({ id: 'initech', name: 'Initech', color: '#336699', deletedAt: day(1) });
    await (await database()).put('archived-clients', { id: 'broken', name: 'B', color: 'red' });
    const read = await store.archivedClients();
    expect(read.clients).toEqual([{ id: 'initech', name: 'Initech', color: '#336699', deletedAt: day(1) }]);
    expect(read.invalid.map((r) => [r.store, r.key])).toEqual([['archived-clients', 'broken']]);
  });

  it('shows each week’s summary once, and never an older week after a newer one', async () => {
    const store = ledgerStore(freshDatabase());
    expect(await store.claimWeeklySummary('2026-W48')).toBe(true);
    expect(await store.claimWeeklySummary('2026-W48')).toBe(false);
    expect(await store.claimWeeklySummary('2026-W47')).toBe(false);
    expect(await store.claimWeeklySummary('2026-W49')).toBe(true);
  });
});
