import type { Problem } from '../../../core/problem.ts';
import { Field } from '../../ui/Field.tsx';
import { InlineErrors } from '../../ui/InlineErrors.tsx';
import { fieldId } from '../../ui/field-ids.ts';
import { messagesAt, messagesUnder } from '../../ui/problems.ts';
import type { Draft } from './draft.ts';

type EmergencyState = Draft['emergency'];

export interface EmergencyEditorProps {
  emergency: EmergencyState;
  problems: readonly Problem[];
  onChange: (update: (e: EmergencyState) => EmergencyState) => void;
}

/** What counts as an emergency for this client, extra signal words, and how they reach you. */
export function EmergencyEditor({ emergency, problems, onChange }: EmergencyEditorProps) {
  const set = (patch: Partial<EmergencyState>) => onChange((prev) => ({ ...prev, ...patch }));
  return (
    <fieldset id={fieldId('emergency')}>
      <legend>Emergencies</legend>
      <InlineErrors id={`${fieldId('emergency')}-errors`} messages={messagesAt(problems, 'emergency')} />
      <Field
        id={fieldId('emergency.situations')}
        label="Emergency situations"
        hint="One per line: the situations this client agreed count as an emergency, e.g. “site is down”."
        errors={messagesUnder(problems, 'emergency.situations')}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={emergency.situations}
            onInput={(e) => set({ situations: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field
        id={fieldId('emergency.keywords')}
        label="Emergency keywords"
        hint="Comma-separated words that signal an emergency for this client, e.g. outage, press, recall."
        errors={messagesUnder(problems, 'emergency.keywords')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            value={emergency.keywords}
            onInput={(e) => set({ keywords: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field
        id={fieldId('emergency.channel')}
        label="Emergency channel"
        hint="How the client should reach you in a real emergency, e.g. “call 555-0100”."
        errors={messagesUnder(problems, 'emergency.channel')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            value={emergency.channel}
            onInput={(e) => set({ channel: e.currentTarget.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}
