/**
 * Ledger events (DESIGN §3): every decision of the guard, per client, so the user can see how
 * consistent they are. Never a message body or subject.
 */
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
  provider: 'gmail' | 'outlook';
  /** For `scheduled`: the instant the reply goes out. */
  scheduledFor: IsoInstant | null;
  /** For the queue's state changes: the entry and the state it moved to (never a body or subject). */
  queue?: { entryId: string; status: QueueStatus; reason: string | null };
}

export interface LedgerEvent extends LedgerEventInput {
  /** When the worker stored it. */
  recordedAt: IsoInstant;
}
