import type { FeedOp } from './change-feed.ts';
import { defineQuery } from './query.ts';

export interface OutboxEventRow {
  id: string;
  entity: string;
  entityId: string;
  op: FeedOp;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  doneAt: number;
}

/** An event as a follower reads it: what changed and when, never whether a consumer is done. */
export interface ChangeEventRow {
  id: string;
  entity: string;
  entityId: string;
  op: FeedOp;
  createdAt: number;
}

const columns =
  'e.id AS id, e.entity AS entity, e.entityId AS entityId, e.op AS op, e.createdAt AS createdAt, ' +
  'e.attempts AS attempts, e.nextAttemptAt AS nextAttemptAt, e.lastError AS lastError, e.doneAt AS doneAt';

export const outboxQueries = {
  enqueue: defineQuery<
    { id: string; entity: string; entityId: string; op: string; now: number },
    { id: string }
  >(
    'outbox.enqueue',
    'write',
    'CREATE (e:OutboxEvent {id: $id, entity: $entity, entityId: $entityId, op: $op, createdAt: $now, ' +
      "attempts: 0, nextAttemptAt: $now, lastError: '', doneAt: 0}) RETURN e.id AS id",
  ),
  enqueueMany: defineQuery<
    { events: { id: string; entity: string; entityId: string }[]; op: string; now: number },
    { count: number }
  >(
    'outbox.enqueueMany',
    'write',
    'UNWIND $events AS event CREATE (e:OutboxEvent {id: event.id, entity: event.entity, entityId: event.entityId, ' +
      "op: $op, createdAt: $now, attempts: 0, nextAttemptAt: $now, lastError: '', doneAt: 0}) RETURN count(e) AS count",
  ),
  due: defineQuery<{ now: number; limit: number }, OutboxEventRow>(
    'outbox.due',
    'read',
    `MATCH (e:OutboxEvent) WHERE e.doneAt = 0 AND e.nextAttemptAt <= $now RETURN ${columns} ORDER BY id LIMIT $limit`,
  ),
  markDone: defineQuery<{ ids: string[]; now: number }, { count: number }>(
    'outbox.markDone',
    'write',
    'MATCH (e:OutboxEvent) WHERE e.id IN $ids SET e.doneAt = $now RETURN count(e) AS count',
  ),
  markFailed: defineQuery<{ id: string; error: string; nextAttemptAt: number }, { count: number }>(
    'outbox.markFailed',
    'write',
    'MATCH (e:OutboxEvent {id: $id}) SET e.attempts = e.attempts + 1, e.lastError = $error, ' +
      'e.nextAttemptAt = $nextAttemptAt RETURN count(e) AS count',
  ),
  pendingStats: defineQuery<Record<string, never>, { pending: number; oldest: number | null }>(
    'outbox.pendingStats',
    'read',
    'MATCH (e:OutboxEvent) WHERE e.doneAt = 0 RETURN count(e) AS pending, min(e.createdAt) AS oldest',
  ),
  /** Done events created before `before`; the repository keeps what remains a suffix of the feed. */
  purgeDone: defineQuery<{ before: number }, { count: number }>(
    'outbox.purgeDone',
    'write',
    'MATCH (e:OutboxEvent) WHERE e.doneAt > 0 AND e.createdAt < $before DELETE e RETURN count(*) AS count',
  ),
  changesSince: defineQuery<{ from: number; limit: number }, ChangeEventRow>(
    'outbox.changesSince',
    'read',
    'MATCH (e:OutboxEvent) WHERE e.createdAt >= $from ' +
      'RETURN e.id AS id, e.entity AS entity, e.entityId AS entityId, e.op AS op, e.createdAt AS createdAt ' +
      'ORDER BY createdAt, id LIMIT $limit',
  ),
  oldestCreatedAt: defineQuery<Record<string, never>, { oldest: number | null }>(
    'outbox.oldestCreatedAt',
    'read',
    'MATCH (e:OutboxEvent) RETURN min(e.createdAt) AS oldest',
  ),
};
