/**
 * Messages to a mail tab's content script (from the popup and the worker), declared once like
 * the main protocol. Kept apart so the content script's handlers and the worker's never mix.
 *
 * Every message is checked on both ends, like the runtime protocol: the tab checks what it is
 * sent (tab-requests.ts) and answers a malformed message with an error value without acting on
 * it; the sender checks the answer's shape (tab-client.ts, tab-answers.ts) before using it.
 * Senders import `sendTabMessage` from tab-client.ts, so the content script, which only
 * answers, never loads the answers' schemas.
 */
import type { ProviderName } from '../core/providers.ts';
import {
  defineExtensionMessaging,
  type ExtensionSendMessageArgs,
  type GetDataType,
  type GetReturnType,
} from '@webext-core/messaging';
import type { GuardCheck } from '../core/guard-types.ts';
import type { LocalReply } from '../core/queue-types.ts';
import type { Result } from './protocol.ts';
import type { StatementKind } from '../core/statement-types.ts';

export interface FocusedCompose {
  /** Stable for the life of the compose in this tab. */
  id: string;
  provider: ProviderName;
  recipients: string[];
  subject: string;
  /** Null while the first check is on its way or failed. */
  check: GuardCheck | null;
}

/** What the popup shows for a mail tab. */
export type TabComposeState =
  | { kind: 'unsupported'; provider: ProviderName }
  | { kind: 'no-compose'; provider: ProviderName }
  | { kind: 'compose'; compose: FocusedCompose };

export type ComposeAction = 'send-at' | 'triage' | 'send-now';

/** Which provider and account a mail tab shows (the worker picks the tab a reply goes out from). */
export interface TabIdentity {
  provider: ProviderName;
  /** The account's mail address in the UI (QueueEntry.account), or null when the page does not say. */
  account: string | null;
  /** False when the adapter does not recognise the page: nothing can be delivered through it. */
  supported: boolean;
}

/** One local delivery, as the worker asks a mail tab for it (DESIGN §5.1 local mode). */
export interface DeliveryOrder {
  entryId: string;
  subject: string;
  reply: LocalReply;
  /** The account it goes out from (QueueEntry.accountAddress): the tab sends only when it shows that account. */
  accountAddress?: string;
  /**
   * Set when the worker asks again about a delivery it ordered before it was stopped: the tab
   * answers what it knows (the first attempt's outcome, or the message found in Sent) and
   * never sends — an unknown attempt stays unknown (DESIGN §5.4).
   */
  resume?: { since: string; recipients: string[] };
  /**
   * The boundary allows sending only until then (the client's window closes): a tab that gets
   * to press Send later — the laptop slept while it opened — does not send (issue 13 F21).
   */
  sendBy?: string;
}

/**
 * How a delivery ended in the page. `sent`: the provider confirmed it (its "sent" signal, or the
 * message in Sent). `not-sent`: it certainly did not go out (the compose could not be opened
 * or filled; nothing was pressed). `unknown`: Send was pressed but no confirmation came — the
 * worker must not send again blindly (DESIGN §5.4).
 */
export type DeliveryReport =
  | { outcome: 'sent'; sentAt: string }
  | { outcome: 'not-sent'; reason: string }
  | { outcome: 'unknown'; reason: string };

/** A message looked for in the provider's Sent list: this subject, these recipients, at or after `since`. */
export interface SentQuery {
  subject: string;
  /** Normalised addresses (QueueEntry.recipients). */
  recipients: string[];
  since: string;
}

/** A message in the provider's Scheduled list: this subject, these recipients, due at `dueAt`. */
export interface ScheduledQuery {
  subject: string;
  recipients: string[];
  dueAt: string;
}

export interface TabProtocolMap {
  /** The focused (or only) compose of the tab, for the popup. */
  'tab/compose-state'(): TabComposeState;
  /** Runs one of the guard's actions in that compose; the answer says what happened, in words. */
  'tab/compose-act'(request: { composeId: string; action: ComposeAction }): Result<{ message: string }>;
  /**
   * Inserts the boundary statement (issue 15) into that compose's body, at the caret the user
   * left there, else at its start; `profileId` chooses among several clients of the compose.
   */
  'tab/compose-insert'(request: { composeId: string; kind: StatementKind; profileId?: string }): Result<{
    message: string;
  }>;
  /** Settings changed (pause): re-check every open compose now. */
  'tab/guard-refresh'(): void;
  /** Which provider and account this tab is (top frame only answers). */
  'tab/identity'(): TabIdentity;
  /** Opens a compose with the reply (in its thread where the provider allows), presses Send, waits for confirmation. */
  'tab/deliver'(order: DeliveryOrder): Result<DeliveryReport>;
  /** Is this message in the provider's Sent list? `unknown` when the page cannot tell. */
  'tab/find-sent'(query: SentQuery): Result<{ found: 'yes' | 'no' | 'unknown' }>;
  /** Opens a new compose filled with the reply, for the user to finish (nothing is sent). */
  'tab/open-compose'(order: DeliveryOrder): Result<null>;
  /** Cancels the provider's scheduled message (it goes back to drafts); `manual` says how when it cannot. */
  'tab/cancel-scheduled'(query: ScheduledQuery): Result<{ done: 'cancelled' | 'manual'; message: string }>;
}

export type TabMessageName = keyof TabProtocolMap;
export type TabData<K extends TabMessageName> = GetDataType<TabProtocolMap[K]>;
export type TabAnswer<K extends TabMessageName> = GetReturnType<TabProtocolMap[K]>;

/** What a tab answers a message it will not act on. */
export interface TabRefusal {
  ok: false;
  error: { message: string };
}

/** The messaging library, seen as what it carries: unchecked data both ways (checked here and in tab-client.ts). */
const messaging = defineExtensionMessaging<TabProtocolMap>();
export const wire = {
  onMessage: messaging.onMessage as (
    name: TabMessageName,
    received: (message: { data: unknown }) => Promise<unknown>,
  ) => () => void,
  sendMessage: messaging.sendMessage as (
    name: TabMessageName,
    data: unknown,
    ...target: ExtensionSendMessageArgs
  ) => Promise<unknown>,
};

type RequestsModule = typeof import('./tab-requests.ts');
let requests: Promise<RequestsModule> | null = null;

/**
 * Answers `name` in this tab. The handler runs only on data of the message's shape; anything
 * else is answered with a refusal that says what was wrong. The shapes are loaded on the first
 * message (the content script's start-up stays small).
 */
export function onTabMessage<K extends TabMessageName>(
  name: K,
  handler: (message: { data: TabData<K> }) => TabAnswer<K> | Promise<TabAnswer<K>>,
): () => void {
  return wire.onMessage(name, async (message): Promise<unknown> => {
    requests ??= import('./tab-requests.ts');
    const checked = (await requests).checkTabRequest(name, message.data);
    if (!checked.ok) {
      const refusal: TabRefusal = {
        ok: false,
        error: { message: `Refused: "${name}" is not well-formed (${checked.problems.join('; ')}).` },
      };
      return refusal;
    }
    return handler({ data: checked.data as TabData<K> });
  });
}
