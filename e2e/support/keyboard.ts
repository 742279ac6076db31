/**
 * Driving a page with the keyboard alone, as a keyboard or screen-reader user does: Tab and
 * Shift+Tab to reach a control, then keys. Nothing here clicks, fills or focuses directly.
 *
 *   await tabTo(page, page.getByLabel('Client name'));
 *   await replaceText(page, 'Acme');
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface TabToOptions {
  /** Give up after this many key presses (default 80). */
  max?: number;
  /** Shift+Tab instead of Tab. */
  backwards?: boolean;
}

/** A short, readable name for whatever has focus, for failure messages. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return '(page)';
    const tag = el.tagName.toLowerCase();
    const named =
      el.getAttribute('aria-label') ??
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement
        ? el.labels?.[0]?.textContent
        : null) ??
      el.textContent;
    const name = (named ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return name === '' ? `<${tag}${el.id ? `#${el.id}` : ''}>` : `<${tag}> "${name}"`;
  });
}

/** Whether the one element `target` stands for has focus; fails if it stands for several. */
async function hasFocus(target: Locator): Promise<boolean> {
  const states = await target.evaluateAll((els) => els.map((el) => el === document.activeElement));
  if (states.length > 1)
    throw new Error(`tabTo: ${target.toString()} matches ${states.length} elements; make it unique`);
  return states[0] === true;
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus. Fails with the path focus took when it
 * is not reached within `max` presses — a control the keyboard cannot reach is a bug.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 80, backwards = false }: TabToOptions = {},
): Promise<void> {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const path: string[] = [];
  for (let presses = 0; presses < max; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(key);
    path.push(await describeFocus(page));
  }
  if (await hasFocus(target)) return;
  throw new Error(
    `tabTo: ${target.toString()} did not get focus after ${max} presses of ${key}.\nFocus went: ${path.join(' → ')}`,
  );
}

/** Selects everything in the focused text box and types `text` over it. */
export async function replaceText(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(text);
}

/** Tabs to a text box, types `text` over what it holds and checks what it now shows. */
export async function typeInto(page: Page, box: Locator, text: string, options: TabToOptions = {}): Promise<void> {
  await tabTo(page, box, options);
  await replaceText(page, text);
  await expect(box).toHaveValue(text);
}

/**
 * Types one line per entry into the focused multi-line box, replacing its content
 * (Enter between lines, as a person would).
 */
export async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  await replaceText(page, '');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

/**
 * Changes a focused <select> with the arrow keys until it shows `label` (the keyboard way on
 * Windows and Linux: a closed select changes with ArrowUp/ArrowDown).
 */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await expect(select).toBeFocused();
  const labels = await select.locator('option').allTextContents();
  const wanted = labels.findIndex((l) => l.trim() === label);
  if (wanted < 0)
    throw new Error(`chooseOption: no option "${label}" in ${select.toString()} (has: ${labels.join(' | ')})`);
  const current = await select.evaluate((el) => (el instanceof HTMLSelectElement ? el.selectedIndex : -1));
  const key = wanted > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(wanted - current); i += 1) await page.keyboard.press(key);
  await expect(select.locator('option:checked')).toHaveText(label);
}
