import type { LinkGraph } from './link-graph.ts';

/**
 * A link predictor: `scoreBatch` returns one finite number per pair (us[i], vs[i]), higher = more
 * likely to be (or become) a tie. `prepare`, when present, does the per-graph work once (a learned
 * scorer trains there); scoreBatch prepares a graph it has not seen.
 */
export interface LinkScorer {
  readonly name: string;
  prepare?(g: LinkGraph): void;
  scoreBatch(g: LinkGraph, us: Int32Array, vs: Int32Array): Float64Array;
}
