// Regenerates the DOM fixtures captured from the simulated pages
// (src/content/providers/<name>/fixtures/sim-*.html): it runs the capture under vitest, which
// loads the simulators the way the unit tests do (providers/<name>/testing/). The fixtures
// written from research (research-*.html) are written by hand and left alone.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['vitest', 'run', '--config', 'scripts/lib/capture-fixtures.config.ts'], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
