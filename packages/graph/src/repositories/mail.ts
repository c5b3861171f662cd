import type { MailStatus } from '@kobling/domain';
import { nodeColumns } from '../model-queries.ts';
import type { NodeRow } from '../model-types.ts';
import { NodeStore } from '../node-store.ts';
import { defineQuery } from '../query.ts';
import type { QueryExecutor } from '../runner.ts';

export type MailMessageRow = NodeRow<'MailMessage'>;
export type AccountTokenRow = NodeRow<'AccountToken'>;

/** Who a notification goes to: an account's address, language and what it turned off. */
export interface MailRecipient {
  readonly userId: string;
  readonly email: string;
  readonly language: string | null;
  readonly mailOptOut: string[] | null;
  readonly emailVerifiedAt: number | null;
}

const recipientColumns =
  'u.id AS userId, u.email AS email, u.language AS language, u.mailOptOut AS mailOptOut, ' +
  'u.emailVerifiedAt AS emailVerifiedAt';

const due = defineQuery<{ now: number; limit: number }, MailMessageRow>(
  'mail.due',
  'read',
  `MATCH (m:MailMessage) WHERE m.status = 'QUEUED' AND m.nextAttemptAt <= $now
RETURN ${nodeColumns('MailMessage', 'm')}
ORDER BY nextAttemptAt, id
LIMIT $limit`,
);

const recent = defineQuery<{ statuses: string[]; limit: number }, MailMessageRow>(
  'mail.recent',
  'read',
  `MATCH (m:MailMessage) WHERE size($statuses) = 0 OR m.status IN $statuses
RETURN ${nodeColumns('MailMessage', 'm')}
ORDER BY createdAt DESC, id DESC
LIMIT $limit`,
);

const claim = defineQuery<{ id: string; now: number; leaseUntil: number }, MailMessageRow>(
  'mail.claim',
  'write',
  {
    // Neo4j: the first SET takes the node's write lock, so the status and time read after it are
    // the latest committed (two workers take turns, the second finds it leased). LadybugDB runs
    // one writer at a time.
    neo4j: `MATCH (m:MailMessage {id: $id}) SET m.id = m.id
WITH m WHERE m.status = 'QUEUED' AND m.nextAttemptAt <= $now
SET m.attempts = m.attempts + 1, m.nextAttemptAt = $leaseUntil
RETURN ${nodeColumns('MailMessage', 'm')}`,
    ladybug: `MATCH (m:MailMessage {id: $id}) WHERE m.status = 'QUEUED' AND m.nextAttemptAt <= $now
SET m.attempts = m.attempts + 1, m.nextAttemptAt = $leaseUntil
RETURN ${nodeColumns('MailMessage', 'm')}`,
  },
);

const markSent = defineQuery<
  { id: string; now: number; transport: string; keepData: boolean },
  { id: string }
>(
  'mail.markSent',
  'write',
  `MATCH (m:MailMessage {id: $id})
SET m.status = 'SENT', m.sentAt = $now, m.transport = $transport, m.lastError = NULL,
m.data = CASE WHEN $keepData THEN m.data ELSE '' END
RETURN m.id AS id`,
);

const countsByStatus = defineQuery<Record<string, never>, { status: MailStatus; count: number }>(
  'mail.countsByStatus',
  'read',
  'MATCH (m:MailMessage) RETURN m.status AS status, count(m) AS count ORDER BY status',
);

const representatives = defineQuery<{ actorId: string }, MailRecipient>(
  'mail.representativesOf',
  'read',
  `MATCH (u:User)-[r:REPRESENTS]->(a:Actor {id: $actorId}) WHERE r.status = 'APPROVED'
RETURN ${recipientColumns} ORDER BY userId`,
);

const managers = defineQuery<{ clusterId: string }, MailRecipient>(
  'mail.managersOf',
  'read',
  `MATCH (u:User)-[:MANAGES]->(c:Cluster {id: $clusterId}) RETURN ${recipientColumns} ORDER BY userId`,
);

const recipient = defineQuery<{ userId: string }, MailRecipient>(
  'mail.recipient',
  'read',
  `MATCH (u:User {id: $userId}) RETURN ${recipientColumns}`,
);

const digestRecipients = defineQuery<{ after: string; limit: number }, MailRecipient>(
  'mail.digestRecipients',
  'read',
  `MATCH (u:User) WHERE u.id > $after AND u.emailVerifiedAt IS NOT NULL
AND EXISTS { MATCH (u)-[r:REPRESENTS]->(:Actor) WHERE r.status = 'APPROVED' }
RETURN ${recipientColumns} ORDER BY userId LIMIT $limit`,
);

/** What a digest lists of an opportunity. */
export interface DigestOpportunity {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly createdAt: number;
}

const fittingOpportunities = defineQuery<
  { actorId: string; since: number; limit: number },
  DigestOpportunity
>(
  'mail.fittingOpportunities',
  'read',
  // One actor by key (an index seek on both engines); a weekly job, not a request's question.
  `MATCH (a:Actor {id: $actorId})-[:HAS_TOPIC]->(:Topic)<-[:HAS_TOPIC]-(o:Opportunity)
WHERE o.createdAt >= $since AND o.status = 'OPEN' AND o.visibility = 'PUBLIC'
WITH a, o WHERE NOT EXISTS { MATCH (a)-[:POSTED]->(o) }
RETURN DISTINCT o.id AS id, o.kind AS kind, o.title AS title, o.createdAt AS createdAt
ORDER BY createdAt DESC, id
LIMIT $limit`,
);

const retireTokens = defineQuery<
  { userId: string; purpose: string; now: number },
  { count: number }
>(
  'accountToken.retireOthers',
  'write',
  'MATCH (t:AccountToken) WHERE t.userId = $userId AND t.purpose = $purpose AND t.usedAt IS NULL ' +
    'SET t.usedAt = $now RETURN count(t) AS count',
);

const deleteTokensOf = defineQuery<{ userId: string }, { count: number }>(
  'accountToken.deleteOfUser',
  'write',
  'MATCH (t:AccountToken) WHERE t.userId = $userId DELETE t RETURN count(*) AS count',
);

/**
 * The mail queue (a transactional outbox of its own: a message is written in the transaction of
 * the event that causes it, and the mail worker claims, sends and marks it) and the mailed
 * single-use account tokens. Neither label is followed by the change feed: no index or
 * projection holds mail.
 */
export class MailRepository {
  readonly messages = new NodeStore('MailMessage');
  readonly tokens = new NodeStore('AccountToken');

  /**
   * Queues a message in the caller's transaction; a message whose id (its idempotency key) is
   * queued already is left as it is, so an event that recurs (a digest week, a reminder) mails once.
   */
  async enqueue(tx: QueryExecutor, message: MailMessageRow): Promise<boolean> {
    if (await this.messages.get(tx, message.id)) return false;
    await this.messages.create(tx, message);
    return true;
  }

  due(tx: QueryExecutor, now: number, limit: number): Promise<MailMessageRow[]> {
    return tx.run(due, { now, limit });
  }

  /**
   * Takes a due message for one send attempt, in one statement: holds it, checks it is still
   * queued and due, and moves its next attempt past `leaseUntil`, so no other worker takes it meanwhile and a worker
   * that dies mid-send leaves it to be tried again after the lease. Null when it is not due.
   */
  async claim(
    tx: QueryExecutor,
    id: string,
    now: number,
    leaseUntil: number,
  ): Promise<MailMessageRow | null> {
    return (await tx.run(claim, { id, now, leaseUntil }))[0] ?? null;
  }

  /**
   * Records the relay's acceptance. A message sent through a relay keeps no data: account links
   * live in the queue only until they are sent. The development mailbox keeps it: it is what the
   * administrators read there.
   */
  async markSent(
    tx: QueryExecutor,
    id: string,
    now: number,
    transport: 'smtp' | 'mailbox',
  ): Promise<void> {
    await tx.run(markSent, { id, now, transport, keepData: transport === 'mailbox' });
  }

  /** A failed attempt to be tried again at `nextAttemptAt`. */
  async markRetry(tx: QueryExecutor, id: string, error: string, nextAttemptAt: number) {
    await this.messages.update(tx, id, { lastError: error, nextAttemptAt });
  }

  /** Given up: BOUNCED (refused for good), FAILED (out of attempts) or DROPPED (not wanted). */
  async markGivenUp(
    tx: QueryExecutor,
    id: string,
    status: 'BOUNCED' | 'FAILED' | 'DROPPED',
    reason: string,
  ): Promise<void> {
    await this.messages.update(tx, id, { status, lastError: reason, data: '' });
  }

  /** Every message, newest first, optionally of some statuses (administration). */
  recent(tx: QueryExecutor, statuses: readonly MailStatus[], limit: number) {
    return tx.run(recent, { statuses: [...statuses], limit });
  }

  async countsByStatus(tx: QueryExecutor): Promise<Map<MailStatus, number>> {
    return new Map((await tx.run(countsByStatus, {})).map((r) => [r.status, r.count]));
  }

  /** The users who represent the actor (APPROVED). */
  representativesOf(tx: QueryExecutor, actorId: string): Promise<MailRecipient[]> {
    return tx.run(representatives, { actorId });
  }

  managersOf(tx: QueryExecutor, clusterId: string): Promise<MailRecipient[]> {
    return tx.run(managers, { clusterId });
  }

  async recipient(tx: QueryExecutor, userId: string): Promise<MailRecipient | null> {
    return (await tx.run(recipient, { userId }))[0] ?? null;
  }

  /** Verified users who represent an actor, by id after `after`: the weekly digest's readers. */
  digestRecipients(tx: QueryExecutor, after: string, limit: number): Promise<MailRecipient[]> {
    return tx.run(digestRecipients, { after, limit });
  }

  /** Open public opportunities posted since `since` by others that share a topic with the actor. */
  fittingOpportunities(
    tx: QueryExecutor,
    actorId: string,
    since: number,
    limit: number,
  ): Promise<DigestOpportunity[]> {
    return tx.run(fittingOpportunities, { actorId, since, limit });
  }

  /** Makes the user's unused tokens of this purpose unusable: only the newest link works. */
  async retireTokens(
    tx: QueryExecutor,
    userId: string,
    purpose: AccountTokenRow['purpose'],
    now: number,
  ): Promise<void> {
    await tx.run(retireTokens, { userId, purpose, now });
  }

  async deleteTokensOf(tx: QueryExecutor, userId: string): Promise<void> {
    await tx.run(deleteTokensOf, { userId });
  }
}
