import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import type { ClientReportRow } from '../../../core/report-types.ts';
import { BAR_PARTS, chartData, type BarPart } from './chart-data.ts';
import { mixColors, readChartTheme, type ChartTheme } from './chart-theme.ts';
import { weekLabel } from './report-text.ts';

export interface WeeklyChartProps {
  row: ClientReportRow;
  zone: string;
  /** The chart's text summary (what a screen reader hears instead of the bars). */
  summary: string;
}

const PROMISE_LINE = 'Promises kept %';

/** Diagonal stripes in `color`: red cups stand apart from the other parts by pattern too, not by colour alone. */
function stripes(color: string, surface: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = mixColors(color, surface, 0.55);
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = color;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/** Solid colours per part, for the legend (CSS) and the bars' outlines. */
function partColors(
  color: string,
  theme: Pick<ChartTheme, 'emergency' | 'sentAnyway' | 'surface'>,
): Record<BarPart, string> {
  return {
    inside: color,
    sentLater: mixColors(color, theme.surface, 0.4),
    emergency: theme.emergency,
    sentAnyway: theme.sentAnyway,
  };
}

function options(
  row: ClientReportRow,
  zone: string,
  width: number,
  theme: ChartTheme,
  bars: uPlot.Series.PathBuilder,
): uPlot.Options {
  const data = chartData(row.weeks);
  const colors = partColors(theme.normalise(row.color), theme);
  const labels = row.weeks.map((w) => weekLabel(w, zone));
  const axis = {
    stroke: theme.text,
    font: theme.font,
    labelFont: theme.font,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid },
  };
  // Tallest running total first, so each part's own slice stays visible above the one below.
  const barSeries = [...BAR_PARTS].reverse().map(({ part, label }) => ({
    label,
    scale: 'n',
    fill: part === 'sentAnyway' ? stripes(colors[part], theme.surface) : colors[part],
    stroke: theme.surface,
    width: 1,
    paths: bars,
    points: { show: false },
  }));
  const every = Math.max(1, Math.ceil(row.weeks.length / Math.max(2, Math.floor(width / (theme.fontPx * 5)))));
  return {
    width,
    height: Math.round(Math.max(220, theme.fontPx * 16)),
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.5, row.weeks.length - 0.5] },
      n: { range: [0, Math.max(4, Math.ceil(data.maxReplies * 1.1))] },
      pct: { range: [0, 100] },
    },
    axes: [
      {
        ...axis,
        grid: { show: false },
        splits: () => row.weeks.map((_, i) => i).filter((i) => i % every === 0),
        values: (_u: uPlot, splits: number[]) => splits.map((i) => labels[i] ?? ''),
      },
      {
        ...axis,
        scale: 'n',
        label: 'Replies',
        size: theme.fontPx * 3.5,
        values: (_u: uPlot, splits: number[]) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')),
      },
      {
        ...axis,
        scale: 'pct',
        side: 1,
        label: PROMISE_LINE,
        size: theme.fontPx * 3.5,
        grid: { show: false },
        values: (_u: uPlot, splits: number[]) => splits.map((v) => `${v}`),
      },
    ],
    series: [
      {},
      ...barSeries,
      {
        label: PROMISE_LINE,
        scale: 'pct',
        stroke: theme.text,
        width: 2,
        dash: [6, 3],
        spanGaps: false,
        points: { show: true, size: 7, fill: theme.text, stroke: theme.text },
      },
    ],
  };
}

function seriesData(row: ClientReportRow): uPlot.AlignedData {
  const data = chartData(row.weeks);
  const x = row.weeks.map((_, i) => i);
  const stacks = [...BAR_PARTS].reverse().map(({ part }) => data.stacked[part]);
  return [x, ...stacks, data.keptPercent];
}

/**
 * One client's weeks as stacked bars (inside · sent later · real emergency · red cup sent
 * anyway) with the promises-kept line, drawn by uPlot. uPlot and its stylesheet are fetched
 * only here, on the report route, so no other page pays for them. The canvas is hidden from
 * screen readers: the summary above and the table below say the same.
 */
export function WeeklyChart({ row, zone, summary }: WeeklyChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [themeTick, setThemeTick] = useState(0);

  useEffect(() => {
    const dark = matchMedia('(prefers-color-scheme: dark)');
    const redraw = () => setThemeTick((n) => n + 1);
    dark.addEventListener('change', redraw);
    return () => dark.removeEventListener('change', redraw);
  }, []);

  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    let plot: uPlot | null = null;
    let observer: ResizeObserver | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const [{ default: UPlot }] = await Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]);
        if (cancelled) return;
        const build = () => {
          plot?.destroy();
          const theme = readChartTheme(el);
          const bars = UPlot.paths.bars?.({ size: [0.7, 64], align: 0 });
          if (!bars) throw new Error('this uPlot has no bar paths');
          plot = new UPlot(options(row, zone, Math.max(280, el.clientWidth), theme, bars), seriesData(row), el);
        };
        build();
        let lastWidth = el.clientWidth;
        let lastFont = readChartTheme(el).fontPx;
        observer = new ResizeObserver(() => {
          const font = readChartTheme(el).fontPx;
          if (el.clientWidth === lastWidth && font === lastFont) return;
          lastWidth = el.clientWidth;
          lastFont = font;
          build();
        });
        observer.observe(el);
      } catch (err) {
        if (!cancelled) setFailed(err instanceof Error ? err.message : String(err));
      }
    })();
    return () => {
      cancelled = true;
      observer?.disconnect();
      plot?.destroy();
    };
  }, [row, zone, themeTick]);

  const legend: Record<BarPart, string> = {
    inside: row.color,
    sentLater: `color-mix(in srgb, ${row.color} 40%, var(--rc-color-surface))`,
    emergency: 'var(--rc-color-warning)',
    sentAnyway:
      'repeating-linear-gradient(135deg, var(--rc-color-danger) 0 3px, color-mix(in srgb, var(--rc-color-danger) 55%, var(--rc-color-surface)) 3px 6px)',
  };
  return (
    <figure class="rc-report-chart" aria-labelledby="report-chart-summary">
      <figcaption id="report-chart-summary">{summary}</figcaption>
      <ul class="rc-report-legend" aria-hidden="true">
        {BAR_PARTS.map(({ part, label }) => (
          <li key={part}>
            <span class="rc-report-legend__swatch" style={{ background: legend[part] }} />
            {label}
          </li>
        ))}
        <li>
          <span class="rc-report-legend__line" />
          {PROMISE_LINE}
        </li>
      </ul>
      <div ref={holder} class="rc-report-chart__plot" aria-hidden="true" data-weeks={row.weeks.length} />
      {failed !== null ? (
        <p class="rc-muted">The chart could not be drawn ({failed}); the table below has every number.</p>
      ) : null}
    </figure>
  );
}
