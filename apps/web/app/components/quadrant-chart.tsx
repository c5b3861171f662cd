import { useId } from 'react';

/*
 * The similarity/complementarity quadrant of the suggestions, server-rendered: each match is a
 * numbered dot (its rank, the same number as in the list), the lines at 0.4 split the four
 * quadrants the API names.
 */

export interface QuadrantPoint {
  readonly rank: number;
  readonly name: string;
  readonly similarity: number;
  readonly complementarity: number;
  readonly quadrantLabel: string;
}

const S = 300;
const PAD = 36;
const THRESHOLD = 0.4;

export function QuadrantChart({
  points,
  title,
  xLabel,
  yLabel,
  labels,
}: {
  points: readonly QuadrantPoint[];
  title: string;
  xLabel: string;
  yLabel: string;
  /** Quadrant names: [top-left, top-right, bottom-left, bottom-right]. */
  labels: readonly [string, string, string, string];
}) {
  const id = useId();
  const x = (v: number) => PAD + Math.max(0, Math.min(1, v)) * (S - 2 * PAD);
  const y = (v: number) => S - PAD - Math.max(0, Math.min(1, v)) * (S - 2 * PAD);
  // Dots that would cover each other are nudged apart (the exact values are in the list).
  const placed: { rank: number; cx: number; cy: number }[] = [];
  for (const p of points) {
    let cx = x(p.similarity);
    const cy = y(p.complementarity);
    while (placed.some((q) => Math.hypot(q.cx - cx, q.cy - cy) < 16)) cx += 14;
    placed.push({ rank: p.rank, cx: Math.min(cx, S - PAD), cy });
  }
  const desc = points
    .map(
      (p) =>
        `${p.rank}. ${p.name}: ${p.quadrantLabel} (${p.similarity.toFixed(2)}, ${p.complementarity.toFixed(2)})`,
    )
    .join('; ');
  return (
    <svg
      className="chart chart--quadrant"
      viewBox={`0 0 ${S} ${S}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      <g aria-hidden="true">
        <rect
          x={PAD}
          y={PAD}
          width={S - 2 * PAD}
          height={S - 2 * PAD}
          className="quadrant__frame"
        />
        <line
          x1={x(THRESHOLD)}
          x2={x(THRESHOLD)}
          y1={PAD}
          y2={S - PAD}
          className="quadrant__split"
        />
        <line
          x1={PAD}
          x2={S - PAD}
          y1={y(THRESHOLD)}
          y2={y(THRESHOLD)}
          className="quadrant__split"
        />
        <text x={PAD + 4} y={PAD + 14} className="quadrant__label">
          {labels[0]}
        </text>
        <text x={S - PAD - 4} y={PAD + 14} textAnchor="end" className="quadrant__label">
          {labels[1]}
        </text>
        <text x={PAD + 4} y={S - PAD - 6} className="quadrant__label">
          {labels[2]}
        </text>
        <text x={S - PAD - 4} y={S - PAD - 6} textAnchor="end" className="quadrant__label">
          {labels[3]}
        </text>
        <text x={S / 2} y={S - 8} textAnchor="middle" className="quadrant__axis">
          {xLabel}
        </text>
        <text
          x={12}
          y={S / 2}
          textAnchor="middle"
          transform={`rotate(-90 12 ${S / 2})`}
          className="quadrant__axis"
        >
          {yLabel}
        </text>
        {placed.map((p) => (
          <g key={p.rank}>
            <circle cx={p.cx} cy={p.cy} r={9} className="quadrant__dot" />
            <text x={p.cx} y={p.cy + 4} textAnchor="middle" className="quadrant__num">
              {p.rank}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
