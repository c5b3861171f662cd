import { CHANGE_FEED_RETENTION_MS } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import type { FeedMark } from '@kobling/search';

/** Where a durable index stands in the graph's change feed (the embedded index keeps it). */
export interface FeedPosition {
  feedPosition(): Promise<FeedMark | null>;
  recordFeedPosition(mark: FeedMark): Promise<void>;
}

/**
 * A transaction commits after the createdAt of its events, so a position is recorded this far
 * behind the moment it stands for, and a catch-up re-reads that far back (as the projection).
 */
export const FEED_LAG_MS = 10_000;

/** How often an idle indexer moves the position on (one small write each time). */
export const POSITION_EVERY_MS = 5_000;

const PAGE = 1_000;

/**
 * What a catch-up from `from` (a recorded position, the lag already taken off) has to apply:
 * the entities changed since, or 'rebuild' when the feed no longer reaches back that far
 * (purged) or announces a rebuild.
 */
export async function changesSince(
  graph: Graph,
  from: number,
  now: number,
): Promise<'rebuild' | { entity: string; entityId: string }[]> {
  // Done events are purged once older than the retention: further back, some may be gone.
  if (now - from >= CHANGE_FEED_RETENTION_MS) return 'rebuild';
  const seen = new Set<string>();
  const out: { entity: string; entityId: string }[] = [];
  let at = from;
  for (;;) {
    const page = await graph.outbox.changesSince(at, PAGE);
    for (const event of page) {
      if (event.op === 'REBUILD') return 'rebuild';
      const key = `${event.entity}\u0000${event.entityId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ entity: event.entity, entityId: event.entityId });
    }
    const last = page.at(-1);
    if (page.length < PAGE || !last || last.createdAt === at) return out;
    at = last.createdAt;
  }
}
