/**
 * The size of every built entry of dist/chrome, raw and gzip: what a mail page loads at start-up
 * (the 20 KB gzip budget of DESIGN §6), the worker, the popup and the options page. Uses the same
 * measuring code as the size check in `npm test` (scripts/lib/sizes.mjs).
 */
import { existsSync } from 'node:fs';
import { CONTENT_BUDGET_GZIP, entryGroups } from '../scripts/lib/sizes.mjs';
import { kb, rootPath, table } from '../scripts/lib/util.mjs';

const dist = rootPath('dist', 'chrome');
if (!existsSync(`${dist}/manifest.json`)) {
  console.error('dist/chrome is not built: run `npm run build` (npm run bench builds first)');
  process.exit(1);
}

const groups = entryGroups(dist);
console.log(
  table(
    ['entry', 'files', 'raw', 'gzip'],
    groups.map((g) => [g.name, g.files.length, kb(g.raw), kb(g.gzip)]),
  ),
);
for (const g of groups) {
  console.log(`\n${g.name}`);
  console.log(
    table(
      ['file', 'raw', 'gzip'],
      g.files.map((f) => [f.file, kb(f.raw), kb(f.gzip)]),
    ),
  );
}
const content = groups[0]!;
console.log(
  `\ncontent script start-up: ${kb(content.gzip)} gzip of the ${kb(CONTENT_BUDGET_GZIP)} budget ` +
    `(${((content.gzip / CONTENT_BUDGET_GZIP) * 100).toFixed(0)} %)`,
);
