/**
 * The one typed message protocol between the content script, the background worker and the
 * extension pages (DESIGN §4), derived from the message table (messages.ts): each message's
 * request type is its schema's, its answer a `Result` of the table's answer type. Errors cross
 * as values (`Result`), never as silence or a bare rejection. Only types come from the table,
 * so its schemas stay out of the content script's bundle.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Result } from './result.ts';
import type { AnswerOf, MessageName, RequestOf } from './messages.ts';

export type { Result } from './result.ts';
export type { MessageName } from './messages.ts';
export type {
  CancelOutcome,
  ComposeStatement,
  HolidayPlaces,
  InvalidRecord,
  ProfilesListing,
  QueueListing,
  QueueSummary,
} from './answers.ts';

/** `guard/check`'s request. */
export type VerdictRequest = RequestOf<'guard/check'>;
/** "Insert my boundaries" / "Insert signature line" in a compose (issue 15): its recipients decide the client. */
export type ComposeStatementRequest = RequestOf<'statement/for-compose'>;
export type HolidayListRequest = RequestOf<'holidays/list'>;

/** Each message as the messaging library sees it: a message without data is a function of nothing. */
export type ProtocolMap = {
  [K in MessageName]: [RequestOf<K>] extends [null | undefined]
    ? () => Result<AnswerOf<K>>
    : (request: RequestOf<K>) => Result<AnswerOf<K>>;
};

/** What a message carries (`undefined` for messages without data). */
export type MessageData<K extends MessageName> = Parameters<ProtocolMap[K]>[0];

/** The value inside a message's successful `Result`. */
export type MessageValue<K extends MessageName> = AnswerOf<K>;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
