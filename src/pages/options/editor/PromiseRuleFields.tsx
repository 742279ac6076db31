import type { Problem } from '../../../core/problem.ts';
import { Field } from '../../ui/Field.tsx';
import { fieldId } from '../../ui/field-ids.ts';
import { messagesAt, messagesUnder } from '../../ui/problems.ts';
import { wallTimeText } from '../../ui/wall-time-text.ts';
import { readTime, type Clock, type PromiseDraft, type PromiseKind } from './draft.ts';

export const PROMISE_KINDS: { kind: PromiseKind; text: string }[] = [
  { kind: 'within-hours', text: 'Within a number of hours' },
  { kind: 'within-business-hours', text: 'Within a number of business hours' },
  { kind: 'same-business-day', text: 'The same business day' },
  { kind: 'next-business-day-by', text: 'By a time on the next business day' },
];

export interface PromiseRuleFieldsProps {
  /** "Promise" or "After-hours promise": the start of each control's label. */
  label: string;
  /** `promise.regular` or `promise.afterHours`. */
  path: string;
  rule: PromiseDraft;
  clock: Clock;
  problems: readonly Problem[];
  onChange: (update: (rule: PromiseDraft) => PromiseDraft) => void;
}

/** One promise rule: its kind, and the hours or the time that kind needs. */
export function PromiseRuleFields({ label, path, rule, clock, problems, onChange }: PromiseRuleFieldsProps) {
  const kindErrors = [...messagesAt(problems, path), ...messagesUnder(problems, `${path}.kind`)];
  return (
    <div id={fieldId(path)} class="rc-promise-rule">
      <Field id={fieldId(`${path}.kind`)} label={label} errors={kindErrors}>
        {(control) => (
          <select
            {...control}
            value={rule.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as PromiseKind;
              onChange((prev) => ({ ...prev, kind }));
            }}
          >
            {PROMISE_KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.text}
              </option>
            ))}
          </select>
        )}
      </Field>
      {rule.kind === 'within-hours' || rule.kind === 'within-business-hours' ? (
        <Field
          id={fieldId(`${path}.hours`)}
          label={`${label} hours`}
          hint={
            rule.kind === 'within-business-hours'
              ? 'Counted only inside the weekly hours.'
              : 'Counted around the clock.'
          }
          errors={messagesUnder(problems, `${path}.hours`)}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              class="rc-number"
              value={rule.hours}
              onInput={(e) => {
                const hours = e.currentTarget.value;
                onChange((prev) => ({ ...prev, hours }));
              }}
            />
          )}
        </Field>
      ) : null}
      {rule.kind === 'next-business-day-by' ? (
        <Field
          id={fieldId(`${path}.time`)}
          label={`${label} by time`}
          hint="In the client's time zone, e.g. 12:00 or noon as 12pm."
          errors={messagesUnder(problems, `${path}.time`)}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              class="rc-time"
              autoComplete="off"
              value={rule.time}
              onInput={(e) => {
                const time = e.currentTarget.value;
                onChange((prev) => ({ ...prev, time }));
              }}
              onBlur={() =>
                onChange((prev) => {
                  const parsed = readTime(prev.time, false, false);
                  return parsed === null ? prev : { ...prev, time: wallTimeText(parsed, clock) };
                })
              }
            />
          )}
        </Field>
      ) : null}
    </div>
  );
}
