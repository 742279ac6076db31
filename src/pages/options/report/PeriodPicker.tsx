import { useState } from 'preact/hooks';
import type { ReportPeriod } from '../../../core/report-types.ts';
import { Button } from '../../ui/Button.tsx';
import { rangeProblem, WEEK_CHOICES, type RangeProblem } from './period.ts';

export interface PeriodPickerProps {
  period: ReportPeriod;
  onPeriod: (period: ReportPeriod) => void;
}

/** The last 4 / 12 / 52 weeks (radio buttons: arrow keys move between them), or a date range with its own Show button. */
export function PeriodPicker({ period, onPeriod }: PeriodPickerProps) {
  const [rangeChosen, setRangeChosen] = useState(period.kind === 'range');
  const [from, setFrom] = useState(period.kind === 'range' ? period.from : '');
  const [to, setTo] = useState(period.kind === 'range' ? period.to : '');
  const [problem, setProblem] = useState<RangeProblem | null>(null);

  const showRange = () => {
    const why = rangeProblem(from, to);
    setProblem(why);
    if (why === null) onPeriod({ kind: 'range', from, to });
  };

  return (
    <fieldset class="rc-report-period">
      <legend>Period</legend>
      <div class="rc-row">
        {WEEK_CHOICES.map((weeks) => (
          <div key={weeks} class="rc-field rc-field--inline">
            <input
              id={`report-weeks-${weeks}`}
              type="radio"
              name="report-period"
              checked={!rangeChosen && period.kind === 'weeks' && period.weeks === weeks}
              onChange={() => {
                setRangeChosen(false);
                setProblem(null);
                onPeriod({ kind: 'weeks', weeks });
              }}
            />
            <label class="rc-field__label" for={`report-weeks-${weeks}`}>
              Last {weeks} weeks
            </label>
          </div>
        ))}
        <div class="rc-field rc-field--inline">
          <input
            id="report-range"
            type="radio"
            name="report-period"
            checked={rangeChosen}
            onChange={() => setRangeChosen(true)}
          />
          <label class="rc-field__label" for="report-range">
            Dates
          </label>
        </div>
      </div>
      {rangeChosen ? (
        <div class="rc-row rc-row--bottom rc-indent">
          <div class="rc-field">
            <label class="rc-field__label" for="report-from">
              From
            </label>
            <input
              id="report-from"
              type="date"
              value={from}
              aria-invalid={problem?.field === 'from'}
              aria-describedby={problem?.field === 'from' ? 'report-range-problem' : undefined}
              onInput={(e) => setFrom(e.currentTarget.value)}
            />
          </div>
          <div class="rc-field">
            <label class="rc-field__label" for="report-to">
              To (included)
            </label>
            <input
              id="report-to"
              type="date"
              value={to}
              aria-invalid={problem?.field === 'to'}
              aria-describedby={problem?.field === 'to' ? 'report-range-problem' : undefined}
              onInput={(e) => setTo(e.currentTarget.value)}
            />
          </div>
          <div class="rc-field">
            <Button onClick={showRange}>Show these dates</Button>
          </div>
          {problem !== null ? (
            <p id="report-range-problem" class="rc-inline-error" role="alert">
              {problem.message}
            </p>
          ) : null}
        </div>
      ) : null}
      <p class="rc-field__hint">Weeks start on Monday in your own time zone; the current week is included.</p>
    </fieldset>
  );
}
