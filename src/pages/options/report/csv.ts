/**
 * The CSV export (issue 12 point 4): the worker answers pages of RFC 4180 lines (papaparse's
 * `unparse`, core/report-csv.ts; no single message carries a year of events); the page puts
 * them behind the header, UTF-8 with a byte-order mark so spreadsheet programs read the accents
 * right. Never a body, subject or address: the rows carry none.
 */
import { csvHeaderLine } from '../../../core/report-csv.ts';
import type { CsvRowsPage } from '../../../core/report-types.ts';
import type { Result } from '../../../messaging/protocol.ts';

const BOM = '\uFEFF';

/** The whole file's text: BOM, header row, the worker's lines (one per decision, CRLF line ends: RFC 4180). */
export function csvText(pages: readonly string[]): string {
  return `${BOM}${csvHeaderLine()}${pages.join('')}`;
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
): Promise<Result<{ pages: string[]; rows: number; today: string }>> {
  const pages: string[] = [];
  let rows = 0;
  let cursor: string | undefined;
  let today = '';
  for (;;) {
    const page = await fetchPage(cursor);
    if (!page.ok) return page;
    pages.push(page.value.lines);
    rows += page.value.rows;
    today = page.value.today;
    onProgress(rows);
    if (page.value.nextCursor === null) return { ok: true, value: { pages, rows, today } };
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
