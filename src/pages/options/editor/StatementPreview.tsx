import { useState } from 'preact/hooks';
import type { ClientProfile } from '../../../core/profile.ts';
import type { Problem } from '../../../core/problem.ts';
import { statementFor, statementResult, type Language, type Tone } from '../../../core/statement.ts';
import { PLACEHOLDER_LIST } from '../../../core/statement-template.ts';
import { Field } from '../../ui/Field.tsx';
import { CopyButton } from './CopyButton.tsx';
import type { Clock } from './draft.ts';
import { defaultLanguage } from './statement-preview.ts';
import { DEFAULT_TONE } from '../../../core/statement-language.ts';

const TONES: readonly { value: Tone; label: string }[] = [
  { value: 'friendly', label: 'Friendly' },
  { value: 'formal', label: 'Formal' },
  { value: 'short', label: 'Short' },
];

const LANGUAGES: readonly { value: Language; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
];

export interface StatementPreviewProps {
  /** The profile as the draft describes it now (unsaved). */
  profile: ClientProfile;
  /** The first problem in a field the statement is made from: shown instead of the text. */
  blocker: Problem | null;
  clock: Clock;
  /** The moment the time off is read from; the current time unless a test fixes it. */
  now?: Date;
  /** Where the first language comes from; navigator.language unless a test passes its own. */
  browserLanguage?: string;
  /** The user's own wording of the paragraph, as typed ('' = the generated one). */
  template: string;
  /** The check's messages for the wording (an unknown placeholder), shown under it. */
  templateErrors: readonly string[];
  onTemplateChange: (template: string) => void;
}

function statements(profile: ClientProfile, tone: Tone, language: Language, clock: Clock, now: Date) {
  try {
    const options = { tone, language, clock, now };
    return {
      paragraph: statementResult(profile, { ...options, kind: 'paragraph' }),
      signature: statementFor(profile, { ...options, kind: 'signature' }),
    };
  } catch {
    return null;
  }
}

/**
 * "What I tell this client" (issue 15.2): the boundary statement made from the profile as it is
 * being edited, in a chosen tone and language, with a button to copy each version.
 */
export function StatementPreview({
  profile,
  blocker,
  clock,
  now,
  browserLanguage,
  template,
  templateErrors,
  onTemplateChange,
}: StatementPreviewProps) {
  const [tone, setTone] = useState<Tone>(DEFAULT_TONE);
  const [language, setLanguage] = useState<Language>(() =>
    defaultLanguage(browserLanguage ?? globalThis.navigator?.language),
  );
  const text = blocker === null ? statements(profile, tone, language, clock, now ?? new Date()) : null;

  return (
    <fieldset id="statement-preview" class="rc-statement">
      <legend>What I tell this client</legend>
      <p class="rc-field__hint">
        The boundaries this profile sets, in words for a kick-off e-mail or a signature. It follows your edits before
        they are saved.
      </p>
      <div class="rc-row rc-row--top">
        <Field id="statement-tone" label="Tone">
          {(control) => (
            <select {...control} value={tone} onChange={(e) => setTone(e.currentTarget.value as Tone)}>
              {TONES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="statement-language" label="Language">
          {(control) => (
            <select {...control} value={language} onChange={(e) => setLanguage(e.currentTarget.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l.value} value={l.value} lang={l.value}>
                  {l.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        id="statement-template"
        label="My own wording of the paragraph (optional)"
        hint={`Leave it empty for the text above. Placeholders: ${PLACEHOLDER_LIST} — each is filled from this profile in the tone and language chosen.`}
        errors={templateErrors}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={template}
            placeholder="Hi {name} here. I answer {hours}. {promise} {timeOff} {emergency}"
            onInput={(e) => onTemplateChange(e.currentTarget.value)}
          />
        )}
      </Field>
      {text === null ? (
        <p class="rc-statement__blocked">
          {blocker === null
            ? 'The statement cannot be written from this profile yet: check its hours, time zone and promise.'
            : `Fix this first to see the statement: ${blocker.message}`}
        </p>
      ) : (
        <>
          <div class="rc-statement__item">
            <p id="statement-paragraph-label" class="rc-field__label">
              Paragraph
            </p>
            {text.paragraph.ok ? (
              <>
                <p
                  id="statement-paragraph"
                  class="rc-statement__text"
                  lang={language}
                  aria-labelledby="statement-paragraph-label"
                >
                  {text.paragraph.text}
                </p>
                <CopyButton label="Copy paragraph" text={text.paragraph.text} statusId="statement-paragraph-status" />
              </>
            ) : (
              <p id="statement-paragraph" class="rc-statement__blocked" aria-labelledby="statement-paragraph-label">
                {`Your wording cannot be used yet: ${text.paragraph.problem.message}`}
              </p>
            )}
          </div>
          <div class="rc-statement__item">
            <p id="statement-signature-label" class="rc-field__label">
              Signature line
            </p>
            <p
              id="statement-signature"
              class="rc-statement__text"
              lang={language}
              aria-labelledby="statement-signature-label"
            >
              {text.signature}
            </p>
            <CopyButton label="Copy signature line" text={text.signature} statusId="statement-signature-status" />
          </div>
        </>
      )}
    </fieldset>
  );
}
