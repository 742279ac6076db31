/**
 * DESIGN §6 budgets of the compose guard, measured in Debian's Chromium with the built extension
 * (a copy of dist/chrome, so a rebuild during the run cannot change it, and whose shadow roots
 * are opened inside Red Cup's world so the probe can see the pill and the panel: Red Cup's own
 * are closed and unmarked, e2e/support/browser.mjs openShadowRootsInCopy) on the simulated Gmail
 * (e2e/sites/gmail/), against the same page in a second Chromium without the extension, both
 * launched with the same flags. Every click is real input (CDP Input.dispatchMouseEvent through
 * Playwright's mouse), because Red Cup ignores untrusted events. Times are taken inside the page
 * by bench/lib/guard-probe.js, which is installed before the document exists, hence before Red
 * Cup's content script (document_start) and the page's scripts.
 *
 * 1. Start-up size: everything a mail page loads from Red Cup before the first guard, gzip, the
 *    same count as `npm test`'s size check (scripts/lib/sizes.mjs).
 * 2. Delay of a Send inside the boundary. Red Cup's send listeners are capture listeners on
 *    `window`; the probe has one there too, registered earlier, so it runs first, and one on
 *    `document` (capture), the first place an event reaches after every window listener and
 *    before the page's own handlers. The gap between the two is what Red Cup's listeners cost
 *    that event. The row sums it over the whole gesture (pointerdown, mousedown, pointerup,
 *    mouseup, click; Gmail sends on a later event than mousedown) with the verdict cached (the
 *    pill says "inside"): an upper bound of the delay the page's send handler sees. The same
 *    gap without the extension is the probe's own floor. The ordering is checked, not assumed:
 *    on a Send outside the boundary the probe must see each event that Red Cup then stops.
 *    A second view, from the input's own timestamp (`event.timeStamp`, set when the browser
 *    received the input) to the page's handler, with and without the extension, includes the
 *    browser's input delivery and is shown for comparison. (performance.now() is coarsened to
 *    0.1 ms in a page that is not cross-origin isolated; hence medians of many runs.)
 * 3. Panel visible after a Send outside: from the click's `timeStamp` to the first frame
 *    produced after the panel's dialog is in its shadow root and visible (a task queued from
 *    requestAnimationFrame runs after that frame's paint). First open of each page load (the
 *    panel's chunk is loaded with import() then) and warm opens (Esc, Send again).
 * 4. New compose recognised: from the Compose click's `timeStamp` to the first frame in which
 *    the new compose's status pill is visible (the content script found the compose, asked the
 *    worker and rendered the pill) — the page's own time to open the compose included.
 * 5. DOM storm: on the inbox page (≥ 3,000 elements, asserted) with a compose open, 10,000
 *    insertions in 100 animation frames of 100 (inbox rows, notes in the reading pane, label
 *    chips inside inbox rows; bench/lib/guard-probe.js) with 90 removals a frame. Each storm is
 *    traced (CDP Tracing, the Performance panel's categories) in both browsers: the page's
 *    main-thread time is the sum of its tasks' CPU time (thread time: what other processes on a
 *    busy machine take away does not count), compared with ÷ without per pair of runs that
 *    alternate which goes first; the median of those ratios is checked. CDP
 *    Performance.getMetrics TaskDuration (wall time) is shown beside it. The trace names Red
 *    Cup's own script (by its chrome-extension:// URL; the longtask and long-animation-frame
 *    APIs attribute no extension script), so its share is shown too, and the checked long-task
 *    figure counts tasks in which Red Cup's script alone ran over 50 ms (CPU). Shown beside
 *    it: the page's tasks that went over 50 ms of CPU only with Red Cup's script added. On a
 *    slow machine this page's own frames come close to 50 ms under the storm, so a scan of a
 *    millisecond tips a few over; that marginal cost is what the ≤ 5 % row budgets.
 *
 * The checked figure is the median of each row; p95 is shown, and a p95 over its target is
 * reported as a warning. Exit 1 when a target is missed, 2 when the measurement itself failed.
 */
import { chromium, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientProfile } from '../src/core/profile.ts';
import { kb, table } from '../scripts/lib/util.mjs';
import { CONTENT_BUDGET_GZIP, contentStartup } from '../scripts/lib/sizes.mjs';
import {
  CHROMIUM,
  DIST,
  callWorker,
  chromiumArgs,
  extensionIdOf,
  extensionPages,
  launchWithExtension,
  openShadowRootsInCopy,
  routeAllMailSites,
  serviceWorkerOf,
  waitForContentScript,
} from '../e2e/support/browser.mjs';
import { clientProfile } from '../e2e/support/clients.ts';
import { summarise, type Stats } from './lib/measure.ts';
import { summariseMainThread, traced, type MainThreadSummary } from './lib/trace.ts';

const SEND_RUNS = 20;
const PANEL_PAGES = 6;
const PANEL_OPENS_PER_PAGE = 4; // the first is the cold one
const COMPOSE_RUNS = 20;
const STORM_PAIRS = 5;
const STORM = { batches: 100, perBatch: 100, removePerBatch: 90 };
const MIN_ELEMENTS = 3000;

const TARGET = { sizeGzip: CONTENT_BUDGET_GZIP, sendMs: 2, panelMs: 50, composeMs: 100, stormRatio: 1.05 };

const PROBE = fileURLToPath(new URL('./lib/guard-probe.js', import.meta.url));
const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const INSIDE = 'ops@globex.co.uk';
const OUTSIDE = 'jane@acme.com';

// ── What the in-page probe returns (bench/lib/guard-probe.js) ───────────────────────────────
interface GestureEvent {
  type: string;
  timeStamp: number;
  before: number;
  after: number | null;
}
interface Appearance {
  click: number;
  inDom: number;
  painted: number;
}
interface StormResult {
  elementsBefore: number;
  elementsAfter: number;
  insertions: number;
  took: number;
}
interface Probe {
  gesture(): GestureEvent[];
  watch(kind: 'panel' | 'pill'): void;
  result(): Promise<Appearance>;
  storm(plan: typeof STORM): Promise<StormResult>;
}
/** The page's window, for callbacks evaluated in the page (they can reach only page globals). */
type BenchWindow = Window & { __redCupBench: Probe; __site: { sent: unknown[] } };

class MeasurementError extends Error {}

// ── Browsers ─────────────────────────────────────────────────────────────────────────────────
interface Browser {
  name: 'with' | 'without';
  context: BrowserContext;
  /** `chrome-extension://<id>/`: whose script the trace attributes to Red Cup. */
  origin: string | null;
}

async function prepare(context: BrowserContext): Promise<void> {
  await routeAllMailSites(context);
  await context.addInitScript({ path: PROBE });
}

/** The same flags as the extension's browser, without loading an extension. */
const plainArgs = () =>
  chromiumArgs().filter((a) => !a.startsWith('--load-extension=') && !a.startsWith('--disable-extensions-except='));

// ── The simulated Gmail, driven as a user does ───────────────────────────────────────────────
const composes = (page: Page) => page.getByRole('dialog', { name: 'New Message' });
const sendButton = (compose: Locator) => compose.getByRole('button', { name: /^Send \u202A/ });
const pill = (compose: Locator) => compose.getByRole('status', { name: 'Red Cup' });

async function openInbox(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(INBOX);
  await page.getByRole('button', { name: 'Compose' }).waitFor();
  if (browser.origin) await waitForContentScript(page);
  return page;
}

async function newCompose(page: Page, to: string | null): Promise<Locator> {
  const before = await composes(page).count();
  await page.getByRole('button', { name: 'Compose' }).click();
  await composes(page).nth(before).waitFor();
  const compose = composes(page).first(); // the newest pop-up comes first
  if (to) {
    const box = compose.getByRole('combobox', { name: 'To recipients' });
    await box.fill(to);
    await box.press('Enter');
  }
  return compose;
}

const sentCount = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).__site.sent.length);

async function discard(compose: Locator): Promise<void> {
  await compose.getByRole('button', { name: /^Discard draft/ }).click();
}

// ── 2. Send inside the boundary ─────────────────────────────────────────────────────────────
interface SendSample {
  listeners: number;
  inputToHandler: number;
}

async function sendInside(browser: Browser, page: Page): Promise<SendSample> {
  const compose = await newCompose(page, INSIDE);
  if (browser.origin) await pill(compose).filter({ hasText: 'inside hours' }).waitFor();
  const sent = await sentCount(page);
  await page.evaluate(() => (window as unknown as BenchWindow).__redCupBench.gesture());
  await sendButton(compose).click();
  await page.waitForFunction((n) => (window as unknown as BenchWindow).__site.sent.length > n, sent);
  const events = await page.evaluate(() => (window as unknown as BenchWindow).__redCupBench.gesture());
  const types = events.map((e) => e.type).join(' ');
  if (types !== 'pointerdown mousedown pointerup mouseup click')
    throw new MeasurementError(`unexpected gesture (${browser.name} the extension): ${types}`);
  if (events.some((e) => e.after === null))
    throw new MeasurementError(`a Send inside the boundary was stopped (${browser.name} the extension)`);
  const click = events.at(-1)!;
  return {
    listeners: events.reduce((sum, e) => sum + (e.after! - e.before), 0),
    inputToHandler: click.after! - click.timeStamp,
  };
}

// ── 3. Panel after a Send outside ───────────────────────────────────────────────────────────
async function panelOpens(browser: Browser): Promise<{ first: Appearance[]; warm: Appearance[] }> {
  const first: Appearance[] = [];
  const warm: Appearance[] = [];
  for (let p = 0; p < PANEL_PAGES; p++) {
    const page = await openInbox(browser);
    const compose = await newCompose(page, OUTSIDE);
    await pill(compose).filter({ hasText: 'after hours' }).waitFor();
    // The simulated Gmail keeps Sent like a server (across pages): count from here.
    const sentBefore = await sentCount(page);
    for (let k = 0; k < PANEL_OPENS_PER_PAGE; k++) {
      await page.evaluate(() => (window as unknown as BenchWindow).__redCupBench.gesture());
      await page.evaluate(() => (window as unknown as BenchWindow).__redCupBench.watch('panel'));
      await sendButton(compose).click();
      const seen = await page.evaluate(() => (window as unknown as BenchWindow).__redCupBench.result());
      (k === 0 ? first : warm).push(seen);
      // The probe's listener must run before Red Cup's: it sees the events Red Cup then stops.
      // (A cancelled pointerdown suppresses mousedown and mouseup: the gesture is three events.)
      const events = await page.evaluate(() => (window as unknown as BenchWindow).__redCupBench.gesture());
      if (
        events[0]?.type !== 'pointerdown' ||
        events.at(-1)?.type !== 'click' ||
        events.some((e) => e.after !== null)
      ) {
        throw new MeasurementError(
          `the probe did not see the held gesture before Red Cup stopped it (${events.map((e) => `${e.type}:${e.after === null ? 'stopped' : 'passed'}`).join(' ')}): the send-delay method does not hold`,
        );
      }
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: /boundary/i }).waitFor({ state: 'detached' });
    }
    if ((await sentCount(page)) !== sentBefore) throw new MeasurementError('a Send outside the boundary went out');
    await page.close();
  }
  return { first, warm };
}

// ── 4. A new compose recognised ─────────────────────────────────────────────────────────────
async function composeRecognised(browser: Browser): Promise<Appearance[]> {
  const page = await openInbox(browser);
  const out: Appearance[] = [];
  for (let i = 0; i < COMPOSE_RUNS; i++) {
    await page.evaluate(() => (window as unknown as BenchWindow).__redCupBench.watch('pill'));
    const compose = await newCompose(page, null);
    const seen = await page.evaluate(() => (window as unknown as BenchWindow).__redCupBench.result());
    out.push(seen);
    await discard(compose);
    await page.getByRole('status', { name: 'Red Cup' }).waitFor({ state: 'detached' });
  }
  await page.close();
  return out;
}

// ── 5. DOM storm ────────────────────────────────────────────────────────────────────────────
interface StormSample extends StormResult, MainThreadSummary {
  /** Performance.getMetrics TaskDuration over the storm, ms (wall time). */
  taskDurationMs: number;
}

async function stormRun(browser: Browser): Promise<StormSample> {
  const page = await openInbox(browser);
  const compose = await newCompose(page, INSIDE);
  if (browser.origin) await pill(compose).filter({ hasText: 'inside hours' }).waitFor();
  await page.waitForTimeout(300); // let start-up work settle in both browsers
  const cdp = await browser.context.newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  await cdp.send('Performance.enable');
  const taskDuration = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  const { value, events } = await traced(cdp, async () => {
    const before = await taskDuration();
    const result = await page.evaluate((plan) => (window as unknown as BenchWindow).__redCupBench.storm(plan), STORM);
    return { result, taskDurationMs: (await taskDuration()) - before };
  });
  await cdp.detach();
  await page.close();
  const { result, taskDurationMs } = value;
  if (result.elementsBefore < MIN_ELEMENTS)
    throw new MeasurementError(`the inbox page has ${result.elementsBefore} elements, fewer than ${MIN_ELEMENTS}`);
  if (result.insertions !== STORM.batches * STORM.perBatch)
    throw new MeasurementError(`the storm made ${result.insertions} insertions`);
  return { ...result, ...summariseMainThread(events, frameTree.frame.id, browser.origin), taskDurationMs };
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────
const msText = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;

interface Row {
  label: string;
  median: string;
  p95: string;
  runs: string | number;
  target: string;
  pass: boolean | null; // null: shown for comparison, not checked
  p95Over?: boolean;
}

function timed(label: string, values: number[], target: number | null): Row {
  const s: Stats = summarise(values);
  return {
    label,
    median: msText(s.median),
    p95: msText(s.p95),
    runs: s.runs,
    target: target === null ? '' : `≤ ${target} ms`,
    pass: target === null ? null : s.median <= target,
    p95Over: target !== null && s.p95 > target,
  };
}

const shown = (a: Appearance) => a.painted - a.click;
const inDom = (a: Appearance) => a.inDom - a.click;

async function main(): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), 'red-cup-bench-'));
  const dist = path.join(work, 'dist');
  const contexts: BrowserContext[] = [];
  try {
    try {
      cpSync(DIST, dist, { recursive: true });
    } catch {
      throw new MeasurementError('dist/chrome is not built: run `npm run build` (npm run bench builds first)');
    }
    const size = contentStartup(dist);
    // Red Cup's shadow roots are closed; the probe in the page reaches them in this copy only.
    openShadowRootsInCopy(dist);

    const extContext = await launchWithExtension(path.join(work, 'with'), { dist });
    contexts.push(extContext);
    const worker = await serviceWorkerOf(extContext);
    const origin = `chrome-extension://${extensionIdOf(worker)}/`;
    const withExt: Browser = { name: 'with', context: extContext, origin };
    const without: Browser = {
      name: 'without',
      context: await chromium.launchPersistentContext(path.join(work, 'without'), {
        executablePath: CHROMIUM,
        headless: true,
        args: plainArgs(),
        timeout: 30_000,
      }),
      origin: null,
    };
    contexts.push(without.context);
    for (const b of [withExt, without]) await prepare(b.context);

    const options = await withExt.context.newPage();
    await options.goto(`${origin}${extensionPages(dist).options}`);
    const profiles: ClientProfile[] = [
      clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'outside' }),
      clientProfile({ id: 'globex', name: 'Globex', match: ['globex.co.uk'], state: 'inside' }),
    ];
    for (const profile of profiles) {
      const answer = (await callWorker(options, 'profiles/save', profile)) as {
        ok: boolean;
        error?: { message: string };
      };
      if (!answer.ok) throw new MeasurementError(`saving ${profile.name} failed: ${answer.error?.message}`);
    }
    await options.close();

    // 2. Alternating with and without, after a few untimed sends in each.
    const pages = { with: await openInbox(withExt), without: await openInbox(without) };
    const send = { with: [] as SendSample[], without: [] as SendSample[] };
    for (let i = -3; i < SEND_RUNS; i++) {
      const order = i % 2 === 0 ? [withExt, without] : [without, withExt];
      for (const b of order) {
        const sample = await sendInside(b, pages[b.name]);
        if (i >= 0) send[b.name].push(sample);
      }
    }
    await pages.with.close();
    await pages.without.close();

    // 3 and 4 (the ordering check of 2 happens in 3).
    const panel = await panelOpens(withExt);
    const recognised = await composeRecognised(withExt);

    // 5.
    const storm = { with: [] as StormSample[], without: [] as StormSample[] };
    for (let i = 0; i < STORM_PAIRS; i++) {
      const order = i % 2 === 0 ? [without, withExt] : [withExt, without];
      for (const b of order) storm[b.name].push(await stormRun(b));
    }

    const pairs = (pick: (s: StormSample) => number) =>
      summarise(storm.with.map((s, i) => pick(s) / pick(storm.without[i]!)));
    const cpuRatio = pairs((s) => s.cpuMs);
    const taskRatio = pairs((s) => s.taskDurationMs);
    const stat = (list: StormSample[], pick: (s: StormSample) => number) => summarise(list.map(pick));
    const total = (list: StormSample[], pick: (s: StormSample) => number) => list.reduce((n, s) => n + pick(s), 0);
    const share = summarise(storm.with.map((s) => s.scriptMs / s.cpuMs));
    const elements = Math.min(...[...storm.with, ...storm.without].map((s) => s.elementsBefore));
    const grownTo = Math.max(...[...storm.with, ...storm.without].map((s) => s.elementsAfter));
    const frameMs = summarise([...storm.with, ...storm.without].map((s) => s.took / STORM.batches));
    const msRow = (label: string, st: Stats): Row => ({
      label,
      median: msText(st.median),
      p95: msText(st.p95),
      runs: st.runs,
      target: '',
      pass: null,
    });
    const countRow = (label: string, n: number, target: string | null): Row => ({
      label,
      median: String(n),
      p95: '',
      runs: `${STORM_PAIRS} storms`,
      target: target ?? '',
      pass: target === null ? null : n === 0,
    });
    const ratioRow = (label: string, st: Stats, checked: boolean): Row => ({
      label,
      median: st.median.toFixed(3),
      p95: st.p95.toFixed(3),
      runs: `${st.runs} pairs`,
      target: checked ? `≤ ${TARGET.stormRatio}` : '',
      pass: checked ? st.median <= TARGET.stormRatio : null,
      p95Over: checked && st.p95 > TARGET.stormRatio,
    });

    const rows: Row[] = [
      {
        label: 'content script at start-up, gzip',
        median: kb(size.gzip),
        p95: '',
        runs: `${size.files.length} files`,
        target: `≤ ${kb(TARGET.sizeGzip)}`,
        pass: size.gzip <= TARGET.sizeGzip,
      },
      timed(
        'Send inside: Red Cup listeners, whole gesture',
        send.with.map((s) => s.listeners),
        TARGET.sendMs,
      ),
      timed(
        '  the same gap without the extension (floor)',
        send.without.map((s) => s.listeners),
        null,
      ),
      timed(
        '  input timestamp → page click handler, with',
        send.with.map((s) => s.inputToHandler),
        null,
      ),
      timed(
        '  input timestamp → page click handler, without',
        send.without.map((s) => s.inputToHandler),
        null,
      ),
      timed('panel visible after a Send outside, first open', panel.first.map(shown), TARGET.panelMs),
      timed('  of which click → dialog in the DOM', panel.first.map(inDom), null),
      timed('panel visible after a Send outside, warm', panel.warm.map(shown), TARGET.panelMs),
      timed('  of which click → dialog in the DOM', panel.warm.map(inDom), null),
      timed('new compose → its pill visible', recognised.map(shown), TARGET.composeMs),
      timed('  of which click → pill in the DOM', recognised.map(inDom), null),
      ratioRow('DOM storm: main-thread CPU time, with ÷ without', cpuRatio, true),
      ratioRow('  task wall time (TaskDuration), with ÷ without', taskRatio, false),
      msRow(
        '  main-thread CPU time, with',
        stat(storm.with, (s) => s.cpuMs),
      ),
      msRow(
        '  main-thread CPU time, without',
        stat(storm.without, (s) => s.cpuMs),
      ),
      msRow(
        '  Red Cup script in a storm (CPU)',
        stat(storm.with, (s) => s.scriptMs),
      ),
      {
        label: '  Red Cup script ÷ main-thread CPU time',
        median: `${(share.median * 100).toFixed(2)} %`,
        p95: `${(share.p95 * 100).toFixed(2)} %`,
        runs: share.runs,
        target: '',
        pass: null,
      },
      countRow(
        'DOM storm: long tasks of Red Cup (its script > 50 ms)',
        total(storm.with, (s) => s.longTasksOfScript),
        '0',
      ),
      msRow(
        '  Red Cup script in one task, most (CPU)',
        stat(storm.with, (s) => s.scriptLongestInTask),
      ),
      countRow(
        "  the page's tasks Red Cup's script tipped over 50 ms",
        total(storm.with, (s) => s.longTasksTippedByScript),
        null,
      ),
      countRow(
        '  long tasks (> 50 ms wall), with',
        total(storm.with, (s) => s.longTasks),
        null,
      ),
      countRow(
        '  long tasks (> 50 ms wall), without',
        total(storm.without, (s) => s.longTasks),
        null,
      ),
    ];

    console.log(
      `Chromium ${withExt.context.browser()?.version() ?? ''}; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; ` +
        `storm: ${STORM.batches * STORM.perBatch} insertions in ${STORM.batches} frames (${frameMs.median.toFixed(1)} ms a frame), ` +
        `page of ${elements} elements growing to ${grownTo}`,
    );
    console.log(
      table(
        ['DESIGN §6', 'median', 'p95', 'runs', 'target', ''],
        rows.map((r) => [r.label, r.median, r.p95, r.runs, r.target, r.pass === null ? '' : r.pass ? '✓' : '✗']),
      ),
    );
    for (const r of rows.filter((row) => row.pass && row.p95Over))
      console.log(`! ${r.label.trim()}: median within the target, p95 over it`);
    const missed = rows.filter((r) => r.pass === false);
    if (missed.length) {
      console.log(`✗ missed: ${missed.map((r) => r.label.trim()).join('; ')}`);
      return 1;
    }
    console.log('✓ every guard budget of DESIGN §6 is met (medians)');
    return 0;
  } finally {
    for (const context of contexts) await context.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof MeasurementError ? `✗ ${error.message}` : error);
    process.exit(2);
  },
);
