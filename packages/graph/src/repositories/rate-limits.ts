import { NodeStore } from '../node-store.ts';
import { defineQuery } from '../query.ts';
import type { QueryExecutor } from '../runner.ts';

/** A fixed-window counter as the store keeps it. */
export interface RateWindow {
  readonly count: number;
  readonly resetAt: number;
}

const hitWindow = defineQuery<
  { id: string; now: number; resetAt: number },
  { count: number; resetAt: number }
>(
  'rateLimit.hit',
  'write',
  // One statement, so every hit counts: MERGE makes one counter however many instances hit it
  // first, and on Neo4j a SET that reads the properties it writes takes the node's write lock
  // before reading (LadybugDB runs one writer at a time).
  'MERGE (r:RateLimit {id: $id}) ON CREATE SET r.count = 0, r.resetAt = 0 ' +
    'SET r.count = CASE WHEN r.resetAt <= $now THEN 1 ELSE r.count + 1 END, ' +
    'r.resetAt = CASE WHEN r.resetAt <= $now THEN $resetAt ELSE r.resetAt END ' +
    'RETURN r.count AS count, r.resetAt AS resetAt',
);

const deleteExpired = defineQuery<{ now: number }, { deleted: number }>(
  'rateLimit.deleteExpired',
  'write',
  'MATCH (r:RateLimit) WHERE r.resetAt <= $now DELETE r RETURN count(*) AS deleted',
);

/**
 * Rate-limit counters in the store (DESIGN §2: shared state lives in the store), so every API
 * instance counts the same attempts and a restart forgets nothing.
 */
export class RateLimitRepository {
  readonly nodes = new NodeStore('RateLimit');

  /** Counts one event for `id` and returns its window; a lapsed window starts again at 1. */
  async hit(tx: QueryExecutor, id: string, windowMs: number, now: number): Promise<RateWindow> {
    const [window] = await tx.run(hitWindow, { id, now, resetAt: now + windowMs });
    if (!window) throw new Error(`rate limit ${id}: the counter was not written`);
    return window;
  }

  /** The live windows of these counters, in the order asked; null where none is running. */
  async windows(
    tx: QueryExecutor,
    ids: readonly string[],
    now: number,
  ): Promise<(RateWindow | null)[]> {
    const rows = await this.nodes.getMany(tx, ids);
    return rows.map((r) => (r && r.resetAt > now ? { count: r.count, resetAt: r.resetAt } : null));
  }

  async clear(tx: QueryExecutor, id: string): Promise<void> {
    await this.nodes.delete(tx, id);
  }

  /** Removes counters whose window has ended; they would start again from 1 anyway. */
  async deleteExpired(tx: QueryExecutor, now: number): Promise<number> {
    return (await tx.run(deleteExpired, { now }))[0]?.deleted ?? 0;
  }
}
