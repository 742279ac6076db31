import type { Problem } from '../../../core/problem.ts';
import { Field } from '../../ui/Field.tsx';
import { InlineErrors } from '../../ui/InlineErrors.tsx';
import { fieldId } from '../../ui/field-ids.ts';
import { messagesAt, messagesUnder } from '../../ui/problems.ts';
import type { Draft } from './draft.ts';

type SendLaterState = Draft['sendLater'];

const DELIVERY_CHOICES: readonly { value: SendLaterState['delivery']; label: string; hint: string }[] = [
  {
    value: 'provider',
    label: 'Gmail’s or Outlook’s own Schedule send',
    hint: 'Goes out even with the laptop closed. If the scheduler cannot be driven, Red Cup keeps the reply itself.',
  },
  {
    value: 'local',
    label: 'Red Cup’s own queue',
    hint: 'Sent from a mail tab while the browser runs (one is opened in the background if needed); you can cancel, re-time or send it from Scheduled replies.',
  },
];

export interface SendLaterEditorProps {
  sendLater: SendLaterState;
  problems: readonly Problem[];
  onChange: (update: (s: SendLaterState) => SendLaterState) => void;
}

/** When a reply held for later goes out (minutes after the window opens, optionally at random), and who sends it. */
export function SendLaterEditor({ sendLater, problems, onChange }: SendLaterEditorProps) {
  const set = (patch: Partial<SendLaterState>) => onChange((prev) => ({ ...prev, ...patch }));
  return (
    <fieldset id={fieldId('sendLater')}>
      <legend>Send later</legend>
      <InlineErrors id={`${fieldId('sendLater')}-errors`} messages={messagesAt(problems, 'sendLater')} />
      <div class="rc-row rc-row--top">
        <Field
          id={fieldId('sendLater.offsetMinutes')}
          label="Minutes after window start"
          hint="0 sends the moment the window opens."
          errors={messagesUnder(problems, 'sendLater.offsetMinutes')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              class="rc-number"
              value={sendLater.offsetMinutes}
              onInput={(e) => set({ offsetMinutes: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field
          id={fieldId('sendLater.randomWithinMinutes')}
          label="Random within (minutes)"
          hint="A random minute within this many, so scheduled mail looks less automated; 0 = off."
          errors={messagesUnder(problems, 'sendLater.randomWithinMinutes')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              class="rc-number"
              value={sendLater.randomWithinMinutes}
              onInput={(e) => set({ randomWithinMinutes: e.currentTarget.value })}
            />
          )}
        </Field>
      </div>
      <fieldset class="rc-subfieldset">
        <legend>Who sends it</legend>
        {DELIVERY_CHOICES.map(({ value, label, hint }) => (
          <div key={value} class="rc-field rc-field--inline">
            <input
              id={fieldId(`sendLater.delivery.${value}`)}
              type="radio"
              name="sendLater.delivery"
              value={value}
              checked={sendLater.delivery === value}
              aria-describedby={`${fieldId(`sendLater.delivery.${value}`)}-hint`}
              onChange={() => set({ delivery: value })}
            />
            <label class="rc-field__label" for={fieldId(`sendLater.delivery.${value}`)}>
              {label}
            </label>
            <p id={`${fieldId(`sendLater.delivery.${value}`)}-hint`} class="rc-field__hint">
              {hint}
            </p>
          </div>
        ))}
      </fieldset>
    </fieldset>
  );
}
