/**
 * One client's weeks as the chart draws them: four stacked bars (inside · sent later · real
 * emergency · red cup sent anyway) and the "promises kept %" line. uPlot draws bars from zero,
 * so each bar is the running total up to its part and they are drawn tallest first — the
 * visible slice of each is exactly its own count.
 */
import type { ReportWeek } from '../../../core/report-types.ts';
import { promisesKeptShare } from './report-text.ts';

export type BarPart = 'inside' | 'sentLater' | 'emergency' | 'sentAnyway';

/** Bottom to top, with the names the legend and table use. */
export const BAR_PARTS: readonly { part: BarPart; label: string }[] = [
  { part: 'inside', label: 'Inside hours' },
  { part: 'sentLater', label: 'Sent later' },
  { part: 'emergency', label: 'Real emergency' },
  { part: 'sentAnyway', label: 'Red cup sent anyway' },
];

export interface ChartData {
  /** Each week's Monday, in seconds (uPlot's x). */
  x: number[];
  /** Per part, bottom to top: the running total up to and including that part. */
  stacked: Record<BarPart, number[]>;
  /** Promises kept of those known, 0–100; null where no promise was known that week. */
  keptPercent: (number | null)[];
  /** The tallest bar, for the count axis. */
  maxReplies: number;
}

export function chartData(weeks: readonly ReportWeek[]): ChartData {
  const stacked: Record<BarPart, number[]> = { inside: [], sentLater: [], emergency: [], sentAnyway: [] };
  for (const w of weeks) {
    let running = 0;
    for (const { part } of BAR_PARTS) {
      running += w[part];
      stacked[part].push(running);
    }
  }
  return {
    x: weeks.map((w) => Date.parse(w.start) / 1000),
    stacked,
    keptPercent: weeks.map((w) => {
      const share = promisesKeptShare(w);
      return share === null ? null : Math.round(share * 1000) / 10;
    }),
    maxReplies: Math.max(0, ...(stacked.sentAnyway ?? [])),
  };
}

/**
 * The sparkline's points in a `width` × `height` box: one per week, consistency 100 % at the
 * top; weeks without replies break the line (separate runs), never drawn as 0 or 100 %.
 */
export function sparklineRuns(
  weeks: readonly Pick<ReportWeek, 'consistency'>[],
  width: number,
  height: number,
): { x: number; y: number }[][] {
  const runs: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  const step = weeks.length > 1 ? width / (weeks.length - 1) : 0;
  weeks.forEach((w, i) => {
    if (w.consistency === null) {
      if (current.length > 0) runs.push(current);
      current = [];
      return;
    }
    const x = weeks.length > 1 ? i * step : width / 2;
    current.push({ x: Math.round(x * 10) / 10, y: Math.round((1 - w.consistency) * height * 10) / 10 });
  });
  if (current.length > 0) runs.push(current);
  return runs;
}
