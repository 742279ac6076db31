import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClientProfile, Settings } from '../../../core/profile.ts';
import type { QueueEntry } from '../../../core/queue-types.ts';
import { Button } from '../../ui/Button.tsx';
import { boundaryWarning, parseRetime, toLocalInput } from './retime.ts';

export interface RetimeFormProps {
  entry: QueueEntry;
  /** The client whose zone the time is typed in. */
  zone: string;
  profiles: readonly ClientProfile[];
  settings: Settings;
  onSave: (dueAt: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * A new due time in the client's zone. A time outside the boundary is warned about before it
 * is saved; saving it anyway takes a second, deliberate press.
 */
export function RetimeForm({ entry, zone, profiles, settings, onSave, onCancel }: RetimeFormProps) {
  const [text, setText] = useState(toLocalInput(entry.dueAt, zone));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const parsed = parseRetime(text, zone, new Date());
  const warning = parsed.ok ? boundaryWarning(entry.recipients, profiles, settings, parsed.iso) : null;
  const id = `retime-${entry.id}`;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  /** Puts the next allowed time into the picker (still saved with the button, as any time). */
  const takeNextWindow = (iso: string) => {
    setText(toLocalInput(iso, zone));
    setError(null);
    input.current?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const now = parseRetime(text, zone, new Date());
    if (!now.ok) {
      setError(now.message);
      return;
    }
    setBusy(true);
    await onSave(now.iso);
    setBusy(false);
  };

  return (
    <form class="rc-retime" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label class="rc-field__label" for={id}>
        New time, in {zone} (the client’s time)
      </label>
      <input
        id={id}
        type="datetime-local"
        value={text}
        aria-invalid={error !== null}
        aria-describedby={`${id}-note`}
        ref={input}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setError(null);
        }}
      />
      <div id={`${id}-note`}>
        {error !== null ? (
          <p class="rc-inline-error" role="alert">
            {error}
          </p>
        ) : null}
        {warning !== null ? (
          <div class="rc-notice rc-notice--warning" role="status">
            <p>{warning.message}</p>
            {warning.nextWindow !== null ? (
              <Button small onClick={() => takeNextWindow(warning.nextWindow ?? '')}>
                Use the next window: {toLocalInput(warning.nextWindow, zone).replace('T', ' ')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
      <div class="rc-row">
        <Button type="submit" variant="primary" disabled={busy}>
          {warning !== null ? 'Save this time anyway' : 'Save the new time'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
