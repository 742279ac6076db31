/**
 * The request a reply answers (ComposeAdapter.request): the last message of the conversation
 * whose sender is not the user.
 *
 * The user's address comes from the page (ACCOUNT_ADDRESS: the account manager, then the folder
 * pane's account node). When the page does not show it, the client's messages are told apart
 * from the user's by the reply's own recipients: a reply goes to the sender it answers.
 * "Last" is by the time each message shows, so it holds whether Outlook lists the newest
 * message on top (its default) or at the bottom; without times, by the order on the page.
 */
import type { RequestMessage } from '../adapter.ts';
import { addressIn } from './address.ts';
import { firstMatch } from './query.ts';
import {
  ACCOUNT_ADDRESS,
  CONVERSATION,
  MESSAGE_SENDER,
  MESSAGE_TEXT,
  MESSAGE_TIME,
  MESSAGE_TIME_TEXT,
  THREAD_MESSAGE,
} from './selectors.ts';

/** The signed-in account's address, lower-cased, or null when the page does not show it. */
export function accountAddress(doc: Document): string | null {
  for (const selector of ACCOUNT_ADDRESS) {
    for (const el of doc.querySelectorAll(selector)) {
      const found = addressIn(el.getAttribute('title')) ?? addressIn(el.textContent);
      if (found) return found.toLowerCase();
    }
  }
  return null;
}

/** `Mon 11/23/2026 9:41 PM` (a message's full date, in the device's zone) → UTC ISO, or null. */
export function parseMessageTime(text: string): string | null {
  const m = MESSAGE_TIME_TEXT.exec(text);
  if (!m) return null;
  const [month, day, year, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const half = m[6]?.toUpperCase();
  if (month < 1 || month > 12 || day < 1 || day > 31 || minute > 59) return null;
  if (half ? hour < 1 || hour > 12 : hour > 23) return null;
  const h24 = half ? (hour % 12) + (half === 'PM' ? 12 : 0) : hour;
  const date = new Date(year, month - 1, day, h24, minute);
  return date.getDate() === day ? date.toISOString() : null;
}

/**
 * The conversation a compose answers, when it sits in one: the `data-convid` container around it,
 * or its parent when that holds the conversation's messages. Null for a new message.
 */
export function conversationOf(root: HTMLElement): Element | null {
  const around = root.parentElement?.closest(CONVERSATION);
  if (around?.querySelector(THREAD_MESSAGE)) return around;
  const parent = root.parentElement;
  return parent?.querySelector(THREAD_MESSAGE) ? parent : null;
}

function read(message: Element): RequestMessage | null {
  let from: string | null = null;
  for (const selector of MESSAGE_SENDER) {
    const el = message.querySelector(selector);
    from = addressIn(el?.getAttribute('title')) ?? addressIn(el?.getAttribute('aria-label'));
    if (from) break;
  }
  if (!from) return null;
  const timeText = message.querySelector(MESSAGE_TIME)?.getAttribute('title') ?? '';
  const text = (firstMatch(message, MESSAGE_TEXT) ?? message).textContent?.trim() ?? '';
  return { from: from.toLowerCase(), text, at: parseMessageTime(timeText) };
}

/** The latest of `messages`: by their times when every one has one, else by page order and its direction. */
function latest(messages: RequestMessage[], all: RequestMessage[]): RequestMessage | null {
  if (messages.length === 0) return null;
  if (messages.every((m) => m.at !== null)) {
    return messages.reduce((a, b) => (Date.parse(b.at!) > Date.parse(a.at!) ? b : a));
  }
  const timed = all.filter((m) => m.at !== null);
  const newestOnTop = timed.length >= 2 && Date.parse(timed[0]!.at!) > Date.parse(timed[timed.length - 1]!.at!);
  return newestOnTop ? messages[0]! : messages[messages.length - 1]!;
}

/**
 * The last message in `conversation` (outside the compose `root`) not from the user; `recipients`
 * (the reply's, as written) stand in for the user's address when the page does not show it.
 */
export function findRequest(
  root: HTMLElement,
  conversation: Element,
  recipients: readonly string[],
): RequestMessage | null {
  const all = [...conversation.querySelectorAll(THREAD_MESSAGE)]
    .filter((m) => !root.contains(m))
    .map(read)
    .filter((m): m is RequestMessage => m !== null);
  const me = accountAddress(root.ownerDocument);
  const answered = new Set(recipients.map((r) => addressIn(r)?.toLowerCase()).filter((a): a is string => !!a));
  const candidates = all.filter((m) => (me ? m.from !== me : answered.has(m.from)));
  return latest(candidates, all);
}
