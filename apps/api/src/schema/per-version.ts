import type { Projection } from '@kobling/projection';
import type { Context } from '../context.ts';
import { projectionFor } from '../matchmaking/projection.ts';

/*
 * Whole-label reads that are the same for every viewer (the region's counts, the KPI series, a
 * page of clusters, topics or public opportunities) are answered once per projection version.
 * Every write the change feed announces publishes a new version, and a bulk load or import
 * records a rebuild, so an answer kept with a version is never older than the facts a request
 * reads from that version; like the projection, another process's write shows from the next
 * poll. Until the projection's first build the store answers each request.
 */

/** Distinct reads kept per version: list arguments vary, the memory they hold must not. */
const MAX_READS_PER_VERSION = 256;

const readsByVersion = new WeakMap<Projection, Map<string, Promise<unknown>>>();

export async function oncePerVersion<T>(
  ctx: Context,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  if (!ctx.projection.isReady) return read();
  const version = await projectionFor(ctx);
  let reads = readsByVersion.get(version);
  if (!reads) {
    reads = new Map();
    readsByVersion.set(version, reads);
  }
  const kept = reads.get(key) as Promise<T> | undefined;
  if (kept) return kept;
  const answer = read();
  if (reads.size < MAX_READS_PER_VERSION) {
    reads.set(key, answer);
    // A failed read is not an answer: the next request reads again.
    answer.catch(() => reads.delete(key));
  }
  return answer;
}
