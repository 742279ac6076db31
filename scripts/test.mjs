// `npm test`: everything the project checks, in order, stopping at the first failure.
//
//   setup → typecheck → lint → unit → build → size → web-ext lint → e2e (Chromium) → firefox smoke
//
// Does its own set-up (npm ci when node_modules is missing or stale; Debian chromium and
// firefox-esr when missing). Run only some steps with their names: `npm test -- lint unit`.
import { spawn } from 'node:child_process';
import { rootPath, bin, run, heading, StepError, bold, red, green, dim, ROOT } from './lib/util.mjs';
import { setup } from './setup.mjs';

/** web-ext lint on the Firefox build: 0 errors required; warnings are printed, not fatal. */
async function webExtLint() {
  const output = await new Promise((resolve, reject) => {
    const child = spawn(
      bin('web-ext'),
      ['lint', '--source-dir', rootPath('dist', 'firefox'), '--output', 'json', '--no-input'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(text));
  });
  let report;
  try {
    report = JSON.parse(output.slice(output.indexOf('{')));
  } catch {
    console.log(output);
    throw new StepError('web-ext lint printed no JSON report (see its output above)');
  }
  const line = (m) => `  ${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`;
  const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
  console.log(`web-ext lint dist/firefox: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  for (const w of report.warnings ?? []) console.log(dim(`warning${line(w)}`));
  for (const n of report.notices ?? []) console.log(dim(`notice${line(n)}`));
  for (const e of report.errors ?? []) console.log(red(`error${line(e)}`));
  if (errors > 0) throw new StepError(`web-ext lint found ${errors} error(s) in dist/firefox`);
}

async function command(cmd, args, env) {
  const code = await run(cmd, args, { env });
  if (code !== 0) throw new StepError(`${cmd.split('/').pop()} ${args.join(' ')} exited with code ${code}`);
}

const STEPS = [
  {
    name: 'typecheck',
    title: 'typecheck (tsc --noEmit)',
    run: () => command(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
  },
  {
    name: 'lint',
    title: 'lint (eslint ., prettier --check .)',
    run: async () => {
      await command(bin('eslint'), ['.']);
      // The layout is Prettier's (issue 14.6); `npm run format` rewrites what it reports.
      await command(bin('prettier'), ['--check', '.']);
    },
  },
  { name: 'unit', title: 'unit tests (vitest run)', run: () => command(bin('vitest'), ['run']) },
  {
    name: 'build',
    title: 'build (dist/chrome, dist/firefox and their zips)',
    run: async () => (await import('./build.mjs')).build(),
  },
  {
    name: 'size',
    title: 'size check (content script start-up ≤ 20 KB gzip)',
    run: async () => (await import('./check-size.mjs')).checkSize(),
  },
  { name: 'web-ext', title: 'web-ext lint (dist/firefox, 0 errors)', run: webExtLint },
  {
    name: 'e2e',
    title: 'end-to-end tests in Chromium (playwright test)',
    run: () => command(bin('playwright'), ['test']),
  },
  {
    name: 'firefox',
    title: 'Firefox smoke test (firefox-esr, WebDriver BiDi)',
    run: () => command(process.execPath, [rootPath('e2e', 'firefox', 'smoke.mjs')]),
  },
];

async function main() {
  process.chdir(ROOT);
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((name) => !STEPS.some((s) => s.name === name));
  if (unknown.length) {
    console.error(red(`unknown step ${unknown.join(', ')}; steps: ${STEPS.map((s) => s.name).join(', ')}`));
    return 2;
  }
  const steps = asked.length ? STEPS.filter((s) => asked.includes(s.name)) : STEPS;
  const started = Date.now();
  const results = [];

  heading('setup');
  const setupStarted = Date.now();
  try {
    const browsers = [];
    if (steps.some((s) => s.name === 'e2e')) browsers.push('chromium');
    if (steps.some((s) => s.name === 'firefox')) browsers.push('firefox-esr');
    await setup({ browsers });
  } catch (error) {
    console.error(red(`✗ setup failed: ${error.message}`));
    console.log(`\n${bold('steps: 0 passed, 1 failed')}`);
    return 1;
  }
  results.push({ step: { name: 'setup' }, status: 'passed', ms: Date.now() - setupStarted });

  let failed = false;
  for (const step of steps) {
    if (failed) {
      results.push({ step, status: 'skipped' });
      continue;
    }
    heading(step.title);
    const t0 = Date.now();
    try {
      await step.run();
      results.push({ step, status: 'passed', ms: Date.now() - t0 });
    } catch (error) {
      console.error(red(`✗ ${step.name}: ${error instanceof StepError ? error.message : error?.stack || error}`));
      results.push({ step, status: 'failed', ms: Date.now() - t0 });
      failed = true;
    }
  }

  heading('summary');
  for (const r of results) {
    const mark = r.status === 'passed' ? green('✓') : r.status === 'failed' ? red('✗') : dim('-');
    const time = r.ms === undefined ? '' : dim(` ${(r.ms / 1000).toFixed(1)} s`);
    console.log(`${mark} ${r.step.name.padEnd(10)} ${r.status}${time}`);
  }
  const count = (status) => results.filter((r) => r.status === status).length;
  const skipped = count('skipped');
  console.log(dim(`total ${((Date.now() - started) / 1000).toFixed(1)} s`));
  console.log(
    bold(`steps: ${count('passed')} passed, ${count('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`),
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
