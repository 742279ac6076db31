/**
 * The consistency report (DESIGN §2 story 7, issue 12): what the worker answers the options page
 * and the popup with. The worker aggregates the ledger in one pass over the period and answers
 * with the numbers a page shows — never the raw events, never a body, subject or address.
 *
 * Definitions (implemented in report.ts, table-tested):
 * - a *reply* is one decision that sent or scheduled mail: `sent-inside`, `scheduled` (counted once,
 *   when it goes out: `delivered`/`delivered-late`, or the provider's due time for a hand-off),
 *   `sent-emergency`, `sent-anyway`. A reply to several clients counts once for each client.
 * - *inside the boundary* = `sent-inside` + sent later; *exceptions* = `sent-emergency` (justified)
 *   + `sent-anyway` (red cup). Consistency = inside ÷ replies; no replies → no percentage (null).
 * - weeks are ISO weeks (Monday 00:00) in the user's zone.
 */
import type { ProviderName } from './providers.ts';
import type { IsoInstant } from './profile.ts';
import type { PromiseOutcome, TriageRecordInput } from './ledger-types.ts';

export type { PromiseOutcome };

/** The period the user chose: the last N weeks (the current one included) or a date range. */
export type ReportPeriod =
  | { kind: 'weeks'; weeks: 4 | 12 | 52 }
  /** Calendar dates (`yyyy-MM-dd`) in the user's zone, both included. */
  | { kind: 'range'; from: string; to: string };

/** The counts of one client (or of all) over one week or the whole period. */
export interface ReportCounts {
  replies: number;
  /** `sent-inside`. */
  inside: number;
  /** Sent later by Red Cup's queue or the provider's scheduler, counted when it went out. */
  sentLater: number;
  /** Justified exceptions (`sent-emergency`). */
  emergency: number;
  /** Red cups sent anyway (`sent-anyway`). */
  sentAnyway: number;
  /** Shown on their own: queued replies that went out late, and ones moved to a later window. */
  deliveredLate: number;
  moved: number;
  promisesKept: number;
  promisesBroken: number;
  promisesUnknown: number;
  /** (inside + sentLater) ÷ replies, 0–1; null when there were no replies. */
  consistency: number | null;
  /** Median time from request to reply counted in the client's business hours, in minutes; null when no reply had a known request time. */
  medianReplyBusinessMinutes: number | null;
}

export interface ReportWeek extends ReportCounts {
  /** ISO week in the user's zone, e.g. `2026-W49`. */
  week: string;
  /** Monday 00:00 of that week in the user's zone, as a UTC instant. */
  start: IsoInstant;
}

/** Exceptions clustering for one client (default: ≥ 2 replies outside the boundary in 14 days). */
export interface DriftState {
  /** Replies outside the boundary (real emergencies included) in the window. */
  exceptions: number;
  windowDays: number;
  /** True when `exceptions` reached the threshold: the client's expectation is shifting. */
  shifting: boolean;
}

/**
 * What the guard panel and the popup say when a client's expectation is shifting (only for
 * clients whose `DriftState.shifting` is true).
 */
export interface DriftNotice {
  profileId: string;
  name: string;
  /** Replies outside the boundary in the window so far. */
  exceptions: number;
  windowDays: number;
  /** `3rd reply outside Acme's hours in 2 weeks — their expectation is shifting` (the panel, before another exception). */
  text: string;
  /** `2 replies outside Acme's hours in 2 weeks — their expectation is shifting` (the popup, the report). */
  summary: string;
}

export interface ClientReportRow {
  profileId: string;
  /** The profile's name, or its last known name when it was deleted. */
  name: string;
  color: string;
  /** The client's zone (for showing exception times in it); null for a deleted client. */
  timeZone: string | null;
  deleted: boolean;
  totals: ReportCounts;
  /** Every week of the period, oldest first (weeks without replies included, consistency null). */
  weeks: ReportWeek[];
  drift: DriftState;
}

export interface ReportOverview {
  /** The period resolved to instants: [from, to). */
  from: IsoInstant;
  to: IsoInstant;
  /** The user's zone the weeks were cut in. */
  timeZone: string;
  /** Worst consistency first; clients without replies last. */
  clients: ClientReportRow[];
  /** All clients together. */
  totals: ReportCounts;
  /** Stored ledger records that failed validation (shown by the page, never dropped). */
  invalid: { store: string; key: string; problems: { path: string; message: string }[] }[];
}

/** One exception (a reply sent outside the boundary), as the exception list shows it. */
export interface ReportException {
  eventId: string;
  at: IsoInstant;
  kind: 'sent-emergency' | 'sent-anyway';
  triage: TriageRecordInput | null;
  requestAt: IsoInstant | null;
  promiseDeadline: IsoInstant | null;
  promise: PromiseOutcome;
  provider: ProviderName;
}

export interface ClientReport {
  from: IsoInstant;
  to: IsoInstant;
  timeZone: string;
  client: ClientReportRow;
  /** The newest exceptions first, at most `limit` of them; `nextCursor` pages on (null: no more). */
  exceptions: ReportException[];
  nextCursor: string | null;
}

/** One row of the CSV export: one decision. Never a body, subject or address. */
export interface ReportCsvRow {
  /** UTC ISO. */
  at: IsoInstant;
  /** Wall time in the client's zone, `yyyy-MM-dd HH:mm` (empty for a deleted client). */
  clientTime: string;
  client: string;
  kind: string;
  provider: string;
  agreedSituation: string;
  realHarm: string;
  emergencyToClient: string;
  suggestion: string;
  requestAt: string;
  promiseDeadline: string;
  promise: PromiseOutcome | '';
  scheduledFor: string;
}

export type RetentionChoice = '1y' | '2y' | 'always';

/** The report's requests (messages `report/overview`, `report/client`, `report/csv-rows`, pages only). */
export interface ReportOverviewRequest {
  period: ReportPeriod;
}
export interface ClientReportRequest {
  profileId: string;
  period: ReportPeriod;
  /** From a previous answer's `nextCursor`; absent for the first page of exceptions. */
  cursor?: string;
  /** Exceptions per page (default 50, at most 200). */
  limit?: number;
}
/** The CSV is put together in the page from pages of lines, so no single message carries a year of events. */
export interface CsvRowsRequest {
  period: ReportPeriod;
  /** Only these clients; absent = all. */
  profileIds?: string[];
  cursor?: string;
  /**
   * Rows per page (default 5,000, at most 20,000): a page holds whole days, so it ends with the
   * first day that reaches this many rows (one day of a heavy user is ~1,500 rows).
   */
  limit?: number;
}
export interface CsvRowsPage {
  /** The page's rows as RFC 4180 lines, each CRLF-terminated, in time order (no header, no byte-order mark). */
  lines: string;
  rows: number;
  nextCursor: string | null;
  /** For the file name `red-cup-record-YYYY-MM-DD.csv` (today in the user's zone). */
  today: string;
}
