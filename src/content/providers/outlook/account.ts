/**
 * Which Outlook mailbox a page shows: `https://<host>/mail/` (QueueEntry.account), from the
 * page's URL or, in a pop-out compose (`about:blank`, no URL of its own), from the top window's.
 * Outlook on the web signs one mailbox in per host, so the host names the account.
 */
import { waitFor } from '../../dom/wait.ts';
import { accountOfPage, documentsOf } from '../page-account.ts';
import { addressIn } from './address.ts';
import { pressKey } from '../../dom/synthetic.ts';
import { press } from './input-events.ts';
import { firstMatch } from './query.ts';
import { accountAddress } from './request.ts';
import {
  ACCOUNT_MANAGER_ADDRESS,
  ACCOUNT_MANAGER_TRIGGER,
  LOGIN_HINT_LINK,
  MAIL_HOSTS,
  MAIL_PATH,
} from './selectors.ts';

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

/** What the page says without being touched: the account manager, the folder pane, a login hint, the title. */
function shownAddress(doc: Document): string | null {
  for (const d of documentsOf(doc)) {
    const shown = accountAddress(d);
    if (shown) return shown;
    const hint = d.querySelector(LOGIN_HINT_LINK)?.getAttribute('href');
    if (hint) {
      try {
        const value = new URL(hint, d.baseURI).searchParams.get('login_hint');
        const found = addressIn(value);
        if (found) return found.toLowerCase();
      } catch {
        // not a URL: try the title
      }
    }
    const titled = addressIn(d.title);
    if (titled) return titled.toLowerCase();
  }
  return null;
}

/**
 * The signed-in account's address (lower-cased) on an Outlook mailbox page: what the page shows,
 * else what the account manager's flyout shows once opened (it is closed again at once). Null
 * when nothing says, and on any other page (the adapter contract's unrelated page).
 */
export async function addressOf(doc: Document, waitMs = 2_000): Promise<string | null> {
  // Not an Outlook mailbox (its host and /mail/ path): any address its title holds names no account.
  if (accountOf(doc) === null) return null;
  const shown = shownAddress(doc);
  if (shown) return shown;
  const trigger = firstMatch(doc, ACCOUNT_MANAGER_TRIGGER);
  if (!trigger) return null;
  press(trigger);
  const flyout = await waitFor(doc, () => doc.querySelector(ACCOUNT_MANAGER_ADDRESS), waitMs);
  const found = flyout ? addressIn(flyout.textContent) : null;
  pressKey(doc.activeElement ?? doc.body, 'Escape');
  if (flyout && !(await waitFor(doc, () => !flyout.isConnected, 500))) press(trigger);
  return found ? found.toLowerCase() : null;
}
