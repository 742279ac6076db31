// Firefox smoke test (DESIGN §8): the Firefox build installs in Debian's firefox-esr and its
// content script runs on routed mail pages. Plain Node + puppeteer-core over WebDriver BiDi
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

/** Pages to visit: the URL, the simulated page to serve there, and the mark we expect. */
const CASES = [
  { url: 'https://mail.google.com/mail/u/0/', site: 'gmail/inbox.html', expect: 'gmail' },
  { url: 'https://outlook.live.com/mail/0/', site: 'outlook/inbox.html', expect: 'outlook' },
];

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
  const pages = new Map(CASES.map((c) => [new URL(c.url).host, readFileSync(path.join(ROOT, 'e2e', 'sites', c.site), 'utf8')]));

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
    const id = await within(20_000, 'installing dist/firefox as a temporary add-on failed', browser.installExtension(DIST));
    console.log(`installed add-on ${id} in ${version}`);

    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      const html = pages.get(url.host);
      if (html && request.isNavigationRequest()) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else if (url.protocol === 'https:' || url.protocol === 'http:') {
        void request.respond({ status: 404, contentType: 'text/plain', body: '' }); // nothing leaves the machine
      } else {
        void request.continue();
      }
    });

    for (const c of CASES) {
      await within(20_000, `loading ${c.url} failed`, page.goto(c.url, { waitUntil: 'domcontentloaded' }));
      const mark = await within(
        15_000,
        `the content script did not run on ${c.url}: <html data-red-cup> was never set to "${c.expect}"`,
        page
          .waitForFunction((want) => document.documentElement.getAttribute('data-red-cup') === want, { timeout: 0, polling: 100 }, c.expect)
          .then(() => page.evaluate(() => document.documentElement.getAttribute('data-red-cup'))),
      );
      console.log(`✓ content script ran on ${c.url} (data-red-cup="${mark}")`);
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
