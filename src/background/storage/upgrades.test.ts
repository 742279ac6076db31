import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uniqueDbName } from '../test-support/db.ts';
import { ledgerStore } from './ledger-store.ts';
import { openDatabase } from './upgrade-runner.ts';
import { DB_VERSION, UPGRADE_STEPS } from './upgrades.ts';

/** Writes records as version 1 stored them, through version 1's own schema. */
async function writeV1(name: string): Promise<void> {
  const db = await openDatabase({ name, steps: UPGRADE_STEPS.slice(0, 1) });
  const tx = db.transaction(['profiles', 'settings', 'queue', 'ledger'], 'readwrite');
  await Promise.all([
    tx.objectStore('profiles').put({ id: 'acme', name: 'Acme', match: ['acme.com'] }),
    tx.objectStore('settings').put({ defaultProfileId: null, clock: '12h', pausedUntil: null }, 'settings'),
    tx.objectStore('queue').put({ id: 'q1', dueAt: '2026-11-25T13:00:00.000Z', status: 'pending' }),
    tx.objectStore('ledger').put({ id: 'old', at: '2026-11-24T01:00:00.000Z', profileId: 'acme', kind: 'scheduled' }),
    tx
      .objectStore('ledger')
      .put({ id: 'new', at: '2026-11-24T02:00:00.000Z', profileIds: ['acme', 'globex'], kind: 'sent-anyway' }),
    tx.done,
  ]);
  db.close();
}

describe('upgrade 1 → 2: the ledger indexed by each of its clients', () => {
  it('creates the multiEntry index on a fresh install', async () => {
    const db = await openDatabase({ name: uniqueDbName(), steps: UPGRADE_STEPS });
    const index = db.transaction('ledger').store.index('by-profile');
    expect(index.keyPath).toBe('profileIds');
    expect(index.multiEntry).toBe(true);
    db.close();
  });

  it('upgrades real version 1 data: every event found under each of its clients, everything else untouched', async () => {
    const name = uniqueDbName();
    await writeV1(name);
    const db = await openDatabase({ name, steps: UPGRADE_STEPS.slice(0, 2) });
    expect(db.version).toBe(2);

    expect(
      (await db.getAllFromIndex('ledger', 'by-profile', 'acme')).map((e) => (e as { id: string }).id).sort(),
    ).toEqual(['new', 'old']);
    expect((await db.getAllFromIndex('ledger', 'by-profile', 'globex')).map((e) => (e as { id: string }).id)).toEqual([
      'new',
    ]);
    expect(await db.get('ledger', 'old')).toEqual({
      id: 'old',
      at: '2026-11-24T01:00:00.000Z',
      profileIds: ['acme'],
      kind: 'scheduled',
    });

    expect(await db.get('profiles', 'acme')).toEqual({ id: 'acme', name: 'Acme', match: ['acme.com'] });
    expect(await db.get('settings', 'settings')).toEqual({ defaultProfileId: null, clock: '12h', pausedUntil: null });
    expect(await db.getAllFromIndex('queue', 'by-status', 'pending')).toHaveLength(1);
    expect(await db.countFromIndex('ledger', 'by-time', IDBKeyRange.bound('2026-11-24', '2026-11-25'))).toBe(2);
    db.close();
  });
});

describe('upgrade 2 → 3: the queue indexed by status and due time, and by waiting client', () => {
  it('indexes the entries already stored, and leaves them untouched', async () => {
    const name = uniqueDbName();
    const v2 = await openDatabase({ name, steps: UPGRADE_STEPS.slice(0, 2) });
    const entries = [
      {
        id: 'due',
        status: 'pending',
        dueAt: '2026-11-24T09:00:00.000Z',
        profileIds: ['acme'],
        reply: { html: '<p>kept</p>' },
      },
      { id: 'later', status: 'pending', dueAt: '2026-11-26T09:00:00.000Z', profileIds: ['acme'] },
      { id: 'scheduled', status: 'handed-off', dueAt: '2026-11-25T09:00:00.000Z', profileIds: ['acme'] },
      { id: 'gone', status: 'sent', dueAt: '2026-11-23T09:00:00.000Z', profileIds: ['globex'] },
      { id: 'damaged', status: 'pending' },
    ];
    const tx = v2.transaction('queue', 'readwrite');
    await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
    v2.close();

    const db = await openDatabase({ name, steps: UPGRADE_STEPS.slice(0, 3) });
    expect(db.version).toBe(3);
    const dueBy = IDBKeyRange.bound(['pending', ''], ['pending', '2026-11-25T00:00:00.000Z']);
    expect((await db.getAllFromIndex('queue', 'by-status-due', dueBy)).map((e) => (e as { id: string }).id)).toEqual([
      'due',
    ]);
    expect(
      await db.countFromIndex(
        'queue',
        'by-status-due',
        IDBKeyRange.bound(['handed-off', ''], ['handed-off', '\uffff']),
      ),
    ).toBe(1);
    // Each client's waiting entries are counted on the new index; sent history is in no count.
    expect(await db.countFromIndex('queue', 'by-waiting-client', IDBKeyRange.bound('acme\u0000', 'acme\uffff'))).toBe(
      3,
    );
    expect(
      await db.countFromIndex('queue', 'by-waiting-client', IDBKeyRange.bound('globex\u0000', 'globex\uffff')),
    ).toBe(0);
    expect(await db.get('queue', 'due')).toEqual({
      ...entries[0],
      waitingKeys: ['acme\u0000l\u00002026-11-24T09:00:00.000Z'],
    });
    expect(await db.get('queue', 'damaged')).toEqual({ id: 'damaged', status: 'pending' });
    db.close();
  });
});

describe('upgrade 3 → 4: the report’s indexes, deleted clients and the report’s state', () => {
  it('upgrades real version 3 data: every event found by report time, client and entry, and still readable as before', async () => {
    const name = uniqueDbName();
    const v3 = await openDatabase({ name, steps: UPGRADE_STEPS.slice(0, 3) });
    // As version 3 wrote them: a compose decision (content script) and a queue change (queue store).
    const decision = {
      id: 'd1',
      kind: 'sent-anyway',
      profileIds: ['acme', 'globex'],
      at: '2026-11-24T01:10:00.000Z',
      requestAt: '2026-11-24T00:40:00.000Z',
      triage: {
        answers: { agreedSituation: 'no', realHarm: 'no', emergencyToClient: 'unsure' },
        suggestion: 'red-cup',
      },
      provider: 'gmail',
      scheduledFor: null,
      recordedAt: '2026-11-24T01:10:01.000Z',
    };
    const handoff = {
      ...decision,
      id: 'd2',
      kind: 'scheduled',
      profileIds: ['acme'],
      triage: null,
      scheduledFor: '2026-11-24T13:00:00.000Z',
    };
    const delivered = {
      id: 'queue:q1:sent:delivered:2026-11-25T13:00:10.000Z',
      kind: 'delivered',
      profileIds: ['acme'],
      at: '2026-11-25T13:00:10.000Z',
      requestAt: null,
      triage: null,
      provider: 'outlook',
      scheduledFor: '2026-11-25T13:00:00.000Z',
      queue: { entryId: 'q1', status: 'sent', reason: null },
      recordedAt: '2026-11-25T13:00:10.000Z',
    };
    const damaged = { id: 'bad', kind: 'sent-inside' };
    const tx = v3.transaction(['ledger', 'profiles'], 'readwrite');
    await Promise.all([
      ...[decision, handoff, delivered, damaged].map((e) => tx.objectStore('ledger').put(e)),
      tx.objectStore('profiles').put({ id: 'acme', name: 'Acme' }),
      tx.done,
    ]);
    v3.close();

    const db = await openDatabase({ name, steps: UPGRADE_STEPS.slice(0, 4) });
    expect(db.version).toBe(4);
    const ids = (rows: unknown[]) => rows.map((r) => (r as { id: string }).id).sort();
    // The hand-off counts at its due time; the others when they happened.
    expect(
      ids(
        await db.getAllFromIndex(
          'ledger',
          'by-report-time',
          IDBKeyRange.bound('2026-11-24T12:00:00.000Z', '2026-11-26T00:00:00.000Z'),
        ),
      ),
    ).toEqual(['d2', delivered.id]);
    expect(
      ids(await db.getAllFromIndex('ledger', 'by-client-report', IDBKeyRange.bound('globex\u0000', 'globex\uffff'))),
    ).toEqual(['d1']);
    expect(
      await db.countFromIndex('ledger', 'by-client-exception', IDBKeyRange.bound('acme\u0000', 'acme\uffff')),
    ).toBe(1);
    expect(ids(await db.getAllFromIndex('ledger', 'by-entry', 'q1'))).toEqual([delivered.id]);
    // Old events read as they did (no promises: their promise is unknown); the damaged one is still there, reported.
    const listing = await ledgerStore(() => Promise.resolve(db)).list();
    expect(listing.events).toEqual([decision, delivered, handoff].sort((a, b) => (a.at < b.at ? -1 : 1)));
    expect(listing.invalid.map((r) => r.key)).toEqual(['bad']);
    expect(await db.get('ledger', 'bad')).toEqual(damaged);
    expect(await db.get('profiles', 'acme')).toEqual({ id: 'acme', name: 'Acme' });
    expect(await db.count('archived-clients')).toBe(0);
    expect(await db.count('report-state')).toBe(0);
    db.close();
  });
});

describe('upgrade 4 → 5: the report’s tallies of closed days', () => {
  it('is the current version', () => expect(DB_VERSION).toBe(5));

  it('adds an empty tally store and leaves version 4 data as it was', async () => {
    const name = uniqueDbName();
    const v4 = await openDatabase({ name, steps: UPGRADE_STEPS.slice(0, 4) });
    const event = {
      id: 'd1',
      kind: 'sent-inside',
      profileIds: ['acme'],
      at: '2026-11-24T01:10:00.000Z',
      requestAt: null,
      triage: null,
      provider: 'gmail',
      scheduledFor: null,
      recordedAt: '2026-11-24T01:10:01.000Z',
    };
    const tx = v4.transaction(['ledger', 'report-state'], 'readwrite');
    await Promise.all([
      tx.objectStore('ledger').put({ ...event, reportAt: event.at, clientKeys: [], exceptionKeys: [] }),
      tx.objectStore('report-state').put({ week: '2026-W48' }, 'weekly-summary'),
      tx.done,
    ]);
    v4.close();

    const db = await openDatabase({ name, steps: UPGRADE_STEPS });
    expect(db.version).toBe(5);
    expect(await db.count('report-days')).toBe(0);
    expect(await db.count('csv-days')).toBe(0);
    expect((await ledgerStore(() => Promise.resolve(db)).list()).events).toEqual([event]);
    expect(await db.get('report-state', 'weekly-summary')).toEqual({ week: '2026-W48' });
    db.close();
  });
});
