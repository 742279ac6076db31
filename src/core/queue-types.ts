/** Send-later queue entries (DESIGN §5): provider mode (hand-off) and local mode (this queue delivers). */
import type { ProviderName } from './providers.ts';
import type { IsoInstant } from './profile.ts';

export type QueueStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'needs-attention' | 'cancelled' | 'handed-off';

/** The conversation a reply answers, as the provider names it. */
export interface ThreadRef {
  /** The provider's id of the conversation (Gmail: the thread's perm id; Outlook: the conversation id). */
  id: string;
  /** Where the conversation opens in the mail UI (same account), so the reply can go into it. */
  url: string;
}

/**
 * A reply the local queue delivers itself (DESIGN §5.1 local mode). It exists only in the queue
 * until the provider confirms the delivery; then (or when the user cancels) it is deleted.
 */
export interface LocalReply {
  /** Recipients as written in the compose (`Jane <jane@acme.com>`), per field. */
  to: string[];
  cc: string[];
  bcc: string[];
  /** The compose's body as HTML (the provider's own markup, quoted text included). */
  html: string;
  /** The conversation it answers, or null for a new message. */
  thread: ThreadRef | null;
}

export interface QueueEntry {
  id: string;
  status: QueueStatus;
  /** `provider`: the provider's own scheduler holds the message; `local`: this queue delivers it. */
  mode: 'provider' | 'local';
  provider: ProviderName;
  profileIds: string[];
  /** Recipients as normalised addresses. */
  recipients: string[];
  subject: string;
  /** When it goes out (UTC ISO, so it sorts as time in the `by-due` index). */
  dueAt: IsoInstant;
  createdAt: IsoInstant;
  /**
   * The mail account it goes out from: the mail UI's address for that account
   * (`https://mail.google.com/mail/u/0/`, `https://outlook.office.com/mail/`). Local mode only.
   */
  account?: string;
  /**
   * The e-mail address of the account signed in where the reply was written (lower-cased), as the
   * page showed it. A delivery goes out only from a tab showing this same account: the URL's
   * `u/<n>` is renumbered by Google. Absent on entries stored before it was recorded.
   */
  accountAddress?: string;
  /** Local mode, until the delivery is confirmed or the user cancels. */
  reply?: LocalReply;
  /** Failed delivery attempts so far (local mode). */
  attempts?: number;
  /** After a failure: not tried again before this instant (back-off, core/queue-machine.ts). */
  retryAt?: IsoInstant;
  /** When the current delivery attempt started: the provider's Sent list is searched from here. */
  sendingSince?: IsoInstant;
  /** When the provider confirmed the delivery. */
  sentAt?: IsoInstant;
  /** In words for the user: why it failed, needs attention, was moved or held. */
  problem?: string;
  /** The due time the user chose, when catch-up or a re-time moved it. */
  firstDueAt?: IsoInstant;
  /** When the entry last changed state. */
  updatedAt?: IsoInstant;
  /**
   * Set while the user's "Open in compose" holds the entry (it is `needs-attention` meanwhile, so
   * nothing delivers it): the reservation made before the compose is opened (issue 13 A3).
   */
  openingSince?: IsoInstant;
  /**
   * How many state changes the entry has had: the compare-and-set's witness. A change from
   * `pending` to `pending` (moved, re-timed, sent now) leaves the state as it was, so the state
   * alone cannot tell that someone else changed the entry meanwhile (issue 13 F21).
   */
  revision?: number;
}

export const QUEUE_STATUSES = [
  'pending',
  'sending',
  'sent',
  'failed',
  'needs-attention',
  'cancelled',
  'handed-off',
] as const satisfies readonly QueueStatus[];

/** Waiting to go out (or to be decided on): what the badge counts and the popup lists. */
export const WAITING_STATUSES = [
  'pending',
  'sending',
  'failed',
  'needs-attention',
  'handed-off',
] as const satisfies readonly QueueStatus[];

/** What the content script reports after the provider's scheduler took a reply: never a body. */
export interface HandoffRequest {
  /** Chosen by the content script, one per hand-off: a repeated request does not duplicate. */
  id: string;
  provider: ProviderName;
  profileIds: string[];
  recipients: string[];
  subject: string;
  dueAt: IsoInstant;
  /** The signed-in account's address where the reply was written (QueueEntry.accountAddress), when the page showed it. */
  accountAddress?: string;
}

/**
 * A reply for the local queue (content script): the compose's whole reply. Sent when the
 * profile chose local delivery, or when the provider's scheduler could not be driven.
 */
export interface EnqueueRequest extends HandoffRequest {
  account: string;
  reply: LocalReply;
  /** Why local mode: the profile asks for it, or the provider's scheduler failed (the reason). */
  why: { kind: 'chosen' } | { kind: 'scheduler-failed'; reason: string };
}
