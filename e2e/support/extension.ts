/**
 * Playwright fixtures for end-to-end tests of the built Chrome extension (dist/chrome) in
 * Debian's Chromium (see shared/research/toolchain.md). Every test gets a fresh user-data dir, so
 * a freshly installed extension and an empty IndexedDB.
 *
 *   import { test, expect, routeMailPage, readSite } from './support/extension.ts';
 *   test('…', async ({ context, extensionId, worker, openOptions }) => { … });
 *
 * The build must exist: `npm test` builds before it runs Playwright (`npm run build` by hand).
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ProtocolMap } from '../../src/messaging/protocol.ts';
import {
  callWorker as callWorkerUntyped,
  DIST,
  extensionIdOf,
  extensionPages,
  launchWithExtension,
  openShadowRootsInCopy,
  serviceWorkerOf,
} from './browser.mjs';

export {
  CHROMIUM,
  DIST,
  MAIL_HOSTS,
  MAIL_SITES,
  chromiumArgs,
  extensionIdOf,
  extensionPages,
  hasContentScript,
  isContentScriptWorld,
  launchWithExtension,
  readSite,
  routeAllMailSites,
  routeMailPage,
  serviceWorkerOf,
  waitForContentScript,
} from './browser.mjs';

let openRootsDist: string | null = null;

/** A copy of dist/chrome whose shadow roots are open for the locators (openShadowRootsInCopy), one per test process. */
export function distWithOpenShadowRoots(): string {
  if (openRootsDist && existsSync(openRootsDist)) return openRootsDist;
  const parent = mkdtempSync(path.join(tmpdir(), 'red-cup-e2e-open-roots-'));
  const dist = path.join(parent, 'chrome');
  cpSync(DIST, dist, { recursive: true });
  openShadowRootsInCopy(dist);
  process.once('exit', () => rmSync(parent, { recursive: true, force: true }));
  openRootsDist = dist;
  return dist;
}

/**
 * Stops the extension's service worker through the DevTools protocol and waits until Chromium
 * reports it stopped. The next runtime message or alarm starts it again with fresh globals;
 * `worker.evaluate` on the old handle waits meanwhile and works again after the restart.
 */
export async function stopServiceWorker(context: BrowserContext, timeoutMs = 10_000): Promise<void> {
  const origin = `chrome-extension://${extensionIdOf(await serviceWorkerOf(context))}/`;
  const temporary = context.pages().length === 0 ? await context.newPage() : undefined;
  const cdp = await context.newCDPSession(temporary ?? context.pages()[0]!);
  try {
    const status = new Map<string, string>(); // versionId → runningStatus, ours only
    let requested = false;
    let resolveStopped = () => {};
    const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
    const check = () => {
      const all = [...status.values()];
      if (requested && all.length > 0 && all.every((s) => s === 'stopped')) resolveStopped();
    };
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.startsWith(origin)) status.set(v.versionId, v.runningStatus);
      check();
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    requested = true;
    check();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const seen = [...status.values()].join(', ') || 'none seen';
        reject(new Error(`the service worker did not stop within ${timeoutMs} ms (status: ${seen})`));
      }, timeoutMs);
    });
    await Promise.race([stopped, timeout]).finally(() => clearTimeout(timer));
  } finally {
    await cdp.detach().catch(() => {});
    await temporary?.close();
  }
}

/**
 * Every record of one IndexedDB object store, read inside the worker. Never creates the
 * database: when it does not exist yet this rejects (creating it would break the worker's own
 * upgrade).
 */
export async function readIdb<T = unknown>(worker: Worker, store: string, database = 'red-cup'): Promise<T[]> {
  return worker.evaluate(
    ([db, storeName]) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onupgradeneeded = () => {
          open.transaction?.abort();
          reject(new Error(`IndexedDB database "${db}" does not exist yet`));
        };
        open.onerror = () =>
          reject(new Error(`cannot open IndexedDB "${db}": ${open.error?.message ?? 'unknown error'}`));
        open.onsuccess = () => {
          const conn = open.result;
          if (!conn.objectStoreNames.contains(storeName)) {
            const names = [...conn.objectStoreNames].join(', ');
            conn.close();
            reject(new Error(`IndexedDB "${db}" has no store "${storeName}" (stores: ${names || 'none'})`));
            return;
          }
          const request = conn.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => {
            conn.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => {
            conn.close();
            reject(new Error(`reading "${storeName}" failed: ${request.error?.message ?? 'unknown error'}`));
          };
        };
      }),
    [database, store] as const,
  );
}

/**
 * Sends one protocol message to the worker from an extension page (popup or options), exactly as
 * `sendMessage` of @webext-core/messaging does, and returns the handler's `Result`.
 */
export function callWorker<K extends keyof ProtocolMap>(
  page: Page,
  type: K,
  ...data: Parameters<ProtocolMap[K]>
): Promise<ReturnType<ProtocolMap[K]>> {
  return callWorkerUntyped(page, type, data[0]) as Promise<ReturnType<ProtocolMap[K]>>;
}

export interface ExtensionFixtures {
  /**
   * Option (default true): the test runs a copy of the build whose shadow roots are open for
   * Playwright's locators (distWithOpenShadowRoots). `test.use({ openShadowRoots: false })`
   * runs dist/chrome itself, with its closed roots.
   */
  openShadowRoots: boolean;
  /** Fresh temporary Chromium profile for this test (removed afterwards). */
  userDataDir: string;
  /** A persistent context with the extension loaded (replaces Playwright's own `context`). */
  context: BrowserContext;
  /** The extension's service worker in `context`. */
  worker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl: (relativePath: string) => string;
  /** Navigates `page` (default: a new tab) to the options page and returns it. */
  openOptions: (page?: Page) => Promise<Page>;
  /** Navigates `page` (default: a new tab) to the popup page and returns it. */
  openPopup: (page?: Page) => Promise<Page>;
  /**
   * Closes the browser and starts it again on the same profile (a whole browser restart).
   * Use the returned context and worker from then on; the fixture closes the last one.
   */
  relaunch: (options?: {
    closedForMs?: number;
  }) => Promise<{ context: BrowserContext; worker: Worker; extensionId: string }>;
}

/** The browser currently open for each test's profile, so `relaunch` can replace it. */
const contexts = new Map<string, { current: BrowserContext }>();

export const test = base.extend<ExtensionFixtures>({
  openShadowRoots: [true, { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'red-cup-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  context: async ({ userDataDir, openShadowRoots }, use) => {
    const dist = openShadowRoots ? distWithOpenShadowRoots() : DIST;
    const holder = { current: await launchWithExtension(userDataDir, { dist }) };
    contexts.set(userDataDir, holder);
    try {
      await use(holder.current);
    } finally {
      contexts.delete(userDataDir);
      await holder.current.close();
    }
  },

  worker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },

  extensionId: async ({ worker }, use) => {
    await use(extensionIdOf(worker));
  },

  extensionUrl: async ({ extensionId }, use) => {
    await use((relativePath) => `chrome-extension://${extensionId}/${relativePath.replace(/^\//, '')}`);
  },

  openOptions: async ({ context, extensionUrl }, use) => {
    await use(async (page) => {
      const target = page ?? (await context.newPage());
      await target.goto(extensionUrl(extensionPages().options));
      return target;
    });
  },

  openPopup: async ({ context, extensionUrl }, use) => {
    await use(async (page) => {
      const target = page ?? (await context.newPage());
      await target.goto(extensionUrl(extensionPages().popup));
      return target;
    });
  },

  relaunch: async ({ userDataDir, openShadowRoots, context: _started }, use) => {
    await use(async ({ closedForMs = 0 } = {}) => {
      const holder = contexts.get(userDataDir);
      if (!holder) throw new Error('relaunch: no browser is running for this test');
      await holder.current.close();
      // The browser stays closed this long (replies fall due meanwhile, as overnight).
      if (closedForMs > 0) await new Promise((resolve) => setTimeout(resolve, closedForMs));
      holder.current = await launchWithExtension(userDataDir, {
        dist: openShadowRoots ? distWithOpenShadowRoots() : DIST,
      });
      const worker = await serviceWorkerOf(holder.current);
      return { context: holder.current, worker, extensionId: extensionIdOf(worker) };
    });
  },
});

export { expect };
export type { BrowserContext, Page, Worker };
