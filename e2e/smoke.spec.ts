/**
 * Proves the end-to-end fixture itself: the built extension loads in Chromium, its worker runs,
 * its pages open, its content script runs on the routed mail hosts, and the worker-stop,
 * IndexedDB and browser-restart helpers work.
 */
import {
  test,
  expect,
  hasContentScript,
  isContentScriptWorld,
  readIdb,
  readSite,
  routeMailPage,
  stopServiceWorker,
  serviceWorkerOf,
  waitForContentScript,
  type Worker,
} from './support/extension.ts';

test('the service worker of the built extension starts', async ({ worker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(worker.url()).toMatch(new RegExp(`^chrome-extension://${extensionId}/`));
  expect(await worker.evaluate(() => typeof chrome.runtime.getManifest)).toBe('function');
  expect(await worker.evaluate(() => chrome.runtime.getManifest().manifest_version)).toBe(3);
});

test('the popup and options pages load without errors', async ({ context, openPopup, openOptions }) => {
  const errors: string[] = [];
  context.on('weberror', (e) => errors.push(e.error().message));
  const popup = await openPopup();
  await expect(popup).toHaveTitle(/Red Cup/);
  await expect(popup.locator('body')).not.toBeEmpty();
  const options = await openOptions();
  await expect(options).toHaveTitle(/Red Cup/);
  await expect(options.locator('body')).not.toBeEmpty();
  expect(errors).toEqual([]);
});

test('the content script runs on a routed Gmail page', async ({ context }) => {
  await routeMailPage(context, 'mail.google.com', readSite('gmail/inbox.html'));
  const page = await context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/');
  await expect(page).toHaveTitle(/Gmail/);
  await waitForContentScript(page);
});

test('the content script runs on a routed Outlook page, and on no other site', async ({ context }) => {
  await routeMailPage(context, 'outlook.office.com', readSite('outlook/inbox.html'));
  await routeMailPage(context, 'example.com', '<!doctype html><title>Elsewhere</title><p>not mail</p>');
  const page = await context.newPage();
  await page.goto('https://outlook.office.com/mail/');
  await waitForContentScript(page);
  await page.goto('https://example.com/');
  await expect(page).toHaveTitle('Elsewhere');
  expect(await hasContentScript(page)).toBe(false);
});

/**
 * Issue 13 B9: the send listeners must exist before any script of the page runs. The page's
 * first script is a `debugger;` statement; while it is paused there, the DevTools protocol lists
 * the listeners on `window` that Red Cup's content-script world registered. (With crxjs's
 * loader the world existed, but the listeners came only once its import() had resolved.)
 */
test("the send listeners are on window when the page's first script runs", async ({ context, extensionId }) => {
  await routeMailPage(
    context,
    'mail.google.com',
    '<!doctype html><html><head><script>debugger;</script><title>Gmail</title></head><body><p>Inbox</p></body></html>',
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const scripts = new Map<string, string>();
  const worlds: number[] = [];
  cdp.on('Debugger.scriptParsed', ({ scriptId, url }) => scripts.set(scriptId, url));
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => {
    if (isContentScriptWorld(world, extensionId)) worlds.push(world.id);
  });
  const paused = new Promise<{ url: string }>((resolve) =>
    cdp.once('Debugger.paused', ({ callFrames }) =>
      resolve({ url: scripts.get(callFrames[0]?.location.scriptId ?? '') ?? '' }),
    ),
  );
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  const navigation = page.goto('https://mail.google.com/mail/u/0/');

  const at = await paused; // the page's first script, before anything else of the page ran
  const ours: string[] = [];
  try {
    expect(at.url).toBe('https://mail.google.com/mail/u/0/');
    expect(worlds).toHaveLength(1);
    const { result } = await cdp.send('Runtime.evaluate', { contextId: worlds[0]!, expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    for (const l of listeners) {
      if (l.useCapture && (scripts.get(l.scriptId) ?? '').startsWith(`chrome-extension://${extensionId}/`))
        ours.push(l.type);
    }
  } finally {
    await cdp.send('Debugger.resume');
    await navigation;
    await cdp.detach();
  }
  // The whole send gesture and the keyboard paths (DESIGN §4 "Send interception").
  expect(ours).toEqual(
    expect.arrayContaining(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown', 'keyup']),
  );
});

test('the worker can be stopped and starts again on the next message', async ({ context, worker, openPopup }) => {
  await worker.evaluate(() => {
    (globalThis as { redCupMarker?: number }).redCupMarker = 1;
  });
  await stopServiceWorker(context);
  const popup = await openPopup(); // the popup's own messages, or this one, wake the worker
  await popup.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'fixture/wake', timestamp: Date.now() }).catch(() => null),
  );
  const restarted = await serviceWorkerOf(context);
  // Fresh globals prove it really was a new start.
  expect(await restarted.evaluate(() => (globalThis as { redCupMarker?: number }).redCupMarker ?? null)).toBeNull();
});

/** Writes one record into a throw-away database (not Red Cup's own) from inside the worker. */
async function seedCheckDb(worker: Worker): Promise<void> {
  await worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('red-cup-fixture-check', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('items', { keyPath: 'id' }).put({ id: 'a', n: 1 });
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

test('readIdb reads a store inside the worker, and never creates a database', async ({ worker }) => {
  await seedCheckDb(worker);
  expect(await readIdb(worker, 'items', 'red-cup-fixture-check')).toEqual([{ id: 'a', n: 1 }]);
  await expect(readIdb(worker, 'nope', 'red-cup-fixture-check')).rejects.toThrow(/no store "nope"/);
  await expect(readIdb(worker, 'items', 'red-cup-never-created')).rejects.toThrow(/does not exist yet/);
  const names = await worker.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(names).not.toContain('red-cup-never-created');
});

test('relaunch restarts the browser on the same profile; IndexedDB survives', async ({
  extensionId,
  worker,
  relaunch,
}) => {
  await seedCheckDb(worker);
  const again = await relaunch();
  expect(again.extensionId).toBe(extensionId);
  expect(await readIdb(again.worker, 'items', 'red-cup-fixture-check')).toEqual([{ id: 'a', n: 1 }]);
  await routeMailPage(again.context, 'mail.google.com', readSite('gmail/inbox.html'));
  const page = await again.context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await waitForContentScript(page);
});
