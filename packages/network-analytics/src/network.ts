import { HELICES } from '@kobling/domain';
import type { Helix } from '@kobling/domain';

/**
 * An undirected, unweighted network in compressed sparse rows: the neighbours of node i are
 * targets[offsets[i] .. offsets[i + 1]), sorted, without self-ties or duplicates. Nodes carry the
 * key the caller knows them by (a projection's actor index) and their helix. Every measure of this
 * package reads this one shape, so a cluster, a municipality and the region are computed alike.
 */
export interface Network {
  /** The caller's key of each node (e.g. the projection's actor index). */
  readonly keys: Int32Array;
  /** Helix code per node: the index in HELICES, 255 when unknown. */
  readonly helix: Uint8Array;
  readonly offsets: Uint32Array;
  readonly targets: Int32Array;
  /** Undirected ties (each counted once). */
  readonly ties: number;
}

export const UNKNOWN_HELIX = 255;

export const helixCode = (helix: string): number => {
  const at = (HELICES as readonly string[]).indexOf(helix);
  return at < 0 ? UNKNOWN_HELIX : at;
};

export const helixName = (code: number): Helix | null => HELICES[code] ?? null;

export const degreeOf = (net: Network, i: number): number => net.offsets[i + 1]! - net.offsets[i]!;

/**
 * Builds a network over `keys` (with their helices) from ties given as node positions (not keys).
 * Self-ties and repeats are dropped; the result does not depend on the order ties come in.
 */
export function buildNetwork(
  keys: ArrayLike<number>,
  helix: ArrayLike<number>,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
): Network {
  const n = keys.length;
  const counts = new Uint32Array(n + 1);
  for (let e = 0; e < from.length; e += 1) {
    if (from[e] === to[e]) continue;
    counts[from[e]! + 1]! += 1;
    counts[to[e]! + 1]! += 1;
  }
  for (let i = 0; i < n; i += 1) counts[i + 1]! += counts[i]!;
  const raw = new Int32Array(counts[n]!);
  const cursor = counts.slice(0, n);
  for (let e = 0; e < from.length; e += 1) {
    const a = from[e]!;
    const b = to[e]!;
    if (a === b) continue;
    raw[cursor[a]!++] = b;
    raw[cursor[b]!++] = a;
  }
  const offsets = new Uint32Array(n + 1);
  const targets = new Int32Array(raw.length);
  let write = 0;
  for (let i = 0; i < n; i += 1) {
    offsets[i] = write;
    const list = raw.subarray(counts[i]!, counts[i + 1]!).sort();
    for (let k = 0; k < list.length; k += 1) {
      if (k > 0 && list[k] === list[k - 1]) continue;
      targets[write++] = list[k]!;
    }
  }
  offsets[n] = write;
  return {
    keys: Int32Array.from(keys),
    helix: Uint8Array.from(helix),
    offsets,
    targets: targets.slice(0, write),
    ties: write / 2,
  };
}

/** True when i and j are tied (binary search in i's sorted neighbours). */
export function isTied(net: Network, i: number, j: number): boolean {
  let lo = net.offsets[i]!;
  let hi = net.offsets[i + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = net.targets[mid]!;
    if (t === j) return true;
    if (t < j) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/** Each tie once, as (i, j) with i < j. */
export function forEachTie(net: Network, visit: (i: number, j: number) => void): void {
  const n = net.keys.length;
  for (let i = 0; i < n; i += 1) {
    for (let e = net.offsets[i]!; e < net.offsets[i + 1]!; e += 1) {
      const j = net.targets[e]!;
      if (i < j) visit(i, j);
    }
  }
}
