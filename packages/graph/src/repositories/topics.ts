import { nodeColumns } from '../model-queries.ts';
import { ascendingText, listPage } from '../list-page.ts';
import type { PagedQuery } from '../list-page.ts';
import type { NodeRow } from '../model-types.ts';
import { recordChanges } from '../change-feed.ts';
import { NodeStore } from '../node-store.ts';
import type { Page, PageRequest } from '../paging.ts';
import { defineQuery } from '../query.ts';
import { RelationshipStore } from '../relationship-store.ts';
import type { QueryExecutor } from '../runner.ts';

export type TopicRow = NodeRow<'Topic'>;

type TopicFilterParams = { text: string; rootsOnly: boolean[] };

const listTopics: PagedQuery<'Topic', TopicFilterParams, string> = defineQuery(
  'topic.list',
  'read',
  `MATCH (t:Topic)
OPTIONAL MATCH (t)-[:BROADER]->(parent:Topic)
WITH t, count(parent) AS parents
WHERE ($text = '' OR toLower(t.name) CONTAINS $text OR toLower(t.nameNb) CONTAINS $text)
  AND (size($rootsOnly) = 0 OR (parents = 0 AND true IN $rootsOnly))
  AND ${ascendingText('t.name', 't')}
RETURN ${nodeColumns('Topic', 't')}, t.name AS sortKey
ORDER BY sortKey, id
LIMIT $limit`,
);

const allTopics = defineQuery<Record<string, never>, { id: string }>(
  'topic.allIds',
  'read',
  'MATCH (t:Topic) RETURN t.id AS id ORDER BY id',
);

const refreshAllActorCounts = defineQuery<Record<string, never>, { id: string }>(
  'topic.refreshAllActorCounts',
  'write',
  `MATCH (t:Topic)
OPTIONAL MATCH (a:Actor)-[:HAS_TOPIC]->(t)
WITH t, count(a) AS holders
WHERE coalesce(t.actorCount, -1) <> holders
SET t.actorCount = holders
RETURN t.id AS id`,
);

export class TopicRepository {
  readonly nodes = new NodeStore('Topic');
  /** narrower → broader */
  readonly broader = new RelationshipStore('BROADER', 'Topic', 'Topic');

  list(
    tx: QueryExecutor,
    filter: { text?: string; rootsOnly?: boolean },
    page: PageRequest,
  ): Promise<Page<TopicRow>> {
    const params: TopicFilterParams = {
      text: (filter.text ?? '').trim().toLowerCase(),
      rootsOnly: filter.rootsOnly ? [true] : [],
    };
    return listPage(tx, listTopics, params, page, '');
  }

  /**
   * Recounts actorCount of every topic (after bulk writes such as a seed load); only topics
   * whose count changed are written and announced. Returns how many changed.
   */
  async refreshAllActorCounts(tx: QueryExecutor): Promise<number> {
    const counted = await tx.run(refreshAllActorCounts, {});
    await recordChanges(
      tx,
      counted.map(({ id }) => ({ entity: 'Topic', entityId: id })),
      'UPSERT',
    );
    return counted.length;
  }

  /** The whole taxonomy (a few hundred rows): for mapping free text to topics. */
  async all(tx: QueryExecutor): Promise<TopicRow[]> {
    const ids = (await tx.run(allTopics, {})).map((r) => r.id);
    return (await this.nodes.getMany(tx, ids)).filter((t): t is TopicRow => t !== null);
  }
}
