import type { CypherRunner } from '../runner.ts';
import { copyIntoLadybug } from './ladybug-copy.ts';
import type { BulkLoadOptions, BulkLoadResult, BulkSource } from './rows.ts';
import { unwindLoad } from './unwind-load.ts';

/**
 * Loads a stream of generated or imported rows into either engine: CSV + COPY FROM on LadybugDB
 * (default), batched UNWIND … CREATE transactions on Neo4j. Meant for empty stores: it creates,
 * never merges. The schema must already be applied (applyMigrations).
 */
export async function bulkLoad(
  runner: CypherRunner,
  source: BulkSource,
  options: BulkLoadOptions = {},
): Promise<BulkLoadResult> {
  const method = options.method ?? (runner.engine === 'ladybug' ? 'copy' : 'unwind');
  if (method === 'copy') {
    if (runner.engine !== 'ladybug') {
      throw new Error('Bulk load: COPY FROM is LadybugDB only; use method "unwind" on Neo4j');
    }
    return copyIntoLadybug(runner, source, options);
  }
  return unwindLoad(runner, source, options);
}
