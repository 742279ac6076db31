/**
 * The popup while composing, as the tests open it: in a tab of its own, told which mail tab to
 * speak about with `?tab=<id>` (a real popup speaks about the active tab).
 */
import { extensionPages, type BrowserContext, type Page, type Worker } from './extension.ts';

export async function mailTabId(worker: Worker, host: string): Promise<number> {
  const ids = await worker.evaluate(
    async (pattern) => (await chrome.tabs.query({ url: pattern })).map((t) => t.id ?? -1),
    `https://${host}/*`,
  );
  if (ids.length !== 1 || ids[0] === -1) throw new Error(`expected one ${host} tab, found ${ids.length}`);
  return ids[0]!;
}

export async function popupFor(
  context: BrowserContext,
  extensionUrl: (path: string) => string,
  tabId: number,
): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`${extensionUrl(extensionPages().popup)}?tab=${tabId}`);
  return popup;
}
