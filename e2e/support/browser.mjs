// Launching Debian's Chromium with the built extension, shared by the Playwright fixtures
// (extension.ts), `npm start` (scripts/start.mjs) and the README screenshot
// (scripts/screenshot.mjs). Plain JavaScript so the Node scripts can use it without a compiler;
// types in browser.d.mts. Facts behind each flag: shared/research/toolchain.md.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The unpacked Chrome build. */
export const DIST = path.join(ROOT, 'dist', 'chrome');
export const CHROMIUM = process.env.RED_CUP_CHROMIUM || '/usr/bin/chromium';

/** The four hosts the content script runs on (DESIGN §4), and the simulated page for each. */
export const MAIL_SITES = {
  'mail.google.com': { site: 'gmail/inbox.html', start: 'https://mail.google.com/mail/u/0/#inbox' },
  'outlook.office.com': { site: 'outlook/inbox.html', start: 'https://outlook.office.com/mail/' },
  'outlook.office365.com': { site: 'outlook/inbox.html', start: 'https://outlook.office365.com/mail/' },
  'outlook.live.com': { site: 'outlook/inbox.html', start: 'https://outlook.live.com/mail/0/' },
};
export const MAIL_HOSTS = Object.keys(MAIL_SITES);

/** Chromium flags: load only our extension; no network chatter on an offline machine. */
export function chromiumArgs(dist = DIST) {
  return [
    '--no-sandbox',
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/**
 * A persistent Chromium context with the extension loaded from `dist`, on `userDataDir`. Other
 * options go to Playwright's launchPersistentContext (viewport, colorScheme, …).
 */
export async function launchWithExtension(userDataDir, { headless = true, dist = DIST, ...options } = {}) {
  if (!existsSync(path.join(dist, 'manifest.json'))) {
    throw new Error(`${path.relative(ROOT, dist)} is not built: run \`npm run build\` (npm test builds first)`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (npm test's set-up does it as root)`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    args: chromiumArgs(dist),
    timeout: 30_000,
    ...options, // e.g. viewport, colorScheme, deviceScaleFactor
  });
}

/** The extension's service worker: the running one, or the next one to start (≤ 15 s). */
export async function serviceWorkerOf(context) {
  const ours = (w) => w.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(ours);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 }).catch((error) => {
    throw new Error(`the extension's service worker did not start within 15 s (${error.message})`);
  });
}

/** `chrome-extension://<id>/…` → `<id>`. */
export function extensionIdOf(worker) {
  const id = new URL(worker.url()).host;
  if (!id) throw new Error(`not an extension worker: ${worker.url()}`);
  return id;
}

/** The popup and options pages of the build, as its manifest names them. */
export function extensionPages(dist = DIST) {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const popup = manifest.action?.default_popup;
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (!popup || !options) throw new Error('the built manifest has no popup or no options page');
  return { popup, options };
}

/** A file of the simulated mail sites (e2e/sites/…), e.g. `gmail/inbox.html`. */
export function readSite(name) {
  return readFileSync(path.join(ROOT, 'e2e', 'sites', name), 'utf8');
}

/** Where a simulated page loads its own scripts and styles from: `https://<host>/_site/<file>`. */
export const SITE_ASSET_PREFIX = '/_site/';

const ASSET_TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A file of a site folder for an asset request, or null (unknown type, outside the folder, missing). */
function siteAsset(folder, pathname) {
  const relative = decodeURIComponent(pathname.slice(SITE_ASSET_PREFIX.length));
  const type = ASSET_TYPES[path.extname(relative)];
  const base = path.join(ROOT, 'e2e', 'sites', folder);
  const file = path.resolve(base, relative);
  if (!type || !file.startsWith(base + path.sep) || !existsSync(file)) return null;
  return { type, body: readFileSync(file) };
}

/**
 * Serves `html` for every page navigation to `https://<host>/…` in `context` — the real URL, so
 * the content script is injected as on the real site. Requests under `/_site/` get the files of
 * the host's site folder (e2e/sites/<folder>/, see MAIL_SITES; `assets` overrides the folder);
 * anything else on the host gets a 404.
 */
export async function routeMailPage(
  context,
  host,
  html,
  assets = MAIL_SITES[host] ? path.dirname(MAIL_SITES[host].site) : null,
) {
  await context.route(`https://${host}/**`, (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (request.resourceType() !== 'document') {
      const asset = assets && url.pathname.startsWith(SITE_ASSET_PREFIX) ? siteAsset(assets, url.pathname) : null;
      if (!asset) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: `${asset.type}; charset=utf-8`, body: asset.body });
    }
    const body = typeof html === 'function' ? html(url) : html;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

/** Routes every mail host to its simulated page (e2e/sites/). */
export async function routeAllMailSites(context) {
  for (const [host, { site }] of Object.entries(MAIL_SITES)) await routeMailPage(context, host, readSite(site));
}

/**
 * Sends one protocol message (src/messaging/protocol.ts) to the worker from an extension page,
 * in @webext-core/messaging's wire format, and returns the handler's answer (a `Result`).
 */
export async function callWorker(page, type, data) {
  if (!page.url().startsWith('chrome-extension://')) {
    throw new Error(`callWorker needs an extension page (popup or options), not ${page.url()}`);
  }
  const reply = await page
    .evaluate(
      ([messageType, payload]) =>
        chrome.runtime.sendMessage({ id: Date.now(), type: messageType, data: payload, timestamp: Date.now() }),
      [type, data],
    )
    .catch((error) => {
      const hint = /Receiving end does not exist/.test(error.message) ? ' (the worker has no message listener)' : '';
      throw new Error(`sending "${type}" to the worker failed${hint}: ${error.message.split('\n')[0]}`);
    });
  if (!reply) throw new Error(`no handler answered "${type}"`);
  if (reply.err) throw new Error(`"${type}" threw in the worker: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res;
}

// ── Red Cup's content-script world ──────────────────────────────────────────────────────────
// Red Cup leaves no mark in the page (issue 13 B10), so tests find its content script where
// Chromium runs it: an isolated world of the extension's origin (DevTools protocol).

/** Whether a CDP execution context is an extension's content-script world (`extensionId` or any). */
export function isContentScriptWorld(context, extensionId) {
  if (context.auxData?.type !== 'isolated' || !context.origin.startsWith('chrome-extension://')) return false;
  return extensionId === undefined || context.origin === `chrome-extension://${extensionId}`;
}

/**
 * Waits until Red Cup's content script has run in the main frame of `page`: its world exists
 * there and its start-up guard has set the flag it keeps against a second injection
 * (`Symbol.for('red-cup.content')`, src/content/index.ts). Rejects after `timeout` ms.
 */
export async function waitForContentScript(page, { timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last = 'no content-script world in the page';
  while (Date.now() < deadline) {
    const cdp = await page.context().newCDPSession(page);
    try {
      const worlds = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
      const { frameTree } = await cdp.send('Page.getFrameTree');
      await cdp.send('Runtime.enable'); // reports every live context before it answers
      const ours = worlds.filter((c) => isContentScriptWorld(c) && c.auxData.frameId === frameTree.frame.id);
      for (const world of ours) {
        const { result } = await cdp
          .send('Runtime.evaluate', {
            contextId: world.id,
            expression: "globalThis[Symbol.for('red-cup.content')] === true",
            returnByValue: true,
          })
          .catch(() => ({ result: { value: false } }));
        if (result.value === true) return;
        last = 'the content-script world exists, but the script has not run in it';
      }
    } catch (error) {
      last = error.message; // a navigation in between: try again
    } finally {
      await cdp.detach().catch(() => {});
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Red Cup's content script did not run on ${page.url()} within ${timeout} ms (${last})`);
}

/** Whether Red Cup's content script runs in any frame of `page` now (no waiting). */
export async function hasContentScript(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    return worlds.some((c) => isContentScriptWorld(c));
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Prepended to Red Cup's content script in a *copy* of the build (tests and benchmarks): inside
 * Red Cup's world only, `attachShadow` makes open roots where Red Cup asks for closed ones, so
 * Playwright's locators (which pierce open roots only) and the benchmark's probe reach the pill
 * and the panel. The page's own world is untouched, and so is dist/chrome itself:
 * e2e/page-isolation.spec.ts runs on the build and proves the roots are closed there. (Patching
 * the world over CDP once it exists loses the race in a pop-out window, whose pill can be built
 * first.)
 */
const OPEN_SHADOW_ROOTS = `(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: 'open' }); };
})();
`;

/** Opens Red Cup's shadow roots in the build copy at `dist` (see OPEN_SHADOW_ROOTS). Never on dist/ itself. */
export function openShadowRootsInCopy(dist) {
  if (path.resolve(dist) === path.resolve(DIST))
    throw new Error('openShadowRootsInCopy changes the build: give it a copy of dist/chrome');
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  for (const js of new Set((manifest.content_scripts ?? []).flatMap((cs) => cs.js ?? []))) {
    const file = path.join(dist, js);
    const code = readFileSync(file, 'utf8');
    if (!code.startsWith(OPEN_SHADOW_ROOTS)) writeFileSync(file, OPEN_SHADOW_ROOTS + code);
  }
}
