import { nodeColumns } from '../model-queries.ts';
import { descendingNumber, listPage } from '../list-page.ts';
import type { PagedQuery } from '../list-page.ts';
import type { NodeRow } from '../model-types.ts';
import { recordChanges } from '../change-feed.ts';
import { NodeStore } from '../node-store.ts';
import type { Page, PageRequest } from '../paging.ts';
import { defineQuery } from '../query.ts';
import { RelationshipStore } from '../relationship-store.ts';
import type { QueryExecutor } from '../runner.ts';

export type IntroductionRow = NodeRow<'Introduction'>;

type IntroductionFilterParams = { actors: string[]; statuses: string[] };

const listIntroductions: PagedQuery<'Introduction', IntroductionFilterParams, number> = defineQuery(
  'introduction.list',
  'read',
  `MATCH (i:Introduction)
WHERE (size($statuses) = 0 OR i.status IN $statuses)
  AND ${descendingNumber('i.createdAt', 'i')}
OPTIONAL MATCH (requester:Actor)-[:REQUESTED]->(i)
OPTIONAL MATCH (i)-[:TO]->(receiver:Actor)
WITH i, requester, receiver
WHERE requester.id IN $actors OR receiver.id IN $actors
RETURN DISTINCT ${nodeColumns('Introduction', 'i')}, i.createdAt AS sortKey
ORDER BY sortKey DESC, id DESC
LIMIT $limit`,
);

/*
 * Expiring takes two statements. The first finds and holds every due introduction (Neo4j: the exclusive
 * node lock of a write, in key order so two sweeps cannot deadlock; LadybugDB runs one write
 * transaction at a time). The second re-reads those under that lock: Neo4j runs writers side by
 * side at read committed and does not re-check a WHERE after waiting for a lock, so in one
 * statement an answer committed meanwhile would be overwritten with EXPIRED.
 */
const lockDue = defineQuery<{ now: number }, { id: string }>('introduction.lockDue', 'write', {
  neo4j: `MATCH (i:Introduction)
WHERE i.status = 'REQUESTED' AND i.expiresAt IS NOT NULL AND i.expiresAt <= $now
WITH i ORDER BY i.id
SET i.id = i.id
RETURN i.id AS id`,
  ladybug: `MATCH (i:Introduction)
WHERE i.status = 'REQUESTED' AND i.expiresAt IS NOT NULL AND i.expiresAt <= $now
RETURN i.id AS id`,
});

const expireDue = defineQuery<{ ids: string[]; now: number }, { id: string }>(
  'introduction.expireDue',
  'write',
  `UNWIND $ids AS id
MATCH (i:Introduction {id: id})
WHERE i.status = 'REQUESTED' AND i.expiresAt IS NOT NULL AND i.expiresAt <= $now
SET i.status = 'EXPIRED', i.updatedAt = $now
RETURN i.id AS id`,
);

const expiringBetween = defineQuery<
  { from: number; to: number },
  { id: string; expiresAt: number; requester: string; receiver: string }
>(
  'introduction.expiringBetween',
  'read',
  `MATCH (requester:Actor)-[:REQUESTED]->(i:Introduction)-[:TO]->(receiver:Actor)
WHERE i.status = 'REQUESTED' AND i.expiresAt IS NOT NULL AND i.expiresAt > $from AND i.expiresAt <= $to
RETURN i.id AS id, i.expiresAt AS expiresAt, requester.id AS requester, receiver.id AS receiver
ORDER BY id`,
);

const outcomeCounts = defineQuery<
  { ids: string[] },
  { id: string; status: string; introductions: number }
>(
  'introduction.outcomeCountsByReceiver',
  'read',
  // Actors bound by key first: LadybugDB plans `b.id IN $ids` as a scan of every actor.
  `UNWIND $ids AS actorId
MATCH (b:Actor {id: actorId})
OPTIONAL MATCH (i:Introduction)-[:TO]->(b)
WITH b, i
WHERE i IS NOT NULL
RETURN b.id AS id, i.status AS status, count(i) AS introductions
ORDER BY id, status`,
);

export interface IntroductionEnds {
  requester: string;
  receiver: string;
  via: string | null;
  about: string | null;
}

export class IntroductionRepository {
  readonly nodes = new NodeStore('Introduction');
  readonly requested = new RelationshipStore('REQUESTED', 'Actor', 'Introduction');
  readonly to = new RelationshipStore('TO', 'Introduction', 'Actor');
  readonly via = new RelationshipStore('VIA', 'Introduction', 'Actor');
  readonly about = new RelationshipStore('ABOUT', 'Introduction', 'Opportunity');

  /** Introductions where any of the actors is the requester or the receiver, newest first. */
  list(
    tx: QueryExecutor,
    filter: { actors: readonly string[]; statuses?: readonly string[] },
    page: PageRequest,
  ): Promise<Page<IntroductionRow>> {
    const params = { actors: [...filter.actors], statuses: [...(filter.statuses ?? [])] };
    return listPage(tx, listIntroductions, params, page, Number.MAX_SAFE_INTEGER);
  }

  async create(
    tx: QueryExecutor,
    row: IntroductionRow,
    ends: IntroductionEnds,
  ): Promise<IntroductionRow> {
    await this.nodes.create(tx, row);
    await this.requested.merge(tx, [{ fromKey: ends.requester, toKey: row.id }]);
    await this.to.merge(tx, [{ fromKey: row.id, toKey: ends.receiver }]);
    if (ends.via) await this.via.merge(tx, [{ fromKey: row.id, toKey: ends.via }]);
    if (ends.about) await this.about.merge(tx, [{ fromKey: row.id, toKey: ends.about }]);
    return row;
  }

  /** Requester, receiver, introducer and opportunity of each introduction, in key order. */
  async ends(tx: QueryExecutor, ids: readonly string[]): Promise<IntroductionEnds[]> {
    const [requesters, receivers, vias, abouts] = [
      await this.requested.incoming(tx, ids),
      await this.to.outgoing(tx, ids),
      await this.via.outgoing(tx, ids),
      await this.about.outgoing(tx, ids),
    ];
    return ids.map((_, i) => ({
      requester: requesters[i]?.[0]?.fromKey ?? '',
      receiver: receivers[i]?.[0]?.toKey ?? '',
      via: vias[i]?.[0]?.toKey ?? null,
      about: abouts[i]?.[0]?.toKey ?? null,
    }));
  }

  /** Marks unanswered requests past their expiry as EXPIRED; returns their ids. */
  async expireDue(tx: QueryExecutor, now: number): Promise<string[]> {
    const due = (await tx.run(lockDue, { now })).map((r) => r.id);
    if (due.length === 0) return [];
    const ids = (await tx.run(expireDue, { ids: due, now })).map((r) => r.id);
    await recordChanges(
      tx,
      ids.map((id) => ({ entity: 'Introduction', entityId: id })),
      'UPSERT',
      now,
    );
    return ids;
  }

  /** Unanswered requests that expire after `from` and by `to`, with their actors. */
  expiringBetween(tx: QueryExecutor, from: number, to: number) {
    return tx.run(expiringBetween, { from, to });
  }

  /** Status counts of introductions received by each actor — the responsiveness evidence. */
  async outcomeCounts(
    tx: QueryExecutor,
    actorIds: readonly string[],
  ): Promise<Map<string, Record<string, number>>> {
    const result = new Map<string, Record<string, number>>();
    if (actorIds.length === 0) return result;
    for (const row of await tx.run(outcomeCounts, { ids: [...new Set(actorIds)] })) {
      const counts = result.get(row.id) ?? {};
      counts[row.status] = row.introductions;
      result.set(row.id, counts);
    }
    return result;
  }
}
