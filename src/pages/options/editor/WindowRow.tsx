import type { Problem } from '../../../core/problem.ts';
import { Button } from '../../ui/Button.tsx';
import { InlineErrors } from '../../ui/InlineErrors.tsx';
import { fieldId } from '../../ui/field-ids.ts';
import { messagesAt, messagesUnder } from '../../ui/problems.ts';
import type { WindowDraft } from './draft.ts';

export interface WindowRowProps {
  /** "Monday window 1" — the start of every control's accessible name. */
  name: string;
  /** Problem path of this window: `hours.mon[0]`. */
  path: string;
  window: WindowDraft;
  problems: readonly Problem[];
  onChange: (w: WindowDraft) => void;
  /** Normalise what was typed once the user leaves a time box. */
  onTimeBlur: (part: 'start' | 'end') => void;
  onRemove: () => void;
}

/** One answering window: start and end as text, "ends next day" for an overnight one, Remove. */
export function WindowRow({ name, path, window: w, problems, onChange, onTimeBlur, onRemove }: WindowRowProps) {
  const rowId = fieldId(path);
  const startId = fieldId(`${path}.start`);
  const endId = fieldId(`${path}.end`);
  const nightId = fieldId(`${path}.overnight`);
  const rowErrors = messagesAt(problems, path);
  const startErrors = messagesUnder(problems, `${path}.start`);
  const endErrors = messagesUnder(problems, `${path}.end`);
  const nightErrors = messagesUnder(problems, `${path}.overnight`);
  const describe = (own: string[], ownId: string) =>
    [own.length > 0 ? ownId : null, rowErrors.length > 0 ? `${rowId}-errors` : null].filter(Boolean).join(' ') ||
    undefined;
  const invalid = (own: string[]) => (own.length > 0 || rowErrors.length > 0 ? 'true' : undefined);

  return (
    <div class="rc-window" role="group" aria-label={name} id={rowId}>
      <div class="rc-window__controls">
        <input
          id={startId}
          type="text"
          class="rc-time"
          inputMode="text"
          autoComplete="off"
          placeholder="9:00"
          aria-label={`${name} start`}
          aria-describedby={describe(startErrors, `${startId}-errors`)}
          aria-invalid={invalid(startErrors)}
          value={w.start}
          onInput={(e) => onChange({ ...w, start: e.currentTarget.value })}
          onBlur={() => onTimeBlur('start')}
        />
        <span aria-hidden="true">to</span>
        <input
          id={endId}
          type="text"
          class="rc-time"
          inputMode="text"
          autoComplete="off"
          placeholder="17:00"
          aria-label={`${name} end`}
          aria-describedby={describe(endErrors, `${endId}-errors`)}
          aria-invalid={invalid(endErrors)}
          value={w.end}
          onInput={(e) => onChange({ ...w, end: e.currentTarget.value })}
          onBlur={() => onTimeBlur('end')}
        />
        <label class="rc-window__night">
          <input
            id={nightId}
            type="checkbox"
            aria-label={`${name} ends next day`}
            aria-describedby={nightErrors.length > 0 ? `${nightId}-errors` : undefined}
            checked={w.overnight}
            onChange={(e) => onChange({ ...w, overnight: e.currentTarget.checked })}
          />
          <span aria-hidden="true">ends next day</span>
        </label>
        <Button small variant="quiet" aria-label={`Remove ${name}`} onClick={onRemove}>
          Remove
        </Button>
      </div>
      <InlineErrors id={`${rowId}-errors`} messages={rowErrors} />
      <InlineErrors id={`${startId}-errors`} messages={startErrors} />
      <InlineErrors id={`${endId}-errors`} messages={endErrors} />
      <InlineErrors id={`${nightId}-errors`} messages={nightErrors} />
    </div>
  );
}
