import { HELICES } from '@kobling/domain';
import type { Helix } from '@kobling/domain';
import type { Network } from './network.ts';
import { UNKNOWN_HELIX, forEachTie } from './network.ts';

export interface EiIndex {
  /** Ties between actors of different helices. */
  readonly external: number;
  /** Ties between actors of the same helix. */
  readonly internal: number;
  /** Krackhardt & Stern's (E − I) / (E + I): −1 all within a helix, +1 all across; null without ties. */
  readonly index: number | null;
}

export const eiOf = (external: number, internal: number): EiIndex => ({
  external,
  internal,
  index: external + internal === 0 ? null : (external - internal) / (external + internal),
});

/** The E-I index between helices; ties with an actor of unknown helix are left out. */
export function eiIndexOf(net: Network): EiIndex {
  let external = 0;
  let internal = 0;
  forEachTie(net, (i, j) => {
    const a = net.helix[i]!;
    const b = net.helix[j]!;
    if (a === UNKNOWN_HELIX || b === UNKNOWN_HELIX) return;
    if (a === b) internal += 1;
    else external += 1;
  });
  return eiOf(external, internal);
}

/**
 * A helix set as bits: 1 = ACADEMIA (university), 2 = INDUSTRY, 4 = GOVERNMENT. A co-participation
 * (a project) falls in the cell of the helices among its participants.
 */
export const HELIX_BIT: Readonly<Record<Helix, number>> = {
  ACADEMIA: 1,
  INDUSTRY: 2,
  GOVERNMENT: 4,
};

export const helixBitOfCode = (code: number): number => {
  const helix = HELICES[code];
  return helix === undefined ? 0 : HELIX_BIT[helix];
};

/** Counts of co-participations per helix cell, indexed by the cell's bits (length 8). */
export type HelixCells = readonly number[];

export const emptyCells = (): number[] => [0, 0, 0, 0, 0, 0, 0, 0];

/** Shannon entropy in bits of counts (zeros contribute nothing). */
function entropy(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / total) * Math.log2(c / total);
  return h;
}

/** The cells summed over the helices not in `keep` (bits), as the margin's counts. */
function margin(cells: HelixCells, keep: number): number[] {
  const out = new Map<number, number>();
  cells.forEach((c, bits) => out.set(bits & keep, (out.get(bits & keep) ?? 0) + c));
  return [...out.values()];
}

/**
 * Leydesdorff's (2003) triple-helix mutual information in bits,
 * T_UIG = H_U + H_I + H_G − H_UI − H_UG − H_IG + H_UIG,
 * each H the Shannon entropy of whether a co-participation includes that helix (or the joint
 * distribution of two or three). Negative: the three spheres reduce each other's uncertainty —
 * synergy; positive: they vary independently or pairwise. Null without co-participations.
 */
export function tripleHelixInformation(cells: HelixCells): number | null {
  if (cells.reduce((a, b) => a + b, 0) === 0) return null;
  const [u, i, g] = [HELIX_BIT.ACADEMIA, HELIX_BIT.INDUSTRY, HELIX_BIT.GOVERNMENT];
  const h = (keep: number) => entropy(margin(cells, keep));
  const t = h(u) + h(i) + h(g) - h(u | i) - h(u | g) - h(i | g) + h(u | i | g);
  // Sums of logarithms leave ~1e-16 where the exact value is 0.
  return Math.abs(t) < 1e-12 ? 0 : t;
}
