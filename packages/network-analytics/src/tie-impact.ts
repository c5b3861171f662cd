import type { Helix } from '@kobling/domain';
import type { Network } from './network.ts';
import { UNKNOWN_HELIX, degreeOf, helixName, isTied } from './network.ts';
import type { ScopeAnalysis } from './scope-analysis.ts';
import { holesAt } from './structural-holes.ts';
import type { Text } from './text.ts';
import { HELIX_WORDS } from './text.ts';
import type { EiIndex } from './triple-helix.ts';
import { eiOf, helixBitOfCode, tripleHelixInformation } from './triple-helix.ts';

export const IMPACT_LABELS = [
  'ALREADY_TIED',
  'JOINS_COMPONENTS',
  'LINKS_COMMUNITIES',
  'FIRST_HELIX_TIE',
  'FIRST_HELIX_PAIR_TIE',
  'MORE_SYNERGY',
] as const;
export type ImpactLabelCode = (typeof IMPACT_LABELS)[number];

export interface ImpactLabel {
  readonly code: ImpactLabelCode;
  /** The helix a FIRST_HELIX_TIE is with, or the pair of a FIRST_HELIX_PAIR_TIE. */
  readonly helices: readonly Helix[];
  readonly text: Text;
}

/** One end's brokerage (Burt 1992) before and after the tie; before is null for a newcomer. */
export interface EndBrokerage {
  readonly key: number;
  readonly constraintBefore: number | null;
  readonly constraintAfter: number;
  readonly effectiveSizeBefore: number | null;
  readonly effectiveSizeAfter: number;
}

export interface Change<T> {
  readonly before: T;
  readonly after: T;
}

/** What one proposed tie would change in one network. */
export interface ScopeImpact {
  readonly alreadyTied: boolean;
  readonly ei: Change<EiIndex>;
  readonly tripleHelix: Change<number | null>;
  readonly components: Change<number>;
  readonly brokerage: readonly [EndBrokerage, EndBrokerage];
  readonly labels: readonly ImpactLabel[];
}

export interface TieEnd {
  /** The actor's key (projection index). */
  readonly key: number;
  readonly helix: number;
}

const nanToNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/**
 * The change a tie between `a` and `b` would make to a network: E-I, T(UIG) (the tie counted as
 * one more co-participation of the two), components, both ends' constraint and effective size,
 * and short labels. An end outside the network (a partner from outside the cluster) joins it with
 * this tie as its only one. `where` ends the labels' sentences ("in this cluster"). Without
 * `communities`, LINKS_COMMUNITIES is not judged (the region's Louvain is the costliest measure).
 */
export function tieImpact(
  scope: ScopeAnalysis,
  a: TieEnd,
  b: TieEnd,
  where: Text,
  options: { readonly communities?: boolean } = {},
): ScopeImpact {
  const net = scope.network;
  const n = net.keys.length;
  const pa = scope.positionOf(a.key);
  const pb = scope.positionOf(b.key);
  const alreadyTied = pa !== undefined && pb !== undefined && isTied(net, pa, pb);
  const eiBefore = scope.ei;
  const known = a.helix !== UNKNOWN_HELIX && b.helix !== UNKNOWN_HELIX;
  const eiAfter =
    alreadyTied || !known
      ? eiBefore
      : a.helix === b.helix
        ? eiOf(eiBefore.external, eiBefore.internal + 1)
        : eiOf(eiBefore.external + 1, eiBefore.internal);
  const cells = [...scope.cells];
  if (!alreadyTied) cells[helixBitOfCode(a.helix) | helixBitOfCode(b.helix)]! += 1;
  const tBefore = scope.tripleHelix;
  const tAfter = alreadyTied ? tBefore : tripleHelixInformation(cells);
  const componentsBefore = scope.structure.components;
  const { labels: component } = scope.components;
  const componentsAfter = alreadyTied
    ? componentsBefore
    : pa !== undefined && pb !== undefined
      ? component[pa] === component[pb]
        ? componentsBefore
        : componentsBefore - 1
      : pa === undefined && pb === undefined
        ? componentsBefore + 1
        : componentsBefore;
  // An outsider takes the position after the network's last node.
  const ia = pa ?? n;
  const ib = pb ?? (pa === undefined ? n + 1 : n);
  const brokerage = [
    endBrokerage(net, a.key, ia, ib, pa !== undefined, alreadyTied),
    endBrokerage(net, b.key, ib, ia, pb !== undefined, alreadyTied),
  ] as const;

  const labels: ImpactLabel[] = [];
  const label = (code: ImpactLabelCode, helices: Helix[], text: Text) =>
    labels.push({ code, helices, text });
  if (alreadyTied) {
    label('ALREADY_TIED', [], { en: 'already tied', nb: 'allerede koblet' });
  } else {
    if (componentsAfter < componentsBefore) {
      label('JOINS_COMPONENTS', [], {
        en: `joins two separate parts of the network ${where.en}`,
        nb: `binder sammen to adskilte deler av nettverket ${where.nb}`,
      });
    }
    if (pa !== undefined && pb !== undefined && options.communities !== false) {
      const { labels: community } = scope.communities;
      if (community[pa] !== community[pb]) {
        label('LINKS_COMMUNITIES', [], {
          en: `links two communities ${where.en}`,
          nb: `knytter sammen to grupper ${where.nb}`,
        });
      }
    }
    const { touching, pairs } = scope.helixTies;
    const helices = [...new Set([a.helix, b.helix])].filter((h) => h !== UNKNOWN_HELIX);
    for (const h of helices) {
      const helix = helixName(h)!;
      if (touching[h] === 0) {
        label('FIRST_HELIX_TIE', [helix], {
          en: `first ${HELIX_WORDS[helix].en} tie ${where.en}`,
          nb: `første kobling med ${HELIX_WORDS[helix].nb} ${where.nb}`,
        });
      }
    }
    if (helices.length === 2 && pairs[a.helix]![b.helix] === 0) {
      const [x, y] = [helixName(a.helix)!, helixName(b.helix)!];
      label('FIRST_HELIX_PAIR_TIE', [x, y], {
        en: `first tie between ${HELIX_WORDS[x].en} and ${HELIX_WORDS[y].en} actors ${where.en}`,
        nb: `første kobling mellom ${HELIX_WORDS[x].nb} og ${HELIX_WORDS[y].nb} ${where.nb}`,
      });
    }
    if (tBefore !== null && tAfter !== null && tAfter < tBefore - 1e-9) {
      label('MORE_SYNERGY', [], {
        en: `strengthens triple-helix synergy ${where.en}`,
        nb: `styrker samspillet mellom de tre sektorene ${where.nb}`,
      });
    }
  }
  return {
    alreadyTied,
    ei: { before: eiBefore, after: eiAfter },
    tripleHelix: { before: tBefore, after: tAfter },
    components: { before: componentsBefore, after: componentsAfter },
    brokerage,
    labels,
  };
}

/** Constraint and effective size of `self` without and with a tie to `other` (positions). */
function endBrokerage(
  net: Network,
  key: number,
  self: number,
  other: number,
  inside: boolean,
  alreadyTied: boolean,
): EndBrokerage {
  const n = net.keys.length;
  const mark = new Uint8Array(n + 2);
  const neighbours = (withTie: boolean) => (v: number, visit: (w: number) => void) => {
    if (v < n)
      for (let e = net.offsets[v]!; e < net.offsets[v + 1]!; e += 1) visit(net.targets[e]!);
    if (withTie && v === self) visit(other);
    if (withTie && v === other) visit(self);
  };
  const degree = (withTie: boolean) => (v: number) =>
    (v < n ? degreeOf(net, v) : 0) + (withTie && (v === self || v === other) ? 1 : 0);
  const before = inside ? holesAt(self, neighbours(false), degree(false), mark) : null;
  const after = holesAt(self, neighbours(!alreadyTied), degree(!alreadyTied), mark);
  return {
    key,
    constraintBefore: before ? nanToNull(before.constraint) : null,
    constraintAfter: after.constraint,
    effectiveSizeBefore: before ? before.effectiveSize : null,
    effectiveSizeAfter: after.effectiveSize,
  };
}
