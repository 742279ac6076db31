/**
 * The guard panel and the ledger, as the tests see them: the panel by its role and labels (it
 * lives in a closed Shadow DOM, which the fixture opens for Playwright's role locators inside
 * Red Cup's world only: openShadowRootsForTests in extension.ts), the ledger and the queue by
 * reading IndexedDB inside the worker.
 */
import type { CDPSession, Locator, Page } from '@playwright/test';
import type { LedgerEvent } from '../../src/core/ledger-types.ts';
import type { QueueEntry } from '../../src/core/queue-types.ts';
import { isContentScriptWorld, readIdb, type Worker } from './extension.ts';

export function guardPanel(page: Page): Locator {
  return page.getByRole('dialog', { name: /boundary/i });
}

export async function ledger(worker: Worker): Promise<LedgerEvent[]> {
  const events = await readIdb<LedgerEvent>(worker, 'ledger');
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

export async function queue(worker: Worker): Promise<QueueEntry[]> {
  return readIdb<QueueEntry>(worker, 'queue');
}

/**
 * Breaks the DOM query methods inside Red Cup's content-script world only (the isolated world
 * Chromium runs it in), so every piece of our code that looks at the page throws — the page's
 * own scripts are untouched. No test hook in the product: a real, forced internal error.
 */
export async function breakContentScript(page: Page, extensionId: string): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  const seen: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; isDefault?: boolean } | undefined;
    seen.push(`${context.name}/${aux?.type ?? '?'}/${context.origin}`);
    // Chromium gives an extension's content-script world the extension's origin (and its name).
    if (isContentScriptWorld(context, extensionId)) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  if (worlds.length === 0) throw new Error(`Red Cup's content-script world was not found in the page (worlds: ${seen.join(', ')})`);
  for (const contextId of worlds) {
    await cdp.send('Runtime.evaluate', {
      contextId,
      expression: `for (const name of ['closest', 'matches', 'querySelector', 'querySelectorAll']) {
        Element.prototype[name] = function () { throw new Error('forced by the test'); };
      }
      Document.prototype.querySelector = Document.prototype.querySelectorAll = function () { throw new Error('forced by the test'); };`,
    });
  }
  return cdp;
}
