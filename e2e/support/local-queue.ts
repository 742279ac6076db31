/**
 * The local send-later queue as the reliability tests drive it: replies put into the queue the
 * way the content script does (`queue/enqueue`, from an extension page), the simulated
 * provider's Sent list counted, and the worker's entries read back from IndexedDB.
 */
import type { QueueEntry } from '../../src/core/queue-types.ts';
import { callWorker, expect, type BrowserContext, type Page, type Worker } from './extension.ts';
import { GMAIL_URL, type SiteMessage } from './gmail-site.ts';
import { queue } from './guard.ts';

export interface LocalReplySpec {
  id: string;
  subject: string;
  to: string;
  body: string;
  /** Seconds from now. */
  dueInSeconds: number;
  profileIds: string[];
  provider?: 'gmail' | 'outlook';
  account?: string;
  /** The signed-in account's address, as the content script records it (the simulated sites' default account). */
  accountAddress?: string;
}

/** Puts a reply into the local queue as the compose guard does when it keeps one for later. */
export async function enqueueLocal(extensionPage: Page, spec: LocalReplySpec): Promise<QueueEntry> {
  const provider = spec.provider ?? 'gmail';
  const answer = await callWorker(extensionPage, 'queue/enqueue', {
    id: spec.id,
    provider,
    profileIds: spec.profileIds,
    recipients: [spec.to],
    subject: spec.subject,
    dueAt: new Date(Date.now() + spec.dueInSeconds * 1000).toISOString(),
    account: spec.account ?? (provider === 'gmail' ? GMAIL_URL : 'https://outlook.office.com/mail/'),
    accountAddress: spec.accountAddress ?? 'me@example.com',
    reply: { to: [spec.to], cc: [], bcc: [], html: `<div>${spec.body}</div>`, thread: null },
    why: { kind: 'chosen' },
  });
  if (!answer.ok) throw new Error(`enqueue failed: ${answer.error.message}`);
  return answer.value;
}

export async function entryOf(worker: Worker, id: string): Promise<QueueEntry | undefined> {
  return (await queue(worker)).find((e) => e.id === id);
}

/** Waits until the entry reaches one of `statuses` (reading IndexedDB in the worker). */
export async function waitForStatus(
  worker: Worker,
  id: string,
  statuses: readonly QueueEntry['status'][],
  timeout = 90_000,
): Promise<QueueEntry> {
  await expect
    .poll(async () => (await entryOf(worker, id))?.status ?? 'no entry', { timeout, intervals: [100, 250, 500, 1000] })
    .toMatch(new RegExp(`^(${statuses.join('|')})$`));
  const entry = await entryOf(worker, id);
  if (!entry) throw new Error(`entry ${id} is gone`);
  return entry;
}

/** Messages with this subject in the simulated provider's Sent list (its "server" state). */
export async function sentWithSubject(page: Page, subject: string): Promise<SiteMessage[]> {
  const all = await page.evaluate(() => (window as unknown as { __site: { sent: SiteMessage[] } }).__site.sent);
  return all.filter((m) => m.subject === subject);
}

/** Polls the Sent list until `predicate` holds; answers the matching messages. */
export async function waitForSent(
  page: Page,
  subject: string,
  count: number,
  timeout = 90_000,
): Promise<SiteMessage[]> {
  await expect
    .poll(async () => (await sentWithSubject(page, subject)).length, { timeout, intervals: [100, 250, 500] })
    .toBe(count);
  return sentWithSubject(page, subject);
}

/** The ids of the notifications the worker currently shows (chrome.notifications answers ids only). */
export async function notificationIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/**
 * Playwright's `context.route` misses the first navigation of a tab the extension opens itself
 * (`tabs.create`): it lands on `chrome-error://` instead of the simulated site. Such tabs are
 * sent to `url` again — by Playwright, so the route answers — as the real site would have loaded.
 */
export function loadTabsTheExtensionOpens(context: BrowserContext, url: string): void {
  context.on('page', (page) => {
    void (async () => {
      for (let tries = 0; tries < 50 && !page.isClosed(); tries += 1) {
        if (page.url().startsWith('chrome-error://')) {
          await page.goto(url).catch(() => undefined);
          return;
        }
        if (page.url().startsWith('https://')) return;
        await page.waitForTimeout(100).catch(() => undefined);
      }
    })();
  });
}
