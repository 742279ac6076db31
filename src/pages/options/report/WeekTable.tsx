import type { ClientReportRow } from '../../../core/report-types.ts';
import { businessTimeText, percentText, weekLabel } from './report-text.ts';

/** One client's weeks as a table: the same numbers the chart draws, for screen readers and keyboard users. */
export function WeekTable({ row, zone }: { row: ClientReportRow; zone: string }) {
  const years = new Set(row.weeks.map((w) => w.start.slice(0, 4)));
  const withYear = years.size > 1;
  return (
    <div class="rc-table-scroll" role="region" aria-labelledby="report-weeks-caption" tabIndex={0}>
      <table class="rc-report-table">
        <caption id="report-weeks-caption">{row.name}, week by week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Replies</th>
            <th scope="col">Inside hours</th>
            <th scope="col">Sent later</th>
            <th scope="col">Real emergency</th>
            <th scope="col">Red cup sent anyway</th>
            <th scope="col">Consistency</th>
            <th scope="col">Promises kept</th>
            <th scope="col">Broken</th>
            <th scope="col">Unknown</th>
            <th scope="col">Went out late</th>
            <th scope="col">Moved</th>
            <th scope="col">Median reply (business hours)</th>
          </tr>
        </thead>
        <tbody>
          {row.weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">{weekLabel(w, zone, withYear)}</th>
              <td>{w.replies}</td>
              <td>{w.inside}</td>
              <td>{w.sentLater}</td>
              <td>{w.emergency}</td>
              <td>{w.sentAnyway}</td>
              <td>{percentText(w.consistency)}</td>
              <td>{w.promisesKept}</td>
              <td>{w.promisesBroken}</td>
              <td>{w.promisesUnknown}</td>
              <td>{w.deliveredLate}</td>
              <td>{w.moved}</td>
              <td>{businessTimeText(w.medianReplyBusinessMinutes)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Whole period</th>
            <td>{row.totals.replies}</td>
            <td>{row.totals.inside}</td>
            <td>{row.totals.sentLater}</td>
            <td>{row.totals.emergency}</td>
            <td>{row.totals.sentAnyway}</td>
            <td>{percentText(row.totals.consistency)}</td>
            <td>{row.totals.promisesKept}</td>
            <td>{row.totals.promisesBroken}</td>
            <td>{row.totals.promisesUnknown}</td>
            <td>{row.totals.deliveredLate}</td>
            <td>{row.totals.moved}</td>
            <td>{businessTimeText(row.totals.medianReplyBusinessMinutes)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
