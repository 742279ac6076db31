import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../core/profile.ts';
import type { ProfileStatus } from '../../core/status-types.ts';
import type { Result } from '../../messaging/protocol.ts';
import { call } from '../ui/rpc.ts';

type Failure = Extract<Result<unknown>, { ok: false }>['error'];

export interface PopupData {
  loaded: boolean;
  statuses: ProfileStatus[];
  statusError: Failure | null;
  settings: Settings;
  settingsError: Failure | null;
  /** When the statuses were fetched (ISO), the "now" their times are told against. */
  at: string;
}

const REFRESH_MS = 30_000;

/** Each profile's boundary right now, refreshed while the popup stays open. */
export function usePopupData(): PopupData {
  const [data, setData] = useState<PopupData>({
    loaded: false,
    statuses: [],
    statusError: null,
    settings: DEFAULT_SETTINGS,
    settingsError: null,
    at: new Date().toISOString(),
  });

  const load = useCallback(async () => {
    const [status, settings] = await Promise.all([call('status/profiles'), call('settings/get')]);
    setData((prev) => ({
      loaded: true,
      statuses: status.ok ? status.value : prev.statuses,
      statusError: status.ok ? null : status.error,
      settings: settings.ok ? settings.value : prev.settings,
      settingsError: settings.ok ? null : settings.error,
      at: new Date().toISOString(),
    }));
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  return data;
}
