import { nodeColumns } from '../model-queries.ts';
import type { MembershipRole, MembershipStatus } from '@kobling/domain';
import { ascendingText, listPage } from '../list-page.ts';
import type { PagedQuery } from '../list-page.ts';
import type { NodeRow } from '../model-types.ts';
import { NodeStore } from '../node-store.ts';
import type { Page, PageRequest } from '../paging.ts';
import { defineQuery } from '../query.ts';
import { RelationshipStore } from '../relationship-store.ts';
import type { Link } from '../relationship-store.ts';
import type { QueryExecutor } from '../runner.ts';

export type ClusterRow = NodeRow<'Cluster'>;
export type Membership = Link<'MEMBER_OF'>;

type ClusterFilterParams = { levels: string[]; text: string; activeOnly: boolean[] };

const listClusters: PagedQuery<'Cluster', ClusterFilterParams, string> = defineQuery(
  'cluster.list',
  'read',
  `MATCH (c:Cluster)
WHERE (size($levels) = 0 OR c.level IN $levels)
  AND ($text = '' OR toLower(c.name) CONTAINS $text)
  AND (size($activeOnly) = 0 OR (c.endYear IS NULL AND true IN $activeOnly))
  AND ${ascendingText('c.name', 'c')}
RETURN ${nodeColumns('Cluster', 'c')}, c.name AS sortKey
ORDER BY sortKey, id
LIMIT $limit`,
);

const activeMemberCounts = defineQuery<{ ids: string[] }, { id: string; members: number }>(
  'cluster.activeMemberCounts',
  'read',
  `MATCH (c:Cluster) WHERE c.id IN $ids
OPTIONAL MATCH (a:Actor)-[m:MEMBER_OF]->(c) WHERE m.status = 'ACTIVE'
RETURN c.id AS id, count(a) AS members`,
);

export class ClusterRepository {
  readonly nodes = new NodeStore('Cluster');
  readonly memberships = new RelationshipStore('MEMBER_OF', 'Actor', 'Cluster');
  readonly facilitators = new RelationshipStore('FACILITATES', 'Actor', 'Cluster');
  readonly managers = new RelationshipStore('MANAGES', 'User', 'Cluster');

  list(
    tx: QueryExecutor,
    filter: { levels?: readonly string[]; text?: string; activeOnly?: boolean },
    page: PageRequest,
  ): Promise<Page<ClusterRow>> {
    const params: ClusterFilterParams = {
      levels: [...(filter.levels ?? [])],
      text: (filter.text ?? '').trim().toLowerCase(),
      activeOnly: filter.activeOnly ? [true] : [],
    };
    return listPage(tx, listClusters, params, page, '');
  }

  async membership(
    tx: QueryExecutor,
    actorId: string,
    clusterId: string,
  ): Promise<Membership | null> {
    const links = (await this.memberships.outgoing(tx, [actorId]))[0] ?? [];
    return links.find((l) => l.toKey === clusterId) ?? null;
  }

  /** Sets the membership's status (the caller has checked the transition is allowed). */
  async setMembership(
    tx: QueryExecutor,
    actorId: string,
    clusterId: string,
    status: MembershipStatus,
    now: number,
    role: MembershipRole | null = null,
  ): Promise<Membership> {
    const link: Membership = { fromKey: actorId, toKey: clusterId, status, role, since: now };
    await this.memberships.merge(tx, [link]);
    return link;
  }

  async activeMemberCounts(tx: QueryExecutor, ids: readonly string[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await tx.run(activeMemberCounts, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.id, r.members]));
    return ids.map((id) => byId.get(id) ?? 0);
  }
}
