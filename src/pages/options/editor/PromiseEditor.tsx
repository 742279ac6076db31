import type { Problem } from '../../../core/problem.ts';
import { InlineErrors } from '../../ui/InlineErrors.tsx';
import { fieldId } from '../../ui/field-ids.ts';
import { messagesAt } from '../../ui/problems.ts';
import type { Clock, Draft, PromiseDraft } from './draft.ts';
import { PromiseRuleFields } from './PromiseRuleFields.tsx';

type PromiseState = Draft['promise'];

export interface PromiseEditorProps {
  promise: PromiseState;
  clock: Clock;
  problems: readonly Problem[];
  onChange: (update: (promise: PromiseState) => PromiseState) => void;
}

/** The reply promise, and optionally a separate promise for requests that arrive outside hours. */
export function PromiseEditor({ promise, clock, problems, onChange }: PromiseEditorProps) {
  const setRegular = (update: (r: PromiseDraft) => PromiseDraft) =>
    onChange((prev) => ({ ...prev, regular: update(prev.regular) }));
  const setAfterHours = (update: (r: PromiseDraft) => PromiseDraft) =>
    onChange((prev) => ({ ...prev, afterHours: update(prev.afterHours) }));
  const toggleId = fieldId('promise.afterHoursOn');
  return (
    <fieldset id={fieldId('promise')}>
      <legend>Promise</legend>
      <p class="rc-field__hint">When this client can expect your reply.</p>
      <InlineErrors id={`${fieldId('promise')}-errors`} messages={messagesAt(problems, 'promise')} />
      <PromiseRuleFields
        label="Promise"
        path="promise.regular"
        rule={promise.regular}
        clock={clock}
        problems={problems}
        onChange={setRegular}
      />
      <div class="rc-field rc-field--inline">
        <input
          id={toggleId}
          type="checkbox"
          checked={promise.afterHoursOn}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            onChange((prev) => ({ ...prev, afterHoursOn: on }));
          }}
        />
        <label class="rc-field__label" for={toggleId}>
          Different promise for requests that arrive outside hours
        </label>
      </div>
      {promise.afterHoursOn ? (
        <PromiseRuleFields
          label="After-hours promise"
          path="promise.afterHours"
          rule={promise.afterHours}
          clock={clock}
          problems={problems}
          onChange={setAfterHours}
        />
      ) : null}
    </fieldset>
  );
}
