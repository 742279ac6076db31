/**
 * Ledger events (DESIGN §3): every decision of the guard, per client, so the user can see how
 * consistent they are. Never a message body or subject.
 */
import type { ProviderName } from './providers.ts';
import type { IsoInstant } from './profile.ts';
import type { QueueStatus } from './queue-types.ts';

export type LedgerKind =
  | 'sent-inside'
  | 'scheduled'
  | 'sent-emergency'
  | 'sent-anyway'
  | 'cancelled'
  | 'delivered'
  | 'delivered-late'
  | 'failed'
  // State changes of the local send-later queue (DESIGN §5.2), one event each:
  | 'queued'
  | 'sending'
  | 'retrying'
  | 'needs-attention'
  | 'moved'
  | 'reply-cancelled';

export type TriageAnswer = 'yes' | 'no' | 'unsure';

/** The three questions of DESIGN §2.4, answered. */
export interface TriageAnswers {
  /** Is it one of the situations this client agreed counts as an emergency? */
  agreedSituation: TriageAnswer;
  /** Will waiting until the next window cause real harm to the client's business? */
  realHarm: TriageAnswer;
  /** Is it an emergency to the client even if not to you? */
  emergencyToClient: TriageAnswer;
}

export type TriageSuggestion = 'real-emergency' | 'red-cup';

/** What triage decided (the answers and the suggestion shown), as recorded. */
export interface TriageRecordInput {
  answers: TriageAnswers;
  suggestion: TriageSuggestion;
}

export interface LedgerEventInput {
  /** Chosen by the writer, one per decision: sending the same event again does not duplicate it. */
  id: string;
  kind: LedgerKind;
  /** The matched profiles (the default profile when it covered the recipients). */
  profileIds: string[];
  /** When the user decided (UTC ISO). */
  at: IsoInstant;
  /** When the request being answered arrived, if known. */
  requestAt: IsoInstant | null;
  /** Present when the decision went through triage. */
  triage: TriageRecordInput | null;
  provider: ProviderName;
  /** For `scheduled`: the instant the reply goes out. */
  scheduledFor: IsoInstant | null;
  /**
   * For the queue's state changes: the entry and the state it moved to (never a body or
   * subject). A `scheduled` decision names the entry it created too (`pending` for Red Cup's
   * queue, `handed-off` for the provider's scheduler), so the report counts the reply when that
   * entry goes out and judges its promise then.
   */
  queue?: { entryId: string; status: QueueStatus; reason: string | null };
}

/** Whether a reply met the promise for the request it answered. */
export type PromiseOutcome = 'kept' | 'broken' | 'unknown';

/**
 * The promise for the request a reply answered, for one client (each client has its own
 * promise). Computed by the worker from the stored profile when the event is recorded; the
 * content script cannot set it.
 */
export interface PromiseRecord {
  profileId: string;
  /** When the reply was due; null when the client's promise cannot be met within a year (no business hours). */
  deadline: IsoInstant | null;
  /**
   * Whether the reply met it, when known at write time (sent now, or handed to the provider's
   * scheduler for a known time); null for a reply Red Cup's queue sends later: judged when it
   * actually goes out (its `delivered`/`delivered-late` event).
   */
  outcome: 'kept' | 'broken' | null;
}

export interface LedgerEvent extends LedgerEventInput {
  /** When the worker stored it. */
  recordedAt: IsoInstant;
  /**
   * One per client with a stored profile when the request time is known; absent otherwise (and
   * on events written before version 4, and on queue state changes: their promise is the
   * decision's, joined by the entry id) — the promise then reads as unknown.
   */
  promises?: PromiseRecord[];
}

/** A deleted client's last name and colour, kept so the report still names its record "(deleted)". */
export interface ArchivedClient {
  id: string;
  name: string;
  color: string;
  deletedAt: IsoInstant;
}
