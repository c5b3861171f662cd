import type { LinkGraph } from './link-graph.ts';
import { LocalEvidence, forEachSourceRun } from './local-evidence.ts';
import type { LinkScorer } from './scorer.ts';

type Index = 'cn' | 'aa' | 'ra';

/** A classic neighbourhood index as a LinkScorer: the baselines of the protocol. */
function classic(name: string, index: Index): LinkScorer {
  let evidence: LocalEvidence | undefined;
  return {
    name,
    scoreBatch(g: LinkGraph, us: Int32Array, vs: Int32Array): Float64Array {
      if (evidence?.cn.length !== g.n) evidence = new LocalEvidence(g.n);
      const e = evidence;
      const out = new Float64Array(us.length);
      forEachSourceRun(us, (u, from, to) => {
        e.load(g, u, false, false);
        const values = e[index];
        for (let i = from; i < to; i++) out[i] = values[vs[i] as number] as number;
      });
      return out;
    },
  };
}

/** |Γ(u) ∩ Γ(v)| */
export const commonNeighboursScorer = classic('CN', 'cn');
/** Σ_{z ∈ Γ(u) ∩ Γ(v)} 1/ln d_z (Adamic & Adar 2003) */
export const adamicAdarScorer = classic('AA', 'aa');
/** Σ_{z ∈ Γ(u) ∩ Γ(v)} 1/d_z (Zhou, Lü & Zhang 2009) */
export const resourceAllocationScorer = classic('RA', 'ra');
