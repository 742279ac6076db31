/**
 * Outlook's Sent Items as a local delivery reads it: is this message there? Where the list is
 * not on the page (live Outlook shows it only in its folder, selectors.ts) the answer is
 * `unknown`, and the worker leaves the reply to the user instead of sending it again.
 */
import type { SentQuery } from '../../../../messaging/tab-protocol.ts';
import { LIST_ITEM, SENT_LIST } from '../selectors.ts';
import { sameAddresses } from './addresses.ts';

/** `yes`: that subject to those recipients (To, Cc and Bcc), sent at or after `since`. */
export function sentState(doc: Document, query: SentQuery): 'yes' | 'no' | 'unknown' {
  const list = doc.querySelector(SENT_LIST);
  const since = Date.parse(query.since);
  if (!list || Number.isNaN(since)) return 'unknown';
  const found = Array.from(list.querySelectorAll(LIST_ITEM)).some((li) => {
    const recipients = (li.getAttribute('data-to') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
    return (
      (li.getAttribute('data-subject') ?? '').trim() === query.subject.trim() &&
      sameAddresses(recipients, query.recipients) &&
      Date.parse(li.getAttribute('data-time') ?? '') >= since
    );
  });
  return found ? 'yes' : 'no';
}

export function findSent(doc: Document, query: SentQuery): Promise<'yes' | 'no' | 'unknown'> {
  try {
    return Promise.resolve(sentState(doc, query));
  } catch {
    return Promise.resolve('unknown');
  }
}
