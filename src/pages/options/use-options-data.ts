import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../core/profile.ts';
import type { ProfilesListing, Result } from '../../messaging/protocol.ts';
import { call } from '../ui/rpc.ts';

type Failure = Extract<Result<unknown>, { ok: false }>['error'];

export interface OptionsData {
  loaded: boolean;
  listing: ProfilesListing | null;
  listError: Failure | null;
  settings: Settings;
  settingsError: Failure | null;
  reload: () => Promise<void>;
  /** Replace the settings after a successful settings/set. */
  setSettings: (s: Settings) => void;
}

/** The options page's data from the worker: the profiles (and stored records that failed), the settings. */
export function useOptionsData(): OptionsData {
  const [loaded, setLoaded] = useState(false);
  const [listing, setListing] = useState<ProfilesListing | null>(null);
  const [listError, setListError] = useState<Failure | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [settingsError, setSettingsError] = useState<Failure | null>(null);

  const reload = useCallback(async () => {
    const [list, stored] = await Promise.all([call('profiles/list'), call('settings/get')]);
    if (list.ok) {
      setListing(list.value);
      setListError(null);
    } else {
      setListError(list.error);
    }
    if (stored.ok) {
      setSettings(stored.value);
      setSettingsError(null);
    } else {
      setSettingsError(stored.error);
    }
    setLoaded(true);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { loaded, listing, listError, settings, settingsError, reload, setSettings };
}
