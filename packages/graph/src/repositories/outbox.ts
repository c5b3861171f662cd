import { CHANGE_FEED_RETENTION_MS } from '../change-feed.ts';
import { outboxQueries } from '../outbox-queries.ts';
import type { ChangeEventRow, OutboxEventRow } from '../outbox-queries.ts';
import type { CypherRunner } from '../runner.ts';

/**
 * The change feed as its consumers read it. Search sync claims due events, marks them done once
 * the index has confirmed, and schedules retries; followers (the graph projection) read by
 * cursor and mark nothing. Events are written by the repositories' own writes.
 */
export class OutboxRepository {
  private readonly runner: CypherRunner;

  constructor(runner: CypherRunner) {
    this.runner = runner;
  }

  due(now: number, limit: number): Promise<OutboxEventRow[]> {
    return this.runner.run(outboxQueries.due, { now, limit });
  }

  async markDone(ids: readonly string[], now: number): Promise<void> {
    if (ids.length > 0) await this.runner.run(outboxQueries.markDone, { ids: [...ids], now });
  }

  async markFailed(id: string, error: string, nextAttemptAt: number): Promise<void> {
    await this.runner.run(outboxQueries.markFailed, { id, error, nextAttemptAt });
  }

  async pendingStats(now: number): Promise<{ pending: number; oldestAgeMs: number | null }> {
    const row = (await this.runner.run(outboxQueries.pendingStats, {}))[0];
    const oldest = row?.oldest ?? null;
    return { pending: row?.pending ?? 0, oldestAgeMs: oldest === null ? null : now - oldest };
  }

  /**
   * Up to `limit` events created at or after `fromCreatedAt`, done or not, in (createdAt, id)
   * order. A follower passes the createdAt of the last event it applied and skips the ids it
   * has seen: events of one millisecond may span two pages.
   */
  changesSince(fromCreatedAt: number, limit: number): Promise<ChangeEventRow[]> {
    return this.runner.run(outboxQueries.changesSince, { from: fromCreatedAt, limit });
  }

  /**
   * The createdAt of the oldest stored event, null when there is none. Purges only ever remove
   * the oldest events, so every event created at or after this is still stored: a follower whose
   * cursor is older may have missed purged events and must rebuild.
   */
  async oldestCreatedAt(): Promise<number | null> {
    return (await this.runner.run(outboxQueries.oldestCreatedAt, {}))[0]?.oldest ?? null;
  }

  /**
   * Deletes events search sync has done that are older than the feed's retention. It stops at
   * the oldest pending event, so what stays is a suffix of the feed (see oldestCreatedAt).
   */
  purgeDone(now: number): Promise<number> {
    return this.runner.write(async (tx) => {
      const pendingSince = (await tx.run(outboxQueries.pendingStats, {}))[0]?.oldest ?? null;
      const before = Math.min(now - CHANGE_FEED_RETENTION_MS, pendingSince ?? Infinity);
      return (await tx.run(outboxQueries.purgeDone, { before }))[0]?.count ?? 0;
    });
  }
}
