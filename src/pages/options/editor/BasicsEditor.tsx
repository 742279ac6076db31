import type { Problem } from '../../../core/problem.ts';
import { Field } from '../../ui/Field.tsx';
import { fieldId } from '../../ui/field-ids.ts';
import { messagesUnder } from '../../ui/problems.ts';
import type { Draft } from './draft.ts';
import { ZonePicker } from './ZonePicker.tsx';

type Basics = Pick<Draft, 'name' | 'color' | 'match' | 'timeZone'>;

export interface BasicsEditorProps {
  draft: Basics;
  userZone: string;
  problems: readonly Problem[];
  onChange: (patch: Partial<Basics>) => void;
}

/** Who the client is: name, colour, the addresses and domains that are theirs, and their zone. */
export function BasicsEditor({ draft, userZone, problems, onChange }: BasicsEditorProps) {
  return (
    <fieldset id={fieldId('basics')}>
      <legend>Client</legend>
      <div class="rc-row rc-row--top">
        <div class="rc-grow">
          <Field id={fieldId('name')} label="Client name" errors={messagesUnder(problems, 'name')}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                placeholder="Acme"
                value={draft.name}
                onInput={(e) => onChange({ name: e.currentTarget.value })}
              />
            )}
          </Field>
        </div>
        <Field id={fieldId('color')} label="Colour" errors={messagesUnder(problems, 'color')}>
          {(control) => (
            <input
              {...control}
              type="color"
              value={draft.color}
              onInput={(e) => onChange({ color: e.currentTarget.value })}
            />
          )}
        </Field>
      </div>
      <Field
        id={fieldId('match')}
        label="Addresses and domains"
        hint="One per line: an address (jane@acme.com) or a domain (acme.com, which also covers its sub-domains)."
        errors={messagesUnder(problems, 'match')}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            spellcheck={false}
            placeholder={'jane@acme.com\nacme.com'}
            value={draft.match}
            onInput={(e) => onChange({ match: e.currentTarget.value })}
          />
        )}
      </Field>
      <ZonePicker
        id={fieldId('timeZone')}
        label="Time zone"
        value={draft.timeZone}
        userZone={userZone}
        errors={messagesUnder(problems, 'timeZone')}
        onChange={(timeZone) => onChange({ timeZone })}
      />
    </fieldset>
  );
}
