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
  if (worlds.length === 0)
    throw new Error(`Red Cup's content-script world was not found in the page (worlds: ${seen.join(', ')})`);
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

// ── Shadow roots, as DevTools sees them ─────────────────────────────────────────────────────
// For tests that run without the fixture's openShadowRoots (e2e/page-isolation.spec.ts): the
// pill and the panel are reached through the DevTools protocol, which sees closed roots as well
// as open ones, never through the page.

/** An element inside a shadow root (closed or open; not the browser's own user-agent roots). */
export interface ShadowElement {
  backendNodeId: number;
  tag: string;
  attributes: Record<string, string>;
  /** Its text, as textContent would give it. */
  text: string;
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

const textOf = (node: CdpNode): string =>
  node.nodeType === 3 ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');

/** Every element inside a shadow root of the page (its frames included): DOM.getDocument({ pierce: true }). */
export async function shadowElements(cdp: CDPSession): Promise<ShadowElement[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
  const found: ShadowElement[] = [];
  const walk = (node: CdpNode, inShadow: boolean) => {
    if (inShadow && node.nodeType === 1) {
      const attrs = node.attributes ?? [];
      const attributes: Record<string, string> = {};
      for (let i = 0; i + 1 < attrs.length; i += 2) attributes[attrs[i]!] = attrs[i + 1]!;
      found.push({
        backendNodeId: node.backendNodeId,
        tag: node.nodeName.toLowerCase(),
        attributes,
        text: textOf(node),
      });
    }
    for (const child of node.children ?? []) walk(child, inShadow);
    for (const shadow of node.shadowRoots ?? []) if (shadow.shadowRootType !== 'user-agent') walk(shadow, true);
    if (node.contentDocument) walk(node.contentDocument, inShadow);
  };
  walk(root, false);
  return found;
}

/** Waits for the element in a shadow root that `match` accepts. */
export async function shadowElement(
  cdp: CDPSession,
  match: (el: ShadowElement) => boolean,
  timeoutMs = 10_000,
): Promise<ShadowElement> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const el = (await shadowElements(cdp)).find(match);
    if (el) return el;
    if (Date.now() > deadline) throw new Error('no such element in a shadow root');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The user clicks the element: scrolled into view, real input at its centre (CDP Input, a trusted event). */
export async function userClick(page: Page, cdp: CDPSession, el: ShadowElement): Promise<void> {
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: el.backendNodeId });
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: el.backendNodeId });
  const q = model.content;
  await page.mouse.click((q[0]! + q[4]!) / 2, (q[1]! + q[5]!) / 2);
}

/**
 * A page script that got hold of the element clicks it: `click()` and a dispatched click event,
 * run in the page's own (main) world, as any script of the page would.
 */
export async function scriptClick(cdp: CDPSession, el: ShadowElement): Promise<void> {
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: el.backendNodeId });
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function () {
      this.click();
      this.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      this.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }`,
  });
}
