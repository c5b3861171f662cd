import type { Network } from './network.ts';
import { UNKNOWN_HELIX, forEachTie } from './network.ts';

export interface Fragility {
  /** Nodes whose loss splits a component (cut vertices), ascending. */
  readonly articulationPoints: readonly number[];
  /** Ties whose loss splits a component, as [i, j] with i < j, sorted. */
  readonly bridges: readonly (readonly [number, number])[];
  readonly busFactor: BusFactor;
}

export interface BusFactor {
  /** Ties between actors of different (known) helices. */
  readonly crossHelixTies: number;
  /**
   * The fewest actors whose loss removes every cross-helix tie (a minimum vertex cover of those
   * ties); 0 without cross-helix ties; null when it is more than MAX_BUS_FACTOR.
   */
  readonly size: number | null;
  /** Actors each of whom holds every cross-helix tie alone (so the bus factor is 1), ascending. */
  readonly soleHolders: readonly number[];
}

/** The bus factor is searched exactly up to this size; past it a cluster is not fragile this way. */
export const MAX_BUS_FACTOR = 4;

/**
 * Articulation points and bridges by Tarjan's low-link depth-first search (Hopcroft & Tarjan
 * 1973), iterative so a long chain cannot overflow the stack.
 */
export function cutsOf(net: Network): Pick<Fragility, 'articulationPoints' | 'bridges'> {
  const n = net.keys.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Uint32Array(n);
  const isCut = new Uint8Array(n);
  const stack = new Int32Array(n);
  const bridges: [number, number][] = [];
  let time = 0;
  for (let root = 0; root < n; root += 1) {
    if (order[root] !== -1) continue;
    let top = 0;
    stack[top++] = root;
    order[root] = low[root] = time++;
    cursor[root] = net.offsets[root]!;
    let rootChildren = 0;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (cursor[v]! < net.offsets[v + 1]!) {
        const w = net.targets[cursor[v]!++]!;
        if (order[w] === -1) {
          parent[w] = v;
          order[w] = low[w] = time++;
          cursor[w] = net.offsets[w]!;
          stack[top++] = w;
          if (v === root) rootChildren += 1;
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, order[w]!);
        }
        continue;
      }
      top -= 1;
      const p = parent[v]!;
      if (p === -1) continue;
      low[p] = Math.min(low[p]!, low[v]!);
      if (low[v]! > order[p]!) bridges.push(p < v ? [p, v] : [v, p]);
      if (p !== root && low[v]! >= order[p]!) isCut[p] = 1;
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  const articulationPoints: number[] = [];
  for (let v = 0; v < n; v += 1) if (isCut[v] === 1) articulationPoints.push(v);
  bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { articulationPoints, bridges };
}

export function busFactorOf(net: Network): BusFactor {
  const from: number[] = [];
  const to: number[] = [];
  forEachTie(net, (i, j) => {
    const a = net.helix[i]!;
    const b = net.helix[j]!;
    if (a !== b && a !== UNKNOWN_HELIX && b !== UNKNOWN_HELIX) {
      from.push(i);
      to.push(j);
    }
  });
  const m = from.length;
  if (m === 0) return { crossHelixTies: 0, size: 0, soleHolders: [] };
  // Sole holders: the ends of the first tie that touch every other one.
  const soleHolders = [from[0]!, to[0]!]
    .filter((v) => from.every((a, e) => a === v || to[e] === v))
    .sort((a, b) => a - b);
  let size: number | null = null;
  if (soleHolders.length > 0) size = 1;
  else {
    const removed = new Set<number>();
    // Bounded search tree: some end of the first uncovered tie must be in any cover.
    const coverable = (budget: number): boolean => {
      let e = 0;
      while (e < m && (removed.has(from[e]!) || removed.has(to[e]!))) e += 1;
      if (e === m) return true;
      if (budget === 0) return false;
      for (const v of [from[e]!, to[e]!]) {
        removed.add(v);
        const ok = coverable(budget - 1);
        removed.delete(v);
        if (ok) return true;
      }
      return false;
    };
    for (let k = 2; k <= MAX_BUS_FACTOR && size === null; k += 1) if (coverable(k)) size = k;
  }
  return { crossHelixTies: m, size, soleHolders };
}
