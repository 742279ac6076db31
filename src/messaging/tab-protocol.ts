/**
 * Messages to a mail tab's content script (from the popup and the worker), declared once like
 * the main protocol: the table in tab-requests.ts names each message, who sends it and its
 * request's schema (the request types here are inferred from it); `TabAnswers` holds each
 * answer's type and tab-answers.ts its run-time shape. Kept apart so the content script's
 * handlers and the worker's never mix.
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
import { refused, type Result } from './result.ts';
import type { TabCheckedRequest, TabMessageName, TabRequest } from './tab-requests.ts';

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

/** One local delivery, as the worker asks a mail tab for it (DESIGN §5.1 local mode; its fields: tab-requests.ts). */
export type DeliveryOrder = TabCheckedRequest<'tab/deliver'>;

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
export type SentQuery = TabCheckedRequest<'tab/find-sent'>;

/** A message in the provider's Scheduled list: this subject, these recipients, due at `dueAt`. */
export type ScheduledQuery = TabCheckedRequest<'tab/cancel-scheduled'>;

/**
 * What a mail tab answers each message (the requests and who sends them: the table in
 * tab-requests.ts; the answers' run-time shapes: tab-answers.ts). Every answer that can fail is
 * a `Result`; `tab/identity` answers a bare identity (it cannot fail: a page it does not
 * recognise says `supported: false`) and `tab/guard-refresh` nothing.
 */
export interface TabAnswers {
  /** The focused (or only) compose of the tab, for the popup. */
  'tab/compose-state': Result<TabComposeState>;
  /** Runs one of the guard's actions in that compose; the answer says what happened, in words. */
  'tab/compose-act': Result<{ message: string }>;
  /**
   * Inserts the boundary statement (issue 15) into that compose's body, at the caret the user
   * left there, else at its start; `profileId` chooses among several clients of the compose.
   */
  'tab/compose-insert': Result<{ message: string }>;
  /** Settings changed (pause): re-check every open compose now. */
  'tab/guard-refresh': void;
  /** Which provider and account this tab is (top frame only answers). */
  'tab/identity': TabIdentity;
  /** Opens a compose with the reply (in its thread where the provider allows), presses Send, waits for confirmation. */
  'tab/deliver': Result<DeliveryReport>;
  /** Is this message in the provider's Sent list? `unknown` when the page cannot tell. */
  'tab/find-sent': Result<{ found: 'yes' | 'no' | 'unknown' }>;
  /** Opens a new compose filled with the reply, for the user to finish (nothing is sent). */
  'tab/open-compose': Result<null>;
  /** Cancels the provider's scheduled message (it goes back to drafts); `manual` says how when it cannot. */
  'tab/cancel-scheduled': Result<{ done: 'cancelled' | 'manual'; message: string }>;
}

/** Each tab message as the messaging library sees it, from the table's request schemas and the answers above. */
export type TabProtocolMap = {
  [K in TabMessageName]: [TabRequest<K>] extends [null | undefined]
    ? () => TabAnswers[K]
    : (request: TabRequest<K>) => TabAnswers[K];
};

/** Fails to compile when a message has an answer but no table entry, or the other way round. */
const _sameNames: [Exclude<keyof TabAnswers, TabMessageName>, Exclude<TabMessageName, keyof TabAnswers>] extends [
  never,
  never,
]
  ? true
  : false = true;

export type { TabMessageName };
export type TabData<K extends TabMessageName> = GetDataType<TabProtocolMap[K]>;
export type TabAnswer<K extends TabMessageName> = GetReturnType<TabProtocolMap[K]>;

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
  handler: (message: { data: TabCheckedRequest<K> }) => TabAnswer<K> | Promise<TabAnswer<K>>,
): () => void {
  return wire.onMessage(name, async (message): Promise<unknown> => {
    requests ??= import('./tab-requests.ts');
    const checked = (await requests).checkTabRequest(name, message.data);
    if (!checked.ok) return refused(`Refused: "${name}" is not well-formed (${checked.problems.join('; ')}).`);
    return handler({ data: checked.data });
  });
}
