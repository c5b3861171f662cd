import { create, insertMultiple, removeMultiple } from '@orama/orama';
import type { Orama, Tokenizer } from '@orama/orama';
import type { SearchDocument } from '../document.ts';
import { tidyFacetValues } from '../facets.ts';
import type {
  FacetDistribution,
  FacetName,
  SearchFilters,
  SearchHit,
  SearchIndex,
  SearchRequest,
  SearchResult,
  SearchSort,
  Suggestion,
} from '../port.ts';
import { createSerialQueue } from '../serial.ts';
import { synonymTokens } from '../synonyms.ts';
import { highlightWords, tokenize } from '../text.ts';
import { typoBudget } from '../typo.ts';
import { topScored } from './top-k.ts';
import { toRow } from './row.ts';
import type { Row } from './row.ts';
import { exactWord, wordsNear, wordsWithPrefix } from './vocabulary.ts';
import type { RadixNode } from './vocabulary.ts';

/**
 * The embedded search index, the default: in process, nothing on disk (it is rebuilt from the
 * graph at start). Orama holds the inverted index (a radix tree per text field with postings)
 * and its BM25 statistics. Ranking, typo tolerance, synonyms, filters, facets and highlights
 * are done here on top of those structures and the documents, because Orama's own full-text
 * path collects postings quadratically (seconds for a common word at 100k documents), always
 * sorts every match, and its filter indexes cost more than testing each candidate.
 */

const schema = {
  title: 'string',
  topicNames: 'string[]',
  clusters: 'string[]',
  municipalityName: 'string',
  body: 'string',
} as const;

type Db = Orama<typeof schema>;

/** Searchable fields with their weight, in priority order (as in the Meilisearch settings). */
const textProperties = ['title', 'topicNames', 'clusters', 'municipalityName', 'body'] as const;
type TextProperty = (typeof textProperties)[number];
const fieldBoost: Record<TextProperty, number> = {
  title: 4,
  topicNames: 2.5,
  clusters: 1.5,
  municipalityName: 1.2,
  body: 1,
};
/** Orama's BM25 parameters (its defaults). */
const bm25 = { k: 1.2, b: 0.75, d: 0.5 };

/** What Orama indexes: the text fields. Filters and facets read the documents themselves. */
function toStored(doc: SearchDocument) {
  return {
    id: doc.id,
    title: doc.title,
    topicNames: [...doc.topicNames],
    clusters: [...(doc.clusters ?? [])],
    municipalityName: doc.municipalityName,
    body: doc.body,
  };
}

const tokenizer: Tokenizer = {
  language: 'english',
  normalizationCache: new Map(),
  // Unique words: term frequency is not used, and Orama's per-token counting is quadratic.
  tokenize: (raw: string) => [...new Set(tokenize(raw))],
};

/** The parts of Orama's index store read here. */
interface IndexStore {
  indexes: Record<string, { type: string; node: RadixNode }>;
  avgFieldLength: Record<string, number | undefined>;
  /** Read once per document at insert, into its row. */
  fieldLengths: Record<string, Record<number, number | undefined>>;
  tokenOccurrences: Record<string, Record<string, number | undefined>>;
}

interface Generation {
  db: Db;
  docs: Map<string, SearchDocument>;
  /** Rows by Orama's internal id. */
  byInternal: (Row | undefined)[];
  /** Filter field → value → internal ids: the seed of a filtered search. */
  postings: Map<FilterField, Map<string, Set<number>>>;
}

/** Fields with a posting index (the TRL range is tested on the rows). */
const filterFields = [
  'type',
  'kind',
  'helix',
  'municipality',
  'stage',
  'level',
  'topics',
  'isTech',
  'synthetic',
] as const;
type FilterField = (typeof filterFields)[number];

function filterValues(row: Row, field: FilterField): readonly string[] {
  switch (field) {
    case 'topics':
      return row.topics;
    case 'isTech':
      return row.isTech < 0 ? [] : [row.isTech === 1 ? 'true' : 'false'];
    case 'synthetic':
      return [row.synthetic ? 'true' : 'false'];
    default:
      return row[field] === '' ? [] : [row[field]];
  }
}

function indexRow(gen: Generation, id: number, row: Row, add: boolean) {
  for (const field of filterFields) {
    let byValue = gen.postings.get(field);
    if (!byValue) {
      byValue = new Map();
      gen.postings.set(field, byValue);
    }
    for (const value of filterValues(row, field)) {
      let ids = byValue.get(value);
      if (!ids) {
        ids = new Set();
        byValue.set(value, ids);
      }
      if (add) ids.add(id);
      else ids.delete(id);
    }
  }
}

function createGeneration(): Generation {
  const db = create({
    schema,
    // Sorting is done here; Orama's sort index would only cost insert time.
    sort: { enabled: false },
    components: { tokenizer },
  }) as Db;
  return { db, docs: new Map(), byInternal: [], postings: new Map() };
}

function storeOf(db: Db): IndexStore {
  return db.data.index as unknown as IndexStore;
}

function internalIdOf(db: Db, id: string): number | undefined {
  return db.internalDocumentIDStore.idToInternalId.get(id);
}

async function upsertInto(gen: Generation, docs: readonly SearchDocument[]): Promise<void> {
  // The last version of an id in one batch wins, as in Meilisearch.
  const latest = new Map(docs.map((d) => [d.id, d]));
  const existing = [...latest.keys()].filter((id) => gen.docs.has(id));
  if (existing.length > 0) await removeMultiple(gen.db, existing);
  await insertMultiple(gen.db, [...latest.values()].map(toStored) as never, 1000);
  const store = storeOf(gen.db);
  for (const [id, doc] of latest) {
    gen.docs.set(id, doc);
    const internal = internalIdOf(gen.db, id);
    if (internal === undefined) continue;
    const lengths = textProperties.map((prop) => store.fieldLengths[prop]?.[internal] ?? 1);
    const previous = gen.byInternal[internal];
    if (previous) indexRow(gen, internal, previous, false);
    const row = toRow(doc, lengths);
    gen.byInternal[internal] = row;
    indexRow(gen, internal, row, true);
  }
}

async function deleteFrom(gen: Generation, ids: readonly string[]): Promise<void> {
  const existing = [...new Set(ids)].filter((id) => gen.docs.has(id));
  if (existing.length > 0) await removeMultiple(gen.db, existing);
  for (const id of existing) {
    gen.docs.delete(id);
    const internal = internalIdOf(gen.db, id);
    if (internal === undefined) continue;
    const previous = gen.byInternal[internal];
    if (previous) indexRow(gen, internal, previous, false);
    gen.byInternal[internal] = undefined;
  }
}

/** Query words with their weight. */
type WeightedWords = Map<string, number>;

/** How many spellings one query word may add, at most, by typo or by prefix. */
const maxTypoCandidates = 10;
const maxPrefixCandidates = 30;

/** Relative weight of a word found other than as typed, so exact matches rank first. */
const weights = { typed: 1, synonym: 0.8, prefix: 0.6, oneTypo: 0.5, twoTypos: 0.3 } as const;

function radixRoots(db: Db, props: readonly TextProperty[]): RadixNode[] {
  const store = storeOf(db);
  return props.flatMap((prop) => {
    const tree = store.indexes[prop];
    return tree && tree.type === 'Radix' ? [tree.node] : [];
  });
}

/**
 * The words to look up, with weights: the query's words as typed; indexed words within each
 * word's typo budget (Meilisearch's rule: none below 5 letters, one from 5, two from 9); the
 * completions of the last word (Meilisearch treats it as a prefix); and the synonyms of typed
 * and corrected words from the shared table.
 */
function expandQuery(db: Db, query: string): WeightedWords {
  const tokens = tokenize(query);
  const out: WeightedWords = new Map();
  const add = (word: string, weight: number) => {
    if ((out.get(word) ?? 0) < weight) out.set(word, weight);
  };
  const roots = radixRoots(db, textProperties);
  const corrected: string[] = [];
  for (const token of tokens) {
    add(token, weights.typed);
    const budget = typoBudget(token);
    if (budget === 0) continue;
    const near = new Map<string, { distance: number; docs: number }>();
    for (const root of roots) {
      for (const [node, distance] of wordsNear(root, token, budget)) {
        if (distance === 0) continue;
        const seen = near.get(node.w);
        near.set(node.w, {
          distance: Math.min(distance, seen?.distance ?? distance),
          docs: Math.max(node.d.size, seen?.docs ?? 0),
        });
      }
    }
    const best = [...near]
      .sort((a, b) => a[1].distance - b[1].distance || b[1].docs - a[1].docs)
      .slice(0, maxTypoCandidates);
    for (const [word, { distance }] of best) {
      add(word, distance === 1 ? weights.oneTypo : weights.twoTypos);
      corrected.push(word);
    }
  }
  const last = tokens.at(-1);
  if (last !== undefined && /[\p{L}\p{N}]$/u.test(query)) {
    const completions = roots
      .flatMap((root) => wordsWithPrefix(root, last, maxPrefixCandidates))
      .sort((a, b) => b.d.size - a.d.size);
    const seen = new Set<string>();
    for (const node of completions) {
      if (seen.size >= maxPrefixCandidates) break;
      seen.add(node.w);
      add(node.w, weights.prefix);
    }
  }
  for (const word of synonymTokens(tokens)) add(word, weights.synonym);
  for (const word of corrected) {
    for (const synonym of synonymTokens([word])) add(synonym, weights.twoTypos);
  }
  return out;
}

/**
 * BM25 scores (Orama's variant and statistics) of the documents that match any of the words
 * in any of the fields and pass the predicate: internal id → score.
 */
function score(
  gen: Generation,
  words: WeightedWords,
  props: readonly TextProperty[],
  allowed: Uint8Array | null,
): Map<number, number> {
  const store = storeOf(gen.db);
  const docsCount = gen.docs.size;
  const size = gen.byInternal.length + 1;
  const scores = new Float64Array(size);
  const touched: number[] = [];
  for (const prop of props) {
    const tree = store.indexes[prop];
    if (!tree || tree.type !== 'Radix') continue;
    const avg = store.avgFieldLength[prop] ?? 1;
    const field = textProperties.indexOf(prop);
    const occurrences = store.tokenOccurrences[prop] ?? {};
    for (const [word, weight] of words) {
      const node = exactWord(tree.node, word);
      if (!node || node.d.size === 0) continue;
      const matching = occurrences[word] ?? node.d.size;
      const idf = Math.log(1 + (docsCount - matching + 0.5) / (matching + 0.5));
      const factor = idf * fieldBoost[prop] * weight;
      for (const id of node.d) {
        if (allowed && allowed[id] !== 1) continue;
        const row = gen.byInternal[id];
        if (!row) continue;
        const length = row.lengths[field] ?? 1;
        if (scores[id] === 0) touched.push(id);
        // Every word occurs once per field (the tokenizer dedupes), so tf = 1 / length.
        const tf = 1 / length;
        scores[id] =
          (scores[id] as number) +
          (factor * (bm25.d + tf * (bm25.k + 1))) /
            (tf + bm25.k * (1 - bm25.b + (bm25.b * length) / avg));
      }
    }
  }
  return new Map(touched.map((id) => [id, scores[id] as number]));
}

/**
 * The internal ids passing the request's types and filters, ascending, or null when nothing
 * filters. Seeds from the posting lists of the most selective filtered field and tests the
 * remaining conditions on those candidates only.
 */
function filteredIds(
  gen: Generation,
  types: SearchRequest['types'],
  filters: SearchFilters = {},
): number[] | null {
  const wanted: [FilterField, readonly string[]][] = [];
  const want = (field: FilterField, values: readonly string[] | undefined) => {
    if (values && values.length > 0) wanted.push([field, values]);
  };
  want('type', types);
  want('kind', filters.kind);
  want('helix', filters.helix);
  want('municipality', filters.municipality);
  want('stage', filters.stage);
  want('level', filters.level);
  want('topics', filters.topics);
  if (filters.isTech !== undefined) want('isTech', [String(filters.isTech)]);
  if (filters.synthetic !== undefined) want('synthetic', [String(filters.synthetic)]);
  const { min, max } = filters.trl ?? {};
  const trlTest =
    min === undefined && max === undefined
      ? null
      : (row: Row) =>
          row.trl >= (min ?? Number.NEGATIVE_INFINITY) &&
          row.trl <= (max ?? Number.POSITIVE_INFINITY);
  if (wanted.length === 0 && !trlTest) return null;

  const lists = wanted.map(([field, values]) => {
    const byValue = gen.postings.get(field);
    const sets = values.flatMap((v) => byValue?.get(v) ?? []);
    return { field, values: new Set(values), sets, size: sets.reduce((n, set) => n + set.size, 0) };
  });
  lists.sort((a, b) => a.size - b.size);
  const [seed, ...rest] = lists;
  const candidates: Iterable<number> = seed
    ? new Set(seed.sets.flatMap((set) => [...set]))
    : gen.byInternal.keys();
  const out: number[] = [];
  for (const id of candidates) {
    const row = gen.byInternal[id];
    if (!row) continue;
    if (trlTest && !trlTest(row)) continue;
    if (rest.every(({ field, values }) => filterValues(row, field).some((v) => values.has(v)))) {
      out.push(id);
    }
  }
  return out.sort((a, b) => a - b);
}

function countFacets(
  gen: Generation,
  ids: Iterable<number>,
  facets: readonly FacetName[],
): FacetDistribution {
  const counts = facets.map(() => new Map<string, number>());
  const bump = (map: Map<string, number>, value: string) =>
    map.set(value, (map.get(value) ?? 0) + 1);
  for (const id of ids) {
    const row = gen.byInternal[id];
    if (!row) continue;
    for (let f = 0; f < facets.length; f++) {
      const map = counts[f] as Map<string, number>;
      switch (facets[f]) {
        case 'topics':
          for (const topic of row.topics) bump(map, topic);
          break;
        case 'trl':
          if (!Number.isNaN(row.trl)) bump(map, String(row.trl));
          break;
        case 'isTech':
          if (row.isTech >= 0) bump(map, row.isTech === 1 ? 'true' : 'false');
          break;
        case 'type':
          bump(map, row.type);
          break;
        case 'kind':
          if (row.kind !== '') bump(map, row.kind);
          break;
        case 'helix':
          if (row.helix !== '') bump(map, row.helix);
          break;
        case 'municipality':
          if (row.municipality !== '') bump(map, row.municipality);
          break;
        case 'stage':
          if (row.stage !== '') bump(map, row.stage);
          break;
        case 'level':
          if (row.level !== '') bump(map, row.level);
          break;
      }
    }
  }
  const out: FacetDistribution = {};
  facets.forEach((facet, f) => {
    out[facet] = tidyFacetValues(Object.fromEntries(counts[f] ?? []));
  });
  return out;
}

/** Sorts ids by a field; documents without the field go last in both directions. */
function sortByField(gen: Generation, ids: number[], sort: SearchSort): number[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = ids.map((id) => ({ id, value: gen.byInternal[id]?.doc[sort.field] }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      return (a.value === undefined ? 1 : 0) - (b.value === undefined ? 1 : 0) || a.id - b.id;
    }
    const order =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : String(a.value).localeCompare(String(b.value));
    return sign * order || a.id - b.id;
  });
  return keyed.map((k) => k.id);
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
    const gen = live;
    const filtered = filteredIds(gen, request.types, request.filters);
    const hasQuery = tokenize(request.query).length > 0;
    const words = hasQuery ? expandQuery(gen.db, request.query) : new Map<string, number>();
    const wanted = request.offset + request.limit;

    let total: number;
    let matches: Iterable<number>;
    let page: number[];
    if (hasQuery) {
      let allowed: Uint8Array | null = null;
      if (filtered) {
        allowed = new Uint8Array(gen.byInternal.length + 1);
        for (const id of filtered) allowed[id] = 1;
      }
      const scores = score(gen, words, textProperties, allowed);
      total = scores.size;
      matches = scores.keys();
      page = request.sort
        ? sortByField(gen, [...scores.keys()], request.sort).slice(request.offset, wanted)
        : topScored(scores, wanted).slice(request.offset);
    } else {
      // Every document passing the filters, in insertion order unless sorted.
      const ids: number[] = filtered ?? [];
      if (!filtered) {
        gen.byInternal.forEach((row, id) => {
          if (row) ids.push(id);
        });
      }
      total = ids.length;
      matches = ids;
      page = (request.sort ? sortByField(gen, ids, request.sort) : ids).slice(
        request.offset,
        wanted,
      );
    }

    const isMatch = (word: string) => words.has(word);
    const hits: SearchHit[] = page.flatMap((id) => {
      const document = gen.byInternal[id]?.doc;
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
    const facets =
      request.facets && request.facets.length > 0 ? countFacets(gen, matches, request.facets) : {};
    return { hits, total, facets };
  }

  return {
    async applySettings() {
      // The settings are the schema, field weights and synonym table above: nothing to apply.
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
      const last = tokens.at(-1);
      if (last === undefined || limit <= 0) return [];
      const gen = live;
      const words: WeightedWords = new Map(tokens.slice(0, -1).map((t) => [t, weights.typed]));
      for (const root of radixRoots(gen.db, ['title'])) {
        for (const node of wordsWithPrefix(root, last, maxPrefixCandidates)) {
          words.set(node.w, node.w === last ? weights.typed : weights.prefix);
        }
      }
      const scores = score(gen, words, ['title'], null);
      // Titles that start with the typed text first, then by score.
      const typed = tokens.join(' ');
      const candidates = topScored(scores, limit * 4).flatMap((id) => {
        const doc = gen.byInternal[id]?.doc;
        return doc ? [{ doc, starts: tokenize(doc.title).join(' ').startsWith(typed) }] : [];
      });
      return candidates
        .map((c, i) => ({ ...c, i }))
        .sort((a, b) => Number(b.starts) - Number(a.starts) || a.i - b.i)
        .slice(0, limit)
        .map(({ doc }): Suggestion => ({
          id: doc.id,
          type: doc.type,
          entityId: doc.entityId,
          title: doc.title,
          ...(doc.slug === undefined ? {} : { slug: doc.slug }),
        }));
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
