import { defineQuery } from '../query.ts';

/**
 * Read probes for `npm run bench` (seeds/src/bench). The point read will move to the actor
 * repository's get-by-id once it exists; the 2-hop query is the shape of partner suggestions.
 */
export const benchQueries = {
  /** A store round-trip doing no work: the same-run baseline. */
  ping: defineQuery<Record<string, never>, { one: number }>(
    'bench.ping',
    'read',
    'RETURN 1 AS one',
  ),
  actorById: defineQuery<{ id: string }, { id: string; name: string; kind: string; slug: string }>(
    'bench.actorById',
    'read',
    'MATCH (a:Actor {id: $id}) RETURN a.id AS id, a.name AS name, a.kind AS kind, a.slug AS slug',
  ),
  /**
   * Actors sharing topics with the given actor, scored Adamic-Adar style (rarer topics weigh
   * more); topics held by more than $maxTopicActors actors are skipped (hubs carry no signal and
   * would make the 2-hop expansion touch most of the graph). `b <> a` compares node identities,
   * so no property is read for the thousands of candidate rows before the top 20 are chosen.
   */
  sharedTopicPartners: defineQuery<
    { id: string; maxTopicActors: number; limit: number },
    { id: string; name: string; score: number; shared: number }
  >(
    'bench.sharedTopicPartners',
    'read',
    'MATCH (a:Actor {id: $id})-[:HAS_TOPIC]->(t:Topic)<-[:HAS_TOPIC]-(b:Actor) ' +
      'WHERE t.actorCount <= $maxTopicActors AND b <> a ' +
      'WITH b, sum(1.0 / log10(t.actorCount + 1)) AS score, count(t) AS shared ' +
      'RETURN b.id AS id, b.name AS name, score, shared ' +
      'ORDER BY score DESC, id LIMIT $limit',
  ),
} as const;
