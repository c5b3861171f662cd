import { ChartFrame } from './chart-frame.tsx';
import type { ChartLayout } from './chart-frame.tsx';
import { niceStep } from './kpi-chart.tsx';

/*
 * A server-rendered SVG line chart of a measure by year around a zero line (the E-I index, the
 * triple-helix synergy). No client code: the chart is in the HTML with a <title>/<desc>, and the
 * caller renders the same numbers in a table beside it. A year without a value (no ties that
 * year) breaks the line instead of being drawn as zero.
 */

export interface TrendPoint {
  readonly year: number;
  readonly value: number | null;
}

export interface TrendChartProps {
  readonly title: string;
  readonly description: string;
  readonly points: readonly TrendPoint[];
  /** The axis runs at least from -extent to +extent (more when a value lies beyond). */
  readonly extent: number;
  /** What the zero line means, written beside it. */
  readonly zeroLabel: string;
  readonly format: (n: number) => string;
}

const LAYOUT: ChartLayout = {
  width: 560,
  height: 240,
  pad: { top: 20, right: 24, bottom: 36, left: 56 },
};
const { width: W, height: H, pad: PAD } = LAYOUT;

/** Runs of consecutive years that have a value. */
function segments(points: readonly TrendPoint[]): { year: number; value: number }[][] {
  const out: { year: number; value: number }[][] = [];
  let run: { year: number; value: number }[] = [];
  for (const p of points) {
    if (p.value === null) {
      if (run.length > 0) out.push(run);
      run = [];
    } else {
      run.push({ year: p.year, value: p.value });
    }
  }
  if (run.length > 0) out.push(run);
  return out;
}

export function TrendChart({
  title,
  description,
  points,
  extent,
  zeroLabel,
  format,
}: TrendChartProps) {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const years = sorted.map((p) => p.year);
  const xMin = Math.min(...years);
  const xMax = Math.max(xMin + 1, ...years);
  const largest = Math.max(extent, ...sorted.map((p) => Math.abs(p.value ?? 0)));
  // The axis spans 2 × largest: about four steps across it.
  const step = niceStep(2 * largest);
  const yMax = Math.ceil(largest / step) * step;
  const x = (year: number) =>
    PAD.left + ((year - xMin) / (xMax - xMin)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((yMax - v) / (2 * yMax)) * (H - PAD.top - PAD.bottom);
  const yTicks: number[] = [];
  for (let v = -yMax; v <= yMax + 1e-9; v += step) yTicks.push(Math.round(v / step) * step);
  const xStep = Math.max(1, Math.ceil((xMax - xMin) / 8));
  const xTicks: number[] = [];
  for (let yr = xMin; yr <= xMax; yr += xStep) xTicks.push(yr);
  return (
    <ChartFrame
      layout={LAYOUT}
      title={title}
      description={description}
      yTicks={yTicks}
      xTicks={xTicks}
      x={x}
      y={y}
      format={format}
    >
      <line className="chart__zero" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
      <text className="chart__zero-label" x={W - PAD.right} y={y(0) - 6} textAnchor="end">
        {zeroLabel}
      </text>
      {segments(sorted).map((run) => (
        <polyline
          key={run[0]!.year}
          className="chart__line"
          points={run.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}
        />
      ))}
      {sorted.map((p) =>
        p.value === null ? null : (
          <circle key={p.year} className="chart__point" cx={x(p.year)} cy={y(p.value)} r={4}>
            <title>{`${p.year}: ${format(p.value)}`}</title>
          </circle>
        ),
      )}
    </ChartFrame>
  );
}
