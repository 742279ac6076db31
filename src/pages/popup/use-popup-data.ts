import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../core/profile.ts';
import type { ProfileStatus } from '../../core/status-types.ts';
import type { DriftNotice } from '../../core/report-types.ts';
import type { QueueSummary, Result } from '../../messaging/protocol.ts';
import { call } from '../ui/rpc.ts';

type Failure = Extract<Result<unknown>, { ok: false }>['error'];

export interface PopupData {
  loaded: boolean;
  statuses: ProfileStatus[];
  statusError: Failure | null;
  settings: Settings;
  settingsError: Failure | null;
  /** Null until the worker answered once. */
  queue: QueueSummary | null;
  queueError: Failure | null;
  /** Clients whose expectation is shifting (exceptions cluster); empty when none or unknown. */
  drift: DriftNotice[];
  driftError: Failure | null;
  /** When the statuses were fetched (ISO), the "now" their times are told against. */
  at: string;
}

const REFRESH_MS = 30_000;

/**
 * Each profile's boundary right now, the settings, the queue and the clients whose expectation is shifting, refreshed while the popup
 * stays open. `replaceSettings` takes the worker's answer to a `settings/set`.
 */
export function usePopupData(): PopupData & { replaceSettings: (settings: Settings) => void } {
  const [data, setData] = useState<PopupData>({
    loaded: false,
    statuses: [],
    statusError: null,
    settings: DEFAULT_SETTINGS,
    settingsError: null,
    queue: null,
    queueError: null,
    drift: [],
    driftError: null,
    at: new Date().toISOString(),
  });

  const load = useCallback(async () => {
    const [status, settings, queue, drift] = await Promise.all([
      call('status/profiles'),
      call('settings/get'),
      call('queue/summary'),
      call('report/drift'),
    ]);
    setData((prev) => ({
      loaded: true,
      statuses: status.ok ? status.value : prev.statuses,
      statusError: status.ok ? null : status.error,
      settings: settings.ok ? settings.value : prev.settings,
      settingsError: settings.ok ? null : settings.error,
      queue: queue.ok ? queue.value : prev.queue,
      queueError: queue.ok ? null : queue.error,
      drift: drift.ok ? drift.value : prev.drift,
      driftError: drift.ok ? null : drift.error,
      at: new Date().toISOString(),
    }));
  }, []);

  const replaceSettings = useCallback((settings: Settings) => {
    setData((prev) => ({ ...prev, settings, settingsError: null, at: new Date().toISOString() }));
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  return { ...data, replaceSettings };
}
