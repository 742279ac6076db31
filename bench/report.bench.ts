/**
 * DESIGN §6 / issue 12 budgets of the consistency report, measured in Debian's Chromium with the
 * built extension (a copy of dist/chrome), with a year of a heavy user stored: 500,000 ledger
 * events of 50 clients (40 decisions a working day each, mixed as real use: mostly inside hours,
 * hand-offs to the provider, replies queued locally with their queue events, emergencies, red
 * cups, one decision in ten to two clients).
 *
 * The events are built in Node with the worker's own code (promises per client, report index
 * keys: ledgerRecord) and written inside the worker in big transactions. Each figure is a
 * message round trip timed inside an extension page (performance.now around sendMessage):
 *
 * 1. `report/overview`, last 12 weeks, all clients: median ≤ 300 ms. The worker keeps a tally per
 *    closed day (version 5, report-days.ts) and the daily alarm stores them, so the median is of
 *    overviews on stored tallies; the first overview after seeding — every closed day counted
 *    from its events, as after the upgrade to version 5 before the alarm ran — is reported too.
 * 2. `report/client`, one client's 52 weeks: median ≤ 500 ms.
 * 3. `report/csv-rows`, every page of the year (whole days of ≥ 5,000 rows a page) put into one
 *    file as the page does: total ≤ 3 s on stored days (the second export); the first, making
 *    every day's lines from the events, is reported.
 * 4. `ledger/record` with the year stored: p95 ≤ 20 ms.
 * 5. Pruning 100,000 events older than the 2-year retention (the `report:prune` alarm): the
 *    longest single transaction, as the worker logs it: ≤ 50 ms.
 * 6. The IndexedDB size of the year (navigator.storage.estimate), reported.
 * 7. The options page opened on #report until the 12-week overview table is on screen: median
 *    ≤ 300 ms; the options page's own client list painted, reported, and its first load must
 *    not include the chart library (uPlot is fetched on the report route only).
 *
 * Exit 1 when a target is missed, 2 when the measurement itself failed.
 */
import type { ConsoleMessage, Page, Worker } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { table } from '../scripts/lib/util.mjs';
import {
  DIST,
  callWorker,
  extensionIdOf,
  extensionPages,
  launchWithExtension,
  serviceWorkerOf,
} from '../e2e/support/browser.mjs';
import type { LedgerEvent, LedgerEventInput, LedgerKind } from '../src/core/ledger-types.ts';
import { newProfile } from '../src/core/new-profile.ts';
import type { ClientProfile } from '../src/core/profile.ts';
import { promisesFor } from '../src/core/report-replies.ts';
import { ledgerRecord } from '../src/background/storage/ledger-keys.ts';
import { seeded, summarise, type Stats } from './lib/measure.ts';
import { ZONES } from './lib/profiles.ts';

const CLIENTS = 50;
const YEAR_EVENTS = 500_000;
const OLD_EVENTS = 100_000;
const CHUNK = 20_000;
const RUNS = 7;
const WRITES = 200;
const TARGET = { overviewMs: 300, clientMs: 500, csvMs: 3_000, writeP95Ms: 20, pruneTxMs: 50 };
const DAY = 86_400_000;

class MeasurementError extends Error {}

function clientProfiles(): ClientProfile[] {
  return Array.from({ length: CLIENTS }, (_, i) => {
    const base = newProfile({ id: `client-${i}`, timeZone: ZONES[i % ZONES.length]!, name: `Client ${i}` });
    return {
      ...base,
      color: `#${(0x203040 + i * 0x030507).toString(16).slice(-6)}`,
      match: [`client${i}.example`],
      promise: {
        regular: i % 2 === 0 ? { kind: 'within-hours', hours: 24 } : { kind: 'within-business-hours', hours: 8 },
      },
    };
  });
}

/**
 * `count` events between `from` and `to` (ms), as the worker stores them. Decisions: 72 % sent
 * inside, 10 % handed off, 6 % queued locally (+ queued, sending, delivered events), 4 % real
 * emergencies, 4 % red cups sent anyway, 4 % cancelled; 10 % to two clients.
 */
function* events(
  count: number,
  from: number,
  to: number,
  profiles: Map<string, ClientProfile>,
  prefix: string,
  random: () => number,
): Generator<object> {
  let made = 0;
  let n = 0;
  const span = to - from;
  while (made < count) {
    n += 1;
    const at = Math.floor(from + random() * span);
    const a = Math.floor(random() * CLIENTS);
    const profileIds = random() < 0.1 ? [`client-${a}`, `client-${(a + 1) % CLIENTS}`] : [`client-${a}`];
    const requestAt = random() < 0.8 ? new Date(at - Math.floor(random() * 6 * 3_600_000)).toISOString() : null;
    const r = random();
    const kind: LedgerKind =
      r < 0.72
        ? 'sent-inside'
        : r < 0.82
          ? 'scheduled'
          : r < 0.88
            ? 'scheduled'
            : r < 0.92
              ? 'sent-emergency'
              : r < 0.96
                ? 'sent-anyway'
                : 'cancelled';
    const local = r >= 0.82 && r < 0.88;
    const iso = new Date(at).toISOString();
    const due = kind === 'scheduled' ? new Date(at + Math.floor(random() * 14 * 3_600_000)).toISOString() : null;
    const entryId = `${prefix}-q${n}`;
    const input: LedgerEventInput = {
      id: `${prefix}-e${n}`,
      kind,
      profileIds,
      at: iso,
      requestAt,
      triage:
        kind === 'sent-emergency' || kind === 'sent-anyway'
          ? { answers: { agreedSituation: 'no', realHarm: 'unsure', emergencyToClient: 'yes' }, suggestion: 'red-cup' }
          : null,
      provider: n % 3 === 0 ? 'outlook' : 'gmail',
      scheduledFor: due,
      ...(kind === 'scheduled' ? { queue: { entryId, status: local ? 'pending' : 'handed-off', reason: null } } : {}),
    };
    const promises = promisesFor(input, profiles);
    const decision: LedgerEvent = {
      ...input,
      recordedAt: iso,
      ...(promises !== undefined && promises.length > 0 ? { promises } : {}),
    };
    yield ledgerRecord(decision);
    made += 1;
    if (local && due !== null) {
      const dueMs = Date.parse(due);
      const late = random() < 0.1;
      const steps: [LedgerKind, number, LedgerEvent['queue']][] = [
        ['queued', at, { entryId, status: 'pending', reason: null }],
        ['sending', dueMs, { entryId, status: 'sending', reason: null }],
        [
          late ? 'delivered-late' : 'delivered',
          dueMs + (late ? 600_000 : 20_000),
          { entryId, status: 'sent', reason: null },
        ],
      ];
      for (const [k, t, queue] of steps) {
        const when = new Date(t).toISOString();
        yield ledgerRecord({
          id: `queue:${entryId}:${k}:${when}`,
          kind: k,
          profileIds,
          at: when,
          requestAt: null,
          triage: null,
          provider: input.provider,
          scheduledFor: due,
          queue,
          recordedAt: when,
        });
        made += 1;
      }
    }
  }
}

/** Writes the records inside the worker, CHUNK per transaction. */
async function seed(worker: Worker, records: Generator<object>): Promise<number> {
  let written = 0;
  for (;;) {
    const chunk: object[] = [];
    // next() by hand: a for-of with break would close the generator after the first chunk.
    for (let r = records.next(); !r.done; r = records.next()) {
      chunk.push(r.value);
      if (chunk.length === CHUNK) break;
    }
    if (chunk.length === 0) return written;
    await worker.evaluate(
      (all) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('red-cup');
          open.onerror = () => reject(open.error ?? new Error('cannot open red-cup'));
          open.onsuccess = () => {
            const tx = open.result.transaction('ledger', 'readwrite');
            for (const record of all) tx.objectStore('ledger').put(record);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('seeding failed'));
          };
        }),
      chunk,
    );
    written += chunk.length;
    if (chunk.length < CHUNK) return written;
  }
}

/** Round trips of one message, timed inside the page; the first (warm-up) is dropped. */
async function roundTrips(page: Page, type: string, data: unknown, runs: number): Promise<number[]> {
  const times = await page.evaluate(
    async ([messageType, payload, n]) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const reply = (await chrome.runtime.sendMessage({
          id: Date.now(),
          type: messageType,
          data: payload,
          timestamp: Date.now(),
        })) as { res?: { ok: boolean; error?: { message: string } } };
        out.push(performance.now() - t0);
        if (!reply.res?.ok) throw new Error(`${messageType} failed: ${reply.res?.error?.message ?? 'no answer'}`);
      }
      return out;
    },
    [type, data, runs + 1] as const,
  );
  return times.slice(1);
}

/** One round trip, timed inside the page (no warm-up: the first overview after seeding is the one wanted). */
async function oneTrip(page: Page, type: string, data: unknown): Promise<number> {
  return page.evaluate(
    async ([messageType, payload]) => {
      const t0 = performance.now();
      const reply = (await chrome.runtime.sendMessage({
        id: Date.now(),
        type: messageType,
        data: payload,
        timestamp: Date.now(),
      })) as { res?: { ok: boolean; error?: { message: string } } };
      if (!reply.res?.ok) throw new Error(`${messageType} failed: ${reply.res?.error?.message ?? 'no answer'}`);
      return performance.now() - t0;
    },
    [type, data] as const,
  );
}

/** Every CSV page of the year, one after the other, as the page fetches them: total time and rows. */
async function csvYear(page: Page): Promise<{ ms: number; rows: number; pages: number; bytes: number }> {
  return page.evaluate(async () => {
    const t0 = performance.now();
    let cursor: string | null = null;
    let rows = 0;
    let pages = 0;
    // As the page does: every page's lines kept, then one file made of them.
    const parts: string[] = [];
    do {
      const data: Record<string, unknown> = {
        period: { kind: 'weeks', weeks: 52 },
        ...(cursor === null ? {} : { cursor }),
      };
      const reply = (await chrome.runtime.sendMessage({
        id: Date.now(),
        type: 'report/csv-rows',
        data,
        timestamp: Date.now(),
      })) as {
        res?: {
          ok: boolean;
          value?: { lines: string; rows: number; nextCursor: string | null };
          error?: { message: string };
        };
      };
      if (!reply.res?.ok || reply.res.value === undefined)
        throw new Error(`report/csv-rows failed: ${reply.res?.error?.message ?? 'no answer'}`);
      rows += reply.res.value.rows;
      parts.push(reply.res.value.lines);
      pages += 1;
      cursor = reply.res.value.nextCursor;
    } while (cursor !== null);
    const file = new Blob(['\uFEFF', ...parts], { type: 'text/csv;charset=utf-8' });
    return { ms: performance.now() - t0, rows, pages, bytes: file.size };
  });
}

/**
 * The options page opened on `hash` until `selector` is on screen, timed in the page itself
 * (performance.now counts from the navigation; polled every animation frame). The first
 * (warm-up) load is dropped.
 */
async function paintTimes(page: Page, url: string, selector: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await page.goto('about:blank');
    await page.goto(url);
    const handle = await page.waitForFunction(
      (sel) => (document.querySelector(sel) !== null ? performance.now() : false),
      selector,
      { polling: 'raf', timeout: 30_000 },
    );
    const ms = (await handle.jsonValue()) as number;
    if (i > 0) out.push(ms);
  }
  return out;
}

/** What the options page loads before its first paint (index.html's script, preloads and styles): whether the chart library is among it. */
function optionsFirstLoad(dist: string): { files: string[]; chart: boolean } {
  const html = readFileSync(path.join(dist, extensionPages().options), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] as string);
  const chart = files.some(
    (f) => /uplot|report-entry/i.test(f) || readFileSync(path.join(dist, f), 'utf8').includes('uPlot'),
  );
  return { files, chart };
}

async function writeTimes(page: Page): Promise<number[]> {
  const now = Date.now();
  const requests = Array.from({ length: WRITES }, (_, i) => ({
    id: `bench-write-${i}`,
    kind: 'sent-inside',
    profileIds: [`client-${i % CLIENTS}`],
    at: new Date(now - i * 1000).toISOString(),
    requestAt: new Date(now - 3_600_000).toISOString(),
    triage: null,
    provider: 'gmail',
    scheduledFor: null,
  }));
  return page.evaluate(async (all) => {
    const out: number[] = [];
    for (const data of all) {
      const t0 = performance.now();
      const reply = (await chrome.runtime.sendMessage({
        id: Date.now(),
        type: 'ledger/record',
        data,
        timestamp: Date.now(),
      })) as { res?: { ok: boolean } };
      out.push(performance.now() - t0);
      if (!reply.res?.ok) throw new Error('ledger/record failed');
    }
    return out;
  }, requests);
}

async function main(): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), 'red-cup-report-bench-'));
  const dist = path.join(work, 'dist');
  cpSync(DIST, dist, { recursive: true });
  const context = await launchWithExtension(path.join(work, 'profile'), { dist });
  try {
    const worker = await serviceWorkerOf(context);
    const extensionId = extensionIdOf(worker);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/${extensionPages().options}`);
    const profiles = clientProfiles();
    for (const p of profiles) {
      const answer = (await callWorker(options, 'profiles/save', p)) as { ok: boolean; error?: { message: string } };
      if (!answer.ok) throw new MeasurementError(`saving ${p.name} failed: ${answer.error?.message ?? ''}`);
    }
    const byId = new Map(profiles.map((p) => [p.id, p]));
    const now = Date.now();
    const random = seeded(12);

    const t0 = Date.now();
    const year = await seed(worker, events(YEAR_EVENTS, now - 365 * DAY, now - 60_000, byId, 'y', random));
    const seedSeconds = (Date.now() - t0) / 1000;
    // The seeding wrote events only, past Red Cup's own writes; a report alarm that ran meanwhile
    // stored days of a half-seeded ledger. Empty both caches, as the upgrade to version 5 leaves them.
    await worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('red-cup');
          open.onerror = () => reject(open.error ?? new Error('cannot open red-cup'));
          open.onsuccess = () => {
            const tx = open.result.transaction(['report-days', 'csv-days'], 'readwrite');
            tx.objectStore('report-days').clear();
            tx.objectStore('csv-days').clear();
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('clearing the caches failed'));
          };
        }),
    );
    const estimate = await options.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

    // Each figure is printed as soon as it is measured (the whole run takes many minutes on a loaded machine).
    const note = (label: string, s: Stats) =>
      console.log(
        `${label}: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (${s.runs} runs)`,
      );
    console.log(
      `seeded ${year.toLocaleString('en-US')} events in ${seedSeconds.toFixed(0)} s; IndexedDB ${(estimate / 1_048_576).toFixed(0)} MB`,
    );
    // No tallies stored yet (the seeding wrote events only): every closed day is counted, then stored.
    const coldMs = await oneTrip(options, 'report/overview', { period: { kind: 'weeks', weeks: 12 } });
    console.log(`report/overview 12 weeks, first (no tallies stored): ${coldMs.toFixed(0)} ms`);
    const overview = summarise(
      await roundTrips(options, 'report/overview', { period: { kind: 'weeks', weeks: 12 } }, RUNS),
    );
    note('report/overview 12 weeks', overview);
    const client = summarise(
      await roundTrips(options, 'report/client', { profileId: 'client-7', period: { kind: 'weeks', weeks: 52 } }, RUNS),
    );
    note('report/client 52 weeks', client);
    // The first export makes every closed day's lines from the events (as right after the upgrade,
    // before the daily alarm stored them); the second reads the stored days, as a user's does.
    const csvCold = await csvYear(options);
    console.log(
      `report/csv-rows, the year, first: ${csvCold.ms.toFixed(0)} ms for ${csvCold.rows} rows in ${csvCold.pages} pages`,
    );
    const csv = await csvYear(options);
    console.log(
      `report/csv-rows, the year: ${csv.ms.toFixed(0)} ms for ${csv.rows} rows in ${csv.pages} pages, ${(csv.bytes / 1_048_576).toFixed(0)} MB`,
    );
    if (csv.rows !== csvCold.rows)
      throw new MeasurementError(`the two exports differ: ${csvCold.rows} and ${csv.rows} rows`);
    const writes = summarise(await writeTimes(options));
    note('ledger/record', writes);
    // The report route as the user opens it (options#report, the default 12 weeks): navigation → the overview table on screen.
    const optionsUrl = `chrome-extension://${extensionId}/${extensionPages().options}`;
    const painted = summarise(await paintTimes(options, `${optionsUrl}#report`, '#report-overview-caption', RUNS));
    // The settings page itself, with the same year stored: the chart library is not on its way.
    const home = summarise(await paintTimes(options, optionsUrl, '#clients-heading', RUNS));
    note('options#report painted (12 weeks)', painted);
    note('options page painted', home);
    const firstLoad = optionsFirstLoad(dist);
    if (firstLoad.chart)
      throw new MeasurementError(
        `the options page's first load includes the chart library (${firstLoad.files.join(', ')})`,
      );

    // 100,000 events older than the 2-year retention, then the alarm prunes them.
    const old = await seed(
      worker,
      events(OLD_EVENTS, now - 3 * 365 * DAY, now - 2 * 365 * DAY - DAY, byId, 'old', random),
    );
    const pruned = new Promise<string>((resolve) => {
      const listen = (message: ConsoleMessage) => {
        if (message.text().startsWith('Red Cup pruned')) resolve(message.text());
      };
      context.on('console', listen);
      worker.on('console', listen);
    });
    await worker.evaluate(() => chrome.alarms.create('report:prune', { when: Date.now() + 100 }));
    // Chrome fires an alarm 30 s after it is set at the earliest; the pruning itself then runs batch after batch.
    const line = await Promise.race([pruned, new Promise<null>((resolve) => setTimeout(() => resolve(null), 600_000))]);
    if (line === null) throw new MeasurementError('the prune alarm did not report within 10 minutes');
    console.log(line);
    const match = /pruned (\d+) ledger events in (\d+) transactions; the longest took ([\d.]+) ms/.exec(line);
    if (match === null) throw new MeasurementError(`unexpected prune report: ${line}`);
    const [, deleted, batches, longest] = match;

    const f = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);
    const one = (v: number): Stats => ({ runs: 1, median: v, p95: v, mean: v, min: v, max: v });
    const rows: [string, Stats, string, boolean | null][] = [
      [
        'report/overview, 12 weeks, all clients',
        overview,
        `≤ ${TARGET.overviewMs} ms`,
        overview.median <= TARGET.overviewMs,
      ],
      ['report/overview, 12 weeks, the first (no tallies stored yet)', one(coldMs), 'reported', null],
      [
        'options#report: 12-week overview painted (opened → table visible)',
        painted,
        `≤ ${TARGET.overviewMs} ms`,
        painted.median <= TARGET.overviewMs,
      ],
      ['options page: client list painted (no chart library loaded)', home, 'reported', null],
      ['report/client, one client, 52 weeks', client, `≤ ${TARGET.clientMs} ms`, client.median <= TARGET.clientMs],
      [`report/csv-rows, the year, the first (no days stored yet)`, one(csvCold.ms), 'reported', null],
      [
        `report/csv-rows, the year (${csv.rows.toLocaleString('en-US')} rows, ${csv.pages} pages)`,
        one(csv.ms),
        `≤ ${TARGET.csvMs / 1000} s`,
        csv.ms <= TARGET.csvMs,
      ],
      ['ledger/record with the year stored', writes, `p95 ≤ ${TARGET.writeP95Ms} ms`, writes.p95 <= TARGET.writeP95Ms],
      [
        `pruning ${Number(deleted).toLocaleString('en-US')} events: longest of ${batches} transactions`,
        one(Number(longest)),
        `≤ ${TARGET.pruneTxMs} ms`,
        Number(longest) <= TARGET.pruneTxMs,
      ],
    ];
    console.log(
      `Chromium ${context.browser()?.version() ?? ''}; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; ` +
        `${year.toLocaleString('en-US')} events of ${CLIENTS} clients seeded in ${seedSeconds.toFixed(0)} s (+ ${old.toLocaleString('en-US')} older ones for pruning)`,
    );
    console.log(`IndexedDB size of the year (navigator.storage.estimate): ${(estimate / 1_048_576).toFixed(0)} MB`);
    console.log(
      table(
        ['issue 12 budgets', 'median', 'p95', 'max', 'runs', 'target', ''],
        rows.map(([label, s, target, pass]) => [
          label,
          f(s.median),
          f(s.p95),
          f(s.max),
          String(s.runs),
          target,
          pass === null ? '' : pass ? '✓' : '✗',
        ]),
      ),
    );
    const missed = rows.filter(([, , , pass]) => pass === false);
    if (missed.length) {
      console.log(`✗ missed: ${missed.map(([label]) => label).join('; ')}`);
      return 1;
    }
    console.log('✓ every report budget is met');
    return 0;
  } finally {
    await context.close().catch(() => undefined);
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
