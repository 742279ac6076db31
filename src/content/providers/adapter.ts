/**
 * The one interface every mail provider's adapter implements (DESIGN §4 "Provider adapters").
 * The rest of the content script talks to Gmail or Outlook only through it; every selector of a
 * provider lives in `providers/<name>/selectors.ts`.
 *
 * Every method must be safe to call at any time and must never throw for a page it does not
 * recognise: it returns null / empty instead, and the guard then lets sends through.
 */
import type { LocalReply, ThreadRef } from '../../core/queue-types.ts';
import type { DeliveryReport, ScheduledQuery, SentQuery } from '../../messaging/tab-protocol.ts';
import type { ProviderName } from '../provider.ts';

export type ComposeKind = 'popup' | 'fullscreen' | 'popout' | 'inline' | 'new';

/** The message the compose answers: the last message in the thread not from the user. */
export interface RequestMessage {
  /** The sender's address, lower-cased. */
  from: string;
  /** The message's visible text (never stored; shown in triage only). */
  text: string;
  /** When it arrived (UTC ISO), or null when the page does not say. */
  at: string | null;
}

/** The result of driving the provider's own "Schedule send". */
export type ScheduleResult = { ok: true } | { ok: false; reason: string };

export interface ComposeAdapter {
  readonly root: HTMLElement;
  readonly kind: ComposeKind;
  /** False once the provider removed the compose (sent, discarded, closed). */
  isOpen(): boolean;
  /**
   * Every recipient in To, Cc and Bcc — chips and half-typed text (split on `,` and `;`) — as
   * written (`Jane <jane@acme.com>` or `jane@acme.com`); matching normalises them.
   */
  recipients(): string[];
  subject(): string;
  /** The request being answered (inline replies, and composes opened from a thread), or null. */
  request(): RequestMessage | null;
  /** The Send control (the primary part of a split button), or null when not found. */
  sendControl(): HTMLElement | null;
  /** Where the status pill goes: an element near the Send control, or null (then the root). */
  pillAnchor(): HTMLElement | null;
  /**
   * Drives the provider's own Schedule send for `at` (an instant, UTC ISO) in this compose. On
   * success the provider has taken the message (the compose closes). On failure the compose is
   * left open with its text intact, any menu or dialog the adapter opened is closed again.
   */
  scheduleSend(at: string): Promise<ScheduleResult>;
  /**
   * The body's editor (the contenteditable the user types into, never a hidden plain-text twin),
   * or null when not found: where "Insert my boundaries" puts its text.
   */
  bodyEditor(): HTMLElement | null;
  /** The body as the provider's HTML (what a local delivery restores), or '' when not found. */
  bodyHtml(): string;
  /** To, Cc and Bcc separately, as written (`recipients()` is their union). */
  recipientFields(): { to: string[]; cc: string[]; bcc: string[] };
  /** The conversation this compose answers (inline replies, composes opened from a thread), or null. */
  thread(): ThreadRef | null;
  /**
   * Discards the compose through the provider's own control (its draft is deleted): used once
   * the reply is safe in the local queue, so the same text does not also wait in Drafts.
   */
  discard(): Promise<{ ok: true } | { ok: false; reason: string }>;
}

/** A compose the delivery filled; `send` presses its Send and waits for the provider's confirmation. */
export interface FilledCompose {
  compose: ComposeAdapter;
  /**
   * Presses Send the way research says the provider accepts (untrusted events: Red Cup's own
   * guard ignores them) and waits, at most `timeoutMs`, for the provider's "sent" signal or the
   * message in Sent. Never throws.
   */
  send(timeoutMs: number): Promise<DeliveryReport>;
}

/**
 * What a provider's page can confirm, stated by its adapter from the research (not found out at
 * run time, and not shaped by the simulated pages): the delivery, the tab's answers to the worker
 * and the contract tests read it.
 */
export interface ProviderConfirms {
  /**
   * The provider shows a notice after a Send that a delivery waits for (Gmail's "Message sent"
   * with Undo); false where the send is DOM-silent (Outlook: research/sent-signals.md §4).
   */
  readonly sentNotice: boolean;
  /** A mail tab can look a message up in the provider's Sent list (`findSent` may answer yes / no). */
  readonly sentLookup: boolean;
  /** A message the provider's own scheduler holds can be cancelled from the page (`cancelScheduled`). */
  readonly scheduledCancel: boolean;
}

export interface ProviderAdapter {
  readonly name: ProviderName;
  /** What this provider's page can confirm (a static fact of the adapter). */
  readonly confirms: ProviderConfirms;
  /** True when the page looks like the provider's mail UI the adapter knows (else: "not supported"). */
  recognisesPage(doc: Document): boolean;
  /** Every open compose root in `doc`, each once, outermost first. */
  findComposeRoots(doc: Document): HTMLElement[];
  /** The compose root an element belongs to, or null (one that `findComposeRoots` would list). */
  composeRootOf(node: Element): HTMLElement | null;
  /** An adapter for one compose root (cheap: call again rather than cache DOM nodes). */
  compose(root: HTMLElement): ComposeAdapter;
  /**
   * The control that sends a compose which `el` is (inside): the element a send gesture targets.
   * Usually Send; also a variant that sends as well (Gmail's "Send & archive"), so that sending
   * anyway repeats what the user pressed. Null for anything else (the menu arrow beside Send).
   */
  sendControlAt(el: Element): HTMLElement | null;
  /**
   * True for the keyboard shortcut that sends from inside a compose (Ctrl/Cmd+Enter on both
   * providers); the event's target is in the compose.
   */
  isSendShortcut(event: KeyboardEvent): boolean;

  // ── Local delivery (DESIGN §5.1 local mode) ─────────────────────────────────────────────

  /**
   * False when this adapter cannot yet open, fill and send a compose by itself: the guard then
   * never puts a reply into the local queue for this provider (it could not be delivered or
   * restored), and keeps the compose open when the provider's scheduler fails.
   */
  readonly deliversLocally: boolean;

  /** The signed-in account's mail address in the UI (`https://mail.google.com/mail/u/0/`), or null. */
  account(doc: Document): string | null;
  /**
   * The signed-in account's e-mail address as the page shows it (lower-cased), or null when the
   * page does not say. This — not the UI's URL, whose `u/<n>` Google renumbers — is what names
   * the account a queued reply goes out from (QueueEntry.accountAddress).
   */
  accountAddress(doc: Document): Promise<string | null>;
  /**
   * Opens a compose filled with `reply` and `subject`: a reply inside `reply.thread` where the
   * provider allows it (when the thread is on the page or can be opened without a page load),
   * else a new message. Sends nothing. Fails with a reason, leaving no half-filled compose.
   */
  openCompose(
    doc: Document,
    subject: string,
    reply: LocalReply,
  ): Promise<{ ok: true; filled: FilledCompose } | { ok: false; reason: string }>;
  /** Looks for the message in the provider's Sent list; `unknown` when the page cannot tell. */
  findSent(doc: Document, query: SentQuery): Promise<'yes' | 'no' | 'unknown'>;
  /** Cancels a scheduled message through the provider's Scheduled list (it goes back to drafts). */
  cancelScheduled(doc: Document, query: ScheduledQuery): Promise<ScheduleResult>;
}
