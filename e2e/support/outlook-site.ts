/**
 * Driving the simulated Outlook on the web (e2e/sites/outlook/) as a user does. Reading what was
 * sent, scheduled or left in Drafts from its visible lists' data (window.__site): the site keeps
 * them in localStorage per mailbox, so they survive reloads and browser restarts and every tab
 * of the mailbox shows the same lists (a fresh test profile starts empty).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { waitForContentScript } from './browser.mjs';
import type { SiteMessage } from './gmail-site.ts';

export const OUTLOOK_URL = 'https://outlook.office.com/mail/';

/** `query`: `?undosend=2` (Outlook's Undo send, in seconds), `?conversation=oldest-first`. */
export async function openOutlook(page: Page, host = 'outlook.office.com', query = ''): Promise<void> {
  await page.goto(`https://${host}/mail/${query}`);
  await waitForContentScript(page); // Red Cup leaves no mark in the page: look where Chromium runs it
  await expect(page.getByRole('button', { name: 'New mail' })).toBeVisible();
}

export async function newMessage(page: Page): Promise<Locator> {
  const before = await page.locator('.compose').count();
  await page.getByRole('button', { name: 'New mail' }).click();
  await expect(page.locator('.compose')).toHaveCount(before + 1);
  return page.locator('.compose').last();
}

export async function reply(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Reply', exact: true }).click();
  const compose = page.locator('.reading .compose');
  await expect(compose).toBeVisible();
  return compose;
}

export async function addRecipient(
  compose: Locator,
  address: string,
  commit: 'enter' | 'semicolon' | 'typed' = 'enter',
): Promise<void> {
  const to = compose.getByRole('textbox', { name: 'To', exact: true });
  await to.click();
  await to.pressSequentially(address);
  if (commit === 'enter') await to.press('Enter');
  if (commit === 'semicolon') await to.press(';');
}

export async function writeMessage(compose: Locator, subject: string, body: string): Promise<void> {
  await compose.getByRole('textbox', { name: 'Add a subject' }).fill(subject);
  await compose.getByRole('textbox', { name: /^Message body/ }).click();
  await compose.page().keyboard.type(body);
}

export function sendButton(compose: Locator): Locator {
  return compose.getByRole('button', { name: 'Send', exact: true });
}

export function pill(compose: Locator): Locator {
  return compose.getByRole('status', { name: 'Red Cup' });
}

export function sent(page: Page): Promise<SiteMessage[]> {
  return page.evaluate(() => (window as unknown as { __site: { sent: SiteMessage[] } }).__site.sent);
}

export function scheduled(page: Page): Promise<SiteMessage[]> {
  return page.evaluate(() => (window as unknown as { __site: { scheduled: SiteMessage[] } }).__site.scheduled);
}

export const sentList = (page: Page): Locator => page.getByRole('region', { name: 'Sent Items' });
export const scheduledList = (page: Page): Locator => page.getByRole('region', { name: 'Scheduled' });

export const draftsList = (page: Page): Locator => page.getByRole('region', { name: 'Drafts' });

export function drafts(page: Page): Promise<SiteMessage[]> {
  return page.evaluate(() => (window as unknown as { __site: { drafts: SiteMessage[] } }).__site.drafts);
}

/** Outlook's notification after Send while Undo send holds the message ("Sending…" with Undo). */
export function sendingNotice(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: 'Sending…' });
}
