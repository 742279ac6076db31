// `npm run bench`: the benchmarks of DESIGN §6 (not part of npm test). Builds first, so the size
// table describes the current code, then runs each bench/*.bench.ts with tsx and prints its table.
//
//   npm run bench                     all of them
//   npm run bench -- verdict size     only those whose file name contains a word given
//   npm run bench -- --no-build       measure the dist/ that is already there
import { readdirSync } from 'node:fs';
import { ROOT, rootPath, bin, run, heading, cli, red } from './lib/util.mjs';
import { setup } from './setup.mjs';
import { build } from './build.mjs';

cli(async () => {
  process.chdir(ROOT);
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const benches = readdirSync(rootPath('bench'))
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((word) => f.includes(word)))
    .sort();
  if (benches.length === 0) {
    console.error(red(`no benchmark matches ${filters.join(', ')}`));
    return 2;
  }
  await setup({ browsers: [] });
  // size, guard, queue, report and worker-start measure dist/: build first, so they describe the current code.
  if (
    !process.argv.includes('--no-build') &&
    benches.some((f) => ['size', 'guard', 'queue', 'report', 'worker'].some((word) => f.startsWith(word)))
  ) {
    heading('build');
    await build();
  }
  const failed = [];
  for (const file of benches) {
    heading(`bench/${file}`);
    const code = await run(bin('tsx'), [rootPath('bench', file)], { env: { NODE_ENV: 'production' } });
    if (code !== 0) failed.push(file);
  }
  if (failed.length) {
    console.error(red(`\n✗ ${failed.join(', ')}: missed a target or failed (see above)`));
    return 1;
  }
  return 0;
});
