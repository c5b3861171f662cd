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
 * term's documents per text field, the documents' field lengths for BM25, and facet value codes
 * per document for filters and facets. Opened from a snapshot of itself (`state`, `fromState`)
 * or built from the durable store's documents.
 */

const fieldCount = textFields.length;

/**
 * A term's documents (internal numbers) per text field, append-only: a removed document leaves
 * its number behind, skipped because it is no longer alive, until the index compacts. `live`
 * counts the documents that still hold the term, per field (for IDF).
 */
export class TermPostings {
  /** Per field, the numbers in `docs[field]` up to `counts[field]` (the rest is room to grow). */
  readonly docs: Int32Array[];
  readonly counts: number[];
  readonly live: number[];
  readonly term: string;
  readonly stem: boolean;
  /** Its place in the index's term table, which a row's entries refer to. */
  readonly slot: number;

  constructor(
    term: string,
    stem: boolean,
    slot: number,
    docs: readonly Int32Array[] = textFields.map(() => new Int32Array(4)),
    counts: readonly number[] = textFields.map(() => 0),
  ) {
    this.term = term;
    this.stem = stem;
    this.slot = slot;
    this.docs = [...docs];
    this.counts = [...counts];
    this.live = [...counts];
  }

  push(field: number, n: number): void {
    let docs = this.docs[field] as Int32Array;
    const count = this.counts[field] as number;
    if (count === docs.length) {
      const grown = new Int32Array(Math.max(4, count * 2));
      grown.set(docs);
      this.docs[field] = docs = grown;
    }
    docs[count] = n;
    this.counts[field] = count + 1;
    this.live[field] = (this.live[field] as number) + 1;
  }
}

/**
 * The index as flat arrays, documents numbered densely from 0: what a snapshot holds. A row's
 * entries and the postings refer to terms by their place in `terms`.
 */
export interface IndexState {
  readonly docs: readonly SearchDocument[];
  /** Each document's length in words per text field: `lengths[n * fieldCount + field]`. */
  readonly lengths: Int32Array;
  readonly terms: readonly string[];
  /** 1 where the term is a stem. */
  readonly stemFlags: Uint8Array;
  /** Term t's numbers in field f: `postings[postingStarts[t * fieldCount + f] …]`. */
  readonly postingStarts: Int32Array;
  readonly postings: Int32Array;
  /** Document n's entries (`term * fieldCount + field`): `entries[entryStarts[n] …]`. */
  readonly entryStarts: Int32Array;
  readonly entries: Int32Array;
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
  /** Words and stems by slot; a term no document holds any more leaves a hole. */
  private slots: (TermPostings | undefined)[] = [];
  private numbers = new Map<string, number>();
  private lengthSums = textFields.map(() => 0);
  private removed = 0;
  /**
   * Each field's length in words by document number, and whether the number is a live
   * document: the scoring loop reads these flat arrays instead of a row object per posting.
   */
  fieldLengths: Uint16Array[] = textFields.map(() => new Uint16Array(1024));
  alive = new Uint8Array(1024);
  /**
   * Facet and filter values as small codes, so counting a facet over every match is an array
   * increment and a filter a comparison: one code (or -1) per document for each single-valued
   * field, a list per document for topics.
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
    const entries: number[] = [];
    const post = (table: Map<string, TermPostings>, term: string, field: number) => {
      const postings = this.postings(table, term, table === this.stems);
      postings.push(field, n);
      entries.push(postings.slot * fieldCount + field);
    };
    terms.words.forEach((words, field) => {
      for (const word of words) post(this.terms, word, field);
    });
    terms.stems.forEach((stems, field) => {
      for (const stem of stems) post(this.stems, stem, field);
    });
    this.add(n, toRow(doc, terms.lengths, Int32Array.from(entries)));
  }

  /** Takes a numbered row in: its number, lengths and codes (its postings are already there). */
  private add(n: number, row: Row): void {
    this.rows[n] = row;
    this.numbers.set(row.doc.id, n);
    this.reserve(n + 1);
    this.alive[n] = 1;
    row.lengths.forEach((length, field) => {
      (this.fieldLengths[field] as Uint16Array)[n] = Math.min(length, 65_535);
      this.lengthSums[field] = (this.lengthSums[field] as number) + length;
    });
    this.codes.put(n, row);
  }

  /** The postings of a term, created (with a new slot) when no document holds it yet. */
  private postings(table: Map<string, TermPostings>, term: string, stem: boolean): TermPostings {
    let postings = table.get(term);
    if (!postings) {
      postings = new TermPostings(term, stem, this.slots.length);
      this.slots.push(postings);
      table.set(term, postings);
      if (!stem) this.vocabulary.set(term, postings);
    }
    return postings;
  }

  remove(id: string): void {
    const n = this.numbers.get(id);
    if (n === undefined) return;
    const row = this.rows[n] as Row;
    row.lengths.forEach((length, field) => {
      this.lengthSums[field] = (this.lengthSums[field] as number) - length;
    });
    for (const entry of row.entries) {
      const postings = this.slots[Math.floor(entry / fieldCount)];
      if (!postings) continue;
      const field = entry % fieldCount;
      postings.live[field] = (postings.live[field] as number) - 1;
      if (postings.live.every((count) => count <= 0)) this.drop(postings);
    }
    this.rows[n] = undefined;
    this.alive[n] = 0;
    this.numbers.delete(id);
    this.removed += 1;
    if (this.removed > compactAt(this.size)) this.compact();
  }

  private drop(postings: TermPostings): void {
    this.slots[postings.slot] = undefined;
    if (postings.stem) {
      this.stems.delete(postings.term);
    } else {
      this.terms.delete(postings.term);
      this.vocabulary.delete(postings.term);
    }
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

  /** The postings of a stem, if any document has it. */
  stemPostings(stem: string): TermPostings | undefined {
    return this.stems.get(stem);
  }

  /** A row's words and stems per field, read back from its entries. */
  private termsOf(row: Row): DocumentTerms {
    const words: string[][] = textFields.map(() => []);
    const stems: string[][] = textFields.map(() => []);
    for (const entry of row.entries) {
      const postings = this.slots[Math.floor(entry / fieldCount)] as TermPostings;
      (postings.stem ? stems : words)[entry % fieldCount]?.push(postings.term);
    }
    return { words, stems, lengths: row.lengths };
  }

  /** Renumbers the documents, dropping the numbers removed ones left in the postings. */
  private compact(): void {
    const fresh = new MemoryIndex();
    for (const row of this.rows) if (row) fresh.put(row.doc, this.termsOf(row));
    Object.assign(this, fresh);
  }

  /** How many documents hold the word in any one field (for ordering candidate words). */
  documentFrequency(postings: TermPostings): number {
    return Math.max(...postings.live);
  }

  /** The index as flat arrays, live documents and terms only, renumbered densely. */
  state(): IndexState {
    const renumber = new Int32Array(this.rows.length).fill(-1);
    const docs: SearchDocument[] = [];
    this.rows.forEach((row, n) => {
      if (row) renumber[n] = docs.push(row.doc) - 1;
    });
    const reslot = new Int32Array(this.slots.length).fill(-1);
    const live = this.slots.filter((p): p is TermPostings => p !== undefined);
    live.forEach((postings, t) => (reslot[postings.slot] = t));

    const postingStarts = new Int32Array(live.length * fieldCount + 1);
    let total = 0;
    live.forEach((p) => p.live.forEach((count) => (total += count)));
    const postings = new Int32Array(total);
    let at = 0;
    live.forEach((p, t) => {
      for (let field = 0; field < fieldCount; field++) {
        postingStarts[t * fieldCount + field] = at;
        const numbers = p.docs[field] as Int32Array;
        const count = p.counts[field] as number;
        for (let i = 0; i < count; i++) {
          const n = renumber[numbers[i] as number] as number;
          if (n >= 0) postings[at++] = n;
        }
      }
    });
    postingStarts[live.length * fieldCount] = at;
    if (at !== total) throw new Error('The embedded index counts more postings than it holds');

    const lengths = new Int32Array(docs.length * fieldCount);
    const entryStarts = new Int32Array(docs.length + 1);
    const entries: number[] = [];
    let d = 0;
    for (const row of this.rows) {
      if (!row) continue;
      entryStarts[d] = entries.length;
      row.lengths.forEach((length, field) => (lengths[d * fieldCount + field] = length));
      for (const entry of row.entries) {
        const t = reslot[Math.floor(entry / fieldCount)] as number;
        entries.push(t * fieldCount + (entry % fieldCount));
      }
      d += 1;
    }
    entryStarts[docs.length] = entries.length;
    return {
      docs,
      lengths,
      terms: live.map((p) => p.term),
      stemFlags: Uint8Array.from(live, (p) => (p.stem ? 1 : 0)),
      postingStarts,
      postings,
      entryStarts,
      entries: Int32Array.from(entries),
    };
  }

  /** The index a state describes; throws when the state does not hold together. */
  static fromState(state: IndexState): MemoryIndex {
    const { docs, terms, postingStarts, postings, entryStarts, entries } = state;
    const consistent =
      state.lengths.length === docs.length * fieldCount &&
      state.stemFlags.length === terms.length &&
      postingStarts.length === terms.length * fieldCount + 1 &&
      postingStarts[terms.length * fieldCount] === postings.length &&
      entryStarts.length === docs.length + 1 &&
      entryStarts[docs.length] === entries.length;
    if (!consistent) throw new Error('The embedded index snapshot does not hold together');
    const index = new MemoryIndex();
    index.reserve(docs.length);
    docs.forEach((doc, n) => {
      const lengths = Array.from(state.lengths.subarray(n * fieldCount, (n + 1) * fieldCount));
      const own = entries.subarray(entryStarts[n], entryStarts[n + 1]);
      index.add(n, toRow(doc, lengths, own));
    });
    terms.forEach((term, t) => {
      const bounds = textFields.map((_, field) => [
        postingStarts[t * fieldCount + field] as number,
        postingStarts[t * fieldCount + field + 1] as number,
      ]);
      const p = new TermPostings(
        term,
        state.stemFlags[t] === 1,
        t,
        bounds.map(([start, end]) => postings.subarray(start, end)),
        bounds.map(([start, end]) => (end as number) - (start as number)),
      );
      index.slots.push(p);
      if (p.stem) {
        index.stems.set(term, p);
      } else {
        index.terms.set(term, p);
        index.vocabulary.set(term, p);
      }
    });
    for (const entry of entries) {
      if (entry < 0 || entry >= terms.length * fieldCount) {
        throw new Error('The embedded index snapshot refers to a term it does not hold');
      }
    }
    for (const n of postings) {
      if (n < 0 || n >= docs.length) {
        throw new Error('The embedded index snapshot refers to a document it does not hold');
      }
    }
    return index;
  }

  /**
   * The documents passing the request's types and filters, or null when nothing filters: one
   * pass over the documents' value codes.
   */
  filtered(types: SearchRequest['types'], filters: SearchFilters = {}): Filtered | null {
    const wanted: [CodedField, readonly string[]][] = valueFilters(types, filters);
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

    const tests = wanted.map(([field, values]) => this.codes.test(field, values));
    const mask = new Uint8Array(this.rows.length);
    let count = 0;
    documents: for (let n = 0; n < this.rows.length; n++) {
      if (this.alive[n] !== 1) continue;
      for (const test of tests) if (!test(n)) continue documents;
      if (trlTest && !trlTest(this.rows[n] as Row)) continue;
      mask[n] = 1;
      count += 1;
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

const singleFields = [
  'type',
  'kind',
  'helix',
  'municipality',
  'stage',
  'trl',
  'isTech',
  'level',
  'synthetic',
] as const;
type SingleField = (typeof singleFields)[number];
/** The fields with value codes: every facet, and the synthetic filter. */
type CodedField = SingleField | 'topics';

/** A row's value of a single-valued field as facets and filters name it, or null when none. */
function fieldValue(row: Row, field: SingleField): string | null {
  switch (field) {
    case 'trl':
      return Number.isNaN(row.trl) ? null : String(row.trl);
    case 'isTech':
      return row.isTech < 0 ? null : row.isTech === 1 ? 'true' : 'false';
    case 'synthetic':
      return row.synthetic ? 'true' : 'false';
    default:
      return row[field] === '' ? null : row[field];
  }
}

/** Field values interned to codes, per document number. */
class FacetCodes {
  private readonly values = new Map<CodedField, string[]>();
  private readonly byValue = new Map<CodedField, Map<string, number>>();
  private readonly single = new Map<SingleField, Int32Array>(
    singleFields.map((field) => [field, new Int32Array(1024)]),
  );
  private readonly topics: (Int32Array | undefined)[] = [];

  private code(field: CodedField, value: string): number {
    let codes = this.byValue.get(field);
    if (!codes) this.byValue.set(field, (codes = new Map()));
    let code = codes.get(value);
    if (code === undefined) {
      let values = this.values.get(field);
      if (!values) this.values.set(field, (values = []));
      code = values.push(value) - 1;
      codes.set(value, code);
    }
    return code;
  }

  reserve(size: number): void {
    for (const [field, old] of this.single) {
      if (old.length >= size) continue;
      const fresh = new Int32Array(size);
      fresh.set(old);
      this.single.set(field, fresh);
    }
  }

  put(n: number, row: Row): void {
    for (const field of singleFields) {
      const value = fieldValue(row, field);
      (this.single.get(field) as Int32Array)[n] = value === null ? -1 : this.code(field, value);
    }
    this.topics[n] = Int32Array.from(row.topics, (topic) => this.code('topics', topic));
  }

  /** Whether document n has any of the values in the field. */
  test(field: CodedField, values: readonly string[]): (n: number) => boolean {
    const codes = this.byValue.get(field);
    const accepted = new Uint8Array(this.values.get(field)?.length ?? 0);
    for (const value of values) {
      const code = codes?.get(value);
      if (code !== undefined) accepted[code] = 1;
    }
    if (field === 'topics') {
      return (n) => (this.topics[n] ?? []).some((code) => accepted[code] === 1);
    }
    const single = this.single.get(field) as Int32Array;
    return (n) => accepted[single[n] as number] === 1;
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
