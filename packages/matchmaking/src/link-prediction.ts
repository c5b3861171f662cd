/**
 * Classic neighbourhood link-prediction scores on any undirected edge list (Liben-Nowell &
 * Kleinberg): common neighbours, Jaccard, Adamic-Adar and resource allocation. Self-loops and
 * repeated edges are ignored.
 */

export type Adjacency = ReadonlyMap<string, ReadonlySet<string>>;

export const LINK_METHODS = [
  'commonNeighbours',
  'jaccard',
  'adamicAdar',
  'resourceAllocation',
] as const;
export type LinkMethod = (typeof LINK_METHODS)[number];

export function buildAdjacency(edges: readonly (readonly [string, string])[]): Adjacency {
  const adj = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const s = adj.get(a);
    if (s) s.add(b);
    else adj.set(a, new Set([b]));
  };
  for (const [a, b] of edges) {
    if (a === b) {
      if (!adj.has(a)) adj.set(a, new Set());
      continue;
    }
    add(a, b);
    add(b, a);
  }
  return adj;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * The score of the pair (a, b):
 * - commonNeighbours: |Γ(a) ∩ Γ(b)|
 * - jaccard: |Γ(a) ∩ Γ(b)| / |Γ(a) ∪ Γ(b)| (0 when both are isolated)
 * - adamicAdar: Σ_{z ∈ Γ(a) ∩ Γ(b)} 1 / ln|Γ(z)|  (a common neighbour has degree ≥ 2)
 * - resourceAllocation: Σ_{z ∈ Γ(a) ∩ Γ(b)} 1 / |Γ(z)|
 */
export function scorePair(adj: Adjacency, a: string, b: string, method: LinkMethod): number {
  const na = adj.get(a) ?? EMPTY;
  const nb = adj.get(b) ?? EMPTY;
  const [small, large] = na.size <= nb.size ? [na, nb] : [nb, na];
  let common = 0;
  let aa = 0;
  let ra = 0;
  for (const z of small) {
    if (!large.has(z)) continue;
    common++;
    const dz = (adj.get(z) ?? EMPTY).size;
    aa += 1 / Math.log(Math.max(2, dz));
    ra += 1 / Math.max(1, dz);
  }
  switch (method) {
    case 'commonNeighbours':
      return common;
    case 'jaccard': {
      const union = na.size + nb.size - common;
      return union > 0 ? common / union : 0;
    }
    case 'adamicAdar':
      return aa;
    case 'resourceAllocation':
      return ra;
  }
}

export interface LinkScore {
  readonly node: string;
  readonly score: number;
}

export interface TopKOptions {
  /** Only these nodes may be returned (default: any node two hops away). */
  readonly candidates?: (node: string) => boolean;
  /** Also score current neighbours (default false: predict new links only). */
  readonly includeNeighbours?: boolean;
}

/**
 * The k nodes with the highest score for `node`, score desc then id asc. Only nodes with a common
 * neighbour can score above 0, so the search walks two hops instead of the whole graph.
 */
export function topKLinks(
  adj: Adjacency,
  node: string,
  k: number,
  method: LinkMethod,
  options: TopKOptions = {},
): LinkScore[] {
  const own = adj.get(node) ?? EMPTY;
  const seen = new Set<string>();
  for (const z of own) {
    for (const y of adj.get(z) ?? EMPTY) {
      if (y === node) continue;
      if (!options.includeNeighbours && own.has(y)) continue;
      if (options.candidates && !options.candidates(y)) continue;
      seen.add(y);
    }
  }
  const scored: LinkScore[] = [];
  for (const y of seen) scored.push({ node: y, score: scorePair(adj, node, y, method) });
  scored.sort((x, y) => y.score - x.score || (x.node < y.node ? -1 : x.node > y.node ? 1 : 0));
  return scored.slice(0, Math.max(0, k));
}
