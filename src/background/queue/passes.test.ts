import { describe, expect, it } from 'vitest';
import { queuePasses } from './passes.ts';

describe('queuePasses', () => {
  it('runs one pass at a time, and one more when asked during a pass', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    let release: () => void = () => undefined;
    const passes = queuePasses(
      async () => {
        runs += 1;
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((r) => (release = r));
        running -= 1;
      },
      () => undefined,
    );
    const first = passes.run();
    void passes.run();
    void passes.run();
    release();
    await new Promise((r) => setTimeout(r, 0));
    release();
    await first;
    expect(runs).toBe(2);
    expect(most).toBe(1);
  });

  it('logs a failed pass and keeps working', async () => {
    const logged: string[] = [];
    let calls = 0;
    const passes = queuePasses(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('disk full');
      },
      (m) => logged.push(m),
    );
    await passes.run();
    await passes.run();
    expect(calls).toBe(2);
    expect(logged).toEqual(['Red Cup: a queue pass failed']);
  });
});
