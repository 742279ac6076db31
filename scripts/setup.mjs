// Set-up shared by `npm start`, `npm test` and `npm run bench`: installs what the project needs,
// and is quick (no network, no apt) when everything is already there.
//
//   node scripts/setup.mjs [--browsers=chromium,firefox-esr | --no-browsers]
//
// 1. node_modules: `npm ci` when it is missing or stale — stale means a package the lock asks
//    for is missing or at another version (checked against node_modules/.package-lock.json
//    whenever package-lock.json's hash differs from the one recorded after the last check).
//    `npm ci` deletes node_modules first, so it never runs when node_modules is fine.
//    Browser downloads by Playwright and Puppeteer are skipped: we use Debian's browsers.
// 2. Browsers: Debian `chromium` (and `firefox-esr` for the tests). When missing and we are root
//    with apt-get, they are installed; otherwise one line says what to install, exit 1.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, accessSync, constants } from 'node:fs';
import { ROOT, rootPath, run, StepError, cli, isMain, dim } from './lib/util.mjs';

/** Debian package → the executable it provides (override with RED_CUP_CHROMIUM / RED_CUP_FIREFOX). */
export const BROWSERS = {
  chromium: process.env.RED_CUP_CHROMIUM || '/usr/bin/chromium',
  'firefox-esr': process.env.RED_CUP_FIREFOX || '/usr/bin/firefox-esr',
};

const LOCK = rootPath('package-lock.json');
const HIDDEN_LOCK = rootPath('node_modules', '.package-lock.json');
const MARKER = rootPath('node_modules', '.red-cup-lock-hash');

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Why node_modules must be (re)installed, or null when it is fine. */
export function nodeModulesProblem() {
  if (!existsSync(LOCK)) return 'package-lock.json is missing';
  if (!existsSync(HIDDEN_LOCK)) return 'node_modules is missing';
  const lockHash = sha256(LOCK);
  // Fast path: unchanged since our own last install.
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8').trim() === lockHash) return null;
  // The hash differs (the lock changed, or it was never recorded: a hand-run `npm install`, a
  // restored cache): compare what is installed with what the lock asks for, package by package.
  // (File times are no guide: a checkout or a cache restore touches them without a change.)
  const mismatch = installedMismatch();
  if (mismatch) return mismatch;
  writeFileSync(MARKER, `${lockHash}\n`);
  return null;
}

function installedMismatch() {
  let lock;
  let hidden;
  try {
    lock = JSON.parse(readFileSync(LOCK, 'utf8')).packages ?? {};
    hidden = JSON.parse(readFileSync(HIDDEN_LOCK, 'utf8')).packages ?? {};
  } catch (error) {
    return `cannot read the lock files (${error.message})`;
  }
  for (const [key, entry] of Object.entries(lock)) {
    if (key === '' || !key.startsWith('node_modules/')) continue;
    const installed = hidden[key];
    // Optional packages for other platforms (e.g. @esbuild/darwin-arm64) are legitimately absent.
    if (!installed) {
      if (entry.optional || entry.devOptional) continue;
      return `${key.slice('node_modules/'.length)} is not installed`;
    }
    if (entry.version && installed.version !== entry.version) {
      return `${key.slice('node_modules/'.length)} is ${installed.version}, the lock wants ${entry.version}`;
    }
  }
  return null;
}

async function ensureNodeModules() {
  const problem = nodeModulesProblem();
  if (!problem) return false;
  console.log(`setup: ${problem} → npm ci`);
  const code = await run('npm', ['ci', '--no-audit', '--no-fund'], {
    env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  if (code !== 0) throw new StepError(`npm ci failed (exit ${code}); see its output above`);
  writeFileSync(MARKER, `${sha256(LOCK)}\n`);
  return true;
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function hasAptGet() {
  return (await run('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' })) === 0;
}

async function ensureBrowsers(packages) {
  const missing = packages.filter((name) => !isExecutable(BROWSERS[name]));
  if (missing.length === 0) return false;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !(await hasAptGet())) {
    throw new StepError(
      `missing ${missing.map((n) => BROWSERS[n]).join(' and ')}: install Debian's ${missing.join(' ')} ` +
        `(sudo apt-get install -y ${missing.join(' ')}), or point RED_CUP_CHROMIUM / RED_CUP_FIREFOX at them`,
    );
  }
  console.log(`setup: installing ${missing.join(' ')} with apt-get`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('apt-get', ['update'], { env })) !== 0) throw new StepError('apt-get update failed');
  const code = await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  if (code !== 0) throw new StepError(`apt-get install ${missing.join(' ')} failed (exit ${code})`);
  const still = missing.filter((name) => !isExecutable(BROWSERS[name]));
  if (still.length) throw new StepError(`${still.map((n) => BROWSERS[n]).join(', ')} still missing after apt-get`);
  return true;
}

/**
 * @param {{ browsers?: string[] }} options  Debian browser packages needed (default: chromium).
 */
export async function setup({ browsers = ['chromium'] } = {}) {
  const started = Date.now();
  const installed = await ensureNodeModules();
  const gotBrowsers = await ensureBrowsers(browsers);
  if (!installed && !gotBrowsers) {
    console.log(dim(`setup: ${['node_modules', ...browsers].join(', ')} ready (${Date.now() - started} ms)`));
  }
}

if (isMain(import.meta.url)) {
  cli(async () => {
    process.chdir(ROOT);
    const arg = process.argv.find((a) => a.startsWith('--browsers='));
    const browsers = process.argv.includes('--no-browsers')
      ? []
      : arg
        ? arg.slice('--browsers='.length).split(',').filter(Boolean)
        : ['chromium', 'firefox-esr'];
    const unknown = browsers.filter((b) => !(b in BROWSERS));
    if (unknown.length)
      throw new StepError(`unknown browser package ${unknown.join(', ')} (known: ${Object.keys(BROWSERS).join(', ')})`);
    await setup({ browsers });
  });
}
