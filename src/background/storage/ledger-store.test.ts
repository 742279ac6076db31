import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../core/ledger-types.ts';
import { freshDatabase } from '../test-support/db.ts';
import { ledgerStore } from './ledger-store.ts';

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
    expect((await store.list({ from: '2026-11-24T00:00:00.000Z', to: '2026-11-25T00:00:00.000Z' })).events.map((e) => e.id)).toEqual(['e2']);
    expect((await store.list({ profileId: 'globex', from: '2026-11-25T00:00:00.000Z' })).events.map((e) => e.id)).toEqual(['e3']);
  });

  it('reports damaged records with their problems and keeps them on disk', async () => {
    const database = freshDatabase();
    const store = ledgerStore(database);
    await store.put(e1);
    const db = await database();
    await db.put('ledger', { id: 'bad-kind', kind: 'sent-whenever', profileIds: ['acme'], at: '2026-11-23T10:00:00.000Z' });
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
