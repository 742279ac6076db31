/**
 * The message a compose answers (research/gmail-dom.md "The message being answered"): the last
 * expanded message (`div.adn`) of the thread whose sender is not the user.
 *
 * Which thread: an inline reply's own (the messages before it); a pop-up or full-screen compose
 * only when its subject is the open thread's (a reply popped out of the thread); a pop-out
 * window has no thread, so no request.
 *
 * Who the user is: the compose form's hidden `input[name=from]` (the address this compose sends
 * from, present in every compose kind — so a reply sent from a send-as alias is still the
 * user's), plus the account in the window title (`Inbox (3) - me@example.com - Gmail`), which
 * covers the user's messages sent from the main address. Without either, every sender counts.
 */
import type { RequestMessage } from '../adapter.ts';
import { pageLocales } from './locales.ts';
import { parseMessageTime } from './message-time.ts';
import { readableText } from './message-text.ts';
import { kindOf } from './roots.ts';
import {
  EXPANDED_MESSAGE,
  FROM_INPUT,
  MAIN,
  MESSAGE_SENDER,
  MESSAGE_TEXT,
  MESSAGE_TIME,
  QUOTED_TEXT,
  REPLY_PREFIX,
  THREAD_LIST,
  THREAD_SUBJECT,
  TITLE_ACCOUNT,
} from './selectors.ts';
import { subjectOf } from './subject.ts';

const ADDRESS = /[^\s<>"',;]+@[^\s<>"',;]+/;

/** The user's own addresses, lower-cased (see the file comment). */
export function userAddresses(root: HTMLElement): Set<string> {
  const addresses = new Set<string>();
  const from = root.querySelector<HTMLInputElement>(FROM_INPUT)?.value ?? '';
  const fromAddress = ADDRESS.exec(from)?.[0];
  if (fromAddress) addresses.add(fromAddress.toLowerCase());
  const account = TITLE_ACCOUNT.exec(root.ownerDocument.title)?.[1];
  if (account) addresses.add(account.toLowerCase());
  return addresses;
}

/** `Re: Fwd: Launch` → `launch`: a reply's subject compared with its thread's. */
export function bareSubject(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The expanded messages of the thread this compose answers, oldest first. */
function threadMessages(root: HTMLElement): Element[] {
  const doc = root.ownerDocument;
  const kind = kindOf(root);
  if (kind === 'inline') {
    const thread = root.closest(THREAD_LIST) ?? root.closest(MAIN) ?? doc.body;
    // Only what comes before the reply: replying to an earlier message answers that one.
    return Array.from(thread.querySelectorAll(EXPANDED_MESSAGE)).filter(
      (message) => (message.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
  }
  if (kind === 'popout') return [];
  const heading = doc.querySelector(THREAD_SUBJECT);
  const threadSubject = bareSubject(heading?.textContent ?? '');
  if (!heading || threadSubject === '' || bareSubject(subjectOf(root)) !== threadSubject) return [];
  return Array.from((heading.closest(MAIN) ?? doc).querySelectorAll(EXPANDED_MESSAGE));
}

export function findRequest(root: HTMLElement): RequestMessage | null {
  const messages = threadMessages(root);
  if (messages.length === 0) return null;
  const user = userAddresses(root);
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    const from = message.querySelector(MESSAGE_SENDER)?.getAttribute('email')?.trim().toLowerCase();
    const body = message.querySelector(MESSAGE_TEXT);
    if (!from || !body || user.has(from)) continue;
    const title = message.querySelector(MESSAGE_TIME)?.getAttribute('title');
    return {
      from,
      text: readableText(body, QUOTED_TEXT),
      at: title ? parseMessageTime(title, pageLocales(root.ownerDocument)) : null,
    };
  }
  return null;
}
