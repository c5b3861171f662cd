import { outboxQueries } from '../outbox-queries.ts';
import type { OutboxEventRow } from '../outbox-queries.ts';
import type { CypherRunner } from '../runner.ts';

/**
 * The graph side of search sync: claims due events, marks them done once the index has
 * confirmed, and schedules retries. Events are written by the repositories' own writes.
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

  async purgeDone(before: number): Promise<number> {
    return (await this.runner.run(outboxQueries.purgeDone, { before }))[0]?.count ?? 0;
  }
}
