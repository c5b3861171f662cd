import type { GraphQLResolveInfo } from 'graphql';
import {
  ACTOR_KINDS,
  COMPANY_STAGES,
  OPPORTUNITY_KINDS,
  TECHNOLOGY_STAGES,
  municipalityCodeFormatSchema,
  trlSchema,
} from '@kobling/domain';
import type {
  FacetName,
  SearchDocumentType,
  SearchFilters,
  SearchSort,
  Suggestion,
} from '@kobling/search';
import { brandWithType, getTypeBrand } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import {
  ConflictError,
  ForbiddenError,
  SearchUnavailableError,
  validationError,
} from '../errors.ts';
import { cropHighlight } from '../search/crop.ts';
import type { ApiSearch } from '../search/runtime.ts';
import { ErrorInterface } from './common.ts';
import { ClusterLevelEnum, HelixEnum } from './enums.ts';
import {
  ActorRef,
  ClusterRef,
  OpportunityRef,
  PersonRef,
  TechnologyRef,
  TopicRef,
} from './refs.ts';
import { projectedNodes } from './projected-nodes.ts';
import type { ProjectedNodes } from './projected-nodes.ts';
import { selectsOnly } from './projected.ts';
import type { Projected } from './projected.ts';

/*
 * Full-text search over the graph's search projection (issue 6, docs/search.md): `search` with
 * facets, filters, highlights and offset paging, `autocomplete`, and for admins `searchStatus`
 * and `reindexSearch`.
 *
 * Authorization: the index holds public documents only (listed people, open PUBLIC
 * opportunities), and every hit's node is loaded through the same per-request loaders as
 * node(id), so a hit the viewer may not see (the index lagging a withdrawn consent, say) is
 * left out. Suggestions of people and opportunities are checked the same way.
 */

export const MAX_QUERY_LENGTH = 200;
export const MAX_SEARCH_PAGE = 50;
export const MAX_SUGGESTIONS = 20;
/** Deepest offset a client may page to (Meilisearch counts at most 10,000 hits). */
export const MAX_SEARCH_OFFSET = 10_000;
const MAX_FILTER_VALUES = 50;

const TYPES = {
  ACTOR: 'actor',
  PERSON: 'person',
  CLUSTER: 'cluster',
  TECHNOLOGY: 'technology',
  OPPORTUNITY: 'opportunity',
  TOPIC: 'topic',
} as const satisfies Record<string, SearchDocumentType>;
type SearchTypeName = keyof typeof TYPES;
const typeName = (type: SearchDocumentType): SearchTypeName =>
  (Object.keys(TYPES) as SearchTypeName[]).find((k) => TYPES[k] === type) ?? 'ACTOR';

const SearchTypeEnum = builder.enumType('SearchType', {
  description: 'What a search hit is',
  values: Object.keys(TYPES) as SearchTypeName[],
});

const FACETS = {
  TYPE: 'type',
  KIND: 'kind',
  HELIX: 'helix',
  MUNICIPALITY: 'municipality',
  TOPICS: 'topics',
  STAGE: 'stage',
  TRL: 'trl',
  IS_TECH: 'isTech',
  LEVEL: 'level',
} as const satisfies Record<string, FacetName>;
type FacetEnumName = keyof typeof FACETS;

const SearchFacetEnum = builder.enumType('SearchFacet', {
  description:
    'A field whose values are counted over all matches. Values: TYPE a SearchType; KIND an ActorKind or ' +
    'OpportunityKind; HELIX a Helix; MUNICIPALITY a kommunenummer; TOPICS a topic slug; STAGE a CompanyStage or TechnologyStage; ' +
    'TRL 1–9; IS_TECH true or false; LEVEL a ClusterLevel',
  values: Object.keys(FACETS) as FacetEnumName[],
});

const SORTS = {
  RELEVANCE: null,
  TITLE_ASC: { field: 'title', direction: 'asc' },
  TITLE_DESC: { field: 'title', direction: 'desc' },
  UPDATED_AT_DESC: { field: 'updatedAt', direction: 'desc' },
  UPDATED_AT_ASC: { field: 'updatedAt', direction: 'asc' },
  TRL_DESC: { field: 'trl', direction: 'desc' },
  TRL_ASC: { field: 'trl', direction: 'asc' },
} as const satisfies Record<string, SearchSort | null>;
type SortName = keyof typeof SORTS;

const SearchSortEnum = builder.enumType('SearchSort', {
  description: 'Order of hits; RELEVANCE (the default) ranks by how well they match',
  values: Object.keys(SORTS) as SortName[],
});

const SearchEngineEnum = builder.enumType('SearchEngine', {
  values: { EMBEDDED: { value: 'embedded' }, MEILISEARCH: { value: 'meilisearch' } } as const,
});

builder.objectType(SearchUnavailableError, {
  name: 'SearchUnavailableError',
  description: 'This server runs without a search index, or its search engine cannot be reached',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof SearchUnavailableError,
  fields: () => ({}),
});

const valueList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .max(MAX_FILTER_VALUES, { error: `At most ${MAX_FILTER_VALUES} values` })
    .nullish();

const SearchFiltersInput = builder.inputType('SearchFilters', {
  description: 'Within a field the values are alternatives (OR); fields must all hold (AND)',
  fields: (t) => ({
    kind: t.stringList({
      description: 'ActorKind or OpportunityKind values',
      validate: valueList(
        z.enum([...ACTOR_KINDS, ...OPPORTUNITY_KINDS], {
          error: 'Not an actor or opportunity kind',
        }),
      ),
    }),
    helix: t.field({ type: [HelixEnum], validate: valueList(z.string()) }),
    municipality: t.stringList({
      description: 'Municipality codes (kommunenummer, four digits)',
      validate: valueList(municipalityCodeFormatSchema),
    }),
    topics: t.stringList({
      description: 'Topic slugs; a hit matches with any of them',
      validate: valueList(z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'Not a topic slug')),
    }),
    stage: t.stringList({
      description: 'CompanyStage (actors) or TechnologyStage (technologies) values',
      validate: valueList(
        z.enum([...COMPANY_STAGES, ...TECHNOLOGY_STAGES], {
          error: 'Not a company or technology stage',
        }),
      ),
    }),
    trlMin: t.int({ validate: trlSchema.nullish() }),
    trlMax: t.int({ validate: trlSchema.nullish() }),
    isTech: t.boolean({ description: 'Technology companies (actors) only, or none of them' }),
    level: t.field({ type: [ClusterLevelEnum], validate: valueList(z.string()) }),
  }),
});

type FiltersArg = {
  kind?: readonly string[] | null;
  helix?: readonly string[] | null;
  municipality?: readonly string[] | null;
  topics?: readonly string[] | null;
  stage?: readonly string[] | null;
  trlMin?: number | null;
  trlMax?: number | null;
  isTech?: boolean | null;
  level?: readonly string[] | null;
};

function toFilters(f: FiltersArg | null | undefined): SearchFilters {
  if (!f) return {};
  if (f.trlMin != null && f.trlMax != null && f.trlMin > f.trlMax) {
    throw validationError(['filters', 'trlMax'], 'trlMax must not be below trlMin');
  }
  const list = (v: readonly string[] | null | undefined) =>
    v && v.length > 0 ? [...v] : undefined;
  const out: { -readonly [K in keyof SearchFilters]: SearchFilters[K] } = {};
  const kind = list(f.kind);
  if (kind) out.kind = kind;
  const helix = list(f.helix);
  if (helix) out.helix = helix;
  const municipality = list(f.municipality);
  if (municipality) out.municipality = municipality;
  const topics = list(f.topics);
  if (topics) out.topics = topics;
  const stage = list(f.stage);
  if (stage) out.stage = stage;
  const level = list(f.level);
  if (level) out.level = level;
  if (f.trlMin != null || f.trlMax != null) {
    out.trl = {
      ...(f.trlMin != null ? { min: f.trlMin } : {}),
      ...(f.trlMax != null ? { max: f.trlMax } : {}),
    };
  }
  if (f.isTech != null) out.isTech = f.isTech;
  return out;
}

/* Cursors: the hit's position in the result list, opaque to clients. */

const CURSOR_PREFIX = 'search:';

export function searchCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`).toString('base64url');
}

function offsetAfter(after: string | null | undefined): number {
  if (after == null || after === '') return 0;
  const text = Buffer.from(after, 'base64url').toString('utf8');
  const position = text.startsWith(CURSOR_PREFIX)
    ? Number(text.slice(CURSOR_PREFIX.length))
    : Number.NaN;
  if (!Number.isInteger(position) || position < 0 || position >= MAX_SEARCH_OFFSET) {
    throw validationError(['after'], 'Not a cursor of this search');
  }
  return position + 1;
}

/* Loading hits' nodes through the node loaders (and their visibility rules). */

interface LoaderRef {
  getDataloader(ctx: Context): {
    loadMany(keys: readonly string[]): Promise<(object | Error | null)[]>;
  };
}

const NODE_TYPES: Record<
  SearchDocumentType,
  {
    ref: LoaderRef;
    typename: string;
    /** How the projection serves it, when it does (projected.ts). */
    projected?: (nodes: ProjectedNodes) => Projected<object>;
  }
> = {
  actor: { ref: ActorRef as unknown as LoaderRef, typename: 'Actor', projected: (n) => n.actors },
  person: {
    ref: PersonRef as unknown as LoaderRef,
    typename: 'Person',
    projected: (n) => n.people,
  },
  cluster: {
    ref: ClusterRef as unknown as LoaderRef,
    typename: 'Cluster',
    projected: (n) => n.clusters,
  },
  technology: { ref: TechnologyRef as unknown as LoaderRef, typename: 'Technology' },
  opportunity: {
    ref: OpportunityRef as unknown as LoaderRef,
    typename: 'Opportunity',
    projected: (n) => n.opportunities,
  },
  topic: { ref: TopicRef as unknown as LoaderRef, typename: 'Topic', projected: (n) => n.topics },
};

/** Where the hits' nodes are in a `search` selection. */
const HIT_NODE_PATH = ['edges', 'node'];

/**
 * The visible node of each entity, keyed "type:entityId"; left out when not visible or gone.
 * A type whose hits (`hitsInfo`: the `search` field's) ask only for what the projection holds is
 * served from it (projected.ts).
 */
async function loadNodes(
  ctx: Context,
  entities: readonly { type: SearchDocumentType; entityId: string }[],
  hitsInfo: GraphQLResolveInfo | null,
): Promise<Map<string, object>> {
  const byType = new Map<SearchDocumentType, Set<string>>();
  for (const e of entities) byType.set(e.type, (byType.get(e.type) ?? new Set()).add(e.entityId));
  const out = new Map<string, object>();
  const projected = await projectedNodes(ctx);
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const { ref, typename, projected: from } = NODE_TYPES[type];
      const served = from?.(projected);
      const fromProjection =
        served !== undefined &&
        hitsInfo !== null &&
        selectsOnly(hitsInfo, served.held, typename, HIT_NODE_PATH);
      const keys: string[] = [];
      for (const id of ids) {
        const part = fromProjection ? served.part(id) : null;
        if (part === null) {
          keys.push(id);
          continue;
        }
        // A copy: the projection's facts are shared by every request that reads them.
        const node = { ...part };
        brandWithType(node, typename as never);
        out.set(`${type}:${id}`, node);
      }
      if (keys.length === 0) return;
      const rows = await ref.getDataloader(ctx).loadMany(keys);
      rows.forEach((row, i) => {
        if (row instanceof Error) throw row;
        if (row === null || row === undefined) return;
        // The Node interface resolves a row's type from its brand (as node(id) does).
        if (getTypeBrand(row) === null) brandWithType(row, typename as never);
        out.set(`${type}:${keys[i]}`, row);
      });
    }),
  );
  return out;
}

function requireSearch(ctx: Context): ApiSearch {
  if (!ctx.search) throw new SearchUnavailableError('Search is not configured on this server');
  return ctx.search;
}

/** Runs an index call; an engine failure becomes SEARCH_UNAVAILABLE (and is logged). */
async function fromIndex<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // One line: while an engine is down every search would otherwise log a stack trace.
    console.warn(
      `[kobling-api] search index failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    throw new SearchUnavailableError('Search is not available right now; try again in a moment');
  }
}

/* Result shapes. */

interface HitShape {
  readonly cursor: string;
  readonly node: object;
  readonly type: SearchDocumentType;
  readonly title: string;
  readonly highlights: { readonly title: string; readonly body: string };
}

interface FacetShape {
  readonly name: FacetEnumName;
  readonly values: readonly { readonly value: string; readonly count: number }[];
}

interface ResultsShape {
  readonly totalCount: number;
  readonly facets: readonly FacetShape[];
  readonly edges: readonly HitShape[];
  readonly pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const SearchHighlightsRef = builder
  .objectRef<HitShape['highlights']>('SearchHighlights')
  .implement({
    description:
      'HTML-safe text: the source escaped, with the matched words in <mark>…</mark> and nothing else as markup. Render as HTML.',
    fields: (t) => ({
      title: t.exposeString('title'),
      body: t.string({
        description:
          'A snippet of about `length` characters around the first match (… where text is left out); 0: all of it',
        args: {
          length: t.arg.int({
            defaultValue: 240,
            validate: z
              .number()
              .int()
              .min(0, 'length is 0–10000')
              .max(10_000, 'length is 0–10000')
              .nullish(),
          }),
        },
        resolve: (h, args) => cropHighlight(h.body, args.length ?? 240),
      }),
    }),
  });

const SearchHitRef = builder.objectRef<HitShape>('SearchHit').implement({
  description:
    'One match: the node itself (loaded with the viewer’s rights), what it is, and its highlighted text',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'Pass as `after` to continue after this hit' }),
    node: t.field({ type: builder.nodeInterfaceRef(), resolve: (h) => h.node }),
    type: t.field({ type: SearchTypeEnum, resolve: (h) => typeName(h.type) }),
    title: t.exposeString('title', { description: 'Plain text' }),
    highlights: t.field({ type: SearchHighlightsRef, resolve: (h) => h.highlights }),
  }),
});

const SearchFacetValueRef = builder
  .objectRef<FacetShape['values'][number]>('SearchFacetValue')
  .implement({
    fields: (t) => ({ value: t.exposeString('value'), count: t.exposeInt('count') }),
  });

const SearchFacetCountsRef = builder.objectRef<FacetShape>('SearchFacetCounts').implement({
  description: 'The values of a facet over all matches, the most frequent first (at most 100)',
  fields: (t) => ({
    name: t.field({ type: SearchFacetEnum, resolve: (f) => f.name }),
    values: t.field({ type: [SearchFacetValueRef], resolve: (f) => f.values }),
  }),
});

const SearchResultsRef = builder.objectRef<ResultsShape>('SearchResults').implement({
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', {
      description:
        'Matching documents in the index (a page may hold fewer hits when a node is no longer visible)',
    }),
    facets: t.field({ type: [SearchFacetCountsRef], resolve: (r) => r.facets }),
    edges: t.field({ type: [SearchHitRef], resolve: (r) => r.edges }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (r) => r.pageInfo }),
  }),
});

interface SuggestionShape {
  readonly suggestion: Suggestion;
}

const SearchSuggestionRef = builder.objectRef<SuggestionShape>('SearchSuggestion').implement({
  description: 'A title that starts with (or contains a word starting with) the typed text',
  fields: (t) => ({
    nodeId: t.id({
      description: 'Global id of the node (for node(id))',
      resolve: ({ suggestion: s }) => encodeGlobalID(NODE_TYPES[s.type].typename, s.entityId),
    }),
    type: t.field({ type: SearchTypeEnum, resolve: ({ suggestion: s }) => typeName(s.type) }),
    title: t.string({ resolve: ({ suggestion: s }) => s.title }),
    slug: t.string({ nullable: true, resolve: ({ suggestion: s }) => s.slug ?? null }),
  }),
});

const SearchStatusRef = builder
  .objectRef<{
    engine: ApiSearch['engine'];
    running: boolean;
    pending: number;
    oldestAgeMs: number | null;
    lastError: string | null;
    lastErrorAt: number | null;
    lastSuccessAt: number | null;
    documents: number | null;
  }>('SearchStatus')
  .implement({
    description: 'The search index and its outbox indexer',
    fields: (t) => ({
      engine: t.field({ type: SearchEngineEnum, resolve: (s) => s.engine }),
      running: t.exposeBoolean('running', {
        description: 'Whether the indexer loop runs in this process',
      }),
      pending: t.exposeInt('pending', {
        description: 'Graph changes not yet applied to the index',
      }),
      oldestAgeMs: t.exposeFloat('oldestAgeMs', {
        nullable: true,
        description: 'Age of the oldest pending change',
      }),
      lastError: t.exposeString('lastError', { nullable: true }),
      lastErrorAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.lastErrorAt }),
      lastSuccessAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.lastSuccessAt }),
      documents: t.exposeInt('documents', {
        nullable: true,
        description: 'Documents in the index; null when the engine cannot be reached',
      }),
    }),
  });

const ReindexResultRef = builder
  .objectRef<{ engine: ApiSearch['engine']; documents: number; durationMs: number }>(
    'SearchReindexResult',
  )
  .implement({
    fields: (t) => ({
      engine: t.field({ type: SearchEngineEnum, resolve: (r) => r.engine }),
      documents: t.exposeInt('documents', { description: 'Documents in the rebuilt index' }),
      durationMs: t.exposeInt('durationMs'),
    }),
  });

builder.queryFields((t) => ({
  search: t.field({
    type: SearchResultsRef,
    description:
      'Full-text search over actors, listed people, clusters, technologies, open public opportunities and topics, in bokmål and ' +
      'English, typo-tolerant, with facet counts and highlights. Public. Pages forward with first/after. Without a search index: ' +
      'an error with code SEARCH_UNAVAILABLE.',
    args: {
      query: t.arg.string({
        required: true,
        description: `Free text, at most ${MAX_QUERY_LENGTH} characters; empty: everything (then filters and sort decide)`,
        validate: z.string().max(MAX_QUERY_LENGTH, `At most ${MAX_QUERY_LENGTH} characters`),
      }),
      types: t.arg({ type: [SearchTypeEnum], description: 'Only these types (all when left out)' }),
      filters: t.arg({ type: SearchFiltersInput }),
      facets: t.arg({
        type: [SearchFacetEnum],
        description: 'Facets to count (none when left out)',
      }),
      sort: t.arg({ type: SearchSortEnum, defaultValue: 'RELEVANCE' }),
      first: t.arg.int({
        defaultValue: 20,
        description: `1–${MAX_SEARCH_PAGE}`,
        validate: z
          .number()
          .int()
          .min(1, `first must be 1–${MAX_SEARCH_PAGE}`)
          .max(MAX_SEARCH_PAGE, `first must be 1–${MAX_SEARCH_PAGE}`)
          .nullish(),
      }),
      after: t.arg.string({ description: 'A hit’s cursor: continue after it' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const search = requireSearch(ctx);
      const first = args.first ?? 20;
      const offset = offsetAfter(args.after);
      const filters = toFilters(args.filters);
      const facetNames = [...new Set(args.facets ?? [])];
      const sort = SORTS[args.sort ?? 'RELEVANCE'];
      const limit = Math.min(first, MAX_SEARCH_OFFSET - offset);
      const result = await fromIndex(() =>
        search.sync.index.search({
          query: args.query.trim(),
          ...(args.types && args.types.length > 0
            ? { types: [...new Set(args.types)].map((x) => TYPES[x]) }
            : {}),
          filters,
          facets: facetNames.map((f) => FACETS[f]),
          ...(sort ? { sort } : {}),
          limit,
          offset,
        }),
      );
      const nodes = await loadNodes(
        ctx,
        result.hits.map((h) => h.document),
        info,
      );
      const edges = result.hits.flatMap((hit, i): HitShape[] => {
        const node = nodes.get(`${hit.document.type}:${hit.document.entityId}`);
        if (!node) return [];
        return [
          {
            cursor: searchCursor(offset + i),
            node,
            type: hit.document.type,
            title: hit.document.title,
            highlights: hit.highlights,
          },
        ];
      });
      const lastPosition = offset + result.hits.length - 1;
      return {
        totalCount: result.total,
        facets: facetNames.map((name) => ({
          name,
          values: Object.entries(result.facets[FACETS[name]] ?? {}).map(([value, count]) => ({
            // Types as SearchType names, so a value can go straight back into `types`.
            value: name === 'TYPE' ? typeName(value as SearchDocumentType) : value,
            count,
          })),
        })),
        edges,
        pageInfo: {
          hasNextPage: offset + result.hits.length < Math.min(result.total, MAX_SEARCH_OFFSET),
          hasPreviousPage: offset > 0,
          startCursor: edges[0]?.cursor ?? null,
          // The last position read, even when its node was left out, so paging never repeats.
          endCursor: result.hits.length > 0 ? searchCursor(lastPosition) : null,
        },
      };
    },
  }),
  autocomplete: t.field({
    type: [SearchSuggestionRef],
    description:
      'Titles for search-as-you-type, best first. Public. Without a search index: SEARCH_UNAVAILABLE.',
    args: {
      prefix: t.arg.string({
        required: true,
        validate: z.string().max(100, 'At most 100 characters'),
      }),
      first: t.arg.int({
        defaultValue: 8,
        description: `1–${MAX_SUGGESTIONS}`,
        validate: z
          .number()
          .int()
          .min(1, `first must be 1–${MAX_SUGGESTIONS}`)
          .max(MAX_SUGGESTIONS, `first must be 1–${MAX_SUGGESTIONS}`)
          .nullish(),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const search = requireSearch(ctx);
      const prefix = args.prefix.trim();
      if (prefix === '') return [];
      const suggestions = await fromIndex(() =>
        search.sync.index.autocomplete(prefix, args.first ?? 8),
      );
      // People and opportunities have per-viewer visibility: check them as search does.
      const guarded = suggestions.filter((s) => s.type === 'person' || s.type === 'opportunity');
      const visible =
        guarded.length > 0 ? await loadNodes(ctx, guarded, null) : new Map<string, object>();
      return suggestions
        .filter(
          (s) =>
            (s.type !== 'person' && s.type !== 'opportunity') ||
            visible.has(`${s.type}:${s.entityId}`),
        )
        .map((suggestion) => ({ suggestion }));
    },
  }),
  searchStatus: t.field({
    type: SearchStatusRef,
    description:
      'The search index and its indexer: pending changes, the last error, the document count (admins)',
    authScopes: { admin: true },
    resolve: async (_root, _args, ctx) => {
      const search = requireSearch(ctx);
      const [status, documents] = await Promise.all([
        search.sync.indexer.status(),
        search.sync.index.count().catch(() => null),
      ]);
      return {
        engine: search.engine,
        running: status.running,
        pending: status.pending,
        oldestAgeMs: status.oldestAgeMs,
        lastError: status.lastError,
        lastErrorAt: status.lastErrorAt,
        lastSuccessAt: status.lastSuccessAt,
        documents,
      };
    },
  }),
}));

/** One rebuild at a time per index. */
const rebuilding = new WeakSet<ApiSearch['sync']>();

builder.mutationFields((t) => ({
  reindexSearch: t.field({
    type: ReindexResultRef,
    description:
      'Rebuild the search index from the graph and swap it in atomically; searches keep answering from the old index until then (admins)',
    errors: { types: [ForbiddenError, SearchUnavailableError, ConflictError] },
    authScopes: { admin: true },
    resolve: async (_root, _args, ctx) => {
      const search = requireSearch(ctx);
      if (rebuilding.has(search.sync))
        throw new ConflictError('search', 'The search index is being rebuilt already');
      rebuilding.add(search.sync);
      const started = performance.now();
      try {
        const { documents } = await fromIndex(() => search.sync.reindex());
        return {
          engine: search.engine,
          documents,
          durationMs: Math.round(performance.now() - started),
        };
      } finally {
        rebuilding.delete(search.sync);
      }
    },
  }),
}));
