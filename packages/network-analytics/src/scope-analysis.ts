import type { Betweenness } from './betweenness.ts';
import { betweennessOf } from './betweenness.ts';
import type { Communities } from './communities.ts';
import { detectCommunities } from './communities.ts';
import type { BusFactor, Fragility } from './fragility.ts';
import { busFactorOf, cutsOf } from './fragility.ts';
import type { Network } from './network.ts';
import { UNKNOWN_HELIX, forEachTie } from './network.ts';
import type { StructuralHoles } from './structural-holes.ts';
import { structuralHolesOf } from './structural-holes.ts';
import type { Structure } from './structure.ts';
import { componentLabels, structureOf } from './structure.ts';
import type { EiIndex, HelixCells } from './triple-helix.ts';
import { eiOf, tripleHelixInformation } from './triple-helix.ts';

/** Ties by helix: how many touch each helix, and how many join each pair of helices. */
export interface HelixTies {
  /** By helix code: ties with at least one end of that helix. */
  readonly touching: readonly number[];
  /** pairs[a][b] (a, b helix codes): ties between an actor of a and one of b. */
  readonly pairs: readonly (readonly number[])[];
}

/**
 * Every measure of one network (a cluster, a municipality, the region) at one moment, each
 * computed when first asked for and then kept: a page that shows only the E-I index never pays
 * for betweenness. `cells` are the scope's co-participations by helix set (for T(UIG)).
 */
export class ScopeAnalysis {
  readonly network: Network;
  readonly cells: HelixCells;
  private memo: {
    components?: { labels: Int32Array; count: number };
    structure?: Structure;
    communities?: Communities;
    betweenness?: Betweenness;
    holes?: StructuralHoles;
    cuts?: Pick<Fragility, 'articulationPoints' | 'bridges'>;
    busFactor?: BusFactor;
    helixTies?: HelixTies;
    tripleHelix?: number | null;
    positions?: Map<number, number>;
    ranking?: Int32Array;
  } = {};

  constructor(network: Network, cells: HelixCells) {
    this.network = network;
    this.cells = cells;
  }

  get components() {
    return (this.memo.components ??= componentLabels(this.network));
  }

  get structure(): Structure {
    return (this.memo.structure ??= structureOf(this.network, this.components));
  }

  get communities(): Communities {
    return (this.memo.communities ??= detectCommunities(this.network));
  }

  get betweenness(): Betweenness {
    return (this.memo.betweenness ??= betweennessOf(this.network));
  }

  get holes(): StructuralHoles {
    return (this.memo.holes ??= structuralHolesOf(this.network));
  }

  get cuts(): Pick<Fragility, 'articulationPoints' | 'bridges'> {
    return (this.memo.cuts ??= cutsOf(this.network));
  }

  get busFactor(): BusFactor {
    return (this.memo.busFactor ??= busFactorOf(this.network));
  }

  get helixTies(): HelixTies {
    if (!this.memo.helixTies) {
      const touching = [0, 0, 0];
      const pairs = [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ];
      forEachTie(this.network, (i, j) => {
        const a = this.network.helix[i]!;
        const b = this.network.helix[j]!;
        if (a !== UNKNOWN_HELIX) touching[a]! += 1;
        if (b !== UNKNOWN_HELIX && b !== a) touching[b]! += 1;
        if (a === UNKNOWN_HELIX || b === UNKNOWN_HELIX) return;
        pairs[a]![b]! += 1;
        if (a !== b) pairs[b]![a]! += 1;
      });
      this.memo.helixTies = { touching, pairs };
    }
    return this.memo.helixTies;
  }

  /** Krackhardt & Stern's E-I index between helices (from the helix pair counts). */
  get ei(): EiIndex {
    const { pairs } = this.helixTies;
    let internal = 0;
    let external = 0;
    for (let a = 0; a < pairs.length; a += 1) {
      internal += pairs[a]![a]!;
      for (let b = a + 1; b < pairs.length; b += 1) external += pairs[a]![b]!;
    }
    return eiOf(external, internal);
  }

  /** Leydesdorff's T(UIG) in bits over the scope's co-participations; null without any. */
  get tripleHelix(): number | null {
    if (this.memo.tripleHelix === undefined)
      this.memo.tripleHelix = tripleHelixInformation(this.cells);
    return this.memo.tripleHelix;
  }

  /** The position of a node by its key (a projection actor index), if it is in this network. */
  positionOf(key: number): number | undefined {
    if (!this.memo.positions) {
      const positions = new Map<number, number>();
      this.network.keys.forEach((k, i) => positions.set(k, i));
      this.memo.positions = positions;
    }
    return this.memo.positions.get(key);
  }

  /**
   * Every node, strongest broker first: by betweenness, then lowest constraint (actors without
   * ties last), then position. Sorted once per analysis.
   */
  get ranking(): Int32Array {
    if (!this.memo.ranking) {
      const b = this.betweenness.values;
      const c = this.holes.constraint;
      const rank = (x: number) => (Number.isNaN(c[x]!) ? Infinity : c[x]!);
      this.memo.ranking = Int32Array.from(this.network.keys, (_, i) => i).sort(
        (x, y) => b[y]! - b[x]! || rank(x) - rank(y) || x - y,
      );
    }
    return this.memo.ranking;
  }

  /** The `limit` strongest brokers (actors with ties only). */
  brokers(limit: number): number[] {
    const out: number[] = [];
    for (const i of this.ranking) {
      if (out.length >= limit) break;
      if (this.network.offsets[i + 1]! > this.network.offsets[i]!) out.push(i);
    }
    return out;
  }
}
