import { uuidv7 } from '@kobling/domain';
import type { OutboxOp } from '@kobling/domain';
import type { NodeLabel } from './model-types.ts';
import { outboxQueries } from './outbox-queries.ts';
import type { QueryExecutor } from './runner.ts';

/*
 * The change feed (DESIGN §2): every write that changes a fact a follower holds records an
 * OutboxEvent in its own transaction. Search sync consumes the events as a work queue (doneAt);
 * the graph projection follows them by cursor (`OutboxRepository.changesSince`). Events name the
 * entity, never carry its state: followers read the current state, so replays are harmless.
 */

/**
 * Labels whose writes are announced: what search indexes and what the projection holds. A
 * relationship write announces each endpoint of these labels (its facts are the endpoints').
 */
export const FOLLOWED_LABELS: ReadonlySet<NodeLabel> = new Set([
  'Actor',
  'Person',
  'Topic',
  'Cluster',
  'Project',
  'Technology',
  'Opportunity',
  'Introduction',
  'Municipality',
]);

/** How long done events stay readable for followers; a follower further behind rebuilds. */
export const CHANGE_FEED_RETENTION_MS = 24 * 60 * 60 * 1000;

/** The event of a bulk load or import: followers rebuild from the store instead of per row. */
export const REBUILD_EVENT = { entity: 'Graph', entityId: '*', op: 'REBUILD' } as const;

export type ChangeOp = OutboxOp;
export type FeedOp = ChangeOp | typeof REBUILD_EVENT.op;

export interface Change {
  readonly entity: NodeLabel;
  readonly entityId: string;
}

/**
 * Records that these entities changed, once each, in one statement; run it in the transaction
 * of the change. Entities of labels nobody follows are left out.
 */
export async function recordChanges(
  tx: QueryExecutor,
  changes: readonly Change[],
  op: ChangeOp,
  now: number = Date.now(),
): Promise<void> {
  const seen = new Set<string>();
  const events: { id: string; entity: string; entityId: string }[] = [];
  for (const { entity, entityId } of changes) {
    const id = `${entity}\u0000${entityId}`;
    if (!FOLLOWED_LABELS.has(entity) || seen.has(id)) continue;
    seen.add(id);
    events.push({ id: uuidv7(now), entity, entityId });
  }
  if (events.length > 0) await tx.run(outboxQueries.enqueueMany, { events, op, now });
}

/** Records that one entity changed; run it in the transaction of the change. */
export function recordChange(
  tx: QueryExecutor,
  entity: NodeLabel,
  entityId: string,
  op: ChangeOp,
  now: number = Date.now(),
): Promise<void> {
  return recordChanges(tx, [{ entity, entityId }], op, now);
}

/** Records that the store changed wholesale (a bulk load, an import): followers rebuild. */
export async function recordRebuild(tx: QueryExecutor, now: number = Date.now()): Promise<void> {
  await tx.run(outboxQueries.enqueue, { id: uuidv7(now), ...REBUILD_EVENT, now });
}

/** Writes the store stores announce themselves; an import that records a rebuild opts out. */
export interface FeedOptions {
  /** false: the caller records one rebuild for the whole load instead of an event per row. */
  readonly recordChanges?: boolean;
}
