import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clock } from '../../../core/format.ts';
import type { ClientProfile } from '../../../core/profile.ts';
import type { ClientReport, ReportException, ReportPeriod } from '../../../core/report-types.ts';
import { ResultError } from '../../ui/ResultError.tsx';
import { ExceptionList } from './ExceptionList.tsx';
import { periodText, periodToQuery } from './period.ts';
import type { Failure, ReportSource } from './report-source.ts';
import { clientName, countsSummary, driftText, percentText, promisesText } from './report-text.ts';
import { useAnswer } from './use-answer.ts';
import { WeeklyChart } from './WeeklyChart.tsx';
import { WeekTable } from './WeekTable.tsx';

/** Exceptions per page of the list. */
export const EXCEPTIONS_PAGE = 20;

export interface ClientViewProps {
  source: ReportSource;
  profileId: string;
  period: ReportPeriod;
  /** The stored profile, for the empty state's addresses (absent for a deleted client). */
  profile: ClientProfile | undefined;
  userZone: string;
  clock: Clock;
}

/** What the empty state says replies to this client are sent to: `acme.com`, `jane@acme.com and acme.org`. */
function matchWords(profile: ClientProfile | undefined): string {
  const match = profile?.match ?? [];
  if (match.length === 0) return 'this client';
  if (match.length === 1) return match[0] as string;
  return `${match.slice(0, -1).join(', ')} and ${match[match.length - 1] as string}`;
}

/** One client's report: the drift warning, the chart with its text summary, the weekly table, the exceptions. */
export function ClientView({ source, profileId, period, profile, userZone, clock }: ClientViewProps) {
  const key = `${profileId}?${periodToQuery(period)}`;
  const [answer, replace] = useAnswer<ClientReport>(key, () =>
    source.client({ profileId, period, limit: EXCEPTIONS_PAGE }),
  );
  const [more, setMore] = useState<{ loading: boolean; error: Failure | null }>({ loading: false, error: null });
  const [now] = useState(() => new Date().toISOString());
  const heading = useRef<HTMLHeadingElement>(null);
  const focused = useRef(false);
  const loaded = answer.state === 'ready';
  // Once, when the client's report first appears; a later change of period leaves focus on the picker.
  useEffect(() => {
    if (!loaded || focused.current) return;
    focused.current = true;
    heading.current?.focus();
  }, [loaded]);

  if (answer.state === 'loading') return <p role="status">Loading the report…</p>;
  if (answer.state === 'failed')
    return <ResultError title="This client's report could not be loaded." error={answer.error} />;

  const report = answer.value;
  const row = report.client;
  const name = clientName(row);
  const drift = driftText(row.name, row.drift);
  const exceptions: readonly ReportException[] = report.exceptions;

  const showMore = async () => {
    if (report.nextCursor === null) return;
    setMore({ loading: true, error: null });
    const next = await source.client({ profileId, period, cursor: report.nextCursor, limit: EXCEPTIONS_PAGE });
    if (!next.ok) {
      setMore({ loading: false, error: next.error });
      return;
    }
    setMore({ loading: false, error: null });
    replace({ ...next.value, exceptions: [...exceptions, ...next.value.exceptions] });
  };

  return (
    <div class="rc-report-client-view">
      <h3 class="rc-row" ref={heading} tabIndex={-1}>
        <span class="rc-dot" style={{ backgroundColor: row.color }} aria-hidden="true" />
        {name}
      </h3>
      {drift !== null ? (
        <div class="rc-notice rc-notice--warning">
          <p>{drift}</p>
        </div>
      ) : null}
      {row.totals.replies === 0 ? (
        <p class="rc-report-empty">
          {period.kind === 'weeks'
            ? `Nothing recorded for ${name} yet: replies you send to ${matchWords(profile)} appear here.`
            : `Nothing recorded for ${name} from ${periodText(period)}.`}
        </p>
      ) : (
        <>
          <p class="rc-report-headline">
            <strong>{percentText(row.totals.consistency)}</strong> inside {row.name}'s hours ·{' '}
            {promisesText(row.totals)}
          </p>
          <WeeklyChart
            row={row}
            zone={report.timeZone}
            summary={countsSummary(row.name, row.totals, periodText(period))}
          />
          <WeekTable row={row} zone={report.timeZone} />
        </>
      )}
      <ExceptionList
        name={row.name}
        exceptions={exceptions}
        clientZone={row.timeZone}
        userZone={userZone}
        clock={clock}
        now={now}
        onMore={report.nextCursor === null ? null : () => void showMore()}
        loadingMore={more.loading}
      />
      {more.error !== null ? <ResultError title="More exceptions could not be loaded." error={more.error} /> : null}
    </div>
  );
}
