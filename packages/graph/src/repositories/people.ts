import { nodeColumns } from '../model-queries.ts';
import { ascendingText, listPage } from '../list-page.ts';
import type { PagedQuery } from '../list-page.ts';
import type { NodeRow } from '../model-types.ts';
import { NodeStore } from '../node-store.ts';
import type { Page, PageRequest } from '../paging.ts';
import { defineQuery } from '../query.ts';
import { RelationshipStore } from '../relationship-store.ts';
import type { QueryExecutor } from '../runner.ts';

export type PersonRow = NodeRow<'Person'>;

export interface PersonFilter {
  /** Only people who consented to be listed; the public API always sets this. */
  listedOnly: boolean;
  actors?: readonly string[];
  topics?: readonly string[];
  text?: string;
}

type PersonFilterParams = {
  listed: boolean[];
  actors: string[];
  topics: string[];
  text: string;
};

const listPeople: PagedQuery<'Person', PersonFilterParams, string> = defineQuery(
  'person.list',
  'read',
  `MATCH (p:Person)
WHERE (size($listed) = 0 OR p.listed IN $listed)
  AND ($text = '' OR toLower(p.name) CONTAINS $text)
  AND ${ascendingText('p.name', 'p')}
WITH p WHERE (size($actors) = 0 OR EXISTS { MATCH (p)-[:WORKS_AT]->(a:Actor) WHERE a.id IN $actors })
WITH p WHERE (size($topics) = 0 OR EXISTS { MATCH (p)-[:HAS_TOPIC]->(t:Topic) WHERE t.id IN $topics })
RETURN ${nodeColumns('Person', 'p')}, p.name AS sortKey
ORDER BY sortKey, id
LIMIT $limit`,
);

export class PersonRepository {
  readonly nodes = new NodeStore('Person');
  readonly topics = new RelationshipStore('HAS_TOPIC', 'Person', 'Topic');
  readonly worksAt = new RelationshipStore('WORKS_AT', 'Person', 'Actor');

  list(tx: QueryExecutor, filter: PersonFilter, page: PageRequest): Promise<Page<PersonRow>> {
    const params: PersonFilterParams = {
      listed: filter.listedOnly ? [true] : [],
      actors: [...(filter.actors ?? [])],
      topics: [...(filter.topics ?? [])],
      text: (filter.text ?? '').trim().toLowerCase(),
    };
    return listPage(tx, listPeople, params, page, '');
  }

  /** Consent to be listed, or its withdrawal; both are recorded with their time. */
  setListed(tx: QueryExecutor, personId: string, listed: boolean, now: number): Promise<PersonRow> {
    return this.nodes.update(tx, personId, {
      listed,
      consentAt: listed ? now : null,
      updatedAt: now,
    });
  }
}
