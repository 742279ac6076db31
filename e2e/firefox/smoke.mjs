// Firefox smoke test (DESIGN §8): the Firefox build installs in Debian's firefox-esr and its
// content script runs on routed mail pages: a new compose gets Red Cup's status pill. Red Cup
// leaves no mark a page could read (issue 13 B10), so the pill is recognised the way a page
// would have to: an element added into the compose that renders a box from a closed shadow root
// (no children, no open root, the pill's own host style). Plain Node + puppeteer-core over WebDriver BiDi
// (no geckodriver here); run by `npm test` after the Chromium tests, or alone:
//
//   node e2e/firefox/smoke.mjs        (needs dist/firefox: npm run build)
//
// Firefox's BiDi cannot open moz-extension:// pages, so the popup and options pages are tested in
// Chromium only.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = path.join(ROOT, 'dist', 'firefox');
const FIREFOX = process.env.RED_CUP_FIREFOX || '/usr/bin/firefox-esr';
const OVERALL_MS = 120_000;

/** Pages to visit: the URL, the simulated page to serve there, and the button that opens a compose. */
const CASES = [
  { url: 'https://mail.google.com/mail/u/0/', site: 'gmail/inbox.html', compose: 'Compose' },
  { url: 'https://outlook.live.com/mail/0/', site: 'outlook/inbox.html', compose: 'New mail' },
];

/**
 * In the page: watches for elements added from now on, then opens a compose by its button.
 * Runs as the page's own script would.
 */
function openComposeWatching(label) {
  window.__added = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) window.__added.push(n);
  }).observe(document, { childList: true, subtree: true });
  const button = [...document.querySelectorAll('button, [role=button]')].find((b) => b.textContent.trim() === label);
  if (!button) throw new Error(`no "${label}" button on the page`);
  button.click();
}

/** In the page: the added element that renders Red Cup's pill from a closed shadow root, described; or null. */
function pillSeen() {
  for (const el of window.__added) {
    if (!el.isConnected || el.childNodes.length > 0 || el.shadowRoot !== null) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // The host's own style (`:host { margin: 0 8px }`): a page cannot set it, nothing inside is visible to it.
    if (box.width > 20 && box.height > 8 && style.marginLeft === '8px' && style.marginRight === '8px') {
      return `<${el.localName}> ${Math.round(box.width)}×${Math.round(box.height)} px, no children, no open shadow root`;
    }
  }
  return null;
}

class SmokeError extends Error {}

const elapsed = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

/** Rejects with `message` when `promise` takes longer than `ms`. */
function within(ms, message, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new SmokeError(`${message} (no answer within ${ms / 1000} s)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  const t0 = Date.now();
  if (!existsSync(path.join(DIST, 'manifest.json'))) {
    throw new SmokeError('dist/firefox is not built: run `npm run build` first (npm test builds before this step)');
  }
  if (!existsSync(FIREFOX)) {
    throw new SmokeError(`${FIREFOX} is missing: install Debian's firefox-esr (npm test's set-up does it as root)`);
  }
  const pages = new Map(
    CASES.map((c) => [new URL(c.url).host, readFileSync(path.join(ROOT, 'e2e', 'sites', c.site), 'utf8')]),
  );
  const siteFolders = new Map(
    CASES.map((c) => [new URL(c.url).host, path.join(ROOT, 'e2e', 'sites', path.dirname(c.site))]),
  );
  /** The simulated site's own script or stylesheet for `/_site/<file>` (as e2e/support/browser.mjs serves them), or null. */
  const siteAsset = (url) => {
    const folder = siteFolders.get(url.host);
    const name = url.pathname.startsWith('/_site/') ? path.basename(url.pathname) : null;
    const type = name && { '.js': 'text/javascript', '.css': 'text/css' }[path.extname(name)];
    const file = folder && name ? path.join(folder, name) : null;
    return type && file && existsSync(file)
      ? { contentType: `${type}; charset=utf-8`, body: readFileSync(file, 'utf8') }
      : null;
  };

  const profile = mkdtempSync(path.join(tmpdir(), 'red-cup-firefox-'));
  let browser;
  try {
    browser = await within(
      45_000,
      `firefox-esr did not start (${FIREFOX})`,
      puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        userDataDir: profile,
        timeout: 45_000,
        protocolTimeout: 30_000,
        extraPrefsFirefox: {
          // This machine has no network: keep Firefox from trying.
          'network.connectivity-service.enabled': false,
          'network.captive-portal-service.enabled': false,
          'app.update.enabled': false,
          'extensions.update.enabled': false,
        },
      }),
    );
    const version = await browser.version();
    const id = await within(
      20_000,
      'installing dist/firefox as a temporary add-on failed',
      browser.installExtension(DIST),
    );
    console.log(`installed add-on ${id} in ${version}`);

    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      const html = pages.get(url.host);
      const asset = siteAsset(url);
      if (html && request.isNavigationRequest()) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else if (asset) {
        void request.respond({ status: 200, ...asset });
      } else if (url.protocol === 'https:' || url.protocol === 'http:') {
        void request.respond({ status: 404, contentType: 'text/plain', body: '' }); // nothing leaves the machine
      } else {
        void request.continue();
      }
    });

    for (const c of CASES) {
      await within(20_000, `loading ${c.url} failed`, page.goto(c.url, { waitUntil: 'domcontentloaded' }));
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('data-red-cup')).map((a) => a.name),
        ),
      );
      if (marks.length > 0)
        throw new SmokeError(
          `Red Cup marked ${c.url} (${marks.join(', ')}): a page must not be able to tell it is there`,
        );
      await page.waitForFunction(
        (label) => [...document.querySelectorAll('button, [role=button]')].some((b) => b.textContent.trim() === label),
        { timeout: 15_000, polling: 100 },
        c.compose,
      );
      await page.evaluate(openComposeWatching, c.compose);
      const pill = await within(
        15_000,
        `the content script did not run on ${c.url}: no status pill appeared in a new compose`,
        page.waitForFunction(pillSeen, { timeout: 0, polling: 100 }).then((handle) => handle.jsonValue()),
      );
      console.log(`✓ content script ran on ${c.url} (its pill: ${pill})`);
    }
    console.log(`firefox smoke test passed in ${elapsed(t0)}`);
  } finally {
    if (browser) {
      await within(15_000, 'closing firefox', browser.close()).catch(() => browser.process()?.kill('SIGKILL'));
    }
    rmSync(profile, { recursive: true, force: true });
  }
}

const watchdog = setTimeout(() => {
  console.error(`✗ firefox smoke test: gave up after ${OVERALL_MS / 1000} s`);
  process.exit(1);
}, OVERALL_MS);
watchdog.unref();

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`✗ firefox smoke test: ${error instanceof SmokeError ? error.message : error?.stack || error}`);
    process.exit(1);
  },
);
