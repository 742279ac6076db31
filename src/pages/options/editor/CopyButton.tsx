import { useEffect, useState } from 'preact/hooks';
import { Button } from '../../ui/Button.tsx';

export interface CopyButtonProps {
  label: string;
  /** The text put on the clipboard. A change clears the last "Copied", which was about the old text. */
  text: string;
  /** Where the status is announced (an aria-live region next to the button). */
  statusId: string;
  /** navigator.clipboard.writeText unless a test passes its own. */
  write?: (text: string) => Promise<void>;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; reason: string };

function clipboardWrite(text: string): Promise<void> {
  if (typeof navigator.clipboard?.writeText !== 'function') {
    return Promise.reject(new Error('this browser gives the page no clipboard'));
  }
  return navigator.clipboard.writeText(text);
}

/** A button that copies one text to the clipboard and says, in a live region, whether it worked. */
export function CopyButton({ label, text, statusId, write = clipboardWrite }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  useEffect(() => setState({ kind: 'idle' }), [text]);

  const copy = async () => {
    try {
      await write(text);
      setState({ kind: 'copied' });
    } catch (err: unknown) {
      const reason = err instanceof Error ? err.message : String(err);
      setState({ kind: 'failed', reason });
    }
  };

  const message =
    state.kind === 'copied'
      ? 'Copied'
      : state.kind === 'failed'
        ? `Could not copy: ${state.reason}. Select the text and copy it by hand.`
        : '';
  return (
    <div class="rc-row">
      <Button small aria-describedby={statusId} onClick={() => void copy()}>
        {label}
      </Button>
      <span
        id={statusId}
        class={state.kind === 'failed' ? 'rc-statement__status rc-statement__status--failed' : 'rc-statement__status'}
        role="status"
      >
        {message}
      </span>
    </div>
  );
}
