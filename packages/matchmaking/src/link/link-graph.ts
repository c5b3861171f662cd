/**
 * The undirected simple graph every link scorer reads: nodes are 0…n−1, neighbours sorted, so a
 * membership test is a binary search and two neighbourhoods intersect by merging.
 */
export interface LinkGraph {
  readonly n: number;
  /** Edges (each counted once). */
  readonly m: number;
  /** Sorted, without repeats or self-loops. */
  readonly neighbors: readonly Int32Array[];
  readonly degree: Int32Array;
  has(u: number, v: number): boolean;
  /**
   * Optional memberships beside the ties (on the Kobling graph: clusters and topics). Scorers that
   * know them use shared memberships as evidence; the classic indices ignore them.
   */
  readonly groups?: readonly NodeGroups[];
}

/** One kind of membership: the groups of every node and the members of every group. */
export interface NodeGroups {
  readonly name: string;
  /** Per node: its group ids, sorted. */
  readonly of: readonly Int32Array[];
  /** Per group: its member nodes, sorted. */
  readonly members: readonly Int32Array[];
}

/**
 * The graph of n nodes with the given edges, a flat list of pairs [u0, v0, u1, v1, …]. Repeats
 * and self-loops are dropped; an index outside 0…n−1 is a programming error and throws.
 */
export function linkGraph(
  n: number,
  edges: ArrayLike<number>,
  groups?: readonly NodeGroups[],
): LinkGraph {
  return linkGraphOf(sortedUniqueLists(n, edges, true), groups);
}

/**
 * The graph of ready neighbour lists (node u's sorted, without repeats or u itself, and v in u's
 * list exactly when u is in v's): what a caller that keeps most lists of an earlier graph builds.
 */
export function linkGraphOf(
  lists: readonly Int32Array[],
  groups?: readonly NodeGroups[],
): LinkGraph {
  const n = lists.length;
  const degree = new Int32Array(n);
  let ends = 0;
  for (let u = 0; u < n; u++) {
    degree[u] = (lists[u] as Int32Array).length;
    ends += degree[u] as number;
  }
  return {
    n,
    m: ends / 2,
    neighbors: lists,
    degree,
    has: (u, v) => u !== v && contains(lists[u], v),
    ...(groups ? { groups } : {}),
  };
}

/**
 * A graph as flat typed arrays (each list kind as offsets and targets), to hand to a worker
 * thread: a message copies a few typed arrays much faster than many small ones.
 */
export interface FlatLinkGraph {
  readonly neighbors: FlatLists;
  readonly groups: readonly {
    readonly name: string;
    readonly of: FlatLists;
    readonly members: FlatLists;
  }[];
}

interface FlatLists {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

export function flatten(g: LinkGraph): FlatLinkGraph {
  return {
    neighbors: flatLists(g.neighbors),
    groups: (g.groups ?? []).map((k) => ({
      name: k.name,
      of: flatLists(k.of),
      members: flatLists(k.members),
    })),
  };
}

/** The graph again from its flat form (the lists are views of the flat arrays). */
export function unflatten(flat: FlatLinkGraph): LinkGraph {
  return linkGraphOf(
    listsOf(flat.neighbors),
    flat.groups.map((k) => ({ name: k.name, of: listsOf(k.of), members: listsOf(k.members) })),
  );
}

function flatLists(lists: readonly Int32Array[]): FlatLists {
  const offsets = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) {
    offsets[i + 1] = (offsets[i] as number) + (lists[i] as Int32Array).length;
  }
  const targets = new Int32Array(offsets[lists.length] as number);
  lists.forEach((list, i) => targets.set(list, offsets[i] as number));
  return { offsets, targets };
}

function listsOf(flat: FlatLists): Int32Array[] {
  return Array.from({ length: flat.offsets.length - 1 }, (_, i) =>
    flat.targets.subarray(flat.offsets[i] as number, flat.offsets[i + 1] as number),
  );
}

/** Memberships from (node, group) pairs; nodes 0…n−1, groups 0…groupCount−1. */
export function nodeGroups(
  name: string,
  n: number,
  groupCount: number,
  pairs: ArrayLike<number>,
): NodeGroups {
  const flipped = new Int32Array(pairs.length);
  for (let i = 0; i < pairs.length; i += 2) {
    flipped[i] = pairs[i + 1] as number;
    flipped[i + 1] = pairs[i] as number;
  }
  return {
    name,
    of: sortedUniqueLists(n, pairs, false, groupCount),
    members: sortedUniqueLists(groupCount, flipped, false, n),
  };
}

/** The edges (flat pairs) as a graph's edge list: each edge once, u < v, in (u, v) order. */
export function edgesOf(g: LinkGraph): Int32Array {
  const out = new Int32Array(2 * g.m);
  let k = 0;
  for (let u = 0; u < g.n; u++) {
    for (const v of g.neighbors[u] as Int32Array) {
      if (v <= u) continue;
      out[k++] = u;
      out[k++] = v;
    }
  }
  return out;
}

/**
 * The largest connected component (ties broken by the smallest node) of the graph on n nodes,
 * renumbered 0…size−1 in the old order; `nodes[i]` is the old index of new node i.
 */
export function giantComponent(
  n: number,
  edges: ArrayLike<number>,
): { n: number; edges: Int32Array; nodes: Int32Array } {
  const g = linkGraph(n, edges);
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let best = -1;
  let bestSize = 0;
  for (let s = 0; s < n; s++) {
    if (component[s] !== -1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    component[s] = s;
    while (head < tail) {
      const u = queue[head++] as number;
      for (const v of g.neighbors[u] as Int32Array) {
        if (component[v] !== -1) continue;
        component[v] = s;
        queue[tail++] = v;
      }
    }
    if (tail > bestSize) {
      bestSize = tail;
      best = s;
    }
  }
  const renumber = new Int32Array(n).fill(-1);
  const nodes = new Int32Array(bestSize);
  let next = 0;
  for (let u = 0; u < n; u++) {
    if (component[u] !== best) continue;
    renumber[u] = next;
    nodes[next++] = u;
  }
  const old = edgesOf(g);
  const kept: number[] = [];
  for (let i = 0; i < old.length; i += 2) {
    const u = renumber[old[i] as number] as number;
    if (u >= 0) kept.push(u, renumber[old[i + 1] as number] as number);
  }
  return { n: bestSize, edges: Int32Array.from(kept), nodes };
}

/** Binary search in a sorted list. */
export function contains(list: Int32Array | undefined, x: number): boolean {
  if (!list) return false;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const y = list[mid] as number;
    if (y === x) return true;
    if (y < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Per source index, the sorted distinct targets of the pairs [s0, t0, s1, t1, …]; with
 * `symmetric` each pair also counts the other way and s = t is dropped.
 */
function sortedUniqueLists(
  n: number,
  pairs: ArrayLike<number>,
  symmetric: boolean,
  targets = n,
): Int32Array[] {
  const count = new Int32Array(n);
  const check = (x: number, limit: number) => {
    if (!(Number.isInteger(x) && x >= 0 && x < limit)) {
      throw new RangeError(`index ${x} outside 0…${limit - 1}`);
    }
  };
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const s = pairs[i] as number;
    const t = pairs[i + 1] as number;
    check(s, n);
    check(t, targets);
    if (symmetric && s === t) continue;
    count[s] = (count[s] as number) + 1;
    if (symmetric) count[t] = (count[t] as number) + 1;
  }
  const raw = Array.from({ length: n }, (_, u) => new Int32Array(count[u] as number));
  const fill = new Int32Array(n);
  const put = (s: number, t: number) => {
    (raw[s] as Int32Array)[fill[s] as number] = t;
    fill[s] = (fill[s] as number) + 1;
  };
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const s = pairs[i] as number;
    const t = pairs[i + 1] as number;
    if (symmetric && s === t) continue;
    put(s, t);
    if (symmetric) put(t, s);
  }
  return raw.map((list) => {
    list.sort();
    let k = 0;
    for (let i = 0; i < list.length; i++) {
      if (i === 0 || list[i] !== list[i - 1]) list[k++] = list[i] as number;
    }
    return k === list.length ? list : list.slice(0, k);
  });
}
