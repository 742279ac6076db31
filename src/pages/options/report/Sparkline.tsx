import type { ReportWeek } from '../../../core/report-types.ts';
import { sparklineRuns } from './chart-data.ts';
import { sparklineLabel } from './report-text.ts';

const WIDTH = 96;
const HEIGHT = 24;

/** A client's consistency per week as a tiny line (weeks without replies leave a gap), named for screen readers. */
export function Sparkline({ weeks, zone, color }: { weeks: readonly ReportWeek[]; zone: string; color: string }) {
  const runs = sparklineRuns(weeks, WIDTH, HEIGHT);
  return (
    <svg
      class="rc-sparkline"
      role="img"
      aria-label={sparklineLabel(weeks, zone)}
      viewBox={`-3 -3 ${WIDTH + 6} ${HEIGHT + 6}`}
      width={WIDTH + 6}
      height={HEIGHT + 6}
    >
      <line class="rc-sparkline__base" x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
      {runs.map((run, i) =>
        run.length === 1 ? (
          <circle key={i} cx={run[0]?.x} cy={run[0]?.y} r={2.5} fill={color} />
        ) : (
          <polyline
            key={i}
            points={run.map((p) => `${p.x},${p.y}`).join(' ')}
            fill="none"
            stroke={color}
            stroke-width={2}
            stroke-linejoin="round"
          />
        ),
      )}
    </svg>
  );
}
