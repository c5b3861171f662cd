/** The seed summary as a plain-text table (what `npm run seed` prints). */
import type { SeedLoadSummary } from './load-seed-graph.ts';

const nf = new Intl.NumberFormat('en-US');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export function formatSeedSummary(summary: SeedLoadSummary): string {
  const total = summary.nodes.reduce(
    (t, n) => ({
      rows: t.rows + n.rows,
      facts: t.facts + n.facts,
      synthetic: t.synthetic + n.synthetic,
      created: t.created + n.created,
      updated: t.updated + n.updated,
      unchanged: t.unchanged + n.unchanged,
    }),
    { rows: 0, facts: 0, synthetic: 0, created: 0, updated: 0, unchanged: 0 },
  );
  const nodeRow = (label: string, n: typeof total): string[] => [
    label,
    nf.format(n.rows),
    nf.format(n.facts),
    nf.format(n.synthetic),
    nf.format(n.created),
    nf.format(n.updated),
    nf.format(n.unchanged),
  ];
  const relTotal = summary.relationships.reduce((t, r) => t + r.count, 0);
  return [
    ...table(
      ['label', 'rows', 'facts', 'synthetic', 'created', 'updated', 'unchanged'],
      [...summary.nodes.map((n) => nodeRow(n.label, n)), nodeRow('total', total)],
    ),
    '',
    ...table(
      ['relationship', 'merged'],
      [
        ...summary.relationships.map((r) => [r.type, nf.format(r.count)]),
        ['total', nf.format(relTotal)],
      ],
    ),
    '',
    `facts carry source "seed" and a sourceRef; synthetic rows carry source "synthetic".`,
    `actorCount recounted on ${nf.format(summary.topicsCounted)} topics; ` +
      `${(summary.durationMs / 1000).toFixed(1)} s.`,
  ].join('\n');
}
