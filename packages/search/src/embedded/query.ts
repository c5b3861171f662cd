import { compoundParts } from '@kobling/text';
import { synonymTokens } from '../synonyms.ts';
import { endsInWord, tokenize } from '../text.ts';
import { typoBudget } from '../typo.ts';
import type { MemoryIndex, TermPostings } from './memory-index.ts';
import { stemsOfWords } from '../stems.ts';
import { isStopWord, withoutStopWords } from '../stop-words.ts';
import { fieldBoosts } from './terms.ts';

/** Query words with their weight. */
export type WeightedWords = Map<string, number>;

/** What a query looks up: words (in the vocabulary) and stems, each with its weight. */
export interface Lookup {
  readonly words: WeightedWords;
  readonly stems: WeightedWords;
}

/** How many spellings one query word may add, at most, by typo or by prefix. */
const maxTypoCandidates = 10;
const maxPrefixCandidates = 30;
/** Vocabulary entries a prefix walks at most (a one-letter prefix would walk most of it). */
const maxPrefixWalk = 5_000;

/** Relative weight of a word found other than as typed, so exact matches rank first. */
export const weights = {
  typed: 1,
  synonym: 0.8,
  prefix: 0.6,
  oneTypo: 0.5,
  twoTypos: 0.3,
  /** Another inflection of a typed word (a shared English or bokmål stem). */
  stem: 0.7,
  /** A part of a typed compound ("undervanns|droner"). */
  compoundPart: 0.5,
} as const;

/** BM25 parameters (the usual defaults, with a floor for a matched term). */
const bm25 = { k: 1.2, b: 0.75, d: 0.5 };

/** Indexed words starting with the prefix, the most frequent first, at most `max`. */
export function completions(index: MemoryIndex, prefix: string, max: number): string[] {
  const found: [string, number][] = [];
  let walked = 0;
  for (const [word, postings] of index.vocabulary.atPrefix(prefix)) {
    found.push([word, index.documentFrequency(postings)]);
    if (++walked >= maxPrefixWalk) break;
  }
  return found
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([word]) => word);
}

/**
 * The words to look up, with weights: the query's words as typed, stop words left out (the
 * index holds none); indexed words within each word's typo budget (Meilisearch's rule: none
 * below 5 letters, one from 5, two from 9); the completions of the last word (Meilisearch
 * treats it as a prefix, a stop word too: "for" may be on its way to "fornybar"); the synonyms
 * of typed and corrected words from the shared table; the known parts of a typed compound the
 * vocabulary lacks. And the stems of typed words, synonyms and parts, so inflections find each
 * other.
 */
export function expandQuery(index: MemoryIndex, query: string): Lookup {
  const tokens = tokenize(query);
  const out: WeightedWords = new Map();
  const stems: WeightedWords = new Map();
  const raise = (map: WeightedWords, key: string, weight: number) => {
    if ((map.get(key) ?? 0) < weight) map.set(key, weight);
  };
  const add = (word: string, weight: number) => raise(out, word, weight);
  const addStems = (words: readonly string[], weight: number) => {
    for (const stem of stemsOfWords(words)) raise(stems, stem, weight);
  };
  const isKnown = (part: string) =>
    index.vocabulary.has(part) || index.stemPostings(part) !== undefined;
  const corrected: string[] = [];
  for (const token of withoutStopWords(tokens)) {
    add(token, weights.typed);
    addStems([token], weights.stem);
    if (!index.vocabulary.has(token)) {
      const parts = compoundParts(token, isKnown);
      for (const part of parts) add(part, weights.compoundPart);
      addStems(parts, weights.compoundPart);
    }
    const budget = typoBudget(token);
    if (budget === 0) continue;
    const near = [...index.vocabulary.fuzzyGet(token, budget)]
      .filter(([word]) => word !== token)
      .map(([word, [postings, distance]]) => ({
        word,
        distance,
        docs: index.documentFrequency(postings),
      }))
      .sort((a, b) => a.distance - b.distance || b.docs - a.docs)
      .slice(0, maxTypoCandidates);
    for (const { word, distance } of near) {
      add(word, distance === 1 ? weights.oneTypo : weights.twoTypos);
      corrected.push(word);
    }
  }
  const last = tokens.at(-1);
  if (last !== undefined && endsInWord(query)) {
    for (const word of completions(index, last, maxPrefixCandidates)) add(word, weights.prefix);
  }
  const synonyms = synonymTokens(tokens);
  for (const word of synonyms) add(word, weights.synonym);
  addStems(synonyms, weights.synonym * weights.stem);
  for (const word of corrected) {
    for (const synonym of synonymTokens([word])) add(synonym, weights.twoTypos);
  }
  return { words: out, stems };
}

/** Whether a word of a document's text is one the query matched (as typed, or by stem). */
export function matchesLookup(lookup: Lookup, word: string): boolean {
  if (isStopWord(word)) return false;
  if (lookup.words.has(word)) return true;
  if (lookup.stems.size === 0) return false;
  return stemsOfWords([word]).some((stem) => lookup.stems.has(stem));
}

/** The documents that matched, in the order first matched, and their scores by number. */
export interface Scored {
  readonly matched: number[];
  readonly scores: Float64Array;
}

/**
 * The scores by document number, reused from query to query: a fresh array per query (800 kB at
 * 100k documents) kept the garbage collector busy, and its pauses were the slow tail of
 * autocomplete, which itself takes well under a millisecond. Only the entries the last query
 * set are cleared.
 */
let scoreBuffer = new Float64Array(1024);
let lastMatched: readonly number[] = [];

function clearedScores(size: number): Float64Array {
  if (scoreBuffer.length < size) {
    scoreBuffer = new Float64Array(Math.max(size, scoreBuffer.length * 2));
  } else {
    for (const n of lastMatched) scoreBuffer[n] = 0;
  }
  return scoreBuffer;
}

/**
 * BM25 scores of the documents that hold any of the words in the given fields and pass the
 * mask. Every word counts once per field (tf = 1 / length). The scores are valid until the next
 * call (queries run one at a time: each is synchronous from scoring to its page of hits).
 */
export function score(
  index: MemoryIndex,
  lookup: Lookup,
  fields: readonly number[],
  allowed: Uint8Array | null,
): Scored {
  const docsCount = index.size;
  const scores = clearedScores(index.rows.length);
  const matched: number[] = [];
  lastMatched = matched;
  // A mask holds live documents only; without one, the live flags filter.
  const pass = allowed ?? index.alive;
  const terms: [TermPostings | undefined, number][] = [
    ...[...lookup.words].map(([word, weight]): [TermPostings | undefined, number] => [
      index.vocabulary.get(word),
      weight,
    ]),
    ...[...lookup.stems].map(([stem, weight]): [TermPostings | undefined, number] => [
      index.stemPostings(stem),
      weight,
    ]),
  ];
  for (const [postings, weight] of terms) {
    if (!postings) continue;
    for (const field of fields) {
      const docs = postings.docs[field] as Int32Array;
      const count = postings.counts[field] as number;
      const live = postings.live[field] as number;
      if (live <= 0) continue;
      const lengths = index.fieldLengths[field] as Uint16Array;
      const avg = index.averageLength(field);
      const idf = Math.log(1 + (docsCount - live + 0.5) / (live + 0.5));
      const factor = idf * (fieldBoosts[field] as number) * weight;
      const norm = (bm25.k * bm25.b) / avg;
      const base = bm25.k * (1 - bm25.b);
      for (let i = 0; i < count; i++) {
        const n = docs[i] as number;
        if (pass[n] !== 1) continue;
        const length = lengths[n] as number;
        const tf = 1 / length;
        const add = (factor * (bm25.d + tf * (bm25.k + 1))) / (tf + base + norm * length);
        if (scores[n] === 0) matched.push(n);
        scores[n] = (scores[n] as number) + add;
      }
    }
  }
  return { matched, scores };
}
