import { compoundParts } from '@kobling/text';
import { synonymSources } from '../synonyms.ts';
import { endsInWord, tokenize } from '../text.ts';
import { typoBudget } from '../typo.ts';
import type { MemoryIndex, TermPostings } from './memory-index.ts';
import { stemsOfWords } from '../stems.ts';
import { isStopWord } from '../stop-words.ts';
import { fieldBoosts, textFields } from './terms.ts';

/**
 * A word or stem to look up: its weight, and which of the query's words it stands for (a bit
 * per position: the word as typed, its typos, completions, stems, parts and synonyms share it).
 */
export interface Wanted {
  weight: number;
  words: number;
  /** Typos between the query word and this spelling (0 for stems, synonyms and completions). */
  typos: number;
}

/** Query words and what they stand for. */
export type WeightedWords = Map<string, Wanted>;

/** The bit of the query word at a position (the 31st and later share one). */
export const wordBit = (position: number): number => 1 << Math.min(position, 30);

/** Adds a word or stem to look up, or raises its weight and adds the query words it stands for. */
export function want(
  map: WeightedWords,
  key: string,
  weight: number,
  words: number,
  typos = 0,
): void {
  const wanted = map.get(key);
  if (!wanted) {
    map.set(key, { weight, words, typos });
  } else {
    wanted.weight = Math.max(wanted.weight, weight);
    wanted.words |= words;
    wanted.typos = Math.min(wanted.typos, typos);
  }
}

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
  const add = (word: string, weight: number, words: number, typos = 0) =>
    want(out, word, weight, words, typos);
  const addStems = (list: readonly string[], weight: number, words: number) => {
    for (const stem of stemsOfWords(list)) want(stems, stem, weight, words);
  };
  const isKnown = (part: string) =>
    index.vocabulary.has(part) || index.stemPostings(part) !== undefined;
  const corrected: [word: string, words: number][] = [];
  tokens.forEach((token, position) => {
    if (isStopWord(token)) return;
    const bit = wordBit(position);
    add(token, weights.typed, bit);
    addStems([token], weights.stem, bit);
    if (!index.vocabulary.has(token)) {
      const parts = compoundParts(token, isKnown);
      for (const part of parts) add(part, weights.compoundPart, bit);
      addStems(parts, weights.compoundPart, bit);
    }
    const budget = typoBudget(token);
    if (budget === 0) return;
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
      add(word, distance === 1 ? weights.oneTypo : weights.twoTypos, bit, distance);
      corrected.push([word, bit]);
    }
  });
  const last = tokens.at(-1);
  if (last !== undefined && endsInWord(query)) {
    const bit = wordBit(tokens.length - 1);
    for (const word of completions(index, last, maxPrefixCandidates)) {
      add(word, weights.prefix, bit);
    }
  }
  for (const [synonym, positions] of synonymSources(tokens)) {
    const bits = positions.reduce((all, position) => all | wordBit(position), 0);
    add(synonym, weights.synonym, bits);
    addStems([synonym], weights.synonym * weights.stem, bits);
  }
  // Meilisearch finds no synonym of a corrected word; they are kept, ranked as two typos.
  for (const [word, bit] of corrected) {
    for (const synonym of synonymSources([word]).keys()) add(synonym, weights.twoTypos, bit, 2);
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
 * Per-document working arrays, reused from query to query: a fresh array per query (800 kB at
 * 100k documents) kept the garbage collector busy, and its pauses were the slow tail of
 * autocomplete, which itself takes well under a millisecond. Scores and matched words are
 * cleared for the documents the last query matched; the best contribution to one query word is
 * valid where `creditedBuffer` holds that word's stamp, so it is never cleared.
 */
let scoreBuffer = new Float64Array(1024);
let wordsBuffer = new Uint32Array(1024);
let bestBuffer = new Float64Array(1024);
let creditedBuffer = new Int32Array(1024);
let touchedBuffer = new Int32Array(1024);
let lastMatched: readonly number[] = [];
let stamp = 0;

function nextStamp(): number {
  if (stamp === 2 ** 31 - 1) {
    creditedBuffer.fill(0);
    stamp = 0;
  }
  return ++stamp;
}

function clearBuffers(size: number): void {
  if (scoreBuffer.length >= size) {
    for (const n of lastMatched) {
      scoreBuffer[n] = 0;
      wordsBuffer[n] = 0;
    }
    return;
  }
  const length = Math.max(size, scoreBuffer.length * 2);
  scoreBuffer = new Float64Array(length);
  wordsBuffer = new Uint32Array(length);
  bestBuffer = new Float64Array(length);
  creditedBuffer = new Int32Array(length);
  touchedBuffer = new Int32Array(length);
  stamp = 0;
}

/**
 * What one more matched query word is worth: more than anything else, so a document with more of
 * the query's words ranks first (Meilisearch's first ranking rule, "words").
 */
const perMatchedWord = 2 ** 30;
/** Below that, each word's best match by fewer typos, then by the better field ("typo", "attribute"). */
const perRank = 2 ** 16;
const fieldCount = textFields.length;

/**
 * How good one match of a query word is, Meilisearch's rules in their order: fewer typos, then
 * an earlier field; then, for a word matched as typed only, BM25 (a short field that holds the
 * word, like Meilisearch's "exactness"; a misspelt word has no exact match, and Meilisearch
 * then leaves such matches in the order they were indexed, as this does).
 */
function matchValue(typos: number, field: number, bm25Value: number): number {
  const rank = (2 - typos) * (fieldCount + 1) + (fieldCount - 1 - field);
  return rank * perRank + (typos === 0 ? bm25Value : 0);
}

/**
 * Scores of the documents that hold any of the words in the given fields and pass the mask: how
 * many of the query's words they hold (`perMatchedWord` each), then for each query word its best
 * match (`matchValue`: typos, field, BM25 with tf = 1 / length), whichever spelling, stem or
 * synonym and field that is. Meilisearch ranks a word by its best attribute too, not by how
 * many fields or variants hold it: a BM25 summed over them let a document whose topics say
 * "Robotics, Robotikk" outrank one named "Nordic Robotics" for "nordic robotics". The scores are
 * valid until the next call (queries run one at a time: each is synchronous from scoring to its
 * page of hits).
 */
export function score(
  index: MemoryIndex,
  lookup: Lookup,
  fields: readonly number[],
  allowed: Uint8Array | null,
): Scored {
  const docsCount = index.size;
  clearBuffers(index.rows.length);
  const [scores, words, best, credited, touched] = [
    scoreBuffer,
    wordsBuffer,
    bestBuffer,
    creditedBuffer,
    touchedBuffer,
  ];
  const matched: number[] = [];
  lastMatched = matched;
  // A mask holds live documents only; without one, the live flags filter.
  const pass = allowed ?? index.alive;
  const terms: [TermPostings, Wanted][] = [];
  for (const [word, wanted] of lookup.words) {
    const postings = index.vocabulary.get(word);
    if (postings) terms.push([postings, wanted]);
  }
  for (const [stem, wanted] of lookup.stems) {
    const postings = index.stemPostings(stem);
    if (postings) terms.push([postings, wanted]);
  }
  const queryWords = terms.reduce((all, [, wanted]) => all | wanted.words, 0);
  for (let bit = 1; bit !== 0 && bit <= queryWords; bit <<= 1) {
    if ((queryWords & bit) === 0) continue;
    const word = nextStamp();
    let touchedCount = 0;
    for (const [postings, { weight, words: standsFor, typos }] of terms) {
      if ((standsFor & bit) === 0) continue;
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
          const value = matchValue(
            typos,
            field,
            (factor * (bm25.d + tf * (bm25.k + 1))) / (tf + base + norm * length),
          );
          if (credited[n] !== word) {
            credited[n] = word;
            best[n] = value;
            touched[touchedCount++] = n;
          } else if (value > (best[n] as number)) {
            best[n] = value;
          }
        }
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const n = touched[i] as number;
      if (words[n] === 0) matched.push(n);
      words[n] = (words[n] as number) | bit;
      scores[n] = (scores[n] as number) + (best[n] as number) + perMatchedWord;
    }
  }
  return { matched, scores };
}
