import type { ClientReportRow, ReportOverview, ReportPeriod } from '../../../core/report-types.ts';
import { ResultError } from '../../ui/ResultError.tsx';
import { InvalidRecords } from '../InvalidRecords.tsx';
import { OverviewTable } from './OverviewTable.tsx';
import { periodText, periodToQuery } from './period.ts';
import type { ReportSource } from './report-source.ts';
import { percentText, promisesText } from './report-text.ts';
import { useAnswer } from './use-answer.ts';

export interface OverviewProps {
  source: ReportSource;
  period: ReportPeriod;
  onOpen: (row: ClientReportRow) => void;
}

/** All clients for the period: the headline, the table (worst first), stored records that failed. */
export function Overview({ source, period, onOpen }: OverviewProps) {
  const [answer] = useAnswer<ReportOverview>(periodToQuery(period), () => source.overview({ period }));
  if (answer.state === 'loading') return <p role="status">Loading the report…</p>;
  if (answer.state === 'failed') return <ResultError title="The report could not be loaded." error={answer.error} />;
  const overview = answer.value;
  const t = overview.totals;
  return (
    <div class="rc-report-overview">
      <InvalidRecords records={overview.invalid} />
      {overview.clients.length === 0 || t.replies === 0 ? (
        <p class="rc-report-empty">
          {overview.clients.length === 0
            ? 'No clients yet: add one, and the replies you send to it appear here.'
            : `Nothing recorded in ${periodText(period)} yet: replies you send to your clients appear here.`}
        </p>
      ) : (
        <p class="rc-report-headline">
          <strong>
            {t.inside + t.sentLater} of {t.replies}
          </strong>{' '}
          replies inside your clients' hours in {periodText(period)} ({percentText(t.consistency)}) · {promisesText(t)}
        </p>
      )}
      {overview.clients.length > 0 ? <OverviewTable overview={overview} onOpen={onOpen} /> : null}
    </div>
  );
}
