import { ChartFrame } from './chart-frame.tsx';
import type { ChartLayout } from './chart-frame.tsx';

/*
 * A server-rendered SVG chart of a published series against a goal. No client code: the chart
 * is in the HTML, with a <title>/<desc> for screen readers and the same numbers in a table
 * beside it (the caller renders that).
 */

export interface KpiPoint {
  readonly year: number;
  readonly value: number;
  readonly note?: string | null;
}

export interface KpiChartProps {
  readonly title: string;
  readonly description: string;
  readonly points: readonly KpiPoint[];
  readonly goal: { readonly year: number; readonly value: number; readonly label: string };
  /** Label of the dotted line from the first figure to the goal. */
  readonly pathLabel: string;
  readonly format: (n: number) => string;
}

const LAYOUT: ChartLayout = {
  width: 560,
  height: 260,
  pad: { top: 28, right: 24, bottom: 36, left: 64 },
};
const { width: W, height: H, pad: PAD } = LAYOUT;

/** A round step that splits `max` into about four intervals. */
export function niceStep(max: number): number {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  const nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
  return nice * magnitude;
}

export function KpiChart({ title, description, points, goal, pathLabel, format }: KpiChartProps) {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const xMin = Math.min(first?.year ?? goal.year - 10, goal.year - 1);
  const xMax = goal.year;
  const step = niceStep(goal.value * 1.1);
  const yMax = Math.ceil((goal.value * 1.1) / step) * step;
  const x = (year: number) =>
    PAD.left + ((year - xMin) / (xMax - xMin)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / yMax) * (H - PAD.top - PAD.bottom);
  const yTicks: number[] = [];
  for (let v = 0; v <= yMax + 1e-9; v += step) yTicks.push(v);
  const xTicks: number[] = [];
  const xStep = xMax - xMin > 8 ? 2 : 1;
  for (let yr = xMin; yr <= xMax; yr += xStep) xTicks.push(yr);
  // A label too close to the last one above its point goes below its own point instead.
  const labelBelow: boolean[] = [];
  let lastAbove = Number.NEGATIVE_INFINITY;
  for (const p of sorted) {
    const below = x(p.year) - lastAbove < 52;
    labelBelow.push(below);
    if (!below) lastAbove = x(p.year);
  }
  const line = sorted.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
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
      <line
        className="chart__goal"
        x1={PAD.left}
        x2={W - PAD.right}
        y1={y(goal.value)}
        y2={y(goal.value)}
      />
      <text className="chart__goal-label" x={W - PAD.right} y={y(goal.value) - 8} textAnchor="end">
        {goal.label}: {format(goal.value)}
      </text>
      {first ? (
        <line
          className="chart__path"
          x1={x(first.year)}
          y1={y(first.value)}
          x2={x(goal.year)}
          y2={y(goal.value)}
        >
          <title>{pathLabel}</title>
        </line>
      ) : null}
      <polyline className="chart__line" points={line} />
      {sorted.map((p, i) => {
        const below = labelBelow[i] ?? false;
        return (
          <g key={p.year}>
            <circle className="chart__point" cx={x(p.year)} cy={y(p.value)} r={4.5}>
              <title>{`${p.year}: ${format(p.value)}${p.note ? ` (${p.note})` : ''}`}</title>
            </circle>
            <text
              className="chart__value"
              x={x(p.year)}
              y={below ? y(p.value) + 18 : y(p.value) - 10}
              textAnchor="middle"
            >
              {format(p.value)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
