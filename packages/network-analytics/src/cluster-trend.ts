import type { Projection } from '@kobling/projection';
import type { HelixTrendPoint } from './analytics.ts';
import type { TieVisibility } from './dated-ties.ts';
import { TIE_STATUSES, asOfYear, runsIn } from './dated-ties.ts';
import { buildNetwork, helixCode } from './network.ts';
import { ScopeAnalysis } from './scope-analysis.ts';
import { emptyCells, helixBitOfCode } from './triple-helix.ts';

/* Points kept per version: a page's chart asks for a dozen years of one cluster. */
const MAX_POINTS = 4096;
const kept = new WeakMap<Projection, Map<string, HelixTrendPoint>>();

/**
 * A cluster's E-I index and T(UIG) for each year from `from` to `to`, one point a year: the same
 * numbers as `NetworkAnalytics.cluster` at the end of each year, but read from the members' own
 * projects instead of the whole region's dated ties, so a cluster page's chart costs its members'
 * ties, not the region's, for every year it shows. Kept per projection version. Null for a
 * cluster the version does not hold.
 */
export function clusterHelixTrend(
  projection: Projection,
  clusterId: string,
  from: number,
  to: number,
  visibility: TieVisibility,
): HelixTrendPoint[] | null {
  if (!projection.cluster(clusterId)) return null;
  let points = kept.get(projection);
  if (!points) {
    points = new Map();
    kept.set(projection, points);
  }
  const out: HelixTrendPoint[] = [];
  for (let year = from; year <= to; year += 1) {
    const key = `${clusterId}:${year}:${visibility}`;
    let point = points.get(key);
    if (!point) {
      point = clusterYear(projection, clusterId, year, visibility);
      if (points.size >= MAX_POINTS) points.delete(points.keys().next().value!);
      points.set(key, point);
    }
    out.push(point);
  }
  return out;
}

function clusterYear(
  projection: Projection,
  clusterId: string,
  year: number,
  visibility: TieVisibility,
): HelixTrendPoint {
  const { at } = asOfYear(year);
  const members: number[] = [];
  projection.forEachMembership(clusterId, (index, status, since) => {
    if (status === 'ACTIVE' && (since === null || since <= at) && projection.hasActorAt(index))
      members.push(index);
  });
  members.sort((a, b) => a - b);
  const positionOf = new Map(members.map((key, p) => [key, p]));
  const from: number[] = [];
  const to: number[] = [];
  const cells = emptyCells();
  const seen = new Set<string>();
  for (const key of members) {
    for (const projectId of projection.projectIdsOf(projection.actorIdAt(key))) {
      if (seen.has(projectId)) continue;
      seen.add(projectId);
      const project = projection.project(projectId);
      if (!project || !runsIn(project.startYear, project.endYear, year)) continue;
      const inside: number[] = [];
      projection.forEachParticipant(projectId, (index) => {
        const p = positionOf.get(index);
        if (p !== undefined) inside.push(p);
      });
      if (inside.length === 0) continue;
      let bits = 0;
      for (let x = 0; x < inside.length; x += 1) {
        bits |= helixBitOfCode(helixCode(projection.helixAt(members[inside[x]!]!)));
        for (let y = x + 1; y < inside.length; y += 1) {
          from.push(inside[x]!);
          to.push(inside[y]!);
        }
      }
      cells[bits]! += 1;
    }
  }
  if (visibility === 'ALL') {
    projection.forEachIntroduction((intro) => {
      if (!TIE_STATUSES.has(intro.status) || intro.requesterId === null) return;
      if (intro.respondedAt === null || intro.respondedAt > at) return;
      const a = positionOf.get(projection.actorIndex(intro.requesterId) ?? -1);
      const b = positionOf.get(projection.actorIndex(intro.receiverId) ?? -1);
      if (a === undefined || b === undefined) return;
      from.push(a);
      to.push(b);
    });
  }
  const scope = new ScopeAnalysis(
    buildNetwork(
      members,
      members.map((key) => helixCode(projection.helixAt(key))),
      from,
      to,
    ),
    cells,
  );
  return {
    year,
    actors: scope.structure.actors,
    ties: scope.structure.ties,
    ei: scope.ei,
    tripleHelix: scope.tripleHelix,
    coParticipations: cells.reduce((a, b) => a + b, 0),
  };
}
