import type { Problem } from '../../../core/problem.ts';
import { Button } from '../../ui/Button.tsx';
import { InlineErrors } from '../../ui/InlineErrors.tsx';
import { fieldId } from '../../ui/field-ids.ts';
import { messagesAt, messagesUnder } from '../../ui/problems.ts';
import { useFocusRequest } from '../../ui/use-focus-request.ts';
import { nextKey, type TimeOffDraft } from './draft.ts';

export interface TimeOffEditorProps {
  entries: TimeOffDraft[];
  problems: readonly Problem[];
  onChange: (update: (entries: TimeOffDraft[]) => TimeOffDraft[]) => void;
}

interface DateInputProps {
  path: string;
  label: string;
  value: string;
  problems: readonly Problem[];
  onInput: (value: string) => void;
}

function DateInput({ path, label, value, problems, onInput }: DateInputProps) {
  const id = fieldId(path);
  const errors = messagesUnder(problems, path);
  return (
    <div class="rc-field">
      <label class="rc-field__label" for={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={errors.length > 0 ? `${id}-errors` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <InlineErrors id={`${id}-errors`} messages={errors} />
    </div>
  );
}

/** Holidays and vacations: whole days, first and last day inclusive, each with an optional label. */
export function TimeOffEditor({ entries, problems, onChange }: TimeOffEditorProps) {
  const requestFocus = useFocusRequest();
  const set = (key: number, patch: Partial<TimeOffDraft>) =>
    onChange((prev) => prev.map((t) => (t.key === key ? { ...t, ...patch } : t)));

  const add = () => {
    onChange((prev) => [...prev, { key: nextKey(), start: '', end: '', label: '' }]);
    requestFocus(fieldId(`timeOff[${entries.length}].start`));
  };
  const remove = (index: number) => {
    onChange((prev) => prev.filter((_, i) => i !== index));
    const remaining = entries.length - 1;
    requestFocus(remaining > 0 ? fieldId(`timeOff[${Math.min(index, remaining - 1)}].start`) : 'add-time-off');
  };

  return (
    <fieldset id={fieldId('timeOff')}>
      <legend>Time off</legend>
      <p class="rc-field__hint">
        Holidays and vacations: whole days in the client's time zone, first and last day included.
      </p>
      <InlineErrors id={`${fieldId('timeOff')}-errors`} messages={messagesAt(problems, 'timeOff')} />
      {entries.length === 0 ? <p class="rc-muted">No time off planned.</p> : null}
      {entries.map((t, i) => {
        const path = `timeOff[${i}]`;
        const name = `Time off ${i + 1}`;
        const labelId = fieldId(`${path}.label`);
        const labelErrors = messagesUnder(problems, `${path}.label`);
        return (
          <div key={t.key} class="rc-timeoff" role="group" aria-label={name} id={fieldId(path)}>
            <div class="rc-row rc-timeoff__controls">
              <DateInput
                path={`${path}.start`}
                label={`${name} first day`}
                value={t.start}
                problems={problems}
                onInput={(v) => set(t.key, { start: v, end: t.end === '' || t.end < v ? v : t.end })}
              />
              <DateInput
                path={`${path}.end`}
                label={`${name} last day`}
                value={t.end}
                problems={problems}
                onInput={(v) => set(t.key, { end: v })}
              />
              <div class="rc-field">
                <label class="rc-field__label" for={labelId}>
                  {name} label
                </label>
                <input
                  id={labelId}
                  type="text"
                  placeholder="Summer vacation"
                  value={t.label}
                  aria-invalid={labelErrors.length > 0 ? 'true' : undefined}
                  aria-describedby={labelErrors.length > 0 ? `${labelId}-errors` : undefined}
                  onInput={(e) => set(t.key, { label: e.currentTarget.value })}
                />
                <InlineErrors id={`${labelId}-errors`} messages={labelErrors} />
              </div>
              <Button small variant="quiet" aria-label={`Remove ${name.toLowerCase()}`} onClick={() => remove(i)}>
                Remove
              </Button>
            </div>
            <InlineErrors id={`${fieldId(path)}-errors`} messages={messagesAt(problems, path)} />
          </div>
        );
      })}
      <Button small id="add-time-off" onClick={add}>
        Add time off
      </Button>
    </fieldset>
  );
}
