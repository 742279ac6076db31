/**
 * The pill's menu (issue 15) as a keyboard user drives it: focus the pill, Enter opens the menu
 * on its first item, the arrows move, Enter inserts. The expected texts come from src/core's
 * statementFor with what the worker chooses (the preview's first tone, English — Playwright's
 * Chromium runs in en-US — and the default 24-hour clock).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { ClientProfile } from '../../src/core/profile.ts';
import { statementFor } from '../../src/core/statement.ts';
import type { StatementKind } from '../../src/core/statement-types.ts';

export const ITEM: Record<StatementKind, string> = {
  paragraph: 'Insert my boundaries',
  signature: 'Insert signature line',
};

export function expectedStatement(profile: ClientProfile, kind: StatementKind): string {
  return statementFor(profile, { kind, tone: 'friendly', language: 'en', clock: '24h', now: new Date() });
}

/** The pill's menu button (inside the pill's status region). */
export function pillButton(pill: Locator): Locator {
  return pill.getByRole('button');
}

export function pillMenu(page: Page): Locator {
  // Its first step is named "Red Cup", the second one by its question.
  return page.getByRole('menu', { name: /^(Red Cup|.+ for which client\?)$/ });
}

/** Opens the menu from the pill with the keyboard; answers the menu, its first item focused. */
export async function openPillMenu(page: Page, pill: Locator): Promise<Locator> {
  const button = pillButton(pill);
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = pillMenu(page);
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  return menu;
}

/** Inserts a statement through the menu with the keyboard only. */
export async function insertWithKeyboard(page: Page, pill: Locator, kind: StatementKind): Promise<void> {
  const menu = await openPillMenu(page, pill);
  if (kind === 'signature') await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: ITEM[kind] })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(pillButton(pill)).toHaveAttribute('aria-expanded', 'false');
}

/** The text of a compose's body editor as the provider would send it. */
export async function bodyText(body: Locator): Promise<string> {
  return body.evaluate((el) => (el as HTMLElement).innerText);
}
