/**
 * Driving the simulated Gmail (e2e/sites/gmail/) as a user does: by role and visible label.
 * Reading what was sent or scheduled from its visible lists' data (window.__site): the site keeps
 * them in localStorage per account, so they survive reloads and browser restarts and every tab
 * of the account shows the same lists (a fresh test profile starts empty).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { waitForContentScript } from './browser.mjs';

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/';

export interface SiteMessage {
  /** One per send: the same message sent twice is there twice. */
  id: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  time: string;
  at?: string;
  kind: string;
  /** Sent with "Send & archive". */
  archived?: boolean;
}

/** `query`: `?hl=de`, `?ui=old`, … */
export async function openGmail(page: Page, query = ''): Promise<void> {
  await page.goto(`${GMAIL_URL}${query}#inbox`);
  await waitForContentScript(page); // Red Cup leaves no mark in the page: look where Chromium runs it
  await expect(page.getByRole('button', { name: /^(Compose|Schreiben)$/ })).toBeVisible();
}

/** Opens a new pop-up compose and returns it. */
export async function newPopup(page: Page): Promise<Locator> {
  const before = await page.getByRole('dialog', { name: /^(New Message|Neue Nachricht)$/ }).count();
  await page.getByRole('button', { name: /^(Compose|Schreiben)$/ }).click();
  const dialogs = page.getByRole('dialog', { name: /^(New Message|Neue Nachricht)$/ });
  await expect(dialogs).toHaveCount(before + 1);
  return dialogs.first();
}

/** Opens the inline reply to the thread's last message from the client. */
export async function inlineReply(page: Page): Promise<Locator> {
  await page
    .getByRole('button', { name: /^(Reply|Antworten)$/ })
    .last()
    .click();
  const compose = page.locator('.ip.adB .M9');
  await expect(compose).toBeVisible();
  return compose;
}

/** Types an address into To; `commit` as a user would make it a chip (or leaves it half-typed). */
export async function addRecipient(
  compose: Locator,
  address: string,
  commit: 'enter' | 'comma' | 'typed' = 'enter',
): Promise<void> {
  const box = compose
    .getByRole('combobox', { name: /^(To recipients|An-Empfänger)$/ })
    .or(compose.locator('textarea.vO[name=to]'));
  await box.click();
  await box.pressSequentially(address);
  if (commit === 'enter') await box.press('Enter');
  if (commit === 'comma') await box.press(',');
}

export async function writeMessage(compose: Locator, subject: string, body: string): Promise<void> {
  const subjectBox = compose.locator('input[name=subjectbox]');
  if (await subjectBox.count()) await subjectBox.fill(subject);
  await compose.locator('[contenteditable=true][g_editable=true]').click();
  await compose.page().keyboard.type(body);
}

/** The Send button (its label carries invisible direction marks, as in Gmail). */
export function sendButton(compose: Locator): Locator {
  return compose.getByRole('button', { name: /^(Send|Senden) \u202A/ });
}

/** The status pill Red Cup put into the compose. */
export function pill(compose: Locator): Locator {
  return compose.getByRole('status', { name: 'Red Cup' });
}

export function sent(page: Page): Promise<SiteMessage[]> {
  return page.evaluate(() => (window as unknown as { __site: { sent: SiteMessage[] } }).__site.sent);
}

export function scheduled(page: Page): Promise<SiteMessage[]> {
  return page.evaluate(() => (window as unknown as { __site: { scheduled: SiteMessage[] } }).__site.scheduled);
}

export function sentList(page: Page): Locator {
  return page.getByRole('region', { name: /^(Sent messages|Gesendete Nachrichten)$/ });
}

export function scheduledList(page: Page): Locator {
  return page.getByRole('region', { name: /^(Scheduled messages|Geplante Nachrichten)$/ });
}

/** Messages whose scheduled send was cancelled (Gmail puts them back into Drafts). */
export function drafts(page: Page): Promise<SiteMessage[]> {
  return page.evaluate(() => (window as unknown as { __site: { drafts: SiteMessage[] } }).__site.drafts);
}

/**
 * Gmail's toast (`.b8.UC`, role alert) with `text`, e.g. "Message sent" or "Sending cancelled",
 * while it shows: Gmail marks a showing host with `bAp` and parks a hidden one off screen at
 * `top: -10000px` (research/sent-signals.md §1a), where it still counts as visible to Playwright.
 */
export function toast(page: Page, text: string | RegExp): Locator {
  return page.locator('.b8.UC.bAp[role=alert]').filter({ hasText: text });
}

/** Cancels a scheduled message as a user does: open it in the Scheduled list, then "Cancel send". */
export async function cancelScheduledSend(page: Page, subject: string): Promise<void> {
  const item = scheduledList(page)
    .locator(`li[data-subject="${subject.replace(/["\\]/g, '\\$&')}"]`)
    .first();
  await item.getByRole('link', { name: /^(Open|Öffnen)$/ }).click();
  await item.getByRole('button', { name: /^(Cancel send|Senden abbrechen)$/ }).click();
  await expect(toast(page, /^(Sending cancelled|Senden abgebrochen)/)).toBeVisible();
}
