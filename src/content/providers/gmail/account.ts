/**
 * Which Gmail account a page shows: the mail UI's address `https://mail.google.com/mail/u/<n>/`
 * (QueueEntry.account), read from the page's URL — the pop-out window's too — or, in a frame
 * without a URL of its own (`about:blank`), from the top window's.
 */
import { ACCOUNT_BUTTON, ACCOUNT_LABEL_ADDRESS, ACCOUNT_PATH, MAIL_HOST, TITLE_ACCOUNT } from './selectors.ts';
import { accountOfPage, documentsOf } from '../page-account.ts';

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

/**
 * The signed-in account's address (lower-cased), from the account button's label, else from the
 * window title — this page's, or the top window's for a frame. Null when the page does not say.
 */
export function addressOf(doc: Document): string | null {
  for (const d of documentsOf(doc)) {
    const label = d.querySelector(ACCOUNT_BUTTON)?.getAttribute('aria-label') ?? '';
    const address = ACCOUNT_LABEL_ADDRESS.exec(label)?.[1] ?? TITLE_ACCOUNT.exec(d.title)?.[1];
    if (address) return address.toLowerCase();
  }
  return null;
}
