import { nodeColumns } from '../model-queries.ts';
import { ascendingText, listPage } from '../list-page.ts';
import type { PagedQuery } from '../list-page.ts';
import type { NodeRow } from '../model-types.ts';
import { NodeStore } from '../node-store.ts';
import type { Page, PageRequest } from '../paging.ts';
import { defineQuery } from '../query.ts';
import { RelationshipStore } from '../relationship-store.ts';
import type { QueryExecutor } from '../runner.ts';

export type ProjectRow = NodeRow<'Project'>;

type ProjectFilterParams = { participants: string[]; topics: string[] };

const listProjects: PagedQuery<'Project', ProjectFilterParams, string> = defineQuery(
  'project.list',
  'read',
  `MATCH (p:Project)
WHERE (size($participants) = 0 OR EXISTS { MATCH (a:Actor)-[:PARTICIPATES_IN]->(p) WHERE a.id IN $participants })
  AND ${ascendingText('p.title', 'p')}
WITH p WHERE (size($topics) = 0 OR EXISTS { MATCH (p)-[:HAS_TOPIC]->(t:Topic) WHERE t.id IN $topics })
RETURN ${nodeColumns('Project', 'p')}, p.title AS sortKey
ORDER BY sortKey, id
LIMIT $limit`,
);

export class ProjectRepository {
  readonly nodes = new NodeStore('Project');
  readonly topics = new RelationshipStore('HAS_TOPIC', 'Project', 'Topic');
  readonly participants = new RelationshipStore('PARTICIPATES_IN', 'Actor', 'Project');

  list(
    tx: QueryExecutor,
    filter: { participants?: readonly string[]; topics?: readonly string[] },
    page: PageRequest,
  ): Promise<Page<ProjectRow>> {
    const params: ProjectFilterParams = {
      participants: [...(filter.participants ?? [])],
      topics: [...(filter.topics ?? [])],
    };
    return listPage(tx, listProjects, params, page, '');
  }
}
