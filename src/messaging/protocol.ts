/**
 * The one typed message protocol between the content script, the background worker and the
 * extension pages (DESIGN §4). Each message's request and response types are declared here
 * once. Errors cross as values (`Result`), never as silence or a bare rejection.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ClientProfile, IsoDate, IsoInstant, Settings } from '../core/profile.ts';
import type { Problem } from '../core/problem.ts';
import type { Result } from './result.ts';
import type { ProfileStatus } from '../core/status-types.ts';
import type { ImportPreview } from '../core/import-types.ts';
import type { GuardCheck } from '../core/guard-types.ts';
import type { ProfileRef } from '../core/profile.ts';
import type { Language, StatementKind } from '../core/statement-types.ts';
import type { HolidayDate, HolidayPlace } from '../core/holiday-choice.ts';
import type { LedgerEventInput } from '../core/ledger-types.ts';
import type { EnqueueRequest, HandoffRequest, QueueEntry } from '../core/queue-types.ts';
import type { TriageRecordInput } from '../core/ledger-types.ts';
import type {
  ClientReport,
  ClientReportRequest,
  CsvRowsPage,
  CsvRowsRequest,
  DriftNotice,
  ReportOverview,
  ReportOverviewRequest,
} from '../core/report-types.ts';

export type { Result } from './result.ts';

/** A stored record that failed validation: reported to the user, never silently dropped. */
export interface InvalidRecord {
  store: string;
  key: string;
  problems: Problem[];
  /** Queue records only: the reply (recipients and body) can still be read, so it can be opened in a compose window. */
  replyKept?: boolean;
}

export interface ProfilesListing {
  profiles: ClientProfile[];
  invalid: InvalidRecord[];
}

/** The send-later queue by due time, and the stored entries that failed validation. */
export interface QueueListing {
  entries: QueueEntry[];
  invalid: InvalidRecord[];
}

/** The popup's view of the queue: cheap to answer with 10,000 entries stored. */
export interface QueueSummary {
  /** The next five waiting entries by due time (without their reply bodies). */
  next: QueueEntry[];
  /** Waiting entries per client (an entry for several clients counts for each). */
  perProfile: { profileId: string; waiting: number }[];
  /** All waiting entries (the badge's number). */
  waiting: number;
  /** Entries that need the user: `needs-attention` (held ones included). */
  attention: number;
}

/** What cancelling did: `manual` when the provider's scheduled message must be cancelled by hand (`how` says where). */
export interface CancelOutcome {
  entry: QueueEntry;
  done: 'cancelled' | 'manual';
  message: string;
}

export interface VerdictRequest {
  recipients: string[];
  /** When the request being answered arrived; defaults to now. */
  requestAt?: IsoInstant;
}

/** "Insert my boundaries" / "Insert signature line" in a compose (issue 15): its recipients decide the client. */
export interface ComposeStatementRequest {
  recipients: string[];
  kind: StatementKind;
  /** The client chosen when several are among the recipients; must be one of them. */
  profileId?: string;
}

/**
 * The text for the compose's one client (or the chosen one); `choose` when several clients are
 * among the recipients and none was chosen: the user picks one of `clients`.
 */
export type ComposeStatement =
  { kind: 'text'; text: string; client: ProfileRef; language: Language } | { kind: 'choose'; clients: ProfileRef[] };
/** The holiday picker's lists: every country, and the regions of the one asked about. */
export interface HolidayPlaces {
  countries: HolidayPlace[];
  /** Empty without a country, or for a country without regions of its own. */
  regions: HolidayPlace[];
}

export interface HolidayListRequest {
  country: string;
  region?: string;
  /** The first day listed (the editor's today in the profile's zone); the list runs 12 months from it. */
  from: IsoDate;
}

export interface ProtocolMap {
  'profiles/list'(): Result<ProfilesListing>;
  'profiles/save'(profile: ClientProfile): Result<ClientProfile>;
  /**
   * A bare id keeps the client's record (the report shows it under its last name, "(deleted)");
   * `keepRecord: false` deletes the client's ledger events too (an event of several clients
   * only loses this client).
   */
  'profiles/delete'(request: string | { id: string; keepRecord?: boolean }): Result<null>;
  /** `skipped`: stored records that failed validation and so are not in the file (see `profiles/list`). */
  'profiles/export'(): Result<{ fileName: string; json: string; skipped?: InvalidRecord[] }>;
  'profiles/import'(request: { text: string; apply: boolean }): Result<ImportPreview>;
  'settings/get'(): Result<Settings>;
  'settings/set'(patch: Partial<Settings>): Result<Settings>;
  'status/profiles'(): Result<ProfileStatus[]>;
  /** The profile editor's holiday picker (issue 15.3): countries, and regions of `country` when given. */
  'holidays/places'(request: { country?: string }): Result<HolidayPlaces>;
  /** The public holidays of a choice for the 12 months from `from` (the editor's list with its switches). */
  'holidays/list'(request: HolidayListRequest): Result<HolidayDate[]>;
  /** The compose guard's verdict with everything the pill and panel show (content script). */
  'guard/check'(request: VerdictRequest): Result<GuardCheck>;
  /**
   * The boundary statement (paragraph or signature line) for a compose's client, in the user's
   * clock and the browser's language (like the options page's preview). Only for a client among
   * the recipients: a mail page cannot read another client's hours through it.
   */
  'statement/for-compose'(request: ComposeStatementRequest): Result<ComposeStatement>;
  /** One decision of the guard or triage, written to the ledger (never a body or subject). */
  'ledger/record'(event: LedgerEventInput): Result<{ id: string }>;
  /** A reply the provider's own scheduler took: a `handed-off` queue entry (no body). */
  'queue/handoff'(request: HandoffRequest): Result<QueueEntry>;
  /** Every entry (options page). Local entries come without `reply.html`: the body stays in the worker. */
  'queue/list'(): Result<QueueListing>;
  /** The popup's next five and counts per client. */
  'queue/summary'(): Result<QueueSummary>;
  /**
   * A reply for the local queue (content script): stored as `pending` in one transaction, its
   * alarm set. A repeated request with the same id answers the stored entry.
   */
  'queue/enqueue'(request: EnqueueRequest): Result<QueueEntry>;
  /**
   * Cancels a waiting entry. Local: `cancelled`, the body deleted. Provider mode: through a mail
   * tab's adapter where it can (the message goes back to the provider's drafts), else `manual`.
   */
  'queue/cancel'(request: { id: string }): Result<CancelOutcome>;
  /** A new due time for a local entry that has not gone out (`pending`, `failed`, `needs-attention`). */
  'queue/retime'(request: { id: string; dueAt: string }): Result<QueueEntry>;
  /**
   * Delivers a local entry now. When the boundary does not allow it now, `triage` must say what
   * the user decided (recorded in the ledger like the compose guard's decisions).
   */
  'queue/send-now'(request: { id: string; triage: TriageRecordInput | null }): Result<QueueEntry>;
  /**
   * Restores a local entry's reply into a new compose window of its account (the entry is then
   * `cancelled`: the user has it back). For `needs-attention` entries, and any waiting local one.
   */
  'queue/open-in-compose'(request: { id: string }): Result<{ message: string }>;
  /**
   * Whether a queue entry with this id is stored (content script): asked when the answer to an
   * enqueue or hand-off did not come, before the user is told anything. Answers only about that id.
   */
  'queue/is-stored'(request: { id: string }): Result<{ stored: boolean }>;
  /** "It went out": the user settles a `needs-attention` entry as sent (its body is deleted). */
  'queue/settle-sent'(request: { id: string }): Result<QueueEntry>;
  /** A damaged queue record (it fails validation): its reply, when readable, into a compose window of its account; then the record is deleted. */
  'queue/open-damaged'(request: { key: string }): Result<{ message: string }>;
  /** A damaged queue record deleted (only while it still fails validation). */
  'queue/delete-damaged'(request: { key: string }): Result<{ message: string }>;
  /** The consistency report, all clients (pages only): the numbers, never the raw events. */
  'report/overview'(request: ReportOverviewRequest): Result<ReportOverview>;
  /** One client's weeks and a page of its exceptions (pages only). */
  'report/client'(request: ClientReportRequest): Result<ClientReport>;
  /** One page of CSV rows for the export (pages only); the page joins them into the file. */
  'report/csv-rows'(request: CsvRowsRequest): Result<CsvRowsPage>;
  /** The clients whose expectation is shifting now (the popup; pages only). */
  'report/drift'(): Result<DriftNotice[]>;
}

export type MessageName = keyof ProtocolMap;

/** What a message carries (`undefined` for messages without data). */
export type MessageData<K extends MessageName> = Parameters<ProtocolMap[K]>[0];

/** The value inside a message's successful `Result`. */
export type MessageValue<K extends MessageName> = ReturnType<ProtocolMap[K]> extends Result<infer T> ? T : never;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
