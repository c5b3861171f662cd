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
 * projects, technologies, people's expertise, clusters and municipality; people, technologies
 * and opportunities name their actors; every document names its topics (and a topic its broader
 * one). One step only: what a document shows of its neighbours is never a neighbour's neighbour.
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
    Cluster: [['Actor', from((tx, ids) => graph.actors.memberships.incoming(tx, ids))]],
    Municipality: [['Actor', from((tx, ids) => graph.actors.location.incoming(tx, ids))]],
    Topic: [
      ['Actor', from((tx, ids) => graph.actors.topics.incoming(tx, ids))],
      ['Person', from((tx, ids) => graph.people.topics.incoming(tx, ids))],
      ['Technology', from((tx, ids) => graph.technologies.topics.incoming(tx, ids))],
      ['Opportunity', from((tx, ids) => graph.opportunities.topics.incoming(tx, ids))],
      ['Topic', from((tx, ids) => graph.topics.broader.incoming(tx, ids))],
    ],
  };
}

/**
 * The changed entities and every searchable entity whose document shows one of their facts, each
 * once: a renamed topic re-indexes the actors that carry it, an edited project the actors in it.
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
