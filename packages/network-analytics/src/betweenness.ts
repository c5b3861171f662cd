import { mulberry32 } from '@kobling/domain';
import type { Network } from './network.ts';

export interface Betweenness {
  /**
   * Normalised betweenness per node: the share of shortest paths between other pairs that pass
   * through it, b(v) = Σ_{s≠v≠t} σ_st(v)/σ_st over the (n − 1)(n − 2)/2 pairs; 0 to 1.
   */
  readonly values: Float64Array;
  /** True when every node was a source (Brandes 2001); false when sources were sampled. */
  readonly exact: boolean;
  /** Sources used. */
  readonly sources: number;
  /**
   * With probability 0.95 every node's value is within ± this of the exact one (0 when exact):
   * Hoeffding's bound for the mean of `sources` draws in [0, 1], union-bounded over the nodes.
   */
  readonly errorBound: number;
}

/**
 * Work (sources × ties) up to which betweenness is exact. Above it, sources are sampled (Brandes
 * & Pich 2007) so the work stays about this size: a cluster of a few thousand members is exact.
 */
export const EXACT_WORK = 20_000_000;
/** Never fewer sampled sources than this (keeps the error bound useful on huge networks). */
export const MIN_SOURCES = 64;
/** The confidence the error bound is stated at. */
export const ERROR_CONFIDENCE = 0.95;

export function betweennessOf(net: Network, seed = 1): Betweenness {
  const n = net.keys.length;
  const values = new Float64Array(n);
  if (n < 3) return { values, exact: true, sources: n, errorBound: 0 };
  const work = Math.max(1, 2 * net.ties);
  const exact = n * work <= EXACT_WORK;
  const sources = exact ? n : Math.min(n, Math.max(MIN_SOURCES, Math.floor(EXACT_WORK / work)));
  const order = Int32Array.from({ length: n }, (_, i) => i);
  if (!exact) {
    // A seeded partial Fisher–Yates shuffle: the first `sources` nodes are a uniform sample.
    const random = mulberry32(seed);
    for (let k = 0; k < sources; k += 1) {
      const r = k + Math.floor(random() * (n - k));
      const t = order[k]!;
      order[k] = order[r]!;
      order[r] = t;
    }
  }
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let k = 0; k < sources; k += 1) {
    const s = order[k]!;
    // An actor without ties lies on no path and starts none.
    if (net.offsets[s + 1] === net.offsets[s]) continue;
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      stack[top++] = v;
      for (let e = net.offsets[v]!; e < net.offsets[v + 1]!; e += 1) {
        const w = net.targets[e]!;
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    // Accumulate dependencies in order of decreasing distance; predecessors are the neighbours
    // one step closer to s, so no predecessor lists are kept.
    while (top > 0) {
      const w = stack[--top]!;
      for (let e = net.offsets[w]!; e < net.offsets[w + 1]!; e += 1) {
        const v = net.targets[e]!;
        if (dist[v] === dist[w]! - 1) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      if (w !== s) values[w]! += delta[w]!;
    }
    // Reset only what this source reached: clearing whole arrays per source costs n² on a
    // network of many actors without ties.
    for (let i = 0; i < tail; i += 1) {
      const v = queue[i]!;
      sigma[v] = 0;
      dist[v] = -1;
      delta[v] = 0;
    }
  }
  // Each unordered pair is counted from both of its ends when every node is a source.
  const pairs = (n - 1) * (n - 2);
  const scale = exact ? 1 / pairs : n / sources / pairs;
  for (let v = 0; v < n; v += 1) values[v]! *= scale;
  const errorBound = exact
    ? 0
    : (Math.sqrt(Math.log((2 * n) / (1 - ERROR_CONFIDENCE)) / (2 * sources)) * n) / (n - 1);
  return { values, exact, sources, errorBound };
}
