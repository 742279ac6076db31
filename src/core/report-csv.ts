/**
 * The CSV export's rows (issue 12 §4): one row per decision and client — a reply to two clients
 * is a row for each — with the time in UTC and on the client's clock, the triage answers, the
 * request time, the promise's deadline and whether it was kept. Never a body, subject or
 * address: the ledger holds none. Each row becomes one RFC 4180 line with papaparse's `unparse`
 * (the worker keeps a closed day's lines, so the year's file is not re-made from 500,000 events).
 */
import Papa from 'papaparse';
import { instantMs } from './ledger.ts';
import type { LedgerEvent } from './ledger-types.ts';
import type { ReportClient } from './report.ts';
import { replyPromise, repliesOf, type Reply } from './report-replies.ts';
import type { ReportCsvRow } from './report-types.ts';
import { ianaZone, MINUTE_MS, offsetAt } from './wall-time.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyy-MM-dd HH:mm` on the zone's clock, from the cached offsets (a luxon format per row would cost seconds for a year). */
export function wallTimeIn(zone: string, iso: string): string {
  const ms = instantMs(iso);
  const local = new Date(ms + offsetAt(ianaZone(zone), ms) * MINUTE_MS);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** A row and the client it is about (a file of chosen clients keeps only theirs). */
export interface CsvRowOf {
  profileId: string;
  row: ReportCsvRow;
}

/**
 * Rows for `events` (in time order), one per event and client. `history` holds the earlier
 * events of their queue entries (report-replies.ts `entriesToLookUp`), so a delivery carries
 * its decision's request time and verdict.
 */
export function csvRows(
  events: readonly LedgerEvent[],
  history: readonly LedgerEvent[],
  client: (id: string) => ReportClient,
): CsvRowOf[] {
  const { replies } = repliesOf(events, history);
  const replyOf = new Map<string, Reply>(replies.map((r) => [r.eventId, r]));
  const rows: CsvRowOf[] = [];
  for (const e of events) {
    const reply = replyOf.get(e.id);
    for (const id of new Set(e.profileIds)) {
      const who = client(id);
      const promise = reply === undefined ? undefined : replyPromise(reply, id);
      const answers = e.triage?.answers;
      rows.push({
        profileId: id,
        row: {
          at: e.at,
          clientTime: who.profile === null ? '' : wallTimeIn(who.profile.timeZone, e.at),
          client: who.deleted ? `${who.name} (deleted)` : who.name,
          kind: e.kind,
          provider: e.provider,
          agreedSituation: answers?.agreedSituation ?? '',
          realHarm: answers?.realHarm ?? '',
          emergencyToClient: answers?.emergencyToClient ?? '',
          suggestion: e.triage?.suggestion ?? '',
          requestAt: reply?.requestAt ?? e.requestAt ?? '',
          promiseDeadline: promise?.deadline ?? e.promises?.find((p) => p.profileId === id)?.deadline ?? '',
          promise: promise?.outcome ?? '',
          scheduledFor: e.scheduledFor ?? '',
        },
      });
    }
  }
  return rows;
}

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

/** RFC 4180 with CRLF; a client named "=SUM(…)" must stay text in a spreadsheet, never become a formula. */
const UNPARSE = { newline: '\r\n', quotes: false, escapeFormulae: true } as const;

/** The header line, CRLF-terminated. */
export function csvHeaderLine(): string {
  return `${Papa.unparse([CSV_COLUMNS.map((c) => c.header)], UNPARSE)}\r\n`;
}

/** One row as its CSV line, CRLF-terminated (a field with a line break is quoted, so it stays one record). */
export function csvLine(row: ReportCsvRow): string {
  return `${Papa.unparse([CSV_COLUMNS.map((c) => row[c.key])], UNPARSE)}\r\n`;
}

/**
 * What a client's rows depend on besides the events: its name, whether it was deleted and its
 * zone (the client-time column). A stored day's lines are used only while these are the same.
 */
export function clientFingerprint(client: ReportClient): string {
  return `${client.deleted ? 'deleted' : 'stored'}\u0000${client.profile?.timeZone ?? ''}\u0000${client.name}`;
}
