export {
  allDocuments,
  createSearchSync,
  graphOutboxSource,
  graphProjection,
} from './search-sync.ts';
export type { CatchUpReport, SearchSync, SearchSyncOptions } from './search-sync.ts';
export { FEED_LAG_MS } from './feed-position.ts';
export type { FeedPosition } from './feed-position.ts';
export { SEARCHABLE, loadSearchableRows } from './searchable-rows.ts';
export type { SearchableLabel } from './searchable-rows.ts';
