import { useEffect, useRef } from 'preact/hooks';
import type { Problem } from '../../core/problem.ts';
import { focusField } from './field-ids.ts';

export interface ErrorSummaryProps {
  title: string;
  /** A message from the worker, shown above the list when it adds something. */
  message?: string | undefined;
  problems: readonly Problem[];
  /** Change this to move focus to the summary again (e.g. on every failed save). */
  focusKey: number;
  /**
   * The last `focusKey` focus was moved for, kept by the form (a ref that outlives this
   * summary). The summary disappears when the last problem is fixed and comes back when the
   * user types something invalid again: it must not then take focus from the field being typed in.
   */
  focusedKey: { current: number };
}

/**
 * The list of everything wrong, at the top of a form. Focus moves here on each failed attempt;
 * each entry is a button that moves focus to the field it is about.
 */
export function ErrorSummary({ title, message, problems, focusKey, focusedKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusedKey.current === focusKey) return;
    focusedKey.current = focusKey;
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'start' });
  }, [focusKey]);
  return (
    <div ref={ref} class="rc-notice rc-notice--error" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title" class="rc-notice__title">
        {title}
      </h2>
      {message ? <p>{message}</p> : null}
      {problems.length > 0 ? (
        <ul>
          {problems.map((p, i) => (
            <li key={i}>
              <button type="button" class="rc-link-button" onClick={() => focusField(p.path)}>
                {p.message}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
