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

/*
 * Every opportunity has its one poster (post() writes both), so the poster and visibility filters
 * are a join, not a subquery per row; the topic filter's subquery is in a variant of its own,
 * since LadybugDB evaluates an EXISTS for every row even when the list it tests is empty. The
 * shared parts are fixed text from this module (no input reaches them).
 */
const OPPORTUNITY_FILTERS = `MATCH (owner:Actor)-[:POSTED]->(o:Opportunity)
WHERE (size($kinds) = 0 OR o.kind IN $kinds)
  AND (size($statuses) = 0 OR o.status IN $statuses)
  AND (size($postedBy) = 0 OR owner.id IN $postedBy)
  AND (o.visibility = 'PUBLIC' OR owner.id IN $privateVisibleTo)
  AND ${descendingNumber('o.createdAt', 'o')}`;

const OPPORTUNITY_PAGE = `RETURN ${nodeColumns('Opportunity', 'o')}, o.createdAt AS sortKey
ORDER BY sortKey DESC, id DESC
LIMIT $limit`;

const listOpportunities: PagedQuery<'Opportunity', OpportunityFilterParams, number> = defineQuery(
  'opportunity.list',
  'read',
  `${OPPORTUNITY_FILTERS}
${OPPORTUNITY_PAGE}`,
);

const listOpportunitiesOnTopics: PagedQuery<'Opportunity', OpportunityFilterParams, number> =
  defineQuery(
    'opportunity.listOnTopics',
    'read',
    `${OPPORTUNITY_FILTERS}
WITH o WHERE EXISTS { MATCH (o)-[:HAS_TOPIC]->(t:Topic) WHERE t.id IN $topics }
${OPPORTUNITY_PAGE}`,
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
    const query = params.topics.length > 0 ? listOpportunitiesOnTopics : listOpportunities;
    return listPage(tx, query, params, page, Number.MAX_SAFE_INTEGER);
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
