import type { Projection } from '@kobling/projection';
import { projectionOfRows } from '@kobling/projection/testing';
import { EXAMPLE_NETWORK } from './example-network.ts';

export { EXAMPLE_NETWORK } from './example-network.ts';

/** The example network as a projection built from export rows (no store). */
export function exampleProjection(): Projection {
  const x = EXAMPLE_NETWORK;
  return projectionOfRows({
    municipalities: x.municipalities.map((m) => [m.code, m.name, m.inRegion]),
    topics: x.topics.map((t) => [t.id, t.name, t.nameNb, t.id, 0]),
    clusters: [[x.cluster.id, x.cluster.name, x.cluster.id, x.cluster.startYear, null]],
    projects: x.projects.map((p) => [p.id, p.id, p.startYear, p.endYear, null]),
    actors: x.actors.map((a) => [a.id, a.kind, a.helix, a.id, a.id, null, 'synthetic']),
    actorPlaces: x.actors.map((a) => [a.id, a.place]),
    actorTopics: x.actors.flatMap((a) => a.topics.map((t) => [a.id, t, 1])),
    memberships: x.memberships.map((m) => [m.actorId, x.cluster.id, m.status, 'MEMBER', m.since]),
    participations: x.projects.flatMap((p) => p.participants.map((a) => [a, p.id, 'PARTNER'])),
    introductions: x.introductions.map((i) => [
      i.id,
      i.requester,
      i.receiver,
      i.status,
      null,
      i.respondedAt,
      i.respondedAt,
    ]),
  });
}
