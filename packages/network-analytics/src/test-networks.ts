import type { Helix } from '@kobling/domain';
import type { Network } from './network.ts';
import { buildNetwork, helixCode } from './network.ts';

/** A network from helices (one per node, keys = positions) and ties: the tests' factory. */
export function networkOf(helices: readonly Helix[], ties: readonly (readonly [number, number])[]) {
  return buildNetwork(
    helices.map((_, i) => i),
    helices.map(helixCode),
    ties.map((t) => t[0]),
    ties.map((t) => t[1]),
  );
}

const I: Helix = 'INDUSTRY';
const A: Helix = 'ACADEMIA';
const G: Helix = 'GOVERNMENT';
export const HELIX = { I, A, G } as const;

/**
 * Two triangles joined by one tie: 0-1-2 (industry) and 3-4-5 (academia), 2-3 the bridge. The
 * values the tests expect are worked out by hand in measures.test.ts.
 */
export const bowtie = (): Network =>
  networkOf(
    [I, I, I, A, A, A],
    [
      [0, 1],
      [1, 2],
      [0, 2],
      [3, 4],
      [4, 5],
      [3, 5],
      [2, 3],
    ],
  );

/** A star: 0 in the middle (government), leaves 1 (industry), 2 (academia), 3 (industry). */
export const star = (): Network =>
  networkOf(
    [G, I, A, I],
    [
      [0, 1],
      [0, 2],
      [0, 3],
    ],
  );
