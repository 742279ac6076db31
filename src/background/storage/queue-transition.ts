/**
 * One state change of a queue entry (DESIGN §5.2) as the store applies it: the ledger event it
 * writes, and which fields the new state drops. Pure, so the store's transaction stays small.
 */
import type { LedgerEvent, LedgerKind } from '../../core/ledger-types.ts';
import { storedReason } from '../../core/queue-reason.ts';
import type { QueueEntry, QueueStatus } from '../../core/queue-types.ts';

/** A delivery later than this after its due time is recorded (and notified) as late. */
export const LATE_AFTER_MS = 5 * 60_000;

export interface Transition {
  /** The states the caller saw: if the stored entry is in none of them, nothing is written (compare-and-set). */
  from: readonly QueueStatus[];
  to: QueueStatus;
  /** Fields to set with the new state. */
  patch?: Partial<Omit<QueueEntry, 'id' | 'status'>>;
  /** The ledger kind when the default for `to` does not say it (a moved or retried entry is `pending` again). */
  kind?: LedgerKind;
  /** Why, in words: stored as the entry's `problem` when set, and in the ledger event. */
  reason?: string | null;
  /** A decision that went through triage (send now outside the boundary). */
  triage?: LedgerEvent['triage'];
  /** Fields the change removes (a body dropped after 14 days, a reservation given back). */
  clear?: readonly ('reply' | 'openingSince' | 'retryAt')[];
  /** A further condition on the stored entry, checked in the same transaction (compare-and-set on more than the state). */
  when?: (entry: QueueEntry) => boolean;
  /**
   * The entry as the caller read it: nothing is written when it has changed since (another
   * revision), even if its state is the same again — two catch-up passes both moving it, or a
   * pass moving it over the user's new time.
   */
  seen?: Pick<QueueEntry, 'revision'>;
}

export function defaultKind(entry: QueueEntry, to: QueueStatus): LedgerKind {
  switch (to) {
    case 'pending':
      return 'queued';
    case 'sending':
      return 'sending';
    case 'sent':
      return isLate(entry) ? 'delivered-late' : 'delivered';
    case 'failed':
      return 'retrying';
    case 'needs-attention':
      return 'needs-attention';
    case 'cancelled':
      return 'reply-cancelled';
    case 'handed-off':
      return 'scheduled';
  }
}

/** Sent more than LATE_AFTER_MS after the time the user chose (the first due time when it was moved). */
export function isLate(entry: Pick<QueueEntry, 'dueAt' | 'firstDueAt' | 'sentAt'>): boolean {
  if (entry.sentAt === undefined) return false;
  return Date.parse(entry.sentAt) - Date.parse(entry.firstDueAt ?? entry.dueAt) > LATE_AFTER_MS;
}

/** The entry after the change: sent and cancelled entries lose their body (DESIGN §5.3: only until confirmed). */
export function applyTransition(entry: QueueEntry, change: Transition, now: Date): QueueEntry {
  const next: QueueEntry = {
    ...entry,
    ...change.patch,
    status: change.to,
    updatedAt: now.toISOString(),
    revision: (entry.revision ?? 0) + 1,
  };
  if (change.reason !== undefined) {
    if (change.reason === null) delete next.problem;
    else next.problem = storedReason(change.reason, entry);
  }
  if (change.to === 'sent' || change.to === 'cancelled') delete next.reply;
  for (const field of change.clear ?? []) delete next[field];
  // A reservation lasts only while the entry stays where the reservation put it.
  if (change.to !== 'needs-attention') delete next.openingSince;
  if (change.to !== 'failed') delete next.retryAt;
  if (change.to !== 'sending' && change.to !== 'sent' && change.to !== 'needs-attention') delete next.sendingSince;
  return next;
}

/** The ledger event of a change: never a body or subject. Its id is unique per entry, state and instant. */
export function transitionEvent(after: QueueEntry, change: Transition, now: Date): LedgerEvent {
  const at = now.toISOString();
  return {
    // The revision makes it one event per change, even for two changes in the same millisecond.
    id: `queue:${after.id}:${after.status}:${change.kind ?? defaultKind(after, after.status)}:${at}${after.revision === undefined ? '' : `:${after.revision}`}`,
    kind: change.kind ?? defaultKind(after, after.status),
    profileIds: after.profileIds,
    at,
    requestAt: null,
    triage: change.triage ?? null,
    provider: after.provider,
    scheduledFor: after.dueAt,
    // The ledger never holds a subject or an address (DESIGN §3), and a long reason must not make the event unreadable.
    queue: {
      entryId: after.id,
      status: after.status,
      reason: change.reason == null ? null : (after.problem ?? storedReason(change.reason, after)),
    },
    recordedAt: at,
  };
}
