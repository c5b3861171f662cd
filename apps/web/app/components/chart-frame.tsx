import { useId } from 'react';
import type { ReactNode } from 'react';

/*
 * The frame of the site's server-rendered year charts: an SVG named by its <title> and described
 * by its <desc> for screen readers, with the value grid and the year labels (hidden from them:
 * the description and the caller's table say the numbers). The caller draws the series inside.
 */

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly pad: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
}

export function ChartFrame({
  layout,
  title,
  description,
  yTicks,
  xTicks,
  x,
  y,
  format,
  children,
}: {
  layout: ChartLayout;
  title: string;
  description: string;
  yTicks: readonly number[];
  xTicks: readonly number[];
  x: (year: number) => number;
  y: (value: number) => number;
  format: (n: number) => string;
  children: ReactNode;
}) {
  const id = useId();
  const { width: W, height: H, pad } = layout;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      <g className="chart__grid" aria-hidden="true">
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={W - pad.right} y1={y(v)} y2={y(v)} />
            <text x={pad.left - 8} y={y(v) + 4} textAnchor="end">
              {format(v)}
            </text>
          </g>
        ))}
        {xTicks.map((yr) => (
          <text key={yr} x={x(yr)} y={H - pad.bottom + 20} textAnchor="middle">
            {yr}
          </text>
        ))}
      </g>
      <g aria-hidden="true">{children}</g>
    </svg>
  );
}
