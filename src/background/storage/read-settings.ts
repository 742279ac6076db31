/**
 * Turns the raw `settings` record into Settings. Shared by the settings store and by the
 * profiles store (deleting the default profile must update settings in the same transaction).
 */
import { DEFAULT_SETTINGS, type Settings } from '../../core/profile.ts';
import { validateSettings } from '../../core/profile-validation.ts';
import type { InvalidRecord } from '../../messaging/protocol.ts';
import { invalidRecord } from './invalid-record.ts';
import { SETTINGS_KEY } from './schema.ts';

export interface SettingsRead {
  /** The stored settings, or the defaults when none are stored or the stored ones are invalid. */
  settings: Settings;
  /** Set when a record exists but failed validation; it is left on disk untouched. */
  invalid: InvalidRecord | null;
}

export function readSettings(raw: unknown): SettingsRead {
  if (raw === undefined) return { settings: { ...DEFAULT_SETTINGS }, invalid: null };
  const checked = validateSettings(raw);
  if (checked.ok) return { settings: checked.settings, invalid: null };
  return { settings: { ...DEFAULT_SETTINGS }, invalid: invalidRecord('settings', SETTINGS_KEY, checked.problems) };
}
