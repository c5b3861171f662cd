import type { Projection } from '@kobling/projection';
import type { AsOf, TieVisibility } from './dated-ties.ts';
import type { Alert } from './alerts.ts';
import { clusterAlerts } from './alerts.ts';
import { DatedTies, asOfYear, inducedNetwork } from './dated-ties.ts';
import { ScopeAnalysis } from './scope-analysis.ts';
import type { EiIndex, HelixCells } from './triple-helix.ts';
import { emptyCells, helixBitOfCode } from './triple-helix.ts';

/** One year of the region's triple-helix balance. */
export interface HelixTrendPoint {
  readonly year: number;
  readonly actors: number;
  readonly ties: number;
  readonly ei: EiIndex;
  /** T(UIG) in bits; null without co-participations that year. */
  readonly tripleHelix: number | null;
  /** Projects running that year with a participant in the region. */
  readonly coParticipations: number;
}

/*
 * Moments kept per version. A dated network of 100k actors holds a few megabytes; pages ask for
 * a handful of moments (today, a year picked on a chart), the trend for its years' points only.
 */
const MAX_MOMENTS = 6;
const MAX_SCOPES = 512;

const versions = new WeakMap<Projection, NetworkAnalytics>();

/**
 * Network analytics over one projection version, each answer computed once and kept with the
 * version: every write publishes a new version, so a kept answer is never older than the graph
 * it was computed on, and an old version's answers go when nobody holds the version.
 */
export class NetworkAnalytics {
  readonly projection: Projection;
  private readonly moments = new Map<string, DatedTies>();
  private readonly scopes = new Map<string, ScopeAnalysis | null>();
  private readonly trend = new Map<string, HelixTrendPoint>();
  private readonly alerts = new Map<string, readonly Alert[] | null>();
  private regionCodes: Set<string> | undefined;

  private constructor(projection: Projection) {
    this.projection = projection;
  }

  static of(projection: Projection): NetworkAnalytics {
    let analytics = versions.get(projection);
    if (!analytics) {
      analytics = new NetworkAnalytics(projection);
      versions.set(projection, analytics);
    }
    return analytics;
  }

  /** An instance of its own, keeping nothing from earlier ones: benchmarks measure the cold cost. */
  static uncached(projection: Projection): NetworkAnalytics {
    return new NetworkAnalytics(projection);
  }

  /** Every actor and its ties at a moment. */
  tiesAt(asOf: AsOf, visibility: TieVisibility): DatedTies {
    const key = `${asOf.at}:${visibility}`;
    let ties = this.moments.get(key);
    if (!ties) {
      ties = new DatedTies(this.projection, asOf, visibility);
      if (this.moments.size >= MAX_MOMENTS) this.moments.delete(this.moments.keys().next().value!);
      this.moments.set(key, ties);
    }
    return ties;
  }

  /** The region: actors located in one of its municipalities. */
  region(asOf: AsOf, visibility: TieVisibility): ScopeAnalysis {
    return this.scope(`region:${asOf.at}:${visibility}`, () => {
      const ties = this.tiesAt(asOf, visibility);
      return this.analyse(ties, this.regionPositions(ties));
    })!;
  }

  /**
   * A cluster: its members at the moment (ACTIVE, with the status dated at or before it) and
   * their ties with each other. Null for a cluster the version does not hold.
   */
  cluster(clusterId: string, asOf: AsOf, visibility: TieVisibility): ScopeAnalysis | null {
    return this.scope(`cluster:${clusterId}:${asOf.at}:${visibility}`, () => {
      if (!this.projection.cluster(clusterId)) return null;
      const ties = this.tiesAt(asOf, visibility);
      const members: number[] = [];
      this.projection.forEachMembership(clusterId, (index, status, since) => {
        if (status !== 'ACTIVE' || (since !== null && since > asOf.at)) return;
        const p = ties.positionOf[index]!;
        if (p >= 0) members.push(p);
      });
      return this.analyse(
        ties,
        members.sort((a, b) => a - b),
      );
    });
  }

  /** A cluster manager's alerts and gaps (alerts.ts); null for a cluster the version lacks. */
  clusterAlerts(clusterId: string, asOf: AsOf, visibility: TieVisibility): readonly Alert[] | null {
    const key = `${clusterId}:${asOf.at}:${visibility}`;
    if (!this.alerts.has(key)) {
      const scope = this.cluster(clusterId, asOf, visibility);
      const alerts = scope
        ? clusterAlerts(this.projection, scope, this.region(asOf, visibility))
        : null;
      if (this.alerts.size >= MAX_SCOPES) this.alerts.delete(this.alerts.keys().next().value!);
      this.alerts.set(key, alerts);
    }
    return this.alerts.get(key)!;
  }

  /** A municipality: the actors located there. Null for a code the version does not hold. */
  municipality(code: string, asOf: AsOf, visibility: TieVisibility): ScopeAnalysis | null {
    return this.scope(`municipality:${code}:${asOf.at}:${visibility}`, () => {
      if (!this.projection.municipality(code)) return null;
      const ties = this.tiesAt(asOf, visibility);
      const nodes: number[] = [];
      ties.network.keys.forEach((key, p) => {
        if (this.projection.placeAt(key) === code) nodes.push(p);
      });
      return this.analyse(ties, nodes);
    });
  }

  /** The region's E-I index and T(UIG) for each year from `from` to `to`, one point a year. */
  helixTrend(from: number, to: number, visibility: TieVisibility): HelixTrendPoint[] {
    const out: HelixTrendPoint[] = [];
    for (let year = from; year <= to; year += 1) {
      const key = `${year}:${visibility}`;
      let point = this.trend.get(key);
      if (!point) {
        // Not kept as a moment: a chart's years would push the pages' moments out.
        const ties = new DatedTies(this.projection, asOfYear(year), visibility);
        const region = this.analyse(ties, this.regionPositions(ties));
        point = {
          year,
          actors: region.structure.actors,
          ties: region.structure.ties,
          ei: region.ei,
          tripleHelix: region.tripleHelix,
          coParticipations: region.cells.reduce((a, b) => a + b, 0),
        };
        this.trend.set(key, point);
      }
      out.push(point);
    }
    return out;
  }

  private scope(key: string, compute: () => ScopeAnalysis | null): ScopeAnalysis | null {
    if (this.scopes.has(key)) return this.scopes.get(key)!;
    const scope = compute();
    if (this.scopes.size >= MAX_SCOPES) this.scopes.delete(this.scopes.keys().next().value!);
    this.scopes.set(key, scope);
    return scope;
  }

  private regionPositions(ties: DatedTies): number[] | null {
    this.regionCodes ??= new Set(this.projection.regionMunicipalityCodes());
    const nodes: number[] = [];
    ties.network.keys.forEach((key, p) => {
      const place = this.projection.placeAt(key);
      if (place !== null && this.regionCodes!.has(place)) nodes.push(p);
    });
    // Every actor in the region: the whole network, not a copy of it.
    return nodes.length === ties.network.keys.length ? null : nodes;
  }

  /** The scope's network and its co-participations; `nodes` null = every actor. */
  private analyse(ties: DatedTies, nodes: readonly number[] | null): ScopeAnalysis {
    const whole = ties.network;
    const inScope = new Uint8Array(whole.keys.length);
    if (nodes === null) inScope.fill(1);
    else for (const p of nodes) inScope[p] = 1;
    return new ScopeAnalysis(
      nodes === null ? whole : inducedNetwork(whole, nodes),
      cellsOf(ties, inScope),
    );
  }
}

/** Co-participations by the helix set of their participants in scope (projects without any left out). */
function cellsOf(ties: DatedTies, inScope: Uint8Array): HelixCells {
  const cells = emptyCells();
  for (const participants of ties.projects.values()) {
    let bits = 0;
    let any = false;
    for (const p of participants) {
      if (inScope[p] !== 1) continue;
      any = true;
      bits |= helixBitOfCode(ties.network.helix[p]!);
    }
    if (any) cells[bits]! += 1;
  }
  return cells;
}
