import { nodeColumns } from '../model-queries.ts';
import type { RepresentationStatus } from '@kobling/domain';
import { ascendingText, listPage } from '../list-page.ts';
import type { PagedQuery } from '../list-page.ts';
import type { NodeRow } from '../model-types.ts';
import { NodeStore } from '../node-store.ts';
import type { Page, PageRequest } from '../paging.ts';
import { defineQuery } from '../query.ts';
import { RelationshipStore } from '../relationship-store.ts';
import type { QueryExecutor } from '../runner.ts';

export type UserRow = NodeRow<'User'>;
export type SessionRow = NodeRow<'Session'>;

const claims = defineQuery<
  { statuses: string[] },
  {
    userId: string;
    actorId: string;
    status: RepresentationStatus;
    role: string | null;
    since: number;
  }
>(
  'user.representationClaims',
  'read',
  `MATCH (u:User)-[r:REPRESENTS]->(a:Actor)
WHERE size($statuses) = 0 OR r.status IN $statuses
RETURN u.id AS userId, a.id AS actorId, r.status AS status, r.role AS role, r.since AS since
ORDER BY since, userId, actorId`,
);

const allUsers = defineQuery<{ limit: number }, { id: string }>(
  'user.listIds',
  'read',
  'MATCH (u:User) RETURN u.id AS id, u.email AS email ORDER BY email LIMIT $limit',
);

const pageUsers: PagedQuery<'User', Record<string, never>, string> = defineQuery(
  'user.list',
  'read',
  `MATCH (u:User)
WHERE ${ascendingText('u.email', 'u')}
RETURN ${nodeColumns('User', 'u')}, u.email AS sortKey
ORDER BY sortKey, id
LIMIT $limit`,
);

const sessionsOfUser = defineQuery<{ userId: string }, { id: string }>(
  'session.idsOfUser',
  'read',
  'MATCH (s:Session) WHERE s.userId = $userId RETURN s.id AS id',
);

const deleteExpiredSessions = defineQuery<{ now: number }, { count: number }>(
  'session.deleteExpired',
  'write',
  'MATCH (s:Session) WHERE s.expiresAt <= $now DELETE s RETURN count(*) AS count',
);

const deleteSessionsOfUser = defineQuery<{ userId: string }, { count: number }>(
  'session.deleteOfUser',
  'write',
  'MATCH (s:Session) WHERE s.userId = $userId DELETE s RETURN count(*) AS count',
);

/** Users, their sessions, and what they may act for: actors, clusters, their person profile. */
export class AccountRepository {
  readonly users = new NodeStore('User');
  readonly sessions = new NodeStore('Session');
  readonly represents = new RelationshipStore('REPRESENTS', 'User', 'Actor');
  readonly manages = new RelationshipStore('MANAGES', 'User', 'Cluster');
  readonly person = new RelationshipStore('IS', 'User', 'Person');

  async findByEmail(tx: QueryExecutor, email: string): Promise<UserRow | null> {
    const id = await this.users.findKey(tx, 'email', email.trim().toLowerCase());
    return id === null ? null : this.users.get(tx, id);
  }

  async list(tx: QueryExecutor, limit: number): Promise<UserRow[]> {
    const ids = (await tx.run(allUsers, { limit })).map((r) => r.id);
    return (await this.users.getMany(tx, ids)).filter((u): u is UserRow => u !== null);
  }

  /** Every account by email, a page at a time (administration). */
  page(tx: QueryExecutor, page: PageRequest): Promise<Page<UserRow>> {
    return listPage(tx, pageUsers, {}, page, '');
  }

  representationClaims(tx: QueryExecutor, statuses: readonly string[]) {
    return tx.run(claims, { statuses: [...statuses] });
  }

  async sessionIdsOf(tx: QueryExecutor, userId: string): Promise<string[]> {
    return (await tx.run(sessionsOfUser, { userId })).map((r) => r.id);
  }

  async deleteSessionsOf(tx: QueryExecutor, userId: string): Promise<number> {
    return (await tx.run(deleteSessionsOfUser, { userId }))[0]?.count ?? 0;
  }

  async deleteExpiredSessions(tx: QueryExecutor, now: number): Promise<number> {
    return (await tx.run(deleteExpiredSessions, { now }))[0]?.count ?? 0;
  }
}
