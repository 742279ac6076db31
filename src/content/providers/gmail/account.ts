/**
 * Which Gmail account a page shows: the mail UI's address `https://mail.google.com/mail/u/<n>/`
 * (QueueEntry.account), read from the page's URL — the pop-out window's too — or, in a frame
 * without a URL of its own (`about:blank`), from the top window's.
 */
import { ACCOUNT_PATH, MAIL_HOST } from './selectors.ts';
import { accountOfPage } from '../page-account.ts';

function accountOfUrl(href: string): string | null {
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' || url.hostname !== MAIL_HOST) return null;
    const match = ACCOUNT_PATH.exec(url.pathname);
    return match ? `https://${MAIL_HOST}/mail/u/${match[1] ?? '0'}/` : null;
  } catch {
    return null;
  }
}

export function accountOf(doc: Document): string | null {
  return accountOfPage(doc, accountOfUrl);
}
