import { useEffect, useRef, useState } from 'preact/hooks';
import type { TriageAnswer, TriageAnswers, TriageRecordInput } from '../../../core/ledger-types.ts';
import { suggestTriage, triageQuestions, type TriageContext } from '../../../core/triage.ts';
import { Button } from '../../ui/Button.tsx';

export interface SendNowTriageProps {
  /** Names the form's controls apart from other rows'. */
  entryId: string;
  context: TriageContext;
  /** Sends now with what triage decided (recorded in the ledger). */
  onSend: (triage: TriageRecordInput) => Promise<void>;
  /** Keeps the reply at its time: the red cup outcome. */
  onKeep: () => void;
}

const ANSWERS: readonly { value: TriageAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

/**
 * "Send now" outside the boundary goes through triage, like the compose guard's panel (DESIGN
 * §2.4): the three questions, a suggestion with its reasons, and the user decides. There is no
 * request text here (the queue keeps the reply, not what it answers), so no signals either.
 */
export function SendNowTriage({ entryId, context, onSend, onKeep }: SendNowTriageProps) {
  const [answers, setAnswers] = useState<Partial<TriageAnswers>>({});
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const questions = triageQuestions(context);
  const complete = questions.every((q) => answers[q.key] !== undefined);
  const suggestion = suggestTriage(answers, [], context);
  const send = async () => {
    if (!complete) return;
    setBusy(true);
    await onSend({ answers: answers as TriageAnswers, suggestion: suggestion.suggestion });
    setBusy(false);
  };

  return (
    <div
      class="rc-triage"
      role="group"
      aria-label="Is it an emergency?"
      onKeyDown={(e) => e.key === 'Escape' && onKeep()}
    >
      <p>It is outside the boundary now. Before it goes, is it really an emergency?</p>
      {questions.map((q, i) => (
        <fieldset key={q.key} class="rc-subfieldset">
          <legend>{q.text}</legend>
          <p class="rc-field__hint">{q.hint}</p>
          {ANSWERS.map((a, j) => (
            <span key={a.value} class="rc-field rc-field--inline">
              <input
                id={`${entryId}-${q.key}-${a.value}`}
                ref={i === 0 && j === 0 ? first : undefined}
                type="radio"
                name={`${entryId}-${q.key}`}
                checked={answers[q.key] === a.value}
                onChange={() => setAnswers((prev) => ({ ...prev, [q.key]: a.value }))}
              />
              <label class="rc-field__label" for={`${entryId}-${q.key}-${a.value}`}>
                {a.label}
              </label>
            </span>
          ))}
        </fieldset>
      ))}
      <div role="status" class="rc-triage__suggestion">
        {complete ? (
          <>
            <p>
              <strong>
                {suggestion.suggestion === 'real-emergency'
                  ? 'Suggestion: a real emergency.'
                  : 'Suggestion: a red cup — it can wait.'}
              </strong>
            </p>
            <ul>
              {suggestion.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </>
        ) : (
          <p class="rc-muted">Answer the three questions to see the suggestion.</p>
        )}
      </div>
      <div class="rc-row">
        {suggestion.suggestion === 'real-emergency' ? (
          <>
            <Button variant="primary" disabled={!complete || busy} onClick={() => void send()}>
              Send now: real emergency
            </Button>
            <Button onClick={onKeep}>Keep it scheduled</Button>
          </>
        ) : (
          <>
            <Button variant="primary" onClick={onKeep}>
              Keep it scheduled
            </Button>
            <Button variant="danger" disabled={!complete || busy} onClick={() => void send()}>
              Send anyway
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
