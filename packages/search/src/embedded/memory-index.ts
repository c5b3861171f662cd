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
import { valueFilters } from '../port.ts';
import { toRow } from './row.ts';
import type { Row } from './row.ts';
import { documentTerms, textFields } from './terms.ts';
import type { DocumentTerms } from './terms.ts';

/**
 * The query side of the embedded index, in memory: a vocabulary in MiniSearch's SearchableMap
 * (a radix tree with prefix and fuzzy lookup, used through its public API) whose values are the
 * term's documents per text field, the documents' field lengths for BM25, and posting sets per
 * filter value. Rebuilt from the durable store when a server opens it.
 */

/**
 * A term's documents (internal numbers) per text field, append-only: a removed document leaves
 * its number behind, skipped because its row is gone, until the index compacts. `live` counts
 * the documents that still hold the term, per field (for IDF).
 */
export interface TermPostings {
  readonly docs: number[][];
  readonly live: number[];
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

/** Removed documents past which the index renumbers (and drops their postings). */
const compactAt = (live: number) => Math.max(1_000, live / 4);

/** The documents passing a request's types and filters: a mask by number, and how many. */
export interface Filtered {
  readonly mask: Uint8Array;
  readonly count: number;
}

export class MemoryIndex {
  vocabulary = new SearchableMap<TermPostings>();
  /** Rows by internal number; a removed document leaves a hole until the index compacts. */
  rows: (Row | undefined)[] = [];
  private terms = new Map<string, TermPostings>();
  /** Stems, looked up exactly (never by typo or prefix: they are not words anyone types). */
  private stems = new Map<string, TermPostings>();
  private numbers = new Map<string, number>();
  private postings = new Map<FilterField, Map<string, Set<number>>>();
  private lengthSums = textFields.map(() => 0);
  private removed = 0;
  /**
   * Each field's length in words by document number, and whether the number is a live
   * document: the scoring loop reads these flat arrays instead of a row object per posting.
   */
  fieldLengths: Uint16Array[] = textFields.map(() => new Uint16Array(1024));
  alive = new Uint8Array(1024);
  /**
   * Facet values as small codes, so counting a facet over every match is an array increment:
   * one code (or -1) per document for each single-valued facet, a list per document for topics.
   */
  private codes = new FacetCodes();

  get size(): number {
    return this.numbers.size;
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

  /** Adds the document (with its terms when they are known) or replaces the one with its id. */
  put(doc: SearchDocument, terms: DocumentTerms = documentTerms(doc)): void {
    this.remove(doc.id);
    const n = this.rows.length;
    const row = toRow(doc, terms);
    this.rows.push(row);
    this.numbers.set(doc.id, n);
    this.reserve(n + 1);
    this.alive[n] = 1;
    row.lengths.forEach((length, field) => {
      (this.fieldLengths[field] as Uint16Array)[n] = Math.min(length, 65_535);
    });
    this.codes.put(n, row);
    terms.words.forEach((words, field) => {
      this.lengthSums[field] = (this.lengthSums[field] as number) + (row.lengths[field] as number);
      for (const word of words) this.post(this.terms, word, field, n, true);
    });
    terms.stems.forEach((stems, field) => {
      for (const stem of stems) this.post(this.stems, stem, field, n, false);
    });
    this.indexFilters(n, row, true);
  }

  remove(id: string): void {
    const n = this.numbers.get(id);
    if (n === undefined) return;
    const row = this.rows[n] as Row;
    row.words.forEach((words, field) => {
      this.lengthSums[field] = (this.lengthSums[field] as number) - (row.lengths[field] as number);
      for (const word of words) this.unpost(this.terms, word, field, true);
    });
    row.stems.forEach((stems, field) => {
      for (const stem of stems) this.unpost(this.stems, stem, field, false);
    });
    this.indexFilters(n, row, false);
    this.rows[n] = undefined;
    this.alive[n] = 0;
    this.numbers.delete(id);
    this.removed += 1;
    if (this.removed > compactAt(this.size)) this.compact();
  }

  /** Grows the flat arrays (doubling) to hold `count` document numbers. */
  private reserve(count: number): void {
    if (count <= this.alive.length) return;
    const size = Math.max(count, this.alive.length * 2);
    const grow = <T extends Uint8Array | Uint16Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.alive = grow(this.alive, new Uint8Array(size));
    this.fieldLengths = this.fieldLengths.map((old) => grow(old, new Uint16Array(size)));
    this.codes.reserve(size);
  }

  private post(
    table: Map<string, TermPostings>,
    term: string,
    field: number,
    n: number,
    inVocabulary: boolean,
  ): void {
    let postings = table.get(term);
    if (!postings) {
      postings = { docs: textFields.map(() => []), live: textFields.map(() => 0) };
      table.set(term, postings);
      if (inVocabulary) this.vocabulary.set(term, postings);
    }
    (postings.docs[field] as number[]).push(n);
    postings.live[field] = (postings.live[field] as number) + 1;
  }

  private unpost(
    table: Map<string, TermPostings>,
    term: string,
    field: number,
    inVocabulary: boolean,
  ): void {
    const postings = table.get(term);
    if (!postings) return;
    postings.live[field] = (postings.live[field] as number) - 1;
    if (postings.live.every((count) => count <= 0)) {
      table.delete(term);
      if (inVocabulary) this.vocabulary.delete(term);
    }
  }

  /** The postings of a stem, if any document has it. */
  stemPostings(stem: string): TermPostings | undefined {
    return this.stems.get(stem);
  }

  /** Renumbers the documents, dropping the numbers removed ones left in the postings. */
  private compact(): void {
    const rows = this.rows.filter((row): row is Row => row !== undefined);
    const fresh = new MemoryIndex();
    for (const row of rows) fresh.put(row.doc, row);
    this.vocabulary = fresh.vocabulary;
    this.rows = fresh.rows;
    this.terms = fresh.terms;
    this.stems = fresh.stems;
    this.numbers = fresh.numbers;
    this.postings = fresh.postings;
    this.lengthSums = fresh.lengthSums;
    this.fieldLengths = fresh.fieldLengths;
    this.alive = fresh.alive;
    this.codes = fresh.codes;
    this.removed = 0;
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

  /** How many documents hold the word in any one field (for ordering candidate words). */
  documentFrequency(postings: TermPostings): number {
    return Math.max(...postings.live);
  }

  /**
   * The documents passing the request's types and filters, or null when nothing filters. Seeds
   * from the most selective filtered field and tests the rest on those rows only.
   */
  filtered(types: SearchRequest['types'], filters: SearchFilters = {}): Filtered | null {
    const wanted: [FilterField, readonly string[]][] = valueFilters(types, filters);
    if (filters.isTech !== undefined) wanted.push(['isTech', [String(filters.isTech)]]);
    if (filters.synthetic !== undefined) wanted.push(['synthetic', [String(filters.synthetic)]]);
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
    const mask = new Uint8Array(this.rows.length);
    let count = 0;
    const test = (n: number) => {
      if (mask[n] === 1) return;
      const row = this.rows[n];
      if (!row) return;
      if (trlTest && !trlTest(row)) return;
      if (rest.every(({ field, values }) => filterValues(row, field).some((v) => values.has(v)))) {
        mask[n] = 1;
        count += 1;
      }
    };
    if (seed) {
      for (const set of seed.sets) for (const n of set) test(n);
    } else {
      for (let n = 0; n < this.rows.length; n++) test(n);
    }
    return { mask, count };
  }

  countFacets(numbers: readonly number[], facets: readonly FacetName[]): FacetDistribution {
    const out: FacetDistribution = {};
    for (const facet of facets) out[facet] = tidyFacetValues(this.codes.count(numbers, facet));
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

const singleFacets = [
  'type',
  'kind',
  'helix',
  'municipality',
  'stage',
  'trl',
  'isTech',
  'level',
] as const;
type SingleFacet = (typeof singleFacets)[number];

/** A row's value of a single-valued facet as the facet shows it, or null when it has none. */
function facetValue(row: Row, facet: SingleFacet): string | null {
  switch (facet) {
    case 'trl':
      return Number.isNaN(row.trl) ? null : String(row.trl);
    case 'isTech':
      return row.isTech < 0 ? null : row.isTech === 1 ? 'true' : 'false';
    default:
      return row[facet] === '' ? null : row[facet];
  }
}

/** Facet values interned to codes, per document number. */
class FacetCodes {
  private readonly values = new Map<FacetName, string[]>();
  private readonly byValue = new Map<FacetName, Map<string, number>>();
  private readonly single = new Map<SingleFacet, Int32Array>(
    singleFacets.map((facet) => [facet, new Int32Array(1024)]),
  );
  private readonly topics: (Int32Array | undefined)[] = [];

  private code(facet: FacetName, value: string): number {
    let codes = this.byValue.get(facet);
    if (!codes) this.byValue.set(facet, (codes = new Map()));
    let code = codes.get(value);
    if (code === undefined) {
      let values = this.values.get(facet);
      if (!values) this.values.set(facet, (values = []));
      code = values.push(value) - 1;
      codes.set(value, code);
    }
    return code;
  }

  reserve(size: number): void {
    for (const [facet, old] of this.single) {
      if (old.length >= size) continue;
      const fresh = new Int32Array(size);
      fresh.set(old);
      this.single.set(facet, fresh);
    }
  }

  put(n: number, row: Row): void {
    for (const facet of singleFacets) {
      const value = facetValue(row, facet);
      (this.single.get(facet) as Int32Array)[n] = value === null ? -1 : this.code(facet, value);
    }
    this.topics[n] = Int32Array.from(row.topics, (topic) => this.code('topics', topic));
  }

  /** Value → how many of the documents have it. */
  count(numbers: readonly number[], facet: FacetName): Record<string, number> {
    const values = this.values.get(facet) ?? [];
    const counts = new Int32Array(values.length);
    if (facet === 'topics') {
      for (const n of numbers) for (const code of this.topics[n] ?? []) counts[code]! += 1;
    } else {
      const codes = this.single.get(facet) as Int32Array;
      for (const n of numbers) {
        const code = codes[n] as number;
        if (code >= 0) counts[code]! += 1;
      }
    }
    const out: Record<string, number> = {};
    values.forEach((value, code) => {
      if ((counts[code] as number) > 0) out[value] = counts[code] as number;
    });
    return out;
  }
}
