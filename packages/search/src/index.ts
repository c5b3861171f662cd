export type { SearchDocument, SearchDocumentType } from './document.ts';
export { searchDocumentId, searchDocumentTypes } from './document.ts';
export type {
  FacetDistribution,
  FacetName,
  SearchFilters,
  SearchHit,
  SearchIndex,
  SearchRequest,
  SearchResult,
  SearchSort,
  SortField,
  Suggestion,
} from './port.ts';
export { facetNames, sortFields } from './port.ts';
export { createEmbeddedSearchIndex } from './embedded/embedded-index.ts';
export type {
  EmbeddedSearchIndex,
  EmbeddedSearchIndexOptions,
  Opening,
} from './embedded/embedded-index.ts';
export type { FeedMark } from './embedded/document-store.ts';
export { createMeilisearchIndex, MeilisearchTaskError } from './meilisearch/meilisearch-index.ts';
export type { MeilisearchIndexOptions } from './meilisearch/meilisearch-index.ts';
export { meilisearchSettings } from './meilisearch/settings.ts';
export { meilisearchSynonyms, oneWaySynonyms, synonymGroups } from './synonyms.ts';
export { findMeilisearchBinary, startMeilisearchServer } from './testing/meilisearch-server.ts';
export type { MeilisearchServer, StartMeilisearchOptions } from './testing/meilisearch-server.ts';
export { PURGE_INTERVAL_MS, createIndexer, backoffMs, outboxDocumentId } from './indexer.ts';
export type {
  BatchOutcome,
  Indexer,
  IndexerOptions,
  IndexerStatus,
  OutboxEvent,
  OutboxSource,
} from './indexer.ts';
export { reconcile } from './reconciler.ts';
export { actorsForText, type ActorForText } from './actors-for-text.ts';
export type { ProjectionSource, ReconcileReport } from './reconciler.ts';
export type {
  ActorRow,
  ClusterRow,
  ColleagueRef,
  MunicipalityRef,
  OpportunityRow,
  PersonRow,
  TechnologyRow,
  TopicRef,
  TopicRow,
  WorkRef,
} from './documents/rows.ts';
export { actorDocument } from './documents/actor.ts';
export { personDocument } from './documents/person.ts';
export { clusterDocument } from './documents/cluster.ts';
export { technologyDocument } from './documents/technology.ts';
export { opportunityDocument } from './documents/opportunity.ts';
export { topicDocument } from './documents/topic.ts';
export { toSearchDocument } from './documents/to-search-document.ts';
export type { SearchableRow } from './documents/to-search-document.ts';
