/**
 * Worker cold start with the holiday library (issue 15.3): the time from a stopped service worker
 * to the first `guard/check` answer, and the worker bundle's size, in Debian's Chromium with the
 * built extension (dist/chrome). The options page sends the message as the content script would
 * (chrome.runtime.sendMessage, @webext-core/messaging's shape); Chromium starts the worker for it,
 * evaluates its script, opens IndexedDB and answers — all inside the measured time.
 *
 * Two cases: no profile has a holiday choice (the data must stay an unparsed string), and one
 * profile observes US-NY (the data is parsed and the year range expanded on this first check).
 *
 * RED_CUP_BENCH_DISTS="main=/path/to/dist/chrome,eager=/path/…" adds other builds to compare
 * (e.g. main before the holidays, or one that imports date-holidays' data as an object literal).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ClientProfile } from '../src/core/profile.ts';
import { kb, table } from '../scripts/lib/util.mjs';
import {
  CHROMIUM,
  DIST,
  chromiumArgs,
  extensionIdOf,
  extensionPages,
  serviceWorkerOf,
} from '../e2e/support/browser.mjs';
import { summarise } from './lib/measure.ts';

const RUNS = Number(process.env.RED_CUP_BENCH_RUNS ?? 8);
const weekday = [{ start: '08:00', end: '18:00' }];
const acme: ClientProfile = {
  id: 'acme',
  name: 'Acme',
  color: '#d62828',
  match: ['acme.com'],
  timeZone: 'America/New_York',
  hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] },
  timeOff: [],
  promise: { regular: { kind: 'within-hours', hours: 24 } },
  emergency: { situations: [], keywords: [], channel: '' },
  sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'provider' },
  notes: '',
};

/** The worker's script and every chunk it imports, as the manifest's loader names them (gzip -9). */
function workerSize(dist: string): { raw: number; gzip: number } {
  const loader = readFileSync(path.join(dist, 'service-worker-loader.js'), 'utf8');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(path.join(dist, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
      visit(path.normalize(path.join(path.dirname(file), m[1]!)).replace(/^\/+/, ''));
    }
  };
  for (const m of loader.matchAll(/["']\.?\/?([^"']+\.js)["']/g)) visit(m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const file of seen) {
    const bytes = readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

async function stopWorker(context: BrowserContext, page: Page, origin: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith(origin));
      if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((r) => setTimeout(r, 5000))]);
  await cdp.detach();
}

/** From a stopped worker to the first guard/check answer, measured in the options page. */
async function coldCheck(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const t0 = performance.now();
    const reply = (await chrome.runtime.sendMessage({
      id: Date.now(),
      type: 'guard/check',
      data: { recipients: ['jane@acme.com'] },
      timestamp: Date.now(),
    })) as { res?: { ok: boolean } };
    if (reply.res?.ok !== true) throw new Error('guard/check failed');
    return performance.now() - t0;
  });
}

async function call(page: Page, type: string, data: unknown): Promise<void> {
  const reply = await page.evaluate(
    ([t, d]) => chrome.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }),
    [type, data] as const,
  );
  if ((reply as { res?: { ok: boolean } }).res?.ok !== true)
    throw new Error(`${type} failed: ${JSON.stringify(reply)}`);
}

async function measureDist(dist: string, profile: ClientProfile): Promise<number[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'red-cup-bench-start-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(dist),
  });
  try {
    const worker = await serviceWorkerOf(context);
    const origin = `chrome-extension://${extensionIdOf(worker)}/`;
    const page = await context.newPage();
    await page.goto(`${origin}${extensionPages(dist).options}`);
    await call(page, 'profiles/save', profile);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await stopWorker(context, page, origin);
      times.push(await coldCheck(page));
    }
    return times;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const dists: [string, string][] = [
  ['this build', DIST],
  ...(process.env.RED_CUP_BENCH_DISTS ?? '')
    .split(',')
    .filter((s) => s.includes('='))
    .map((s) => s.split('=') as [string, string]),
];

const rows: (string | number)[][] = [];
for (const [label, dist] of dists) {
  if (!readdirSync(dist).includes('manifest.json')) throw new Error(`${dist} is not a build`);
  const size = workerSize(dist);
  const cases: [string, ClientProfile][] = [
    ['no holiday choice', acme],
    ['a US-NY holiday choice', { ...acme, holidays: { country: 'US', region: 'NY', workAnyway: [] } }],
  ];
  for (const [what, profile] of cases) {
    const stats = summarise(await measureDist(dist, profile));
    rows.push([
      `${label}: stopped worker → first guard/check, ${what}`,
      `${stats.median.toFixed(1)} ms`,
      `${stats.p95.toFixed(1)} ms`,
      stats.runs,
      `worker ${kb(size.raw)} (${kb(size.gzip)} gzip)`,
    ]);
  }
}
console.log(table(['case', 'median', 'p95', 'runs', 'worker script'], rows));
