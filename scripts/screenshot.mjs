// Makes the README's pictures: builds the Chrome target, loads it in headless Chromium on a fresh
// profile, saves one example client profile (e2e/support/example-profile.json) through the
// worker's own message protocol and photographs the options page showing it (docs/options.png);
// then records twelve weeks of decisions for it and two more clients through the same protocol
// (`ledger/record`, as the guard writes them; seeded, so every run draws the same record) and
// photographs that client's consistency report (docs/report.png).
//
//   node scripts/screenshot.mjs [--out docs/options.png] [--report-out docs/report.png] [--dark]
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, rootPath, cli, heading, StepError } from './lib/util.mjs';
import { setup } from './setup.mjs';
import { build } from './build.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** A small deterministic random source (mulberry32), so the pictured record is the same every run. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Twelve weeks of decisions for `profileIds` (the first one busiest), ending an hour before `now`:
 * mostly inside hours, some handed to the provider's scheduler, a few real emergencies and red
 * cups — more of them lately for the first client, so its drift warning shows. Never a body,
 * subject or address: ledger events carry none.
 */
function seededRecord(profileIds, now) {
  const random = seeded(7);
  const DAY = 86_400_000;
  const events = [];
  profileIds.forEach((profileId, c) => {
    const perDay = [4, 2, 1][c] ?? 1;
    for (let day = 83; day >= 0; day -= 1) {
      const weekday = new Date(now - day * DAY).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      for (let i = 0; i < perDay; i += 1) {
        const at = now - day * DAY - 3_600_000 - Math.floor(random() * 8 * 3_600_000);
        const r = random();
        const late = c === 0 && day < 12;
        const kind =
          r < (late ? 0.55 : 0.74)
            ? 'sent-inside'
            : r < (late ? 0.7 : 0.92)
              ? 'scheduled'
              : r < (late ? 0.85 : 0.96)
                ? 'sent-emergency'
                : 'sent-anyway';
        const id = `screenshot-${profileId}-${day}-${i}`;
        const scheduledFor =
          kind === 'scheduled' ? new Date(Math.min(at + 10 * 3_600_000, now - 60_000)).toISOString() : null;
        const triage =
          kind === 'sent-emergency'
            ? {
                answers: { agreedSituation: 'yes', realHarm: 'yes', emergencyToClient: 'yes' },
                suggestion: 'real-emergency',
              }
            : kind === 'sent-anyway'
              ? {
                  answers: { agreedSituation: 'no', realHarm: 'no', emergencyToClient: 'unsure' },
                  suggestion: 'red-cup',
                }
              : null;
        events.push({
          id,
          kind,
          profileIds: [profileId],
          at: new Date(at).toISOString(),
          requestAt:
            random() < 0.85 ? new Date(at - Math.floor(random() * (late ? 30 : 10) * 3_600_000)).toISOString() : null,
          triage,
          provider: random() < 0.6 ? 'gmail' : 'outlook',
          scheduledFor,
          ...(kind === 'scheduled' ? { queue: { entryId: `${id}-entry`, status: 'handed-off', reason: null } } : {}),
        });
      }
    }
  });
  return events;
}

cli(async () => {
  process.chdir(ROOT);
  const out = path.resolve(arg('--out') ?? rootPath('docs', 'options.png'));
  const reportOut = path.resolve(arg('--report-out') ?? rootPath('docs', 'report.png'));
  heading('setup');
  await setup({ browsers: ['chromium'] });
  heading('build');
  await build(['chrome']);

  heading('screenshot');
  const { launchWithExtension, serviceWorkerOf, extensionIdOf, extensionPages, callWorker } =
    await import('../e2e/support/browser.mjs');
  const example = JSON.parse(readFileSync(rootPath('e2e', 'support', 'example-profile.json'), 'utf8'));
  const profileDir = mkdtempSync(path.join(tmpdir(), 'red-cup-screenshot-'));
  const context = await launchWithExtension(profileDir, {
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: process.argv.includes('--dark') ? 'dark' : 'light',
  });
  try {
    const id = extensionIdOf(await serviceWorkerOf(context));
    const optionsUrl = `chrome-extension://${id}/${extensionPages().options}`;
    const page = await context.newPage();
    await page.goto(optionsUrl);

    const saved = await callWorker(page, 'profiles/save', example);
    if (!saved?.ok) {
      const problems = (saved?.error?.problems ?? [])
        .map((p) => `\n  - ${p.path ?? ''} ${p.message ?? JSON.stringify(p)}`)
        .join('');
      throw new StepError(
        `the worker refused the example profile: ${saved?.error?.message ?? JSON.stringify(saved)}${problems}`,
      );
    }

    // Only our page: the first-install onboarding may have opened another options tab.
    for (const other of context.pages()) if (other !== page) await other.close();
    await page.reload();
    await page
      .getByText(example.name, { exact: false })
      .first()
      .waitFor({ state: 'visible', timeout: 10_000 })
      .catch(() => {
        throw new StepError(`the options page does not show the example profile "${example.name}" after saving it`);
      });
    await page.evaluate(() => document.fonts.ready);
    mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`saved ${path.relative(ROOT, out)} (1280×800, options page with "${example.name}")`);

    // The report: a seeded record for the example and two more clients, then its weekly chart and table.
    const others = [
      {
        ...example,
        id: 'example-globex',
        name: 'Globex',
        color: '#1d6fd1',
        match: ['globex.com'],
        timeZone: 'Europe/London',
        timeOff: [],
      },
      {
        ...example,
        id: 'example-initech',
        name: 'Initech',
        color: '#2a9d62',
        match: ['initech.com'],
        timeZone: 'America/Los_Angeles',
        timeOff: [],
      },
    ];
    for (const p of others) {
      const answer = await callWorker(page, 'profiles/save', p);
      if (!answer?.ok)
        throw new StepError(
          `the worker refused the profile "${p.name}": ${answer?.error?.message ?? JSON.stringify(answer)}`,
        );
    }
    const events = seededRecord([example.id, ...others.map((p) => p.id)], Date.now());
    for (const event of events) {
      const answer = await callWorker(page, 'ledger/record', event);
      if (!answer?.ok)
        throw new StepError(`the worker refused a ledger event: ${answer?.error?.message ?? JSON.stringify(answer)}`);
    }
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.goto(`${optionsUrl}#report/${encodeURIComponent(example.id)}`);
    await page.reload();
    const chart = page.locator('.rc-report-chart__plot canvas').first();
    await chart.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
      throw new StepError(`the report of "${example.name}" shows no chart after recording ${events.length} decisions`);
    });
    await page.getByRole('table', { name: `${example.name}, week by week` }).waitFor({ state: 'visible' });
    // The heading has focus (the page moves it there on open); the picture shows the page at rest.
    await page.evaluate(async () => {
      document.activeElement?.blur();
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    mkdirSync(path.dirname(reportOut), { recursive: true });
    await page.screenshot({ path: reportOut });
    console.log(
      `saved ${path.relative(ROOT, reportOut)} (1280×1100, the report of "${example.name}", ${events.length} decisions recorded)`,
    );
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
});
