// Makes the README's picture, docs/options.png: builds the Chrome target, loads it in headless
// Chromium on a fresh profile, saves one example client profile (e2e/support/example-profile.json)
// through the worker's own message protocol, and photographs the options page showing it.
//
//   node scripts/screenshot.mjs [--out docs/options.png] [--dark]
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

cli(async () => {
  process.chdir(ROOT);
  const out = path.resolve(arg('--out') ?? rootPath('docs', 'options.png'));
  heading('setup');
  await setup({ browsers: ['chromium'] });
  heading('build');
  await build(['chrome']);

  heading('screenshot');
  const { launchWithExtension, serviceWorkerOf, extensionIdOf, extensionPages, callWorker } = await import(
    '../e2e/support/browser.mjs'
  );
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
      const problems = (saved?.error?.problems ?? []).map((p) => `\n  - ${p.path ?? ''} ${p.message ?? JSON.stringify(p)}`).join('');
      throw new StepError(`the worker refused the example profile: ${saved?.error?.message ?? JSON.stringify(saved)}${problems}`);
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
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
});
