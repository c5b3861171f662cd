import { compoundParts, isContentWord, sameWord, stemsOf, words } from '@kobling/text';
import type { Stems } from '@kobling/text';
import type { SeekerTopic } from './candidate.ts';

/** A topic as free text can name it: both languages and the synonyms, any case. */
export interface TopicVocabularyEntry {
  readonly id: string;
  readonly name: string;
  readonly nameNb: string;
  readonly synonyms: readonly string[];
}

/**
 * How strongly a kind of mention counts: a whole name is surer than a synonym, a synonym surer
 * than a part of a compound word, and a topic named only in part (some of its words) least sure.
 */
export const TEXT_MATCH_WEIGHTS = { name: 1, synonym: 0.8, compound: 0.6, partial: 0.7 } as const;

/** A name is what a topic is called; a synonym counts a little less (TEXT_MATCH_WEIGHTS). */
const SYNONYM_SHARE = TEXT_MATCH_WEIGHTS.synonym / TEXT_MATCH_WEIGHTS.name;

interface Term {
  readonly topicId: string;
  readonly synonym: boolean;
  readonly words: readonly Stems[];
}

interface Vocabulary {
  readonly terms: readonly Term[];
  /** A word (or part of a compound) that some topic's words contain, compared by stem. */
  isKnown(part: string): boolean;
}

const compiled = new WeakMap<readonly TopicVocabularyEntry[], Vocabulary>();

function compile(entries: readonly TopicVocabularyEntry[]): Vocabulary {
  let vocabulary = compiled.get(entries);
  if (vocabulary) return vocabulary;
  const terms: Term[] = [];
  for (const e of entries) {
    for (const [text, synonym] of [
      [e.name, false],
      [e.nameNb, false],
      ...e.synonyms.map((s): [string, boolean] => [s, true]),
    ] as const) {
      const stems = words(text).map(stemsOf);
      if (stems.length > 0) terms.push({ topicId: e.id, synonym, words: stems });
    }
  }
  const content = terms.flatMap((t) => t.words).filter(isContentWord);
  const known = {
    words: new Set(content.map((w) => w.word)),
    en: new Set(content.map((w) => w.en)),
    nb: new Set(content.map((w) => w.nb)),
  };
  vocabulary = {
    terms,
    isKnown: (part) => {
      const s = stemsOf(part);
      return known.words.has(s.word) || known.en.has(s.en) || known.nb.has(s.nb);
    },
  };
  compiled.set(entries, vocabulary);
  return vocabulary;
}

/** A word of the need, or a known part of one of its compound words, at its place in the text. */
interface Token {
  readonly stems: Stems;
  readonly position: number;
  /** The word as the need wrote it (normalised): what the explanation names. */
  readonly written: string;
  readonly compound: boolean;
}

interface Mention {
  weight: number;
  position: number;
  words: string[];
}

/**
 * The taxonomy topics a free-text need mentions, in bokmål or English, each with the words that
 * named it. Words are compared by their stems in both languages, so inflections match
 * ("dronene", "vessels"). In order of strength:
 * - a whole name or synonym as a word sequence;
 * - a name or synonym that is part of a Norwegian compound ("undervannsdroner" → "droner");
 * - a topic named in part: some of its subject words, or two of its words in a row; a word that
 *   names part of several topics counts less for each ("autonomous": ships, vehicles, ocean).
 * A generic word ("learning", "building", "system", "data") never names a topic alone, and words
 * already read as a whole name do not name another topic in part. Deterministic: strongest
 * mention first, then first position in the text, then id.
 */
export function topicsInText(
  text: string,
  vocabulary: readonly TopicVocabularyEntry[],
  maxTopics = 8,
): SeekerTopic[] {
  const need = words(text).map(stemsOf);
  if (need.length === 0) return [];
  const { terms, isKnown } = compile(vocabulary);
  const found = new Map<string, Mention>();
  const note = (topicId: string, weight: number, position: number, named: string[]) => {
    const seen = found.get(topicId);
    if (!seen || seen.weight < weight || (seen.weight === weight && position < seen.position)) {
      found.set(topicId, { weight, position, words: named });
    }
  };

  // Whole names and synonyms.
  const covered = new Set<number>();
  for (const term of terms) {
    if (term.words.length === 1 && !isContentWord(term.words[0]!)) continue;
    for (let at = 0; at + term.words.length <= need.length; at++) {
      if (!term.words.every((w, i) => sameWord(need[at + i]!, w))) continue;
      const span = need.slice(at, at + term.words.length);
      note(
        term.topicId,
        term.synonym ? TEXT_MATCH_WEIGHTS.synonym : 1,
        at,
        span.map((s) => s.word),
      );
      for (let i = at; i < at + term.words.length; i++) covered.add(i);
    }
  }

  // What is left: the words not read as a whole name, and the known parts of compounds.
  const tokens: Token[] = [];
  need.forEach((stems, position) => {
    if (covered.has(position)) return;
    tokens.push({ stems, position, written: stems.word, compound: false });
    for (const part of compoundParts(stems.word, isKnown)) {
      tokens.push({ stems: stemsOf(part), position, written: stems.word, compound: true });
    }
  });

  for (const term of terms) {
    if (term.words.length !== 1 || !isContentWord(term.words[0]!)) continue;
    for (const t of tokens) {
      if (t.compound && sameWord(t.stems, term.words[0]!)) {
        const share = term.synonym ? SYNONYM_SHARE : 1;
        note(term.topicId, TEXT_MATCH_WEIGHTS.compound * share, t.position, [t.written]);
      }
    }
  }

  // Topics named in part. First, how many topics each remaining word names in part.
  const partial = terms
    .filter((term) => term.words.length > 1)
    .map((term) => ({ term, matched: partsNamed(term.words, tokens) }))
    .filter(({ matched }) => matched.length > 0);
  const keyOf = (t: Token) => `${t.position}:${t.written}`;
  const topicsNamedBy = new Map<string, Set<string>>();
  for (const { term, matched } of partial) {
    for (const t of matched) {
      topicsNamedBy.set(keyOf(t), (topicsNamedBy.get(keyOf(t)) ?? new Set()).add(term.topicId));
    }
  }
  const weighed = partial.map(({ term, matched }) => {
    const subjectWords = term.words.filter(isContentWord).length || term.words.length;
    const coverage = Math.min(1, new Set(matched.map((t) => t.position)).size / subjectWords);
    const specificity = Math.max(
      ...matched.map((t) => 1 / Math.sqrt(topicsNamedBy.get(keyOf(t))!.size)),
    );
    const weight =
      TEXT_MATCH_WEIGHTS.partial *
      (term.synonym ? SYNONYM_SHARE : 1) *
      (matched.every((t) => t.compound) ? TEXT_MATCH_WEIGHTS.compound : 1) *
      (0.75 + 0.25 * coverage) *
      specificity;
    return { term, matched, weight };
  });
  // A word a stronger reading explains does not name a weaker topic on its own: "unmanned" in
  // "unmanned surface vessel" is the vessel's, not also an unmanned aircraft's.
  const claimed = new Map<string, number>();
  for (const { term, matched, weight } of weighed.sort((a, b) => b.weight - a.weight)) {
    if (matched.every((t) => (claimed.get(keyOf(t)) ?? 0) > weight)) continue;
    for (const t of matched) claimed.set(keyOf(t), Math.max(claimed.get(keyOf(t)) ?? 0, weight));
    const first = Math.min(...matched.map((t) => t.position));
    note(term.topicId, weight, first, [...new Set(matched.map((t) => t.written))]);
  }

  return [...found]
    .sort(([a, x], [b, y]) => y.weight - x.weight || x.position - y.position || a.localeCompare(b))
    .slice(0, maxTopics)
    .map(([topicId, { weight, words: named }]) => ({
      topicId,
      weight: Math.round(weight * 1000) / 1000,
      fromText: true,
      words: named,
    }));
}

/**
 * The need's tokens that name part of a multi-word term: any of its subject words, or two of its
 * words in a row ("data platform" in "Data platforms and analytics", whose words are generic).
 */
function partsNamed(termWords: readonly Stems[], tokens: readonly Token[]): Token[] {
  const named = new Set<Token>();
  for (const t of tokens) {
    if (termWords.some((w) => isContentWord(w) && sameWord(t.stems, w))) named.add(t);
  }
  for (let i = 0; i + 1 < termWords.length; i++) {
    for (const t of tokens) {
      if (t.compound || !sameWord(t.stems, termWords[i]!)) continue;
      const next = tokens.find((u) => !u.compound && u.position === t.position + 1);
      if (next && sameWord(next.stems, termWords[i + 1]!)) {
        named.add(t);
        named.add(next);
      }
    }
  }
  return [...named];
}
