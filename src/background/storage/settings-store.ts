/**
 * The one settings record. Absent → the defaults; present but invalid → the defaults for
 * running, plus an InvalidRecord so the user is told (the record itself is left untouched).
 */
import type { Settings } from '../../core/profile.ts';
import type { Problem } from '../../core/problem.ts';
import { validateProfile, validateSettings } from '../../core/profile-validation.ts';
import { commit } from './commit.ts';
import type { DatabaseProvider } from './connection.ts';
import { readSettings, type SettingsRead } from './read-settings.ts';
import { SETTINGS_KEY } from './schema.ts';

export type SettingsPatchResult = { ok: true; settings: Settings } | { ok: false; problems: Problem[] };

export interface SettingsStore {
  get(): Promise<SettingsRead>;
  /**
   * Merges `patch` over the current settings (over the defaults when the stored ones are
   * damaged: saving is how the user repairs them), validates the result, checks that a
   * default profile exists, and writes — in one transaction with the profiles store, so the
   * profile cannot be deleted between the check and the write.
   */
  patch(patch: Readonly<Record<string, unknown>>): Promise<SettingsPatchResult>;
}

const MISSING_DEFAULT: Problem = {
  path: 'defaultProfileId',
  message:
    'The profile chosen for "Everyone else" does not exist (any more). Choose another one or turn "Everyone else" off.',
};

/** Keys sent as `undefined` mean "not part of the patch", not "clear this setting". */
function definedEntries(patch: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

export function settingsStore(database: DatabaseProvider): SettingsStore {
  return {
    async get() {
      const db = await database();
      return readSettings(await db.get('settings', SETTINGS_KEY));
    },

    async patch(patch) {
      const db = await database();
      const tx = db.transaction(['settings', 'profiles'], 'readwrite');
      return commit(tx, async (): Promise<SettingsPatchResult> => {
        const current = readSettings(await tx.objectStore('settings').get(SETTINGS_KEY));
        const checked = validateSettings({ ...current.settings, ...definedEntries(patch) });
        if (!checked.ok) return { ok: false, problems: checked.problems };
        const { defaultProfileId } = checked.settings;
        if (defaultProfileId !== null) {
          const raw = await tx.objectStore('profiles').get(defaultProfileId);
          if (raw === undefined || !validateProfile(raw).ok) return { ok: false, problems: [MISSING_DEFAULT] };
        }
        await tx.objectStore('settings').put(checked.settings, SETTINGS_KEY);
        return { ok: true, settings: checked.settings };
      });
    },
  };
}
