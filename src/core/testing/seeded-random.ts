/**
 * One seeded pseudo-random source (mulberry32) for the randomised tests, the fault-injection run
 * and the benchmarks' data: small, fast, and the same sequence for the same seed everywhere, so a
 * failure printed with its seed can be run again exactly.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
