import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/profile.ts';
import { freshDatabase } from '../test-support/db.ts';
import { sampleProfile } from '../test-support/fixtures.ts';
import { profilesStore } from './profiles-store.ts';
import { SETTINGS_KEY } from './schema.ts';
import { settingsStore } from './settings-store.ts';

describe('settingsStore', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await settingsStore(freshDatabase()).get()).toEqual({ settings: DEFAULT_SETTINGS, invalid: null });
  });

  it('patches over the current settings and keeps the rest', async () => {
    const store = settingsStore(freshDatabase());
    expect(await store.patch({ clock: '12h' })).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, clock: '12h' } });
    expect(await store.patch({ pausedUntil: '2026-11-24T16:00:00.000Z' })).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, clock: '12h', pausedUntil: '2026-11-24T16:00:00.000Z' },
    });
    expect((await store.get()).settings.clock).toBe('12h');
  });

  it('ignores keys sent as undefined instead of clearing them', async () => {
    const store = settingsStore(freshDatabase());
    await store.patch({ clock: '12h' });
    expect(await store.patch({ clock: undefined })).toMatchObject({ ok: true, settings: { clock: '12h' } });
  });

  it('refuses an invalid result and writes nothing', async () => {
    const store = settingsStore(freshDatabase());
    const result = await store.patch({ clock: '25h' });
    expect(result.ok).toBe(false);
    expect((await store.get()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('accepts a default profile only when it exists and is valid', async () => {
    const database = freshDatabase();
    const store = settingsStore(database);
    const missing = await store.patch({ defaultProfileId: 'acme' });
    expect(missing).toMatchObject({ ok: false, problems: [{ path: 'defaultProfileId' }] });

    await profilesStore(database).put(sampleProfile());
    expect(await store.patch({ defaultProfileId: 'acme' })).toMatchObject({
      ok: true,
      settings: { defaultProfileId: 'acme' },
    });

    await (await database()).put('profiles', { id: 'broken' });
    expect(await store.patch({ defaultProfileId: 'broken' })).toMatchObject({ ok: false });
  });

  it('reports damaged settings, runs on the defaults, and leaves the record alone until saved', async () => {
    const database = freshDatabase();
    const store = settingsStore(database);
    await (await database()).put('settings', { clock: 'sundial' }, SETTINGS_KEY);

    const read = await store.get();
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.invalid).toMatchObject({ store: 'settings', key: 'settings' });
    expect(read.invalid?.problems.length).toBeGreaterThan(0);
    expect(await (await database()).get('settings', SETTINGS_KEY)).toEqual({ clock: 'sundial' });

    // Saving is the repair: the patch goes over the defaults.
    expect(await store.patch({ clock: '12h' })).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, clock: '12h' } });
    expect((await store.get()).invalid).toBeNull();
  });
});

describe('settings stored before the report (issue 12)', () => {
  it('read with the report’s defaults: keep the record 2 years, no weekly summary', async () => {
    const database = freshDatabase();
    await (await database()).put('settings', { defaultProfileId: null, clock: '12h', pausedUntil: null }, 'settings');
    expect(await settingsStore(database).get()).toEqual({
      settings: { defaultProfileId: null, clock: '12h', pausedUntil: null, retention: '2y', weeklySummary: false },
      invalid: null,
    });
  });

  it('saves the retention and weekly summary choices, and refuses an unknown retention', async () => {
    const store = settingsStore(freshDatabase());
    expect(await store.patch({ retention: '1y', weeklySummary: true })).toMatchObject({
      ok: true,
      settings: { retention: '1y', weeklySummary: true },
    });
    const refused = await store.patch({ retention: '5y' });
    expect(refused.ok ? [] : refused.problems.map((p) => p.path)).toEqual(['retention']);
  });
});
