export { bulkLoad } from './bulk-load.ts';
export type {
  BulkChunk,
  BulkLoadOptions,
  BulkLoadResult,
  BulkNodeChunk,
  BulkNodeRow,
  BulkProgress,
  BulkRelationshipChunk,
  BulkRelationshipRow,
  BulkSource,
  BulkValue,
} from './rows.ts';
export { benchQueries } from './bench-queries.ts';
export { countStoredRows } from './count-queries.ts';
