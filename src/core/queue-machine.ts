/**
 * The send-later queue's rules (DESIGN §5.2–5.5), pure: which state may follow which, how long
 * a failed delivery waits before the next try, and what to do with an entry found overdue at
 * start-up. The worker applies each decision in one IndexedDB transaction.
 */
import type { ClientProfile, Settings } from './profile.ts';
import type { QueueEntry, QueueStatus } from './queue-types.ts';
import { verdict } from './verdict.ts';

/**
 * The state machine of DESIGN §5.2. `sending → pending` is absent on purpose: a delivery that
 * may have gone out is never retried blindly (§5.4); it is confirmed or needs attention.
 */
export const TRANSITIONS: Readonly<Record<QueueStatus, readonly QueueStatus[]>> = {
  // `pending → needs-attention`: catch-up holds an entry too late, or with no window, for the user (§5.5).
  pending: ['sending', 'cancelled', 'pending', 'needs-attention'],
  sending: ['sent', 'failed', 'needs-attention'],
  failed: ['pending', 'needs-attention', 'cancelled'],
  // The user settles it (issue 13 A4): "It went out" → sent, "Send it again" → pending, open → cancelled.
  // `→ needs-attention`: its body dropped after 14 days, or "Open in compose" reserving it; `→ failed`: an
  // open that failed puts a failed entry back as it was.
  'needs-attention': ['pending', 'cancelled', 'sent', 'needs-attention', 'failed'],
  'handed-off': ['cancelled'],
  sent: [],
  cancelled: [],
};

export function canMove(from: QueueStatus, to: QueueStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Waits before the 1st, 2nd, … retry of a failed delivery; after the last, the entry needs attention. */
export const RETRY_DELAYS_MS = [60_000, 2 * 60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000] as const;

/** When to try again after `failures` failed attempts, or null: stop and ask the user. */
export function nextRetry(failures: number, failedAt: Date): Date | null {
  const wait = RETRY_DELAYS_MS[failures - 1];
  return wait === undefined ? null : new Date(failedAt.getTime() + wait);
}

/** More than this late, an overdue reply is held for the user to decide (DESIGN §5.5). */
export const HOLD_AFTER_MS = 2 * 86_400_000;

export type CatchUp =
  | { action: 'wait' }
  /** `until`: when the boundary stops allowing it (the window closes); null when no client's boundary applies. */
  | { action: 'deliver'; until: string | null }
  | { action: 'move'; to: string }
  | { action: 'hold'; why: 'too-late' | 'no-window' };

/**
 * An entry found at start-up or on wake-up. Not due yet → wait. Due and the boundary allows
 * sending now → deliver. Due but outside the boundary → move to the next window (the caller
 * notifies the user). More than two days late, or no window within a year → hold.
 */
export function catchUp(
  entry: Pick<QueueEntry, 'dueAt' | 'recipients'>,
  profiles: readonly ClientProfile[],
  settings: Settings,
  now: Date,
): CatchUp {
  const due = Date.parse(entry.dueAt);
  if (due > now.getTime()) return { action: 'wait' };
  if (now.getTime() - due > HOLD_AFTER_MS) return { action: 'hold', why: 'too-late' };
  // A pause is the user's choice for their own sends, not for replies they scheduled: judge the boundary itself.
  const v = verdict(entry.recipients, profiles, { ...settings, pausedUntil: null }, now);
  if (v.kind !== 'outside') return { action: 'deliver', until: v.kind === 'inside' ? v.until : null };
  return v.nextWindow === null ? { action: 'hold', why: 'no-window' } : { action: 'move', to: v.nextWindow };
}
