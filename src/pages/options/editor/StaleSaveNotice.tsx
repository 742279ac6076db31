import { useEffect, useRef } from 'preact/hooks';
import { Button } from '../../ui/Button.tsx';

export interface StaleSaveNoticeProps {
  /** The worker's sentence: changed or deleted in another window, and that nothing was saved. */
  message: string;
  busy: boolean;
  onReload: () => void;
}

/**
 * A save refused because the client changed (or was deleted) in another window after this
 * editor opened it. Nothing was written; "Reload" shows the client as it is stored now. Takes
 * focus when it appears, so a screen reader hears why the save did not happen.
 */
export function StaleSaveNotice({ message, busy, onReload }: StaleSaveNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div ref={ref} class="rc-notice rc-notice--error" role="alert" aria-labelledby="stale-save-title" tabIndex={-1}>
      <h2 id="stale-save-title" class="rc-notice__title">
        This client was not saved.
      </h2>
      <p>{message}</p>
      <div class="rc-row">
        <Button variant="primary" aria-disabled={busy ? 'true' : undefined} onClick={() => !busy && onReload()}>
          Reload
        </Button>
      </div>
    </div>
  );
}
