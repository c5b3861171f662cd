import { MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES, PROJECT_ROLES, isOneOf } from '@kobling/domain';
import type { Link } from '@kobling/graph';
import { byId } from '@kobling/projection';
import type { Projection } from '@kobling/projection';

/*
 * An actor's ties as the projection holds them, in the shape (and the order: by target id) the
 * store's relationship reads give, so the fields that return them are the same from either. The
 * projection keeps a missing property as null; the model requires `since` of a membership and
 * `role` of a participation, and the repositories never write a tie without them.
 */

export function topicLinksOf(projection: Projection, actorId: string): Link<'HAS_TOPIC'>[] {
  return (projection.actor(actorId)?.topics ?? []).map((t) => ({
    fromKey: actorId,
    toKey: t.topicId,
    weight: t.weight,
  }));
}

export function membershipsOf(projection: Projection, actorId: string): Link<'MEMBER_OF'>[] {
  return (projection.actor(actorId)?.memberships ?? []).flatMap((m) => {
    const { status, role, since } = m;
    if (since === null || !isOneOf(MEMBERSHIP_STATUSES, status)) return [];
    const known = isOneOf(MEMBERSHIP_ROLES, role) ? role : null;
    return [{ fromKey: actorId, toKey: m.clusterId, status, role: known, since }];
  });
}

export function participationsOf(
  projection: Projection,
  actorId: string,
): Link<'PARTICIPATES_IN'>[] {
  return (projection.actor(actorId)?.projects ?? []).flatMap(({ projectId, role }) =>
    isOneOf(PROJECT_ROLES, role) ? [{ fromKey: actorId, toKey: projectId, role }] : [],
  );
}

/** The memberships of a cluster, by actor id. */
export function clusterMembershipsOf(
  projection: Projection,
  clusterId: string,
): Link<'MEMBER_OF'>[] {
  const members: string[] = [];
  projection.forEachMember(clusterId, (index) => members.push(projection.actorIdAt(index)));
  return [...new Set(members)]
    .sort(byId)
    .flatMap((actorId) => membershipsOf(projection, actorId).filter((m) => m.toKey === clusterId));
}

/** An actor outside a cluster that shares projects with its active members. */
export interface ProjectPartner {
  readonly actorId: string;
  /** The shared projects' ids, in id order. */
  readonly projectIds: readonly string[];
}

/** The actors outside a cluster that share a project with an ACTIVE member, by actor id. */
export function projectPartnersOf(projection: Projection, clusterId: string): ProjectPartner[] {
  const members = new Set<string>();
  projection.forEachActiveMember(clusterId, (index) => members.add(projection.actorIdAt(index)));
  const projects = new Set<string>();
  for (const member of members) for (const id of projection.projectIdsOf(member)) projects.add(id);
  const shared = new Map<string, Set<string>>();
  for (const projectId of projects) {
    projection.forEachParticipant(projectId, (index) => {
      const actorId = projection.actorIdAt(index);
      if (members.has(actorId)) return;
      const list = shared.get(actorId) ?? new Set<string>();
      list.add(projectId);
      shared.set(actorId, list);
    });
  }
  return [...shared]
    .sort(([a], [b]) => byId(a, b))
    .map(([actorId, ids]) => ({ actorId, projectIds: [...ids].sort(byId) }));
}
