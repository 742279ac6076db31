/**
 * The CSV export (issue 12 point 4): the worker answers pages of rows (so no single message
 * carries a year of events); the page collects them and writes RFC 4180 with papaparse's
 * `unparse`, UTF-8 with a byte-order mark so spreadsheet programs read the accents right.
 * Never a body, subject or address: the rows carry none.
 */
import Papa from 'papaparse';
import type { CsvRowsPage, ReportCsvRow } from '../../../core/report-types.ts';
import type { Result } from '../../../messaging/protocol.ts';

/** The columns, in order, with the header a spreadsheet shows. */
export const CSV_COLUMNS: readonly { key: keyof ReportCsvRow; header: string }[] = [
  { key: 'at', header: 'Time (UTC)' },
  { key: 'clientTime', header: "Time in the client's zone" },
  { key: 'client', header: 'Client' },
  { key: 'kind', header: 'Kind' },
  { key: 'provider', header: 'Provider' },
  { key: 'agreedSituation', header: 'Agreed emergency situation' },
  { key: 'realHarm', header: 'Real harm if it waits' },
  { key: 'emergencyToClient', header: 'Emergency to the client' },
  { key: 'suggestion', header: 'Suggestion shown' },
  { key: 'requestAt', header: 'Request time (UTC)' },
  { key: 'promiseDeadline', header: 'Promise deadline (UTC)' },
  { key: 'promise', header: 'Promise' },
  { key: 'scheduledFor', header: 'Scheduled for (UTC)' },
];

const BOM = '\uFEFF';

/** The whole file's text: BOM, header row, one row per decision, CRLF line ends (RFC 4180). */
export function csvText(rows: readonly ReportCsvRow[]): string {
  const body = Papa.unparse(
    {
      fields: CSV_COLUMNS.map((c) => c.header),
      data: rows.map((row) => CSV_COLUMNS.map((c) => row[c.key])),
    },
    // A client named "=SUM(…)" must stay text in a spreadsheet, never become a formula.
    { newline: '\r\n', quotes: false, escapeFormulae: true },
  );
  return `${BOM}${body}\r\n`;
}

/** `red-cup-record-2026-12-03.csv` for today (`yyyy-MM-dd` in the user's zone). */
export function csvFileName(today: string): string {
  return `red-cup-record-${today}.csv`;
}

/**
 * Asks for every page until the worker says there is no more. Stops at the first failure (its
 * message is the answer: a partial file is never offered as the whole record).
 */
export async function collectCsvRows(
  fetchPage: (cursor: string | undefined) => Promise<Result<CsvRowsPage>>,
  onProgress: (rowsSoFar: number) => void = () => {},
): Promise<Result<{ rows: ReportCsvRow[]; today: string }>> {
  const rows: ReportCsvRow[] = [];
  let cursor: string | undefined;
  let today = '';
  for (;;) {
    const page = await fetchPage(cursor);
    if (!page.ok) return page;
    for (const row of page.value.rows) rows.push(row);
    today = page.value.today;
    onProgress(rows.length);
    if (page.value.nextCursor === null) return { ok: true, value: { rows, today } };
    if (page.value.nextCursor === cursor)
      return {
        ok: false,
        error: {
          message:
            'The record could not be read to its end (the worker answered the same page twice). Nothing was saved; try again.',
        },
      };
    cursor = page.value.nextCursor;
  }
}
