import type { Network } from './network.ts';
import { degreeOf } from './network.ts';

export interface DegreeCount {
  readonly degree: number;
  readonly actors: number;
}

export interface Structure {
  readonly actors: number;
  readonly ties: number;
  /** Ties present over ties possible, 2m / (n(n − 1)); null below two actors. */
  readonly density: number | null;
  readonly components: number;
  /** Actors in the largest component. */
  readonly largestComponent: number;
  /** Actors without a tie. */
  readonly isolated: number;
  /** How many actors have each degree, by degree ascending (degrees nobody has are left out). */
  readonly degreeDistribution: readonly DegreeCount[];
  readonly meanDegree: number;
}

/** The component of each node (numbered in order of their lowest node) and the count. */
export function componentLabels(net: Network): { labels: Int32Array; count: number } {
  const n = net.keys.length;
  const labels = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let count = 0;
  for (let s = 0; s < n; s += 1) {
    if (labels[s] !== -1) continue;
    let top = 0;
    stack[top++] = s;
    labels[s] = count;
    while (top > 0) {
      const v = stack[--top]!;
      for (let e = net.offsets[v]!; e < net.offsets[v + 1]!; e += 1) {
        const w = net.targets[e]!;
        if (labels[w] === -1) {
          labels[w] = count;
          stack[top++] = w;
        }
      }
    }
    count += 1;
  }
  return { labels, count };
}

export function structureOf(net: Network, components = componentLabels(net)): Structure {
  const n = net.keys.length;
  const sizes = new Int32Array(components.count);
  for (const c of components.labels) sizes[c]! += 1;
  const byDegree = new Map<number, number>();
  let isolated = 0;
  for (let i = 0; i < n; i += 1) {
    const d = degreeOf(net, i);
    if (d === 0) isolated += 1;
    byDegree.set(d, (byDegree.get(d) ?? 0) + 1);
  }
  return {
    actors: n,
    ties: net.ties,
    density: n < 2 ? null : (2 * net.ties) / (n * (n - 1)),
    components: components.count,
    largestComponent: sizes.reduce((a, b) => Math.max(a, b), 0),
    isolated,
    degreeDistribution: [...byDegree]
      .sort((a, b) => a[0] - b[0])
      .map(([degree, actors]) => ({ degree, actors })),
    meanDegree: n === 0 ? 0 : (2 * net.ties) / n,
  };
}
