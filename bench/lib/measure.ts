/** Timing helpers for the benchmarks (`npm run bench`): many single runs, robust statistics. */
import { performance } from 'node:perf_hooks';

export interface Stats {
  runs: number;
  median: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

/** Times `fn` once per run (after `warmup` untimed runs) and summarises in milliseconds. */
export function measure(fn: (run: number) => unknown, { runs = 500, warmup = 50 } = {}): Stats {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn(i);
  const times = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink = fn(i);
    times[i] = performance.now() - t0;
  }
  if (sink === Symbol.for('never')) console.log(sink); // keep the result alive
  times.sort();
  const at = (q: number) => times[Math.min(runs - 1, Math.floor(q * runs))]!;
  return {
    runs,
    median: at(0.5),
    p95: at(0.95),
    mean: times.reduce((s, t) => s + t, 0) / runs,
    min: times[0]!,
    max: times[runs - 1]!,
  };
}

/** `0.1234` ms → `0.123 ms` (µs below 0.01 ms). */
export function ms(value: number): string {
  return value < 0.01 ? `${(value * 1000).toFixed(2)} µs` : `${value.toFixed(3)} ms`;
}

/** A deterministic pseudo-random generator: the same seed, the same data (one home for it, in src/core/testing). */
export { seededRandom as seeded } from '../../src/core/testing/seeded-random.ts';

/** Statistics of times measured elsewhere (e.g. inside a browser page), in milliseconds. */
export function summarise(values: readonly number[]): Stats {
  if (values.length === 0) throw new Error('summarise: no values');
  const times = Float64Array.from(values).sort();
  const runs = times.length;
  const at = (q: number) => times[Math.min(runs - 1, Math.floor(q * runs))]!;
  return {
    runs,
    median: at(0.5),
    p95: at(0.95),
    mean: times.reduce((s, t) => s + t, 0) / runs,
    min: times[0]!,
    max: times[runs - 1]!,
  };
}
