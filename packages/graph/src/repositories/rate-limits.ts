import { NodeStore } from '../node-store.ts';
import { defineQuery } from '../query.ts';
import type { QueryExecutor } from '../runner.ts';

/** A fixed-window counter as the store keeps it. */
export interface RateWindow {
  readonly count: number;
  readonly resetAt: number;
}

const openWindow = defineQuery<{ id: string }, { id: string }>(
  'rateLimit.open',
  'write',
  // MERGE, so concurrent first hits from several API instances make one counter.
  'MERGE (r:RateLimit {id: $id}) ON CREATE SET r.count = 0, r.resetAt = 0 RETURN r.id AS id',
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
    await tx.run(openWindow, { id });
    // Held from here to commit, so concurrent hits on one counter all count (Neo4j runs
    // writers side by side).
    await this.nodes.lock(tx, id);
    const current = await this.nodes.require(tx, id);
    const next =
      current.resetAt <= now
        ? { count: 1, resetAt: now + windowMs }
        : { count: current.count + 1, resetAt: current.resetAt };
    await this.nodes.update(tx, id, next);
    return next;
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
