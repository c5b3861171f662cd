import { createRequire } from 'node:module';
import { mulberry32 } from '@kobling/domain';
import { UndirectedGraph } from 'graphology';
import type { DetailedLouvainOutput, LouvainOptions } from 'graphology-communities-louvain';
import type { Network } from './network.ts';
import { forEachTie } from './network.ts';

export interface Communities {
  /** The community of each node, numbered in order of their lowest node. */
  readonly labels: Int32Array;
  readonly count: number;
  /**
   * Newman's modularity of the partition, Q = Σ_c [L_c / m − (d_c / 2m)²]; null without ties
   * (Q is undefined when m = 0).
   */
  readonly modularity: number | null;
}

/*
 * The package's types describe a transpiled default export (`.default`), while Node hands an ES
 * module the CommonJS `module.exports` itself — the function. Required, and typed by its own
 * exported option and output types.
 */
const louvain = createRequire(import.meta.url)('graphology-communities-louvain') as {
  detailed(graph: UndirectedGraph, options?: LouvainOptions): DetailedLouvainOutput;
};

/** Seed of the Louvain's visiting order: the same network always gets the same communities. */
export const LOUVAIN_SEED = 15;

/**
 * Communities by the Louvain method (Blondel et al. 2008) through graphology-communities-louvain,
 * with a seeded random order so a page shows the same partition on every request.
 */
export function detectCommunities(net: Network): Communities {
  const n = net.keys.length;
  // Actors without ties are communities of their own whatever Louvain does (they add nothing to
  // modularity): only tied actors go into the library's graph, which is most of the cost.
  const graph = new UndirectedGraph();
  forEachTie(net, (i, j) => graph.mergeUndirectedEdge(i, j));
  const result = louvain.detailed(graph, { rng: mulberry32(LOUVAIN_SEED) });
  const renumber = new Map<number, number>();
  const labels = new Int32Array(n);
  let alone = -1;
  for (let i = 0; i < n; i += 1) {
    // Keys the library did not see get numbers of their own, past every one it gave.
    const raw = result.communities[i] ?? alone--;
    let label = renumber.get(raw);
    if (label === undefined) {
      label = renumber.size;
      renumber.set(raw, label);
    }
    labels[i] = label;
  }
  return {
    labels,
    count: renumber.size,
    modularity: net.ties === 0 ? null : result.modularity,
  };
}
