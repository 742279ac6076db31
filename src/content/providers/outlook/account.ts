/**
 * Which Outlook mailbox a page shows: `https://<host>/mail/` (QueueEntry.account), from the
 * page's URL or, in a pop-out compose (`about:blank`, no URL of its own), from the top window's.
 * Outlook on the web signs one mailbox in per host, so the host names the account.
 */
import { MAIL_HOSTS, MAIL_PATH } from './selectors.ts';
import { accountOfPage } from '../page-account.ts';

function accountOfUrl(href: string): string | null {
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' || !MAIL_HOSTS.includes(url.hostname) || !MAIL_PATH.test(url.pathname)) return null;
    return `https://${url.hostname}/mail/`;
  } catch {
    return null;
  }
}

export function accountOf(doc: Document): string | null {
  return accountOfPage(doc, accountOfUrl);
}
