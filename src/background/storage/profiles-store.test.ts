import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../test-support/db.ts';
import { sampleProfile } from '../test-support/fixtures.ts';
import { profilesStore } from './profiles-store.ts';
import { settingsStore } from './settings-store.ts';

const acme = sampleProfile();
const globex = sampleProfile({ id: 'globex', name: 'Globex', match: ['globex.com'] });

describe('profilesStore', () => {
  it('lists nothing on a fresh install', async () => {
    const store = profilesStore(freshDatabase());
    expect(await store.list()).toEqual({ profiles: [], invalid: [] });
    expect(await store.get('acme')).toBeNull();
  });

  it('writes, reads back, and deletes profiles', async () => {
    const store = profilesStore(freshDatabase());
    await store.put(acme);
    await store.put(globex);
    expect(await store.get('acme')).toEqual({ profile: acme });
    expect((await store.list()).profiles.map((p) => p.id).sort()).toEqual(['acme', 'globex']);

    await store.delete('acme');
    expect(await store.get('acme')).toBeNull();
    expect((await store.list()).profiles.map((p) => p.id)).toEqual(['globex']);
  });

  it('reports an invalid stored record with its problems, and keeps it on disk', async () => {
    const database = freshDatabase();
    const store = profilesStore(database);
    await store.put(acme);
    await (await database()).put('profiles', { id: 'broken', name: 'Broken', timeZone: 'Mars/Olympus' });

    const listing = await store.list();
    expect(listing.profiles).toEqual([acme]);
    expect(listing.invalid).toHaveLength(1);
    expect(listing.invalid[0]).toMatchObject({ store: 'profiles', key: 'broken' });
    expect(listing.invalid[0]?.problems.length).toBeGreaterThan(0);
    const read = await store.get('broken');
    expect(read !== null && 'invalid' in read).toBe(true);

    // Still there: reading never deletes.
    expect(await (await database()).get('profiles', 'broken')).toMatchObject({ name: 'Broken' });
  });

  it('writes a batch all at once, or not at all', async () => {
    const database = freshDatabase();
    const store = profilesStore(database);
    await store.putMany([acme, globex]);
    expect((await store.list()).profiles).toHaveLength(2);

    // A record without an id violates the key path: the whole batch must be refused.
    const noId = { ...sampleProfile({ id: 'initech', name: 'Initech' }), id: undefined } as unknown as typeof acme;
    const fresh = profilesStore(freshDatabase());
    await expect(fresh.putMany([acme, noId])).rejects.toMatchObject({ name: 'DataError' });
    expect(await fresh.list()).toEqual({ profiles: [], invalid: [] });
  });

  it('update decides on the current listing and writes in the same transaction', async () => {
    const store = profilesStore(freshDatabase());
    await store.put(acme);
    const answer = await store.update((current) => ({ write: [globex], value: current.profiles.map((p) => p.id) }));
    expect(answer).toEqual(['acme']);
    expect((await store.list()).profiles.map((p) => p.id).sort()).toEqual(['acme', 'globex']);
  });

  it('update writes nothing when the decision throws', async () => {
    const store = profilesStore(freshDatabase());
    await expect(
      store.update(() => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect((await store.list()).profiles).toEqual([]);
  });

  it('deleting the default profile also unsets it in the settings', async () => {
    const database = freshDatabase();
    const store = profilesStore(database);
    const settings = settingsStore(database);
    await store.putMany([acme, globex]);
    expect(await settings.patch({ defaultProfileId: 'globex' })).toMatchObject({ ok: true });

    expect(await store.delete('acme')).toEqual({ clearedDefault: false });
    expect((await settings.get()).settings.defaultProfileId).toBe('globex');

    expect(await store.delete('globex')).toEqual({ clearedDefault: true });
    expect((await settings.get()).settings.defaultProfileId).toBeNull();
  });

  it('deleting a damaged record removes it (the user chose to)', async () => {
    const database = freshDatabase();
    const store = profilesStore(database);
    await (await database()).put('profiles', { id: 'broken' });
    await store.delete('broken');
    expect(await store.list()).toEqual({ profiles: [], invalid: [] });
  });
});

describe('profilesStore: the in-memory snapshot', () => {
  it('answers repeated reads from one snapshot, matcher included', async () => {
    const store = profilesStore(freshDatabase());
    await store.put(acme);
    const first = await store.snapshot();
    const second = await store.snapshot();
    expect(second).toBe(first);
    expect(first.matcher.match('jane@acme.com')).toBe('acme');
    // `list` hands out its own arrays, with the same (read-only) profiles in them.
    const listing = await store.list();
    listing.profiles.push(globex);
    expect((await store.list()).profiles).toEqual([acme]);
    expect((await store.list()).profiles[0]).toBe(first.profiles[0]);
  });

  it('is shared by every store over the same database (the worker makes one per message)', async () => {
    const database = freshDatabase();
    const snapshot = await profilesStore(database).snapshot();
    expect(await profilesStore(database).snapshot()).toBe(snapshot);
    expect(await profilesStore(freshDatabase()).snapshot()).not.toBe(snapshot);
  });

  it.each([
    ['put', (s: ReturnType<typeof profilesStore>) => s.put(globex)],
    ['putMany', (s: ReturnType<typeof profilesStore>) => s.putMany([globex])],
    ['update', (s: ReturnType<typeof profilesStore>) => s.update(() => ({ write: [globex], value: null }))],
  ])('sees a profile written with %s, through any store over the database', async (_label, write) => {
    const database = freshDatabase();
    const reader = profilesStore(database);
    await reader.put(acme);
    expect((await reader.snapshot()).matcher.match('bob@globex.com')).toBeNull();
    await write(profilesStore(database));
    const after = await reader.snapshot();
    expect(after.profiles.map((p) => p.id).sort()).toEqual(['acme', 'globex']);
    expect(after.matcher.match('bob@globex.com')).toBe('globex');
  });

  it('forgets a deleted profile', async () => {
    const store = profilesStore(freshDatabase());
    await store.putMany([acme, globex]);
    await store.snapshot();
    await store.delete('globex');
    const after = await store.snapshot();
    expect(after.profiles.map((p) => p.id)).toEqual(['acme']);
    expect(after.matcher.match('bob@globex.com')).toBeNull();
  });

  it('does not keep a read that raced a write', async () => {
    const database = freshDatabase();
    const store = profilesStore(database);
    await store.put(acme);
    // The read starts first; the write begins before it has finished.
    const racing = store.snapshot();
    const write = store.put(globex);
    await Promise.all([racing, write]);
    expect((await store.snapshot()).profiles.map((p) => p.id).sort()).toEqual(['acme', 'globex']);
  });

  it('invalidates even when a write fails', async () => {
    const database = freshDatabase();
    const store = profilesStore(database);
    await store.put(acme);
    await store.snapshot();
    await expect(
      store.update(() => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    // Written behind the store's back (as a test only can): seen because the failed write invalidated.
    await (await database()).put('profiles', globex);
    expect((await store.snapshot()).profiles.map((p) => p.id).sort()).toEqual(['acme', 'globex']);
  });
});

describe('profilesStore: revisions and writes under way (issue 13 C11, C14)', () => {
  it('reads a profile stored before revisions existed as it is, and one with a revision with it', async () => {
    const database = freshDatabase();
    const store = profilesStore(database);
    await (await database()).put('profiles', acme);
    await (await database()).put('profiles', { ...globex, revision: 4 });
    expect((await store.list()).profiles).toEqual([acme, { ...globex, revision: 4 }]);
    expect(await store.get('globex')).toEqual({ profile: { ...globex, revision: 4 } });
  });

  it('still reads a stored profile whose zone an older version stored as typed', async () => {
    const database = freshDatabase();
    await (await database()).put('profiles', { ...acme, timeZone: 'europe/paris' });
    expect((await profilesStore(database).list()).profiles.map((p) => p.timeZone)).toEqual(['Europe/Paris']);
  });

  it('answers from the profiles held while a write is under way, and from the written ones after', async () => {
    const store = profilesStore(freshDatabase());
    await store.put(acme);
    await store.snapshot();
    const write = store.update(() => ({ write: [globex], value: null }));
    const during = await store.snapshot();
    expect(during.profiles.map((p) => p.id)).toEqual(['acme']);
    await write;
    const after = await store.snapshot();
    expect(after.profiles.map((p) => p.id)).toEqual(['acme', 'globex']);
    expect(after.matcher.match('bob@globex.com')).toBe('globex');
    expect(await store.list()).toEqual({ profiles: [acme, globex], invalid: [] });
  });

  it('writes a thousand profiles in one transaction, all or none', async () => {
    const store = profilesStore(freshDatabase());
    const many = Array.from({ length: 1_000 }, (_, i) => ({
      ...globex,
      id: `p${String(i).padStart(4, '0')}`,
      match: [`p${i}.example`],
    }));
    await store.update(() => ({ write: many, value: null }));
    expect((await store.list()).profiles).toHaveLength(1_000);
    const broken = [
      ...many.slice(0, 500).map((p) => ({ ...p, name: 'renamed' })),
      { name: 'no id' } as unknown as typeof globex,
    ];
    await expect(store.update(() => ({ write: broken, value: null }))).rejects.toThrow();
    expect((await store.list()).profiles.filter((p) => p.name === 'renamed')).toEqual([]);
  });
});
