import { useId } from 'react';

/*
 * A technology's TRL over time as a server-rendered step chart: each milestone is a dated
 * point, the line holds its level until the next one. The caller shows the same milestones
 * in a table.
 */

export interface TimelinePoint {
  readonly at: string;
  readonly trl: number;
  readonly label: string;
}

const W = 640;
const H = 240;
const PAD = { top: 16, right: 24, bottom: 40, left: 48 };

export function TrlTimeline({
  points,
  title,
  description,
  formatDate,
}: {
  points: readonly TimelinePoint[];
  title: string;
  description: string;
  formatDate: (iso: string) => string;
}) {
  const id = useId();
  const sorted = [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (sorted.length === 0) return null;
  const times = sorted.map((p) => Date.parse(p.at));
  const t0 = Math.min(...times);
  const t1 = Math.max(Date.now(), ...times);
  const span = Math.max(1, t1 - t0);
  const x = (t: number) => PAD.left + ((t - t0) / span) * (W - PAD.left - PAD.right);
  const y = (trl: number) => H - PAD.bottom - ((trl - 1) / 8) * (H - PAD.top - PAD.bottom);
  let path = '';
  sorted.forEach((p, i) => {
    const px = x(times[i]!);
    const py = y(p.trl);
    path += i === 0 ? `M${px.toFixed(1)},${py.toFixed(1)}` : `H${px.toFixed(1)}V${py.toFixed(1)}`;
  });
  path += `H${x(t1).toFixed(1)}`;
  const years: number[] = [];
  for (let yr = new Date(t0).getUTCFullYear(); yr <= new Date(t1).getUTCFullYear(); yr++)
    years.push(yr);
  const yearStep = Math.ceil(years.length / 8);
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      <g className="chart__grid" aria-hidden="true">
        {[1, 3, 5, 7, 9].map((trl) => (
          <g key={trl}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(trl)} y2={y(trl)} />
            <text x={PAD.left - 8} y={y(trl) + 4} textAnchor="end">
              TRL {trl}
            </text>
          </g>
        ))}
        {years
          .filter((_, i) => i % yearStep === 0)
          .map((yr) => {
            const tx = x(Date.UTC(yr, 0, 1));
            return tx >= PAD.left - 1 ? (
              <text key={yr} x={tx} y={H - PAD.bottom + 20} textAnchor="middle">
                {yr}
              </text>
            ) : null;
          })}
      </g>
      <g aria-hidden="true">
        <path className="chart__line" d={path} />
        {sorted.map((p, i) => (
          <circle
            key={`${p.at}-${i}`}
            className="chart__point"
            cx={x(times[i]!)}
            cy={y(p.trl)}
            r={5}
          >
            <title>{`${formatDate(p.at)}: ${p.label}, TRL ${p.trl}`}</title>
          </circle>
        ))}
      </g>
    </svg>
  );
}
