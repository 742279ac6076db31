import { useCallback, useEffect, useState } from 'preact/hooks';
import type { QueueListing, Result } from '../../../messaging/protocol.ts';
import { call } from '../../ui/rpc.ts';

type Failure = Extract<Result<unknown>, { ok: false }>['error'];

/** While the page is visible the list follows the worker (deliveries happen meanwhile). */
const REFRESH_MS = 5_000;

/** Every queue entry (without bodies), refreshed every few seconds while the page is visible. */
export function useQueueListing(): {
  listing: QueueListing | null;
  error: Failure | null;
  at: number;
  reload: () => Promise<void>;
} {
  const [listing, setListing] = useState<QueueListing | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const [at, setAt] = useState(Date.now());

  const reload = useCallback(async () => {
    const answer = await call('queue/list');
    setAt(Date.now());
    if (answer.ok) {
      setListing(answer.value);
      setError(null);
    } else setError(answer.error);
  }, []);

  useEffect(() => {
    void reload();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  return { listing, error, at, reload };
}
