/**
 * The one table of the messages to the worker (issue 14.5, DESIGN §4): for each message its
 * name, the valibot schema of its request (the one declaration of the request's shape: the
 * protocol's request types are inferred from it), the type of its answer, who may send it, and
 * how a request of the wrong shape is refused. protocol.ts derives the typed protocol from it;
 * the worker's `defineHandler` takes a message's entry from it (its schema and sender rule), so
 * a handler cannot check another shape or answer other senders than the table says.
 *
 * Only the worker imports this module's values; the pages and the content script import its
 * types (through protocol.ts), so the schemas stay out of the content script's bundle.
 */
import type * as v from 'valibot';
import type { ClientProfile, Settings } from '../core/profile.ts';
import { ClientProfileSchema } from '../core/profile-schema.ts';
import type { Checked } from '../core/schema-problems.ts';
import type { ProfileStatus } from '../core/status-types.ts';
import type { ImportPreview } from '../core/import-types.ts';
import type { GuardCheck } from '../core/guard-types.ts';
import type { HolidayDate } from '../core/holiday-choice.ts';
import { LedgerEventInputSchema, validateLedgerEventInput } from '../core/ledger.ts';
import {
  EnqueueRequestSchema,
  HandoffRequestSchema,
  validateEnqueueRequest,
  validateHandoffRequest,
} from '../core/queue.ts';
import type { QueueEntry } from '../core/queue-types.ts';
import type {
  ClientReport,
  ClientReportRequest,
  CsvRowsPage,
  CsvRowsRequest,
  DriftNotice,
  ReportOverview,
  ReportOverviewRequest,
} from '../core/report-types.ts';
import type {
  CancelOutcome,
  ComposeStatement,
  HolidayPlaces,
  InvalidRecord,
  ProfilesListing,
  QueueListing,
  QueueSummary,
} from './answers.ts';
import {
  ClientReportRequestSchema,
  ComposeStatementRequestSchema,
  CsvRowsRequestSchema,
  DamagedKeyRequestSchema,
  DeleteRequestSchema,
  EntryIdRequestSchema,
  HolidayListRequestSchema,
  HolidayPlacesRequestSchema,
  ImportRequestSchema,
  NoData,
  ReportOverviewRequestSchema,
  RetimeRequestSchema,
  SendNowRequestSchema,
  SettingsPatchSchema,
  StoredIdRequestSchema,
  VerdictRequestSchema,
} from './request-schemas.ts';

/**
 * Who may send a message. A content script runs inside the mail page, where a page script may
 * have found a way to talk through it, so it is answered exactly the messages it calls
 * (`pages-and-content`: the compose guard's check and statement, and the writes a decision in a
 * compose makes) and nothing else; everything else is for Red Cup's own pages.
 */
export type Senders = 'pages' | 'pages-and-content';

/**
 * How a request of the wrong shape is refused, so every refusal keeps its sentence:
 * - `what`: "Refused: <what> is not well-formed." with each problem named; `check` (from
 *   src/core) words the problems itself and adds what a schema cannot check (a due time in the
 *   future at `now`);
 * - `refusal`: that one sentence;
 * - `handler`: the handler checks the request itself, against stored data (a profile's
 *   addresses against the other profiles', inside the write); its data is `unknown` to it.
 */
export type Malformed<S extends v.GenericSchema> =
  | { what: string; check?: (input: unknown, now: Date) => Checked<v.InferOutput<S>> }
  | { refusal: string }
  | { handler: string };

export interface MessageEntry<S extends v.GenericSchema = v.GenericSchema, A = unknown> {
  readonly request: S;
  readonly senders: Senders;
  readonly malformed: Malformed<S>;
  /** The type of the value inside the answer's `Result` (a type only: never set). */
  readonly answer?: A;
}

/** One table entry; `A` is the answer's value type (the request's type is the schema's). */
const message =
  <A>() =>
  <S extends v.GenericSchema>(entry: Omit<MessageEntry<S, A>, 'answer'>): MessageEntry<S, A> =>
    entry;

const noData = (what: string) => ({ request: NoData, malformed: { what } });
const scheduledId = { refusal: 'Refused: expected the id of a scheduled reply.' };
const damagedKey = { refusal: 'Refused: expected the key of a stored queue record.' };

export const MESSAGES = {
  'profiles/list': message<ProfilesListing>()({ ...noData('the profiles request'), senders: 'pages' }),
  'profiles/save': message<ClientProfile>()({
    request: ClientProfileSchema,
    senders: 'pages',
    malformed: { handler: 'validateProfile, against the other stored profiles inside the write' },
  }),
  /**
   * A bare id keeps the client's record (the report shows it under its last name, "(deleted)");
   * `keepRecord: false` deletes the client's ledger events too (an event of several clients
   * only loses this client).
   */
  'profiles/delete': message<null>()({
    request: DeleteRequestSchema,
    senders: 'pages',
    malformed: { what: 'the profile to delete' },
  }),
  /** `skipped`: stored records that failed validation and so are not in the file (see `profiles/list`). */
  'profiles/export': message<{ fileName: string; json: string; skipped?: InvalidRecord[] }>()({
    ...noData('the export request'),
    senders: 'pages',
  }),
  'profiles/import': message<ImportPreview>()({
    request: ImportRequestSchema,
    senders: 'pages',
    malformed: { what: 'the import request' },
  }),
  'settings/get': message<Settings>()({ ...noData('the settings request'), senders: 'pages' }),
  'settings/set': message<Settings>()({
    request: SettingsPatchSchema,
    senders: 'pages',
    malformed: { what: 'the settings change' },
  }),
  'status/profiles': message<ProfileStatus[]>()({ ...noData('the status request'), senders: 'pages' }),
  /** The profile editor's holiday picker (issue 15.3): countries, and regions of `country` when given. */
  'holidays/places': message<HolidayPlaces>()({
    request: HolidayPlacesRequestSchema,
    senders: 'pages',
    malformed: { what: 'the holiday places request' },
  }),
  /** The public holidays of a choice for the 12 months from `from` (the editor's list with its switches). */
  'holidays/list': message<HolidayDate[]>()({
    request: HolidayListRequestSchema,
    senders: 'pages',
    malformed: { what: 'the holiday list request' },
  }),
  /** The compose guard's verdict with everything the pill and panel show (content script). */
  'guard/check': message<GuardCheck>()({
    request: VerdictRequestSchema,
    senders: 'pages-and-content',
    malformed: { what: 'the guard check' },
  }),
  /**
   * The boundary statement (paragraph or signature line) for a compose's client, in the user's
   * clock and the browser's language (like the options page's preview). Only for a client among
   * the recipients: a mail page cannot read another client's hours through it.
   */
  'statement/for-compose': message<ComposeStatement>()({
    request: ComposeStatementRequestSchema,
    senders: 'pages-and-content',
    malformed: { what: 'the statement request' },
  }),
  /** One decision of the guard or triage, written to the ledger (never a body or subject). */
  'ledger/record': message<{ id: string }>()({
    request: LedgerEventInputSchema,
    senders: 'pages-and-content',
    malformed: { what: 'the ledger event', check: validateLedgerEventInput },
  }),
  /** A reply the provider's own scheduler took: a `handed-off` queue entry (no body). */
  'queue/handoff': message<QueueEntry>()({
    request: HandoffRequestSchema,
    senders: 'pages-and-content',
    malformed: { what: 'the scheduled reply', check: validateHandoffRequest },
  }),
  /** Every entry (options page). Local entries come without `reply.html`: the body stays in the worker. */
  'queue/list': message<QueueListing>()({ ...noData('the queue request'), senders: 'pages' }),
  /** The popup's next five and counts per client. */
  'queue/summary': message<QueueSummary>()({ ...noData('the queue summary request'), senders: 'pages' }),
  /**
   * A reply for the local queue (content script): stored as `pending` in one transaction, its
   * alarm set. A repeated request with the same id answers the stored entry.
   */
  'queue/enqueue': message<QueueEntry>()({
    request: EnqueueRequestSchema,
    senders: 'pages-and-content',
    malformed: { what: 'the reply to send later', check: validateEnqueueRequest },
  }),
  /**
   * Cancels a waiting entry. Local: `cancelled`, the body deleted. Provider mode: through a mail
   * tab's adapter where it can (the message goes back to the provider's drafts), else `manual`.
   */
  'queue/cancel': message<CancelOutcome>()({
    request: EntryIdRequestSchema,
    senders: 'pages',
    malformed: scheduledId,
  }),
  /** A new due time for a local entry that has not gone out (`pending`, `failed`, `needs-attention`). */
  'queue/retime': message<QueueEntry>()({
    request: RetimeRequestSchema,
    senders: 'pages',
    malformed: { refusal: 'Refused: expected the id of a scheduled reply and a due time (UTC ISO).' },
  }),
  /**
   * Delivers a local entry now. When the boundary does not allow it now, `triage` must say what
   * the user decided (recorded in the ledger like the compose guard's decisions).
   */
  'queue/send-now': message<QueueEntry>()({
    request: SendNowRequestSchema,
    senders: 'pages',
    malformed: { refusal: 'Refused: expected the id of a scheduled reply and the triage (or null).' },
  }),
  /**
   * Restores a local entry's reply into a new compose window of its account (the entry is then
   * `cancelled`: the user has it back). For `needs-attention` entries, and any waiting local one.
   */
  'queue/open-in-compose': message<{ message: string }>()({
    request: EntryIdRequestSchema,
    senders: 'pages',
    malformed: scheduledId,
  }),
  /**
   * Whether a queue entry with this id is stored (content script): asked when the answer to an
   * enqueue or hand-off did not come, before the user is told anything. Answers only about that id.
   */
  'queue/is-stored': message<{ stored: boolean }>()({
    request: StoredIdRequestSchema,
    senders: 'pages-and-content',
    malformed: scheduledId,
  }),
  /** "It went out": the user settles a `needs-attention` entry as sent (its body is deleted). */
  'queue/settle-sent': message<QueueEntry>()({
    request: EntryIdRequestSchema,
    senders: 'pages',
    malformed: scheduledId,
  }),
  /** A damaged queue record (it fails validation): its reply, when readable, into a compose window of its account; then the record is deleted. */
  'queue/open-damaged': message<{ message: string }>()({
    request: DamagedKeyRequestSchema,
    senders: 'pages',
    malformed: damagedKey,
  }),
  /** A damaged queue record deleted (only while it still fails validation). */
  'queue/delete-damaged': message<{ message: string }>()({
    request: DamagedKeyRequestSchema,
    senders: 'pages',
    malformed: damagedKey,
  }),
  /** The consistency report, all clients (pages only): the numbers, never the raw events. */
  'report/overview': message<ReportOverview>()({
    request: ReportOverviewRequestSchema,
    senders: 'pages',
    malformed: { what: 'the report request' },
  }),
  /** One client's weeks and a page of its exceptions (pages only). */
  'report/client': message<ClientReport>()({
    request: ClientReportRequestSchema,
    senders: 'pages',
    malformed: { what: 'the client report request' },
  }),
  /** One page of CSV rows for the export (pages only); the page joins them into the file. */
  'report/csv-rows': message<CsvRowsPage>()({
    request: CsvRowsRequestSchema,
    senders: 'pages',
    malformed: { what: 'the CSV request' },
  }),
  /** The clients whose expectation is shifting now (the popup; pages only). */
  'report/drift': message<DriftNotice[]>()({ ...noData('the drift request'), senders: 'pages' }),
} as const;

export type Messages = typeof MESSAGES;
export type MessageName = keyof Messages;

/** What a sender puts in a message (the schema's input). */
export type RequestOf<K extends MessageName> = v.InferInput<Messages[K]['request']>;
/** What the handler gets once the table's check passed (the schema's output). */
export type CheckedRequestOf<K extends MessageName> = v.InferOutput<Messages[K]['request']>;
/** The value inside the message's successful `Result`. */
export type AnswerOf<K extends MessageName> = Messages[K] extends MessageEntry<v.GenericSchema, infer A> ? A : never;

// The report's request types stay declared in src/core (the pages build them without the
// table); these fail to compile when they and the table's schemas drift apart.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _overviewMatches: Equal<RequestOf<'report/overview'>, ReportOverviewRequest> = true;
const _clientMatches: Equal<RequestOf<'report/client'>, ClientReportRequest> = true;
const _csvMatches: Equal<RequestOf<'report/csv-rows'>, CsvRowsRequest> = true;
// A stored profile can be sent back to be saved (the schema's input is wider: defaults).
const _profileSendable: ClientProfile extends RequestOf<'profiles/save'> ? true : false = true;
