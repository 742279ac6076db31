import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../test-support/db.ts';
import { makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import { getProfilesStatus } from './status.ts';

describe('status/profiles', () => {
  it('answers each valid profile inside or outside its hours now', async () => {
    const database = freshDatabase();
    const deps = makeDeps(database, new Date('2026-11-24T15:00:00Z'));
    await deps.profiles.putMany([
      sampleProfile(),
      sampleProfile({
        id: 'night',
        name: 'Night shift',
        match: ['night.example'],
        hours: {
          mon: [],
          tue: [{ start: '22:00', end: '02:00', overnight: true }],
          wed: [],
          thu: [],
          fri: [],
          sat: [],
          sun: [],
        },
      }),
    ]);
    await (await database()).put('profiles', { id: 'broken' });

    const answer = await getProfilesStatus(undefined, PAGE_SENDER, deps);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const byId = Object.fromEntries(answer.value.map((s) => [s.profile.id, s.inside]));
    expect(byId).toEqual({ acme: true, night: false });
  });

  it('answers an empty list on a fresh install', async () => {
    expect(await getProfilesStatus(undefined, PAGE_SENDER, makeDeps(freshDatabase()))).toEqual({ ok: true, value: [] });
  });
});
