import { nodeColumns } from '../model-queries.ts';
import { descendingNumber, listPage } from '../list-page.ts';
import type { PagedQuery } from '../list-page.ts';
import type { NodeRow } from '../model-types.ts';
import { NodeStore } from '../node-store.ts';
import type { Page, PageRequest } from '../paging.ts';
import { defineQuery } from '../query.ts';
import { RelationshipStore } from '../relationship-store.ts';
import type { QueryExecutor } from '../runner.ts';

export type OpportunityRow = NodeRow<'Opportunity'>;

export interface OpportunityFilter {
  kinds?: readonly string[];
  statuses?: readonly string[];
  topics?: readonly string[];
  postedBy?: readonly string[];
  /** PRIVATE opportunities are included only when posted by one of these actors. */
  privateVisibleTo: readonly string[];
}

type OpportunityFilterParams = {
  kinds: string[];
  statuses: string[];
  topics: string[];
  postedBy: string[];
  privateVisibleTo: string[];
};

const listOpportunities: PagedQuery<'Opportunity', OpportunityFilterParams, number> = defineQuery(
  'opportunity.list',
  'read',
  `MATCH (o:Opportunity)
WHERE (size($kinds) = 0 OR o.kind IN $kinds)
  AND (size($statuses) = 0 OR o.status IN $statuses)
  AND ${descendingNumber('o.createdAt', 'o')}
WITH o WHERE (size($topics) = 0 OR EXISTS { MATCH (o)-[:HAS_TOPIC]->(t:Topic) WHERE t.id IN $topics })
WITH o WHERE (size($postedBy) = 0 OR EXISTS { MATCH (poster:Actor)-[:POSTED]->(o) WHERE poster.id IN $postedBy })
WITH o WHERE (o.visibility = 'PUBLIC' OR EXISTS { MATCH (owner:Actor)-[:POSTED]->(o) WHERE owner.id IN $privateVisibleTo })
RETURN ${nodeColumns('Opportunity', 'o')}, o.createdAt AS sortKey
ORDER BY sortKey DESC, id DESC
LIMIT $limit`,
);

export class OpportunityRepository {
  readonly nodes = new NodeStore('Opportunity');
  readonly topics = new RelationshipStore('HAS_TOPIC', 'Opportunity', 'Topic');
  readonly postedBy = new RelationshipStore('POSTED', 'Actor', 'Opportunity');

  list(
    tx: QueryExecutor,
    filter: OpportunityFilter,
    page: PageRequest,
  ): Promise<Page<OpportunityRow>> {
    const params: OpportunityFilterParams = {
      kinds: [...(filter.kinds ?? [])],
      statuses: [...(filter.statuses ?? [])],
      topics: [...(filter.topics ?? [])],
      postedBy: [...(filter.postedBy ?? [])],
      privateVisibleTo: [...filter.privateVisibleTo],
    };
    return listPage(tx, listOpportunities, params, page, Number.MAX_SAFE_INTEGER);
  }

  /** Posts an opportunity for an actor with its topics, in the caller's transaction. */
  async post(
    tx: QueryExecutor,
    actorId: string,
    opportunity: OpportunityRow,
    topics: readonly { topicId: string; weight: number }[],
  ): Promise<OpportunityRow> {
    await this.nodes.create(tx, opportunity);
    await this.postedBy.merge(tx, [{ fromKey: actorId, toKey: opportunity.id }]);
    await this.topics.merge(
      tx,
      topics.map((t) => ({ fromKey: opportunity.id, toKey: t.topicId, weight: t.weight })),
    );
    return opportunity;
  }
}
