export {
  allDocuments,
  createSearchSync,
  graphOutboxSource,
  graphProjection,
} from './search-sync.ts';
export type { SearchSync } from './search-sync.ts';
export { SEARCHABLE, loadSearchableRows } from './searchable-rows.ts';
export type { SearchableLabel } from './searchable-rows.ts';
