import SearchableMap from 'minisearch/SearchableMap';
import type { SearchDocument } from '../document.ts';
import { tidyFacetValues } from '../facets.ts';
import type {
  FacetDistribution,
  FacetName,
  SearchFilters,
  SearchRequest,
  SearchSort,
} from '../port.ts';
import { toRow } from './row.ts';
import type { Row } from './row.ts';
import { documentTerms, textFields } from './terms.ts';

/**
 * The query side of the embedded index, in memory: a vocabulary in MiniSearch's SearchableMap
 * (a radix tree with prefix and fuzzy lookup, used through its public API) whose values are the
 * term's documents per text field, the documents' field lengths for BM25, and posting sets per
 * filter value. Rebuilt from the durable store when a server opens it.
 */

/** A term's documents (internal numbers), one set per text field. */
type Postings = (Set<number> | undefined)[];

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

export class MemoryIndex {
  readonly vocabulary = new SearchableMap<Postings>();
  /** Rows by internal number; a deleted document leaves a hole. */
  readonly rows: (Row | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly terms: (readonly (readonly string[])[] | undefined)[] = [];
  private readonly postings = new Map<FilterField, Map<string, Set<number>>>();
  private readonly lengthSums = textFields.map(() => 0);

  get size(): number {
    return this.numbers.size;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  documents(): IterableIterator<SearchDocument> {
    const rows = this.rows;
    return (function* () {
      for (const row of rows) if (row) yield row.doc;
    })();
  }

  averageLength(field: number): number {
    return this.size === 0 ? 1 : Math.max(1, (this.lengthSums[field] as number) / this.size);
  }

  /** Adds the document or replaces the one with its id. */
  put(doc: SearchDocument): void {
    this.remove(doc.id);
    const n = this.rows.length;
    const terms = documentTerms(doc);
    const row = toRow(
      doc,
      terms.map((t) => Math.max(1, t.length)),
    );
    this.rows.push(row);
    this.terms.push(terms);
    this.numbers.set(doc.id, n);
    terms.forEach((words, field) => {
      this.lengthSums[field] = (this.lengthSums[field] as number) + row.lengths[field]!;
      for (const word of new Set(words)) {
        this.vocabulary.update(word, (postings = []) => {
          (postings[field] ??= new Set()).add(n);
          return postings;
        });
      }
    });
    this.indexFilters(n, row, true);
  }

  remove(id: string): void {
    const n = this.numbers.get(id);
    if (n === undefined) return;
    const row = this.rows[n] as Row;
    (this.terms[n] ?? []).forEach((words, field) => {
      this.lengthSums[field] = (this.lengthSums[field] as number) - row.lengths[field]!;
      for (const word of new Set(words)) {
        const postings = this.vocabulary.get(word);
        postings?.[field]?.delete(n);
        if (postings?.every((set) => !set || set.size === 0)) this.vocabulary.delete(word);
      }
    });
    this.indexFilters(n, row, false);
    this.rows[n] = undefined;
    this.terms[n] = undefined;
    this.numbers.delete(id);
  }

  private indexFilters(n: number, row: Row, add: boolean) {
    for (const field of filterFields) {
      let byValue = this.postings.get(field);
      if (!byValue) this.postings.set(field, (byValue = new Map()));
      for (const value of filterValues(row, field)) {
        let ids = byValue.get(value);
        if (!ids) byValue.set(value, (ids = new Set()));
        if (add) ids.add(n);
        else ids.delete(n);
      }
    }
  }

  /** How many documents hold the word in any field (for ordering candidates). */
  documentFrequency(postings: Postings): number {
    let most = 0;
    for (const set of postings) if (set && set.size > most) most = set.size;
    return most;
  }

  /**
   * The internal numbers passing the request's types and filters, ascending, or null when
   * nothing filters. Seeds from the most selective filtered field and tests the rest per row.
   */
  filtered(types: SearchRequest['types'], filters: SearchFilters = {}): number[] | null {
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
      const byValue = this.postings.get(field);
      const sets = values.flatMap((v) => byValue?.get(v) ?? []);
      return { field, values: new Set(values), sets, size: sets.reduce((n, s) => n + s.size, 0) };
    });
    lists.sort((a, b) => a.size - b.size);
    const [seed, ...rest] = lists;
    const candidates: Iterable<number> = seed
      ? new Set(seed.sets.flatMap((set) => [...set]))
      : this.rows.keys();
    const out: number[] = [];
    for (const n of candidates) {
      const row = this.rows[n];
      if (!row) continue;
      if (trlTest && !trlTest(row)) continue;
      if (rest.every(({ field, values }) => filterValues(row, field).some((v) => values.has(v)))) {
        out.push(n);
      }
    }
    return out.sort((a, b) => a - b);
  }

  countFacets(numbers: Iterable<number>, facets: readonly FacetName[]): FacetDistribution {
    const counts = facets.map(() => new Map<string, number>());
    const bump = (map: Map<string, number>, value: string) =>
      map.set(value, (map.get(value) ?? 0) + 1);
    for (const n of numbers) {
      const row = this.rows[n];
      if (!row) continue;
      for (let f = 0; f < facets.length; f++) {
        const map = counts[f] as Map<string, number>;
        const facet = facets[f] as FacetName;
        switch (facet) {
          case 'topics':
            for (const topic of row.topics) bump(map, topic);
            break;
          case 'trl':
            if (!Number.isNaN(row.trl)) bump(map, String(row.trl));
            break;
          case 'isTech':
            if (row.isTech >= 0) bump(map, row.isTech === 1 ? 'true' : 'false');
            break;
          default:
            if (row[facet] !== '') bump(map, row[facet]);
        }
      }
    }
    const out: FacetDistribution = {};
    facets.forEach((facet, f) => {
      out[facet] = tidyFacetValues(Object.fromEntries(counts[f] ?? []));
    });
    return out;
  }

  /** Sorts numbers by a field; documents without the field go last in both directions. */
  sortByField(numbers: number[], sort: SearchSort): number[] {
    const sign = sort.direction === 'asc' ? 1 : -1;
    const keyed = numbers.map((n) => ({ n, value: this.rows[n]?.doc[sort.field] }));
    keyed.sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        return (a.value === undefined ? 1 : 0) - (b.value === undefined ? 1 : 0) || a.n - b.n;
      }
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value));
      return sign * order || a.n - b.n;
    });
    return keyed.map((k) => k.n);
  }
}
