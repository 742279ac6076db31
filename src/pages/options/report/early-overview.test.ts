import { describe, expect, it, vi } from 'vitest';

const asked: unknown[] = [];
vi.mock('../../ui/rpc.ts', () => ({
  call: (name: string, data: unknown) => {
    asked.push([name, data]);
    return Promise.resolve({ ok: true, value: { asked: asked.length } });
  },
}));

const { askOverviewEarly, takeEarlyOverview } = await import('./early-overview.ts');

describe('the overview asked for as the page opens on the report', () => {
  it('is asked once, taken once for its period, and never for another period', async () => {
    askOverviewEarly({ kind: 'weeks', weeks: 12 });
    expect(asked).toEqual([['report/overview', { period: { kind: 'weeks', weeks: 12 } }]]);
    expect(takeEarlyOverview({ kind: 'weeks', weeks: 4 })).toBeUndefined();
    expect(await takeEarlyOverview({ kind: 'weeks', weeks: 12 })).toEqual({ ok: true, value: { asked: 1 } });
    // A later overview (the user picked the period again) is asked afresh.
    expect(takeEarlyOverview({ kind: 'weeks', weeks: 12 })).toBeUndefined();
  });
});
