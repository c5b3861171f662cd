import type { Network } from './network.ts';
import { degreeOf } from './network.ts';

export interface StructuralHoles {
  /**
   * Burt's constraint per node, c_i = Σ_j (p_ij + Σ_{q≠i,j} p_iq p_qj)² with p_ij = 1 / deg(i)
   * for a tie (unweighted); NaN for an actor without ties. Low: many non-redundant contacts.
   */
  readonly constraint: Float64Array;
  /**
   * Burt's effective size per node, Σ_j (1 − Σ_q p_iq m_jq) with m_jq = 1 for a tie, which for
   * unweighted ties is deg(i) − 2t_i / deg(i) (t_i: ties among i's contacts; Borgatti 1997).
   */
  readonly effectiveSize: Float64Array;
}

/**
 * One node's constraint and effective size. `neighbours(v, visit)` lists v's contacts (so a what-if
 * can add a tie without rebuilding the network); `mark` is scratch of length n, all zero, and
 * left all zero.
 */
export function holesAt(
  i: number,
  neighbours: (v: number, visit: (w: number) => void) => void,
  degree: (v: number) => number,
  mark: Uint8Array,
): { constraint: number; effectiveSize: number } {
  const d = degree(i);
  if (d === 0) return { constraint: Number.NaN, effectiveSize: 0 };
  const contacts: number[] = [];
  neighbours(i, (j) => {
    contacts.push(j);
    mark[j] = 1;
  });
  let constraint = 0;
  let redundancy = 0;
  for (const j of contacts) {
    let indirect = 0;
    neighbours(j, (q) => {
      if (mark[q] === 1 && q !== i) {
        indirect += (1 / d) * (1 / degree(q));
        redundancy += 1 / d;
      }
    });
    const c = 1 / d + indirect;
    constraint += c * c;
  }
  for (const j of contacts) mark[j] = 0;
  return { constraint, effectiveSize: d - redundancy };
}

export function structuralHolesOf(net: Network): StructuralHoles {
  const n = net.keys.length;
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  const mark = new Uint8Array(n);
  const neighbours = (v: number, visit: (w: number) => void) => {
    for (let e = net.offsets[v]!; e < net.offsets[v + 1]!; e += 1) visit(net.targets[e]!);
  };
  const degree = (v: number) => degreeOf(net, v);
  for (let i = 0; i < n; i += 1) {
    const h = holesAt(i, neighbours, degree, mark);
    constraint[i] = h.constraint;
    effectiveSize[i] = h.effectiveSize;
  }
  return { constraint, effectiveSize };
}
