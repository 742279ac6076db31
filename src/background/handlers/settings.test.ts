import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/profile.ts';
import { SETTINGS_KEY } from '../storage/schema.ts';
import { freshDatabase } from '../test-support/db.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import { getSettings, setSettings } from './settings.ts';

describe('settings/get', () => {
  it('answers the defaults on a fresh install', async () => {
    const deps = makeDeps(freshDatabase());
    expect(await getSettings(undefined, PAGE_SENDER, deps)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('is refused for our content script (the guard gets what it needs from guard/check)', async () => {
    const answer = await getSettings(undefined, CONTENT_SENDER, makeDeps(freshDatabase()));
    expect(answer.ok ? '' : answer.error.message).toMatch(
      /^Refused: "settings\/get" is only answered for Red Cup's own pages/,
    );
  });

  it('reports damaged settings with their problems', async () => {
    const database = freshDatabase();
    await (await database()).put('settings', { clock: 'sundial' }, SETTINGS_KEY);
    const answer = await getSettings(undefined, PAGE_SENDER, makeDeps(database));
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toMatch(/damaged/);
    expect(answer.error.problems?.length).toBeGreaterThan(0);
  });
});

describe('settings/set', () => {
  it('merges a patch and answers the new settings', async () => {
    const deps = makeDeps(freshDatabase());
    expect(await setSettings({ clock: '12h' }, PAGE_SENDER, deps)).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, clock: '12h' },
    });
    expect(await getSettings(undefined, PAGE_SENDER, deps)).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, clock: '12h' },
    });
  });

  it('accepts an existing profile as "Everyone else" and refuses an unknown one', async () => {
    const deps = makeDeps(freshDatabase());
    const unknown = await setSettings({ defaultProfileId: 'acme' }, PAGE_SENDER, deps);
    expect(unknown.ok).toBe(false);
    expect(unknown.ok ? [] : unknown.error.problems?.map((p) => p.path)).toEqual(['defaultProfileId']);

    await deps.profiles.put(sampleProfile());
    expect(await setSettings({ defaultProfileId: 'acme' }, PAGE_SENDER, deps)).toMatchObject({
      ok: true,
      value: { defaultProfileId: 'acme' },
    });
  });

  it('refuses invalid values and writes nothing', async () => {
    const deps = makeDeps(freshDatabase());
    const answer = await setSettings({ clock: '25h' }, PAGE_SENDER, deps);
    expect(answer.ok).toBe(false);
    expect((await deps.settings.get()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses a patch that is not an object', async () => {
    for (const data of [undefined, null, '12h', ['clock']]) {
      const answer = await setSettings(data, PAGE_SENDER, makeDeps(freshDatabase()));
      expect(answer.ok ? '' : answer.error.message).toBe('Refused: the settings change is not well-formed.');
    }
  });

  it('is refused for our content script', async () => {
    const deps = makeDeps(freshDatabase());
    expect((await setSettings({ clock: '12h' }, CONTENT_SENDER, deps)).ok).toBe(false);
    expect((await deps.settings.get()).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings/set: the open mail tabs', () => {
  it('are told to re-check their composes once a change is saved (the pause switch)', async () => {
    const base = makeDeps(freshDatabase());
    // The tabs read the settings back as soon as they are told: the change must be stored by then.
    const seen: (string | null)[] = [];
    const refreshGuards = vi.fn(async () => {
      seen.push((await base.settings.get()).settings.pausedUntil);
    });
    const answer = await setSettings({ pausedUntil: '2026-11-24T16:00:00.000Z' }, PAGE_SENDER, {
      ...base,
      refreshGuards,
    });
    expect(answer.ok).toBe(true);
    expect(refreshGuards).toHaveBeenCalledOnce();
    expect(seen).toEqual(['2026-11-24T16:00:00.000Z']);
  });

  it('are not told when nothing was saved', async () => {
    const refreshGuards = vi.fn(() => Promise.resolve());
    const deps = { ...makeDeps(freshDatabase()), refreshGuards };
    await setSettings({ clock: '25h' }, PAGE_SENDER, deps);
    await setSettings({ clock: '12h' }, CONTENT_SENDER, deps);
    await setSettings('12h', PAGE_SENDER, deps);
    expect(refreshGuards).not.toHaveBeenCalled();
  });
});
