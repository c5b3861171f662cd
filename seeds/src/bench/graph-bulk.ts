/**
 * The bulk-load surface of @kobling/graph used by the generator tests and the benchmark.
 * TEMPORARY relative import until packages/graph/src/index.ts re-exports `./bulk/index.ts`;
 * then this file becomes `export { … } from '@kobling/graph'`.
 */
export { benchQueries, bulkLoad, countStoredRows } from '../../../packages/graph/src/bulk/index.ts';
export type { BulkLoadResult, BulkProgress } from '../../../packages/graph/src/bulk/index.ts';
