import { recordRebuild } from '../change-feed.ts';
import type { CypherRunner } from '../runner.ts';
import { copyIntoLadybug } from './ladybug-copy.ts';
import type { BulkLoadOptions, BulkLoadResult, BulkSource } from './rows.ts';
import { unwindLoad } from './unwind-load.ts';

/**
 * Loads a stream of generated or imported rows into either engine: CSV + COPY FROM on LadybugDB
 * (default), batched UNWIND … CREATE transactions on Neo4j. Meant for empty stores: it creates,
 * never merges. The schema must already be applied (applyMigrations).
 *
 * The change feed gets one REBUILD event, not one per row: followers rebuild from the store. It
 * is recorded even when the load fails, since batches written before the failure stay.
 */
export async function bulkLoad(
  runner: CypherRunner,
  source: BulkSource,
  options: BulkLoadOptions = {},
): Promise<BulkLoadResult> {
  const method = options.method ?? (runner.engine === 'ladybug' ? 'copy' : 'unwind');
  if (method === 'copy' && runner.engine !== 'ladybug') {
    throw new Error('Bulk load: COPY FROM is LadybugDB only; use method "unwind" on Neo4j');
  }
  try {
    return method === 'copy'
      ? await copyIntoLadybug(runner, source, options)
      : await unwindLoad(runner, source, options);
  } finally {
    await runner.write((tx) => recordRebuild(tx));
  }
}
