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
export { createEmbeddedSearchIndex } from './embedded/orama-index.ts';
export type { EmbeddedSearchIndexOptions } from './embedded/orama-index.ts';
export { createMeilisearchIndex, MeilisearchTaskError } from './meilisearch/meilisearch-index.ts';
export type { MeilisearchIndexOptions } from './meilisearch/meilisearch-index.ts';
export { meilisearchSettings } from './meilisearch/settings.ts';
export { meilisearchSynonyms, oneWaySynonyms, synonymGroups } from './synonyms.ts';
export { findMeilisearchBinary, startMeilisearchServer } from './testing/meilisearch-server.ts';
export type { MeilisearchServer, StartMeilisearchOptions } from './testing/meilisearch-server.ts';
