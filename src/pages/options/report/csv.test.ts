import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CsvRowsPage, ReportCsvRow } from '../../../core/report-types.ts';
import type { Result } from '../../../messaging/protocol.ts';
import { CSV_COLUMNS, csvLine } from '../../../core/report-csv.ts';
import { collectCsvRows, csvFileName, csvText } from './csv.ts';

const row = (fields: Partial<ReportCsvRow> = {}): ReportCsvRow => ({
  at: '2026-11-24T01:10:00.000Z',
  clientTime: '2026-11-23 20:10',
  client: 'Acme Corp',
  kind: 'sent-anyway',
  provider: 'gmail',
  agreedSituation: 'no',
  realHarm: 'no',
  emergencyToClient: 'unsure',
  suggestion: 'red-cup',
  requestAt: '2026-11-24T00:55:00.000Z',
  promiseDeadline: '2026-11-25T01:10:00.000Z',
  promise: 'kept',
  scheduledFor: '',
  ...fields,
});

describe('the CSV file', () => {
  it('starts with a byte-order mark and a header, one CRLF line per decision', () => {
    const text = csvText([
      csvLine(row()),
      csvLine(row({ kind: 'sent-inside', agreedSituation: '', realHarm: '', emergencyToClient: '', suggestion: '' })),
    ]);
    expect(text.startsWith('\uFEFFTime (UTC),')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two rows, the empty piece after the last CRLF
    expect(lines[0]).toBe(CSV_COLUMNS.map((c) => c.header).join(','));
    expect(lines[1]).toBe(
      '2026-11-24T01:10:00.000Z,2026-11-23 20:10,Acme Corp,sent-anyway,gmail,no,no,unsure,red-cup,2026-11-24T00:55:00.000Z,2026-11-25T01:10:00.000Z,kept,',
    );
    expect(lines[3]).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and reads back to the same rows', () => {
    const tricky = row({ client: 'Smith, Jones & "Partners"\nLtd', clientTime: '' });
    const text = csvText([csvLine(tricky)]);
    expect(text).toContain('"Smith, Jones & ""Partners""\nLtd"');
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]).toEqual(CSV_COLUMNS.map((c) => tricky[c.key]));
  });

  it('a client name a spreadsheet would run as a formula stays text', () => {
    const parsed = Papa.parse<string[]>(csvText([csvLine(row({ client: '=HYPERLINK("x")' }))]).slice(1), {
      skipEmptyLines: true,
    });
    expect(parsed.data[1]?.[2]).toBe('\'=HYPERLINK("x")');
  });

  it('is named after today', () => {
    expect(csvFileName('2026-12-03')).toBe('red-cup-record-2026-12-03.csv');
  });
});

describe('collecting the pages of rows', () => {
  const pages = (answers: Result<CsvRowsPage>[]) => {
    const asked: (string | undefined)[] = [];
    return {
      asked,
      fetch: async (cursor: string | undefined) => {
        asked.push(cursor);
        return answers[asked.length - 1] ?? { ok: false as const, error: { message: 'asked too often' } };
      },
    };
  };

  it('asks page after page with the cursor it was given, until there is no more', async () => {
    const source = pages([
      { ok: true, value: { lines: csvLine(row({ client: 'A' })), rows: 1, nextCursor: 'c1', today: '2026-12-03' } },
      {
        ok: true,
        value: {
          lines: csvLine(row({ client: 'B' })) + csvLine(row({ client: 'C' })),
          rows: 2,
          nextCursor: null,
          today: '2026-12-03',
        },
      },
    ]);
    const seen: number[] = [];
    const result = await collectCsvRows(source.fetch, (n) => seen.push(n));
    expect(source.asked).toEqual([undefined, 'c1']);
    expect(seen).toEqual([1, 3]);
    const text = result.ok ? csvText(result.value.pages) : '';
    expect(Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data.map((cells) => cells[2])).toEqual([
      'Client',
      'A',
      'B',
      'C',
    ]);
    expect(result.ok && result.value.today).toBe('2026-12-03');
  });

  it('a failed page fails the whole file (never a partial record offered as the whole)', async () => {
    const source = pages([
      { ok: true, value: { lines: csvLine(row()), rows: 1, nextCursor: 'c1', today: '2026-12-03' } },
      { ok: false, error: { message: 'The record could not be read.' } },
    ]);
    expect(await collectCsvRows(source.fetch)).toEqual({
      ok: false,
      error: { message: 'The record could not be read.' },
    });
  });

  it('a cursor that does not move stops with a message instead of asking forever', async () => {
    const stuck: Result<CsvRowsPage> = {
      ok: true,
      value: { lines: csvLine(row()), rows: 1, nextCursor: 'same', today: '2026-12-03' },
    };
    const result = await collectCsvRows(pages([stuck, stuck, stuck]).fetch);
    expect(result.ok).toBe(false);
  });
});
