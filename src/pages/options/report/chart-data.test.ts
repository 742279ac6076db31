import { describe, expect, it } from 'vitest';
import { chartData, sparklineRuns } from './chart-data.ts';
import { weeks } from './testing/report-fixtures.ts';

describe('the chart’s data', () => {
  it('stacks each week bottom to top (each bar is the running total up to its part), with the promises-kept line', () => {
    const data = chartData(
      weeks([
        { inside: 3, sentLater: 2, emergency: 1, sentAnyway: 1, promisesKept: 6, promisesBroken: 1 },
        {},
        { inside: 1, promisesUnknown: 1 },
      ]),
    );
    expect(data.x).toEqual([
      Date.parse('2026-11-01T23:00:00.000Z') / 1000,
      Date.parse('2026-11-08T23:00:00.000Z') / 1000,
      Date.parse('2026-11-15T23:00:00.000Z') / 1000,
    ]);
    expect(data.stacked).toEqual({
      inside: [3, 0, 1],
      sentLater: [5, 0, 1],
      emergency: [6, 0, 1],
      sentAnyway: [7, 0, 1],
    });
    // No promise known that week → no point, never 0 % or 100 %.
    expect(data.keptPercent).toEqual([85.7, null, null]);
    expect(data.maxReplies).toBe(7);
  });
});

describe('the sparkline', () => {
  it('breaks the line at weeks without replies', () => {
    const runs = sparklineRuns(weeks([{ inside: 1 }, { inside: 1, sentAnyway: 1 }, {}, { sentAnyway: 1 }]), 90, 20);
    expect(runs).toEqual([
      [
        { x: 0, y: 0 },
        { x: 30, y: 10 },
      ],
      [{ x: 90, y: 20 }],
    ]);
  });

  it('one week is one point in the middle; no replies at all draws nothing', () => {
    expect(sparklineRuns(weeks([{ inside: 1 }]), 90, 20)).toEqual([[{ x: 45, y: 0 }]]);
    expect(sparklineRuns(weeks([{}, {}]), 90, 20)).toEqual([]);
  });
});
