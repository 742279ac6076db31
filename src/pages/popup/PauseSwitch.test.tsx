// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type ProfileRef, type Settings } from '../../core/profile.ts';
import type { ProfileStatus } from '../../core/status-types.ts';
import type { Result } from '../../messaging/protocol.ts';
import { PauseSwitch } from './PauseSwitch.tsx';
import { alertText, button, hasButton, mount, referencedText, section, settle, text } from './testing/dom.ts';

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((unmount) => unmount()));

// Tuesday 24 November 2026, 19:10 in Berlin.
const NOW = '2026-11-24T18:10:00.000Z';
const ref: ProfileRef = { id: 'acme', name: 'Acme Corp', color: '#123456', timeZone: 'America/New_York' };
const closed: ProfileStatus = {
  profile: ref,
  inside: false,
  reason: 'after-hours',
  opensAt: '2026-11-25T13:00:00.000Z',
};
const open: ProfileStatus = { profile: ref, inside: true, until: '2026-11-24T23:00:00.000Z' };

/** A worker that stores each patch (or refuses with `refuse`). */
function worker(refuse?: string) {
  const patches: Partial<Settings>[] = [];
  const save = vi.fn((patch: Partial<Settings>): Promise<Result<Settings>> => {
    patches.push(patch);
    return Promise.resolve(
      refuse ? { ok: false, error: { message: refuse } } : { ok: true, value: { ...DEFAULT_SETTINGS, ...patch } },
    );
  });
  return { patches, save };
}

function show(settings: Settings, statuses: ProfileStatus[], save: ReturnType<typeof worker>['save']) {
  const onSaved = vi.fn();
  const { root, unmount } = mount(
    <PauseSwitch
      settings={settings}
      statuses={statuses}
      zone="Europe/Berlin"
      save={save}
      onSaved={onSaved}
      now={() => NOW}
    />,
  );
  mounted.push(unmount);
  return { root, onSaved };
}

describe('PauseSwitch', () => {
  it('is a labelled group of two buttons; "For 1 hour" pauses until an hour from now', async () => {
    const w = worker();
    const { root, onSaved } = show(DEFAULT_SETTINGS, [closed], w.save);
    const region = section(root, 'Pause Red Cup');
    const group = region.querySelector('[role="group"]');
    expect(group && referencedText(group, 'aria-labelledby')).toBe('Pause Red Cup');
    button(region, 'For 1 hour').click();
    await settle();
    expect(w.patches).toEqual([{ pausedUntil: '2026-11-24T19:10:00.000Z' }]);
    expect(onSaved).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, pausedUntil: '2026-11-24T19:10:00.000Z' });
  });

  it('"Until the next window" pauses until the first closed client opens, and says when', async () => {
    const w = worker();
    const { root } = show(DEFAULT_SETTINGS, [closed, open], w.save);
    const until = button(root, 'Until the next window');
    expect(until.getAttribute('aria-disabled')).toBeNull();
    expect(referencedText(until, 'aria-describedby')).toBe('The next window opens Wed 14:00 GMT+1.');
    until.click();
    await settle();
    expect(w.patches).toEqual([{ pausedUntil: '2026-11-25T13:00:00.000Z' }]);
  });

  it('"Until the next window" is disabled, and says why, when every client is inside', async () => {
    const w = worker();
    const { root } = show(DEFAULT_SETTINGS, [open], w.save);
    const until = button(root, 'Until the next window');
    expect(until.getAttribute('aria-disabled')).toBe('true');
    expect(referencedText(until, 'aria-describedby')).toBe('Every client is inside their hours now.');
    until.click();
    await settle();
    expect(w.save).not.toHaveBeenCalled();
  });

  it('while paused: until when in the user’s zone, and "Resume now" clears the pause', async () => {
    const w = worker();
    const { root, onSaved } = show({ ...DEFAULT_SETTINGS, pausedUntil: '2026-11-24T20:10:00.000Z' }, [closed], w.save);
    const region = section(root, 'Pause Red Cup');
    expect(text(region)).toContain('Paused until 21:10');
    expect(hasButton(region, 'For 1 hour')).toBe(false);
    button(region, 'Resume now').click();
    await settle();
    expect(w.patches).toEqual([{ pausedUntil: null }]);
    expect(onSaved).toHaveBeenCalledWith(DEFAULT_SETTINGS);
  });

  it('a pause that already ended is not shown as one', () => {
    const { root } = show({ ...DEFAULT_SETTINGS, pausedUntil: '2026-11-24T18:00:00.000Z' }, [closed], worker().save);
    expect(text(root)).not.toContain('Paused until');
    expect(hasButton(root, 'For 1 hour')).toBe(true);
  });

  it('says so when the worker refuses, and nothing changes', async () => {
    const w = worker('The settings could not be stored.');
    const { root, onSaved } = show(DEFAULT_SETTINGS, [closed], w.save);
    button(root, 'For 1 hour').click();
    await settle();
    expect(alertText(root)).toContain('Red Cup could not be paused.');
    expect(alertText(root)).toContain('The settings could not be stored.');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('moves focus to the control that replaced the one pressed', async () => {
    const w = worker();
    function Stateful() {
      const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
      return (
        <PauseSwitch
          settings={settings}
          statuses={[closed]}
          zone="Europe/Berlin"
          save={w.save}
          onSaved={setSettings}
          now={() => NOW}
        />
      );
    }
    const { root, unmount } = mount(<Stateful />);
    mounted.push(unmount);
    button(root, 'For 1 hour').click();
    await settle();
    expect(document.activeElement).toBe(button(root, 'Resume now'));
    button(root, 'Resume now').click();
    await settle();
    expect(document.activeElement).toBe(button(root, 'For 1 hour'));
  });

  it('uses the 12-hour clock when the user chose it', () => {
    const { root } = show(
      { ...DEFAULT_SETTINGS, clock: '12h', pausedUntil: '2026-11-24T20:10:00.000Z' },
      [closed],
      worker().save,
    );
    expect(text(root)).toContain('Paused until 9:10 PM');
  });
});
