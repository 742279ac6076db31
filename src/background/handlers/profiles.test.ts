import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../test-support/db.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import { deleteProfile, listProfiles, saveProfile } from './profiles.ts';

const acme = sampleProfile();
const globex = sampleProfile({ id: 'globex', name: 'Globex', match: ['globex.com'] });

describe('profiles/list', () => {
  it('lists valid profiles and names invalid records', async () => {
    const database = freshDatabase();
    const deps = makeDeps(database);
    await deps.profiles.put(acme);
    await (await database()).put('profiles', { id: 'broken' });
    const answer = await listProfiles(undefined, PAGE_SENDER, deps);
    expect(answer.ok && answer.value.profiles).toEqual([acme]);
    expect(answer.ok && answer.value.invalid.map((r) => r.key)).toEqual(['broken']);
  });

  it('is answered for our content script too (read only)', async () => {
    expect((await listProfiles(undefined, CONTENT_SENDER, makeDeps(freshDatabase()))).ok).toBe(true);
  });
});

describe('profiles/save', () => {
  it('saves a valid profile and answers it', async () => {
    const deps = makeDeps(freshDatabase());
    expect(await saveProfile(acme, PAGE_SENDER, deps)).toEqual({ ok: true, value: acme });
    expect(await deps.profiles.get('acme')).toEqual({ profile: acme });
  });

  it('saves changes to an existing profile (its own addresses are not a conflict)', async () => {
    const deps = makeDeps(freshDatabase());
    await saveProfile(acme, PAGE_SENDER, deps);
    const renamed = { ...acme, name: 'Acme Corp' };
    expect(await saveProfile(renamed, PAGE_SENDER, deps)).toEqual({ ok: true, value: renamed });
    expect((await deps.profiles.list()).profiles).toEqual([renamed]);
  });

  it('refuses an address another client already claims, and writes nothing', async () => {
    const deps = makeDeps(freshDatabase());
    await saveProfile(acme, PAGE_SENDER, deps);
    const claimer = sampleProfile({ id: 'claimer', name: 'Claimer', match: ['acme.com'] });
    const answer = await saveProfile(claimer, PAGE_SENDER, deps);
    expect(answer.ok).toBe(false);
    expect(answer.ok ? [] : answer.error.problems ?? []).not.toHaveLength(0);
    expect(await deps.profiles.get('claimer')).toBeNull();
  });

  it('refuses an invalid profile with one problem per fault', async () => {
    const deps = makeDeps(freshDatabase());
    const answer = await saveProfile({ ...acme, timeZone: 'Mars/Olympus', color: 'red' }, PAGE_SENDER, deps);
    expect(answer.ok).toBe(false);
    expect(answer.ok ? 0 : answer.error.problems?.length).toBeGreaterThanOrEqual(2);
    expect(await deps.profiles.list()).toEqual({ profiles: [], invalid: [] });
  });

  it('refuses data that is not a profile at all', async () => {
    const deps = makeDeps(freshDatabase());
    for (const data of [undefined, null, 'acme', 42, []]) {
      const answer = await saveProfile(data, PAGE_SENDER, deps);
      expect(answer.ok).toBe(false);
    }
    expect(await deps.profiles.list()).toEqual({ profiles: [], invalid: [] });
  });

  it('is refused for our content script', async () => {
    const deps = makeDeps(freshDatabase());
    expect((await saveProfile(acme, CONTENT_SENDER, deps)).ok).toBe(false);
    expect(await deps.profiles.get('acme')).toBeNull();
  });
});

describe('profiles/delete', () => {
  it('deletes, and unsets the default profile when it was the one', async () => {
    const deps = makeDeps(freshDatabase());
    await deps.profiles.putMany([acme, globex]);
    await deps.settings.patch({ defaultProfileId: 'globex', clock: '12h' });

    expect(await deleteProfile('globex', PAGE_SENDER, deps)).toEqual({ ok: true, value: null });
    expect((await deps.profiles.list()).profiles).toEqual([acme]);
    expect((await deps.settings.get()).settings).toMatchObject({ defaultProfileId: null, clock: '12h' });
  });

  it('succeeds for an id that is not stored (a retry is harmless)', async () => {
    expect(await deleteProfile('nobody', PAGE_SENDER, makeDeps(freshDatabase()))).toEqual({ ok: true, value: null });
  });

  it('refuses an id that is not text', async () => {
    const answer = await deleteProfile({ id: 42 }, PAGE_SENDER, makeDeps(freshDatabase()));
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error.message).toBe('Refused: the profile to delete is not well-formed.');
  });
});

describe('open composes are told when profiles change', () => {
  it('after a save and a delete, not after a refused save', async () => {
    let refreshed = 0;
    const deps = { ...makeDeps(freshDatabase()), refreshGuards: () => Promise.resolve(void (refreshed += 1)) };
    await saveProfile(acme, PAGE_SENDER, deps);
    expect(refreshed).toBe(1);
    await saveProfile({ ...globex, match: ['acme.com'] }, PAGE_SENDER, deps); // refused: acme.com is taken
    expect(refreshed).toBe(1);
    await deleteProfile('acme', PAGE_SENDER, deps);
    expect(refreshed).toBe(2);
  });
});
