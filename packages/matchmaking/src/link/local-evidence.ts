import { adamicAdarTerm } from '../features/proximity.ts';
import type { LinkGraph } from './link-graph.ts';

/**
 * Groups with more members than this are left out of the shared-group evidence: sharing one says
 * little (its Adamic-Adar term is below 0.12) and walking it costs the most — a hub topic of the
 * 100,000-actor graph has 40,000 members, and loading every member of a seeker's topics was most of
 * a request's link scoring. No group of the offline graphs (≤ 2,000 actors) comes near it.
 */
export const MAX_GROUP_SIZE = 5_000;

/**
 * The local evidence between one source node u and every other node, in dense arrays: a scorer
 * loads a source once and then reads any number of targets in O(1), which is how a whole row of
 * pairs (a seeker's candidates, or every non-edge of a node in the evaluation) is scored.
 *
 * - cn, aa, ra: common neighbours, Adamic-Adar (Σ 1/ln d_z) and resource allocation (Σ 1/d_z)
 *   over the common neighbours z (Zhou, Lü & Zhang 2009);
 * - l3: paths of length 3 u–a–b–v weighted 1/√(d_a·d_b) (Kovács et al. 2019, Nat. Commun. 10:1240);
 *   for a non-edge (u, v) every walk of length 3 is such a path, so the sum is (D^-½ A D^-½ A …)
 *   restricted to paths;
 * - group[k]: Adamic-Adar over the groups of kind k both belong to (Σ 1/ln size).
 *
 * Only the entries the last load touched are non-zero; loading the next source clears them.
 */
export class LocalEvidence {
  readonly cn: Float64Array;
  readonly aa: Float64Array;
  readonly ra: Float64Array;
  readonly l3: Float64Array;
  readonly group: Float64Array[];
  private readonly twoHop: Float64Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly mark: Uint8Array;

  /** Nodes 0…size−1 can be loaded and read. */
  get size(): number {
    return this.cn.length;
  }

  constructor(n: number, groupKinds = 0) {
    this.cn = new Float64Array(n);
    this.aa = new Float64Array(n);
    this.ra = new Float64Array(n);
    this.l3 = new Float64Array(n);
    this.group = Array.from({ length: groupKinds }, () => new Float64Array(n));
    this.twoHop = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.mark = new Uint8Array(n);
  }

  /** Evidence of u with every node; `paths` adds l3, `groups` the shared memberships. */
  load(g: LinkGraph, u: number, paths: boolean, groups: boolean): void {
    this.clear();
    const { neighbors, degree } = g;
    for (const a of neighbors[u] as Int32Array) {
      const da = degree[a] as number;
      const aaTerm = adamicAdarTerm(da);
      const raTerm = 1 / da;
      const l3Term = 1 / Math.sqrt(da);
      for (const z of neighbors[a] as Int32Array) {
        if (z === u) continue;
        this.touch(z);
        this.cn[z] = (this.cn[z] as number) + 1;
        this.aa[z] = (this.aa[z] as number) + aaTerm;
        this.ra[z] = (this.ra[z] as number) + raTerm;
        this.twoHop[z] = (this.twoHop[z] as number) + l3Term;
      }
    }
    if (paths) {
      // Σ over b two steps away of (Σ_a 1/√d_a) / √d_b for each neighbour v of b: a path u–a–b–v
      // for every v that is not u's neighbour, at the cost of one pass over b's neighbours.
      const reached = this.touchedCount;
      for (let i = 0; i < reached; i++) {
        const b = this.touched[i] as number;
        const w = (this.twoHop[b] as number) / Math.sqrt(degree[b] as number);
        for (const v of neighbors[b] as Int32Array) {
          if (v === u) continue;
          this.touch(v);
          this.l3[v] = (this.l3[v] as number) + w;
        }
      }
    }
    if (groups && g.groups) {
      g.groups.forEach((kind, k) => {
        const acc = this.group[k] as Float64Array;
        for (const id of kind.of[u] as Int32Array) {
          const members = kind.members[id] as Int32Array;
          if (members.length > MAX_GROUP_SIZE) continue;
          const term = adamicAdarTerm(members.length);
          for (const v of members) {
            if (v === u) continue;
            this.touch(v);
            acc[v] = (acc[v] as number) + term;
          }
        }
      });
    }
  }

  /** The nodes the last load reached (every node with a non-zero entry, and maybe more). */
  reached(): Int32Array {
    return this.touched.subarray(0, this.touchedCount);
  }

  private touch(v: number): void {
    if (this.mark[v]) return;
    this.mark[v] = 1;
    this.touched[this.touchedCount++] = v;
  }

  private clear(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const v = this.touched[i] as number;
      this.mark[v] = 0;
      this.cn[v] = 0;
      this.aa[v] = 0;
      this.ra[v] = 0;
      this.l3[v] = 0;
      this.twoHop[v] = 0;
      for (const acc of this.group) acc[v] = 0;
    }
    this.touchedCount = 0;
  }
}

/**
 * Calls `row(u, from, to)` for each run of equal sources in `us` (pairs from..to−1), so a scorer
 * loads each source's evidence once per run. Pairs grouped by source cost the least.
 */
export function forEachSourceRun(
  us: Int32Array,
  row: (u: number, from: number, to: number) => void,
): void {
  let from = 0;
  while (from < us.length) {
    const u = us[from] as number;
    let to = from + 1;
    while (to < us.length && us[to] === u) to++;
    row(u, from, to);
    from = to;
  }
}
