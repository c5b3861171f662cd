import { MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES, PROJECT_ROLES } from '@kobling/domain';
import type { Link } from '@kobling/graph';
import type { Projection } from '@kobling/projection';
import { inVocabulary } from './projected.ts';

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
    if (since === null || !inVocabulary(MEMBERSHIP_STATUSES, status)) return [];
    const known = inVocabulary(MEMBERSHIP_ROLES, role) ? role : null;
    return [{ fromKey: actorId, toKey: m.clusterId, status, role: known, since }];
  });
}

export function participationsOf(
  projection: Projection,
  actorId: string,
): Link<'PARTICIPATES_IN'>[] {
  return (projection.actor(actorId)?.projects ?? []).flatMap(({ projectId, role }) =>
    inVocabulary(PROJECT_ROLES, role) ? [{ fromKey: actorId, toKey: projectId, role }] : [],
  );
}
