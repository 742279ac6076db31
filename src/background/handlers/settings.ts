/** `settings/get` and `settings/set`. */
import { defineHandler } from './define.ts';
import { ok, refused } from '../../messaging/result.ts';

/**
 * Damaged stored settings are reported, not replaced: the answer is a failure naming the
 * problems (the worker meanwhile runs on the defaults, and saving settings repairs them).
 */
export const getSettings = defineHandler('settings/get', {
  failure: 'Could not read the settings',
  run: async (_data, { settings }) => {
    const read = await settings.get();
    if (read.invalid !== null) {
      return refused(
        'The saved settings are damaged, so Red Cup is using its defaults until you save the settings again.',
        read.invalid.problems,
      );
    }
    return ok(read.settings);
  },
});

/**
 * A saved change reaches the open mail tabs at once (the pause switch, the clock, "Everyone
 * else" all change what the guard shows): they are told to re-check their composes.
 */
export const setSettings = defineHandler('settings/set', {
  failure: 'Could not save the settings',
  run: async (patch, { settings, refreshGuards }) => {
    const result = await settings.patch(patch);
    if (!result.ok) return refused('The settings were not saved: please fix the problems below.', result.problems);
    await refreshGuards();
    return ok(result.settings);
  },
});
