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
    // A profile stored before revisions existed is listed as revision 0, so the editor can send it back.
    expect(answer.ok && answer.value.profiles).toEqual([{ ...acme, revision: 0 }]);
    expect(answer.ok && answer.value.invalid.map((r) => r.key)).toEqual(['broken']);
  });

  it('is refused for our content script: it would list every client with its addresses', async () => {
    const answer = await listProfiles(undefined, CONTENT_SENDER, makeDeps(freshDatabase()));
    expect(answer.ok ? '' : answer.error.message).toMatch(
      /^Refused: "profiles\/list" is only answered for Red Cup's own pages/,
    );
  });
});

describe('profiles/save', () => {
  it('saves a new profile as revision 1 and answers it', async () => {
    const deps = makeDeps(freshDatabase());
    expect(await saveProfile(acme, PAGE_SENDER, deps)).toEqual({ ok: true, value: { ...acme, revision: 1 } });
    expect(await deps.profiles.get('acme')).toEqual({ profile: { ...acme, revision: 1 } });
  });

  it('saves changes to an existing profile one revision on (its own addresses are not a conflict)', async () => {
    const deps = makeDeps(freshDatabase());
    await saveProfile(acme, PAGE_SENDER, deps);
    const renamed = { ...acme, name: 'Acme Corp', revision: 1 };
    expect(await saveProfile(renamed, PAGE_SENDER, deps)).toEqual({ ok: true, value: { ...renamed, revision: 2 } });
    expect((await deps.profiles.list()).profiles).toEqual([{ ...renamed, revision: 2 }]);
  });

  it('saves a profile stored before revisions existed when the save names revision 0', async () => {
    const deps = makeDeps(freshDatabase());
    await deps.profiles.put(acme); // no revision, as older versions stored it
    const renamed = { ...acme, name: 'Acme Corp', revision: 0 };
    expect(await saveProfile(renamed, PAGE_SENDER, deps)).toEqual({ ok: true, value: { ...renamed, revision: 1 } });
  });

  it('refuses a save edited from an older revision, offers to reload, and keeps the newer one', async () => {
    const deps = makeDeps(freshDatabase());
    await saveProfile(acme, PAGE_SENDER, deps);
    // Two options pages opened Acme at revision 1; the first saves a new name.
    expect((await saveProfile({ ...acme, name: 'Acme Corp', revision: 1 }, PAGE_SENDER, deps)).ok).toBe(true);
    const second = await saveProfile({ ...acme, notes: 'Prefers calls', revision: 1 }, PAGE_SENDER, deps);
    expect(second).toEqual({
      ok: false,
      error: {
        message:
          '“Acme Corp” was changed in another window after you opened it, so your changes were not saved. Reload to see the current version, then make your changes again.',
        problems: [
          {
            path: 'revision',
            message:
              '“Acme Corp” was changed in another window after you opened it, so your changes were not saved. Reload to see the current version, then make your changes again.',
          },
        ],
      },
    });
    expect(await deps.profiles.get('acme')).toEqual({ profile: { ...acme, name: 'Acme Corp', revision: 2 } });
  });

  it('refuses to bring back a profile that was deleted after it was opened', async () => {
    const deps = makeDeps(freshDatabase());
    await saveProfile(acme, PAGE_SENDER, deps);
    await deleteProfile('acme', PAGE_SENDER, deps);
    const stale = await saveProfile({ ...acme, notes: 'Edited in the other window', revision: 1 }, PAGE_SENDER, deps);
    expect(stale.ok).toBe(false);
    expect(stale.ok ? '' : stale.error.message).toBe(
      '“Acme” was deleted in another window after you opened it, so it was not saved. Reload to see your clients as they are now.',
    );
    expect(stale.ok ? [] : stale.error.problems?.map((p) => p.path)).toEqual(['revision']);
    expect(await deps.profiles.get('acme')).toBeNull();
  });

  it('refuses a second "new" profile with an id that is already stored', async () => {
    const deps = makeDeps(freshDatabase());
    await saveProfile(acme, PAGE_SENDER, deps);
    const again = await saveProfile({ ...acme, name: 'Another Acme' }, PAGE_SENDER, deps);
    expect(again.ok ? '' : again.error.message).toMatch(/^“Acme” was already saved, perhaps from another window/);
    expect(await deps.profiles.get('acme')).toEqual({ profile: { ...acme, revision: 1 } });
  });

  it('refuses a profile over a size limit, naming the limit, and lists at most 50 problems', async () => {
    const deps = makeDeps(freshDatabase());
    const windows = Array.from({ length: 250_000 }, () => ({ start: '09:00', end: '09:30' }));
    const huge = {
      ...acme,
      name: 'Acme Corp',
      hours: { ...acme.hours, mon: windows },
      match: Array.from({ length: 3000 }, (_, i) => `x${i}`),
    };
    const answer = await saveProfile(huge, PAGE_SENDER, deps);
    const messages = answer.ok ? [] : (answer.error.problems ?? []).map((p) => p.message);
    expect(messages).toContain('Acme Corp has 250,000 windows on Monday; at most 12 are allowed.');
    expect(messages).toContain('Acme Corp has 3,000 addresses and domains; at most 2,000 are allowed.');
    expect(messages).toHaveLength(51);
    expect(messages.at(-1)).toMatch(/^… and [\d,]+ more problems\.$/);
    expect(await deps.profiles.get('acme')).toBeNull();
  });

  it('refuses an address another client already claims, and writes nothing', async () => {
    const deps = makeDeps(freshDatabase());
    await saveProfile(acme, PAGE_SENDER, deps);
    const claimer = sampleProfile({ id: 'claimer', name: 'Claimer', match: ['acme.com'] });
    const answer = await saveProfile(claimer, PAGE_SENDER, deps);
    expect(answer.ok).toBe(false);
    expect(answer.ok ? [] : (answer.error.problems ?? [])).not.toHaveLength(0);
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
