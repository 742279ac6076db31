import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { uniqueDbName } from '../test-support/db.ts';
import { openDatabase, UpgradeError, type UpgradeStep } from './upgrade-runner.ts';
import { UPGRADE_STEPS } from './upgrades.ts';

/** The released version 1: the runner's tests build their test versions on top of it. */
const V1 = UPGRADE_STEPS.slice(0, 1);

/** Version 1 records as the released version wrote them (plain objects, no validation needed here). */
const v1Profiles = [
  { id: 'acme', name: 'Acme', match: ['acme.com'] },
  { id: 'globex', name: 'Globex', match: ['globex.com'] },
];

/**
 * A test-only version 2: splits each profile's `match` into `addresses` and `domains`, and
 * indexes the ledger by kind. It awaits the transaction's own requests only, as real steps must.
 */
const testV2: UpgradeStep = async ({ tx }) => {
  const profiles = tx.objectStore('profiles');
  let cursor = await profiles.openCursor();
  while (cursor) {
    const old = cursor.value as { match: string[] };
    await cursor.update({
      ...old,
      addresses: old.match.filter((m) => m.includes('@')),
      domains: old.match.filter((m) => !m.includes('@')),
    });
    cursor = await cursor.continue();
  }
  tx.objectStore('ledger').createIndex('by-kind', 'kind');
};

async function writeV1(name: string): Promise<void> {
  const db = await openDatabase({ name, steps: V1 });
  const tx = db.transaction(['profiles', 'settings', 'queue', 'ledger'], 'readwrite');
  await Promise.all([
    ...v1Profiles.map((p) => tx.objectStore('profiles').put(p)),
    tx.objectStore('settings').put({ defaultProfileId: null, clock: '12h', pausedUntil: null }, 'settings'),
    tx.objectStore('queue').put({ id: 'q1', dueAt: '2026-11-25T13:00:00.000Z', status: 'pending' }),
    tx.objectStore('ledger').put({ id: 'e1', at: '2026-11-24T01:00:00.000Z', profileId: 'acme', kind: 'scheduled' }),
    tx.done,
  ]);
  db.close();
}

describe('openDatabase', () => {
  it('creates version 1 with its four stores and indexes on a fresh install', async () => {
    const db = await openDatabase({ name: uniqueDbName(), steps: V1 });
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames].sort()).toEqual(['ledger', 'profiles', 'queue', 'settings']);
    const tx = db.transaction(['profiles', 'settings', 'queue', 'ledger']);
    expect(tx.objectStore('profiles').keyPath).toBe('id');
    expect(tx.objectStore('settings').keyPath).toBeNull();
    expect(tx.objectStore('queue').keyPath).toBe('id');
    expect([...tx.objectStore('queue').indexNames].sort()).toEqual(['by-due', 'by-status']);
    expect(tx.objectStore('queue').index('by-due').keyPath).toBe('dueAt');
    expect(tx.objectStore('queue').index('by-status').keyPath).toBe('status');
    expect(tx.objectStore('ledger').keyPath).toBe('id');
    expect(tx.objectStore('ledger').index('by-time').keyPath).toBe('at');
    expect(tx.objectStore('ledger').index('by-profile').keyPath).toBe('profileId');
    db.close();
  });

  it('the version 1 indexes answer queries on real records', async () => {
    const name = uniqueDbName();
    await writeV1(name);
    const db = await openDatabase({ name, steps: V1 });
    expect(await db.getAllFromIndex('queue', 'by-status', 'pending')).toHaveLength(1);
    expect(await db.countFromIndex('queue', 'by-due', IDBKeyRange.upperBound('2026-12-01'))).toBe(1);
    expect(await db.getAllFromIndex('ledger', 'by-profile', 'acme')).toHaveLength(1);
    db.close();
  });

  it('upgrades stored version 1 data with a later step, keeping everything else', async () => {
    const name = uniqueDbName();
    await writeV1(name);

    const db = await openDatabase({ name, steps: [...V1, testV2] });
    expect(db.version).toBe(2);
    expect(await db.getAll('profiles')).toEqual([
      { id: 'acme', name: 'Acme', match: ['acme.com'], addresses: [], domains: ['acme.com'] },
      { id: 'globex', name: 'Globex', match: ['globex.com'], addresses: [], domains: ['globex.com'] },
    ]);
    expect(await db.get('settings', 'settings')).toEqual({ defaultProfileId: null, clock: '12h', pausedUntil: null });
    expect(await db.get('queue', 'q1')).toMatchObject({ status: 'pending' });
    const ledger = db.transaction('ledger').store;
    expect([...ledger.indexNames].sort()).toEqual(['by-kind', 'by-profile', 'by-time']);
    db.close();
  });

  it('runs only the steps between the stored version and the new one, in order', async () => {
    const name = uniqueDbName();
    await writeV1(name);
    const ran: number[] = [];
    const record: UpgradeStep = ({ from }) => {
      ran.push(from);
    };
    const db = await openDatabase({ name, steps: [V1[0] ?? record, record, record] });
    expect(db.version).toBe(3);
    expect(ran).toEqual([1, 2]);
    db.close();
  });

  it('runs every step in order on a fresh install', async () => {
    const ran: number[] = [];
    const record: UpgradeStep = ({ from }) => {
      ran.push(from);
    };
    const db = await openDatabase({ name: uniqueDbName(), steps: [...V1, record] });
    expect(ran).toEqual([1]);
    expect(db.version).toBe(2);
    db.close();
  });

  it('leaves the database at its old version, data untouched, when a step fails half-way', async () => {
    const name = uniqueDbName();
    await writeV1(name);
    const failing: UpgradeStep = async ({ tx }) => {
      await tx.objectStore('profiles').delete('acme');
      throw new Error('bad data in globex');
    };

    const attempt = openDatabase({ name, steps: [...V1, failing] });
    await expect(attempt).rejects.toBeInstanceOf(UpgradeError);
    await expect(attempt).rejects.toThrow(/from version 1 to 2 \(Error: bad data in globex\)/);

    const db = await openDB(name);
    expect(db.version).toBe(1);
    expect(await db.getAllKeys('profiles')).toEqual(['acme', 'globex']);
    db.close();
  });

  it('reports a step that throws synchronously the same way', async () => {
    const name = uniqueDbName();
    await writeV1(name);
    const failing: UpgradeStep = () => {
      throw new TypeError('oops');
    };
    await expect(openDatabase({ name, steps: [...V1, failing] })).rejects.toThrow(UpgradeError);
    const db = await openDB(name);
    expect(db.version).toBe(1);
    db.close();
  });

  it('refuses to open data written by a newer version (no silent downgrade)', async () => {
    const name = uniqueDbName();
    (await openDatabase({ name, steps: [...V1, testV2] })).close();
    await expect(openDatabase({ name, steps: V1 })).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('closes an old connection that blocks a newer version, and says so', async () => {
    const name = uniqueDbName();
    const onClose = vi.fn();
    const old = await openDatabase({ name, steps: V1, onClose });
    const newer = await openDatabase({ name, steps: [...V1, testV2] });
    expect(newer.version).toBe(2);
    expect(onClose).toHaveBeenCalledOnce();
    newer.close();
    void old;
  });
});
