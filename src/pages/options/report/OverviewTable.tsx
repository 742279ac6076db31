import type { ClientReportRow, ReportOverview } from '../../../core/report-types.ts';
import { ColorDot } from '../../ui/ColorDot.tsx';
import { Sparkline } from './Sparkline.tsx';
import { businessTimeText, clientName, driftText, percentText } from './report-text.ts';

export interface OverviewTableProps {
  overview: ReportOverview;
  /** Opens one client's report. */
  onOpen: (row: ClientReportRow) => void;
}

/**
 * All clients for the period, worst consistency first (the worker's order): one row each with
 * the counts, promises, median reply time, a sparkline and the drift warning. A real table, so
 * a screen reader announces each number with its column.
 */
export function OverviewTable({ overview, onOpen }: OverviewTableProps) {
  return (
    <div class="rc-table-scroll" role="region" aria-labelledby="report-overview-caption" tabIndex={0}>
      <table class="rc-report-table">
        <caption id="report-overview-caption">All clients, worst consistency first</caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Consistency</th>
            <th scope="col">Replies</th>
            <th scope="col">Inside hours</th>
            <th scope="col">Sent later</th>
            <th scope="col">Real emergency</th>
            <th scope="col">Red cup sent anyway</th>
            <th scope="col">Promises kept</th>
            <th scope="col">Broken</th>
            <th scope="col">Unknown</th>
            <th scope="col">Median reply (business hours)</th>
            <th scope="col">Per week</th>
          </tr>
        </thead>
        <tbody>
          {overview.clients.map((row) => {
            const drift = driftText(row.name, row.drift);
            const t = row.totals;
            return (
              <tr key={row.profileId} class={drift !== null ? 'rc-report-row--drift' : undefined}>
                <th scope="row" class="rc-report-client">
                  <span class="rc-row rc-report-client__name">
                    <ColorDot color={row.color} />
                    <button type="button" class="rc-link-button" onClick={() => onOpen(row)}>
                      {clientName(row)}
                    </button>
                  </span>
                  {drift !== null ? <span class="rc-report-drift">⚠ {drift}</span> : null}
                </th>
                <td>{percentText(t.consistency)}</td>
                <td>{t.replies}</td>
                <td>{t.inside}</td>
                <td>{t.sentLater}</td>
                <td>{t.emergency}</td>
                <td>{t.sentAnyway}</td>
                <td>{t.promisesKept}</td>
                <td>{t.promisesBroken}</td>
                <td>{t.promisesUnknown}</td>
                <td>{businessTimeText(t.medianReplyBusinessMinutes)}</td>
                <td>
                  <Sparkline weeks={row.weeks} zone={overview.timeZone} color={row.color} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All clients</th>
            <td>{percentText(overview.totals.consistency)}</td>
            <td>{overview.totals.replies}</td>
            <td>{overview.totals.inside}</td>
            <td>{overview.totals.sentLater}</td>
            <td>{overview.totals.emergency}</td>
            <td>{overview.totals.sentAnyway}</td>
            <td>{overview.totals.promisesKept}</td>
            <td>{overview.totals.promisesBroken}</td>
            <td>{overview.totals.promisesUnknown}</td>
            <td>{businessTimeText(overview.totals.medianReplyBusinessMinutes)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
