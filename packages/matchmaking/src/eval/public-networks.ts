import {
  adamicAdarScorer,
  commonNeighboursScorer,
  resourceAllocationScorer,
} from '../link/classic-scorers.ts';
import { parseEdgeList } from '../link/edge-list.ts';
import { linkScorer } from '../link/learned-scorer.ts';
import { giantComponent } from '../link/link-graph.ts';
import { evaluateLinkPrediction, type ProtocolResult } from '../link/protocol.ts';

/** The committed benchmark networks (data/networks/README.md has sources and licence). */
export const PUBLIC_NETWORKS = [
  { id: 'usair', name: 'USAir', kind: 'transport' },
  { id: 'ns', name: 'NetScience', kind: 'co-authorship' },
  { id: 'celegans', name: 'C. elegans', kind: 'neural' },
  { id: 'yeast', name: 'Yeast', kind: 'protein interactions' },
  { id: 'power', name: 'Power grid', kind: 'infrastructure' },
] as const;

/** The classic indices and the learned scorer, side by side on the same splits. */
export const COMPARED_SCORERS = [
  commonNeighboursScorer,
  adamicAdarScorer,
  resourceAllocationScorer,
  linkScorer,
] as const;

/** The standard protocol on the giant component of an edge list (10 runs, 10 % probe, L = 100). */
export function evaluateEdgeList(text: string, runs = 10): ProtocolResult {
  const raw = parseEdgeList(text);
  const giant = giantComponent(raw.n, raw.edges);
  return evaluateLinkPrediction(giant.n, giant.edges, COMPARED_SCORERS, { runs });
}

/** A markdown table of one network's result, mean ± sd over the runs. */
export function formatLinkResult(name: string, r: ProtocolResult): string {
  const f = (x: { mean: number; sd: number }) => `${x.mean.toFixed(3)} ± ${x.sd.toFixed(3)}`;
  const ra = r.methods.find((m) => m.method === 'RA');
  const learned = r.methods.find((m) => m.method === linkScorer.name);
  const verdict =
    ra && learned
      ? `learned vs RA: AUC ${learned.auc.mean > ra.auc.mean ? 'higher' : 'NOT higher'}, ` +
        `precision@${r.precisionAt} ${learned.precision.mean > ra.precision.mean ? 'higher' : 'NOT higher'}`
      : '';
  return [
    `${name}: giant component ${r.nodes} nodes, ${r.ties} ties; ${r.probeTies} probe ties per run, ` +
      `compared with every one of ${r.comparedPairs} non-existent pairs (exact AUC); ${r.runs} runs`,
    `| method  | AUC           | precision@${r.precisionAt} |`,
    '|---------|---------------|---------------|',
    ...r.methods.map((m) => `| ${m.method.padEnd(7)} | ${f(m.auc)} | ${f(m.precision)} |`),
    verdict,
  ].join('\n');
}
