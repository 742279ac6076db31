/**
 * Messages to a mail tab's content script (from the popup and the worker), declared once like
 * the main protocol. Kept apart so the content script's handlers and the worker's never mix.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { GuardCheck } from '../core/guard-types.ts';
import type { Result } from './protocol.ts';

export interface FocusedCompose {
  /** Stable for the life of the compose in this tab. */
  id: string;
  provider: 'gmail' | 'outlook';
  recipients: string[];
  subject: string;
  /** Null while the first check is on its way or failed. */
  check: GuardCheck | null;
}

/** What the popup shows for a mail tab. */
export type TabComposeState =
  | { kind: 'unsupported'; provider: 'gmail' | 'outlook' }
  | { kind: 'no-compose'; provider: 'gmail' | 'outlook' }
  | { kind: 'compose'; compose: FocusedCompose };

export type ComposeAction = 'send-at' | 'triage' | 'send-now';

export interface TabProtocolMap {
  /** The focused (or only) compose of the tab, for the popup. */
  'tab/compose-state'(): TabComposeState;
  /** Runs one of the guard's actions in that compose; the answer says what happened, in words. */
  'tab/compose-act'(request: { composeId: string; action: ComposeAction }): Result<{ message: string }>;
  /** Settings changed (pause): re-check every open compose now. */
  'tab/guard-refresh'(): void;
}

export const { sendMessage: sendTabMessage, onMessage: onTabMessage } = defineExtensionMessaging<TabProtocolMap>();
