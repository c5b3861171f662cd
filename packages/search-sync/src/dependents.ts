import type { Graph, QueryExecutor } from '@kobling/graph';
import type { SearchableLabel } from './searchable-rows.ts';

export interface EntityRef {
  readonly entity: string;
  readonly entityId: string;
}

type Neighbours = (tx: QueryExecutor, ids: readonly string[]) => Promise<string[][]>;
const to =
  (links: (tx: QueryExecutor, ids: readonly string[]) => Promise<{ toKey: string }[][]>) =>
  async (tx: QueryExecutor, ids: readonly string[]) =>
    (await links(tx, ids)).map((group) => group.map((l) => l.toKey));
const from =
  (links: (tx: QueryExecutor, ids: readonly string[]) => Promise<{ fromKey: string }[][]>) =>
  async (tx: QueryExecutor, ids: readonly string[]) =>
    (await links(tx, ids)).map((group) => group.map((l) => l.fromKey));

/**
 * Which documents show facts of an entity of another document: an actor's document holds its
 * projects, technologies and people's expertise; people, technologies and opportunities name
 * their actors. One step only, and only where the fan-out is the entity's own neighbourhood:
 * a relationship write announces both ends, so a topic, cluster or municipality is announced at
 * every link to it, and re-indexing all its holders each time would cost thousands of documents
 * per write at scale. Those change their names only by a taxonomy or seed load, which records a
 * rebuild; a cluster renamed through the API reaches its members' documents at the next
 * `npm run reindex`.
 */
function dependentsOf(graph: Graph): Record<string, [SearchableLabel, Neighbours][]> {
  return {
    Actor: [
      ['Person', from((tx, ids) => graph.people.worksAt.incoming(tx, ids))],
      ['Technology', from((tx, ids) => graph.technologies.originatedAt.incoming(tx, ids))],
      ['Opportunity', to((tx, ids) => graph.opportunities.postedBy.outgoing(tx, ids))],
    ],
    Person: [['Actor', to((tx, ids) => graph.people.worksAt.outgoing(tx, ids))]],
    Project: [['Actor', from((tx, ids) => graph.projects.participants.incoming(tx, ids))]],
    Technology: [
      ['Actor', to((tx, ids) => graph.technologies.originatedAt.outgoing(tx, ids))],
      ['Actor', to((tx, ids) => graph.technologies.commercialisedBy.outgoing(tx, ids))],
    ],
  };
}

/**
 * The changed entities and every searchable entity whose document shows one of their facts, each
 * once: an edited project re-indexes the actors in it, a renamed actor its people's documents.
 */
export async function withDependents(
  graph: Graph,
  tx: QueryExecutor,
  changed: readonly EntityRef[],
): Promise<EntityRef[]> {
  const idsByLabel = new Map<string, Set<string>>();
  for (const { entity, entityId } of changed) {
    idsByLabel.set(entity, (idsByLabel.get(entity) ?? new Set()).add(entityId));
  }
  const reached = new Map<string, EntityRef>();
  const add = (entity: string, entityId: string) =>
    reached.set(`${entity}\u0000${entityId}`, { entity, entityId });
  for (const { entity, entityId } of changed) add(entity, entityId);
  const dependents = dependentsOf(graph);
  for (const [label, ids] of idsByLabel) {
    for (const [dependent, neighbours] of dependents[label] ?? []) {
      for (const group of await neighbours(tx, [...ids])) {
        for (const id of group) add(dependent, id);
      }
    }
  }
  return [...reached.values()];
}
