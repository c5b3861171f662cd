import { create, insertMultiple, removeMultiple, search } from '@orama/orama';
import type { Orama, Tokenizer } from '@orama/orama';
import type { SearchDocument } from '../document.ts';
import { tidyFacets } from '../facets.ts';
import type {
  FacetName,
  SearchFilters,
  SearchIndex,
  SearchRequest,
  SearchResult,
  Suggestion,
} from '../port.ts';
import { createSerialQueue } from '../serial.ts';
import { synonymTokens } from '../synonyms.ts';
import { highlightWords, tokenize } from '../text.ts';
import { typoBudget } from '../typo.ts';

/**
 * The embedded search index on Orama: the default, in process, nothing on disk (it is rebuilt
 * from the graph at start). Orama does the full-text scoring (BM25), filters, facets and sort;
 * this adapter adds what Meilisearch does by itself: per-word typo tolerance, synonyms by query
 * expansion from the shared table, and highlights.
 */

const schema = {
  title: 'string',
  topicNames: 'string[]',
  clusters: 'string[]',
  municipalityName: 'string',
  body: 'string',
  type: 'enum',
  kind: 'enum',
  helix: 'enum',
  municipality: 'enum',
  topics: 'enum[]',
  stage: 'enum',
  level: 'enum',
  trl: 'number',
  isTech: 'enum',
  synthetic: 'boolean',
  updatedAt: 'number',
} as const;

type Db = Orama<typeof schema>;

/** Searchable attributes with their weight, in priority order (as in the Meilisearch settings). */
const textProperties = ['title', 'topicNames', 'clusters', 'municipalityName', 'body'] as const;
const boost = { title: 4, topicNames: 2.5, clusters: 1.5, municipalityName: 1.2, body: 1 };

/** What Orama stores: the document with the fields Orama cannot index as they are adjusted. */
interface StoredDoc {
  id: string;
  title: string;
  topicNames: string[];
  clusters: string[];
  municipalityName?: string;
  body: string;
  type: string;
  kind?: string;
  helix?: string;
  municipality?: string;
  topics: string[];
  stage?: string;
  level?: string;
  trl?: number;
  /** A boolean Orama facet counts a missing value as false; an enum leaves it out. */
  isTech?: 'true' | 'false';
  synthetic: boolean;
  updatedAt: number;
}

function toStored(doc: SearchDocument): StoredDoc {
  return {
    id: doc.id,
    title: doc.title,
    topicNames: [...doc.topicNames],
    clusters: [...(doc.clusters ?? [])],
    municipalityName: doc.municipalityName,
    body: doc.body,
    type: doc.type,
    kind: doc.kind,
    helix: doc.helix,
    municipality: doc.municipality,
    topics: [...doc.topics],
    stage: doc.stage,
    level: doc.level,
    trl: doc.trl,
    isTech: doc.isTech === undefined ? undefined : doc.isTech ? 'true' : 'false',
    synthetic: doc.synthetic,
    updatedAt: doc.updatedAt,
  };
}

const tokenizer: Tokenizer = {
  language: 'english',
  normalizationCache: new Map(),
  tokenize: (raw: string) => [...new Set(tokenize(raw))],
};

interface Generation {
  db: Db;
  docs: Map<string, SearchDocument>;
}

function createGeneration(): Generation {
  const db = create({
    schema,
    sort: { unsortableProperties: ['body', 'municipalityName', 'synthetic'] },
    components: { tokenizer },
  }) as Db;
  return { db, docs: new Map() };
}

async function upsertInto(gen: Generation, docs: readonly SearchDocument[]): Promise<void> {
  // The last version of an id in one batch wins, as in Meilisearch.
  const latest = new Map(docs.map((d) => [d.id, d]));
  const existing = [...latest.keys()].filter((id) => gen.docs.has(id));
  if (existing.length > 0) await removeMultiple(gen.db, existing);
  await insertMultiple(gen.db, [...latest.values()].map(toStored), 1000);
  for (const [id, doc] of latest) gen.docs.set(id, doc);
}

async function deleteFrom(gen: Generation, ids: readonly string[]): Promise<void> {
  const existing = [...new Set(ids)].filter((id) => gen.docs.has(id));
  if (existing.length > 0) await removeMultiple(gen.db, existing);
  for (const id of existing) gen.docs.delete(id);
}

/** Orama's radix tree of one text property; read to find typo candidates per word. */
interface RadixIndex {
  node: {
    find(params: { term: string; exact: boolean; tolerance: number }): Record<string, unknown>;
  };
}

function radixOf(db: Db, prop: string): RadixIndex | undefined {
  const indexes = (db.data.index as unknown as { indexes: Record<string, RadixIndex> }).indexes;
  return indexes[prop];
}

/** How many corrected spellings one query word may add at most. */
const maxTypoCandidates = 12;

/**
 * The words to search for: the query's words, the indexed words within each word's typo budget
 * (Meilisearch's rule: none below 5 letters, one from 5, two from 9), and their synonyms.
 */
function expandQuery(db: Db, query: string): string[] {
  const tokens = [...new Set(tokenize(query))];
  const terms = new Set(tokens);
  for (const token of tokens) {
    const tolerance = typoBudget(token);
    if (tolerance === 0) continue;
    const candidates = new Set<string>();
    for (const prop of textProperties) {
      const found = radixOf(db, prop)?.node.find({ term: token, exact: false, tolerance }) ?? {};
      for (const word of Object.keys(found)) {
        if (candidates.size >= maxTypoCandidates) break;
        candidates.add(word);
      }
    }
    for (const c of candidates) terms.add(c);
  }
  for (const t of synonymTokens(tokens)) terms.add(t);
  for (const t of synonymTokens([...terms].filter((t) => !tokens.includes(t)))) terms.add(t);
  return [...terms];
}

type Where = Record<string, unknown>;

function whereOf(types: SearchRequest['types'], filters: SearchFilters = {}): Where {
  const where: Where = {};
  const anyOf = (field: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) where[field] = { in: [...values] };
  };
  anyOf('type', types);
  anyOf('kind', filters.kind);
  anyOf('helix', filters.helix);
  anyOf('municipality', filters.municipality);
  anyOf('stage', filters.stage);
  anyOf('level', filters.level);
  if (filters.topics && filters.topics.length > 0) {
    where.topics = { containsAny: [...filters.topics] };
  }
  if (filters.trl && (filters.trl.min !== undefined || filters.trl.max !== undefined)) {
    where.trl = {
      between: [filters.trl.min ?? Number.MIN_SAFE_INTEGER, filters.trl.max ?? Number.MAX_SAFE_INTEGER],
    };
  }
  if (filters.isTech !== undefined) where.isTech = { eq: filters.isTech ? 'true' : 'false' };
  if (filters.synthetic !== undefined) where.synthetic = filters.synthetic;
  return where;
}

const trlRanges = Array.from({ length: 9 }, (_, i) => ({ from: i + 1, to: i + 1 }));

function facetParams(facets: readonly FacetName[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const facet of facets) out[facet] = facet === 'trl' ? { ranges: trlRanges } : {};
  return out;
}

/** Orama reports a TRL range "3-3"; the port speaks of the value "3". */
function normalizeFacetKeys(name: string, values: Record<string, number>): Record<string, number> {
  if (name !== 'trl') return values;
  return Object.fromEntries(Object.entries(values).map(([k, n]) => [k.split('-')[0] ?? k, n]));
}

export interface EmbeddedSearchIndexOptions {
  /** Documents inserted per Orama batch during a rebuild. */
  readonly batchSize?: number;
}

export function createEmbeddedSearchIndex(options: EmbeddedSearchIndexOptions = {}): SearchIndex {
  const batchSize = options.batchSize ?? 5000;
  let live = createGeneration();
  /** The generation a rebuild is filling; writes go to it too so the swap loses none. */
  let building: Generation | null = null;
  const serial = createSerialQueue();

  async function runSearch(request: SearchRequest): Promise<SearchResult> {
    const { db, docs } = live;
    const terms = request.query.trim() === '' ? [] : expandQuery(db, request.query);
    if (request.query.trim() !== '' && terms.length === 0) {
      return { hits: [], total: 0, facets: {} };
    }
    const where = whereOf(request.types, request.filters);
    const params: Record<string, unknown> = {
      term: terms.join(' '),
      properties: [...textProperties],
      boost,
      tolerance: 0,
      threshold: 1,
      limit: request.limit,
      offset: request.offset,
    };
    if (Object.keys(where).length > 0) params.where = where;
    if (request.facets && request.facets.length > 0) params.facets = facetParams(request.facets);
    if (request.sort) {
      params.sortBy = {
        property: request.sort.field,
        order: request.sort.direction === 'asc' ? 'ASC' : 'DESC',
      };
    }
    const result = await search(db, params as Parameters<typeof search<Db>>[1]);
    const isMatch = (word: string) => terms.some((t) => word.startsWith(t));
    const hits = result.hits.flatMap((hit) => {
      const document = docs.get(String(hit.id));
      if (!document) return [];
      return [
        {
          document,
          highlights: {
            title: highlightWords(document.title, isMatch),
            body: highlightWords(document.body, isMatch),
          },
        },
      ];
    });
    const rawFacets: Partial<Record<FacetName, Record<string, number>>> = {};
    for (const [name, facet] of Object.entries(result.facets ?? {})) {
      rawFacets[name as FacetName] = normalizeFacetKeys(name, facet.values);
    }
    return { hits, total: result.count, facets: tidyFacets(rawFacets) };
  }

  return {
    async applySettings() {
      // Settings are the schema, the boosts and the synonym table above: nothing to apply.
    },

    upsert(docs) {
      return serial(async () => {
        if (docs.length === 0) return;
        await upsertInto(live, docs);
        if (building) await upsertInto(building, docs);
      });
    },

    delete(ids) {
      return serial(async () => {
        if (ids.length === 0) return;
        await deleteFrom(live, ids);
        if (building) await deleteFrom(building, ids);
      });
    },

    search: runSearch,

    async autocomplete(prefix, limit) {
      const tokens = tokenize(prefix);
      if (tokens.length === 0 || limit <= 0) return [];
      const { db, docs } = live;
      // Orama matches each word as a prefix; ask for more and put titles that start with the
      // typed text first.
      const result = await search(db, {
        term: tokens.join(' '),
        properties: ['title'],
        tolerance: 0,
        threshold: 0,
        limit: limit * 4,
      });
      const typed = tokens.join(' ');
      const suggestions: (Suggestion & { starts: boolean })[] = [];
      for (const hit of result.hits) {
        const doc = docs.get(String(hit.id));
        if (!doc) continue;
        suggestions.push({
          id: doc.id,
          type: doc.type,
          entityId: doc.entityId,
          title: doc.title,
          ...(doc.slug === undefined ? {} : { slug: doc.slug }),
          starts: tokenize(doc.title).join(' ').startsWith(typed),
        });
      }
      return suggestions
        .map((s, i) => ({ s, i }))
        .sort((a, b) => Number(b.s.starts) - Number(a.s.starts) || a.i - b.i)
        .slice(0, limit)
        .map(({ s: { starts: _starts, ...suggestion } }) => suggestion);
    },

    async count() {
      return live.docs.size;
    },

    async allIds() {
      return new Map([...live.docs.values()].map((d) => [d.id, d.updatedAt]));
    },

    async rebuild(source) {
      const next = createGeneration();
      await serial(async () => {
        building = next;
      });
      try {
        let batch: SearchDocument[] = [];
        for await (const doc of source) {
          batch.push(doc);
          if (batch.length >= batchSize) {
            const chunk = batch;
            batch = [];
            await serial(() => upsertInto(next, chunk));
          }
        }
        const rest = batch;
        await serial(async () => {
          await upsertInto(next, rest);
          live = next;
        });
      } finally {
        await serial(async () => {
          building = null;
        });
      }
    },

    async close() {
      await serial(async () => {
        live = createGeneration();
        building = null;
      });
    },
  };
}
