import type { SearchDocument, SearchDocumentType } from './document.ts';

/** Fields that can be filtered on and counted as facets. */
export const facetNames = [
  'type',
  'kind',
  'helix',
  'municipality',
  'topics',
  'stage',
  'trl',
  'isTech',
  'level',
] as const;
export type FacetName = (typeof facetNames)[number];

/** Within one field the values are alternatives (OR); different fields must all hold (AND). */
export interface SearchFilters {
  readonly kind?: readonly string[];
  readonly helix?: readonly string[];
  readonly municipality?: readonly string[];
  /** Topic slugs; a document matches when it has any of them. */
  readonly topics?: readonly string[];
  readonly stage?: readonly string[];
  readonly level?: readonly string[];
  /** Inclusive bounds. */
  readonly trl?: { readonly min?: number; readonly max?: number };
  readonly isTech?: boolean;
  readonly synthetic?: boolean;
}

/** Fields filtered by a list of alternative values. */
export type ValueFilterField =
  'type' | 'kind' | 'helix' | 'municipality' | 'topics' | 'stage' | 'level';

/**
 * The request's types and list filters as (field, alternatives) pairs, the empty ones left out:
 * one reading for every adapter (the TRL range and the booleans each adapter tests itself).
 */
export function valueFilters(
  types: readonly string[] | undefined,
  filters: SearchFilters = {},
): [ValueFilterField, readonly string[]][] {
  const pairs: [ValueFilterField, readonly string[] | undefined][] = [
    ['type', types],
    ['kind', filters.kind],
    ['helix', filters.helix],
    ['municipality', filters.municipality],
    ['topics', filters.topics],
    ['stage', filters.stage],
    ['level', filters.level],
  ];
  return pairs.filter((pair): pair is [ValueFilterField, readonly string[]] =>
    Boolean(pair[1] && pair[1].length > 0),
  );
}

export const sortFields = ['title', 'updatedAt', 'trl'] as const;
export type SortField = (typeof sortFields)[number];
export interface SearchSort {
  readonly field: SortField;
  readonly direction: 'asc' | 'desc';
}

export interface SearchRequest {
  /** Free text; empty matches every document (then filters and sort decide). */
  readonly query: string;
  readonly types?: readonly SearchDocumentType[];
  readonly filters?: SearchFilters;
  readonly facets?: readonly FacetName[];
  /** Absent: by relevance. */
  readonly sort?: SearchSort;
  readonly limit: number;
  readonly offset: number;
}

export interface SearchHit {
  readonly document: SearchDocument;
  /**
   * HTML-safe text: the source text escaped, with matched terms wrapped in `<mark>…</mark>`.
   * Safe to render as HTML; nothing else in it is markup.
   */
  readonly highlights: { readonly title: string; readonly body: string };
}

export type FacetDistribution = Partial<Record<FacetName, Record<string, number>>>;

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Number of matching documents (Meilisearch caps it at the index's maxTotalHits). */
  readonly total: number;
  /** Counts per value over all matching documents, for the facets asked for. */
  readonly facets: FacetDistribution;
}

export interface Suggestion {
  readonly id: string;
  readonly type: SearchDocumentType;
  readonly entityId: string;
  readonly title: string;
  readonly slug?: string;
}

/**
 * The search index: a projection of the graph. Writes are idempotent (an upsert replaces the
 * whole document, deleting a missing id is not an error) and resolve only once the engine has
 * applied them, so a caller may mark its outbox events done afterwards.
 */
export interface SearchIndex {
  /** Creates the index if needed and applies the settings declared in code. */
  applySettings(): Promise<void>;
  upsert(docs: readonly SearchDocument[]): Promise<void>;
  delete(ids: readonly string[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResult>;
  /** Titles starting with the prefix, for a fast search-as-you-type field. */
  autocomplete(prefix: string, limit: number): Promise<Suggestion[]>;
  count(): Promise<number>;
  /** Every indexed id with the `updatedAt` it was indexed with, for the reconciler. */
  allIds(): Promise<Map<string, number>>;
  /**
   * Builds a fresh index from the documents and swaps it in atomically: searches see either the
   * old index or the complete new one. Writes made while the rebuild runs go to both.
   */
  rebuild(docs: Iterable<SearchDocument> | AsyncIterable<SearchDocument>): Promise<void>;
  /** Releases resources (the embedded index drops its data). */
  close(): Promise<void>;
}
