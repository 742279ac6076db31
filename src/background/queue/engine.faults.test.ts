import { describe, expect, it } from 'vitest';
import { runFaults } from '../test-support/queue-faults.ts';

/**
 * The queue under faults (issue 13 F21): a short run here; the long one is in bench/queue.bench.ts.
 * A failure names its seed: `FAULT_SEED=<seed> npx vitest run src/background/queue/engine.faults.test.ts`.
 */
const seed = Number(process.env.FAULT_SEED ?? 20261203);

describe('the queue under faults', () => {
  it(`keeps its three promises with 200 replies over a week (seed ${seed})`, async () => {
    const report = await runFaults({ seed, entries: 200, faultRate: 0.04 });
    expect(report.violations, `seed ${seed}: ${JSON.stringify(report.faults)}`).toEqual([]);
    expect(Object.values(report.faults).reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
  }, 120_000);
});
