// The content-script budget of DESIGN §6, checked in `npm test` after the build:
// everything a mail page loads from Red Cup at start-up must stay ≤ 20 KB gzip, in each build.
// That is the manifest's content scripts (classic scripts the browser runs at document_start),
// what they import statically, and every import() that runs as soon as a script runs (as a
// loader's would), recursively. The modules they import() later, on first need (the panel, the
// delivery code), are listed below the table but not counted.
//
//   node scripts/check-size.mjs [dist-dir]...   (default: dist/chrome and dist/firefox)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, rootPath, cli, isMain, kb, table, StepError, green, dim } from './lib/util.mjs';
import { CONTENT_BUDGET_GZIP, contentStartup } from './lib/sizes.mjs';

export const DEFAULT_DIRS = ['chrome', 'firefox'].map((target) => rootPath('dist', target));

/** Checks one build; returns its start-up group. */
function checkOne(dir) {
  const name = path.relative(ROOT, dir) || dir;
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new StepError(`${name} has no build: run npm run build first`);
  }
  const group = contentStartup(dir);
  if (group.files.length === 0) throw new StepError(`${name}/manifest.json lists no content script`);
  const rows = group.files.map((f) => [f.file, kb(f.raw), kb(f.gzip)]);
  rows.push(['total', kb(group.raw), kb(group.gzip)]);
  console.log(`${name}:`);
  console.log(table(['content script start-up file', 'raw', 'gzip'], rows));
  if (group.lazy.length > 0) {
    const lazy = group.lazy.map((f) => [f.file, kb(f.raw), kb(f.gzip)]);
    console.log(dim(table(['loaded on first need (not counted)', 'raw', 'gzip'], lazy)));
  }
  const share = ((group.gzip / CONTENT_BUDGET_GZIP) * 100).toFixed(0);
  if (group.gzip > CONTENT_BUDGET_GZIP) {
    throw new StepError(
      `${name}: content script start-up is ${kb(group.gzip)} gzip, over the ${kb(CONTENT_BUDGET_GZIP)} budget (DESIGN §6): ` +
        'load the rest lazily (import() from a non-entry chunk) and keep luxon and preact out of start-up',
    );
  }
  console.log(green(`✓ ${kb(group.gzip)} gzip of the ${kb(CONTENT_BUDGET_GZIP)} budget (${share} %)\n`));
  return group;
}

export function checkSize(dirs = DEFAULT_DIRS) {
  return dirs.map(checkOne);
}

if (isMain(import.meta.url)) {
  cli(async () => {
    const dirs = process.argv.slice(2).map((d) => path.resolve(d));
    checkSize(dirs.length ? dirs : undefined);
  });
}
