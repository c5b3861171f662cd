import type { SeekerTopic } from './candidate.ts';

/** A topic as free text can name it: both languages and the synonyms, any case. */
export interface TopicVocabularyEntry {
  readonly id: string;
  readonly name: string;
  readonly nameNb: string;
  readonly synonyms: readonly string[];
}

/** How strongly a kind of mention counts; a whole name is surer than a compound fragment. */
export const TEXT_MATCH_WEIGHTS = { name: 1, synonym: 0.8, compound: 0.6 } as const;

/** Shortest single word matched as the first part of a compound ("havbruk" in "havbruksnæring"). */
const MIN_COMPOUND_STEM = 5;

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const words = (text: string): string[] => normalise(text).split(' ').filter(Boolean);

function phraseAt(haystack: readonly string[], phrase: readonly string[], at: number): boolean {
  return phrase.every((w, i) => haystack[at + i] === w);
}

/**
 * The taxonomy topics a free-text need mentions, in bokmål or English: whole names and
 * synonyms as word sequences, and — because Norwegian writes compounds as one word — a
 * single-word name or synonym of five letters or more at the start of a longer word.
 * Deterministic: strongest mention first, then first position in the text, then id.
 */
export function topicsInText(
  text: string,
  vocabulary: readonly TopicVocabularyEntry[],
  maxTopics = 8,
): SeekerTopic[] {
  const haystack = words(text);
  if (haystack.length === 0) return [];
  const found = new Map<string, { weight: number; position: number }>();
  const note = (id: string, weight: number, position: number) => {
    const seen = found.get(id);
    if (!seen || seen.weight < weight || (seen.weight === weight && position < seen.position)) {
      found.set(id, { weight, position });
    }
  };
  for (const topic of vocabulary) {
    const phrases: [string[], number][] = [
      ...[topic.name, topic.nameNb].map((p): [string[], number] => [
        words(p),
        TEXT_MATCH_WEIGHTS.name,
      ]),
      ...topic.synonyms.map((p): [string[], number] => [words(p), TEXT_MATCH_WEIGHTS.synonym]),
    ];
    for (const [phrase, weight] of phrases) {
      if (phrase.length === 0) continue;
      for (let at = 0; at + phrase.length <= haystack.length; at++) {
        if (phraseAt(haystack, phrase, at)) {
          note(topic.id, weight, at);
        } else if (
          phrase.length === 1 &&
          phrase[0]!.length >= MIN_COMPOUND_STEM &&
          haystack[at]!.length > phrase[0]!.length &&
          haystack[at]!.startsWith(phrase[0]!)
        ) {
          note(topic.id, TEXT_MATCH_WEIGHTS.compound, at);
        }
      }
    }
  }
  return [...found]
    .sort(([a, x], [b, y]) => y.weight - x.weight || x.position - y.position || a.localeCompare(b))
    .slice(0, maxTopics)
    .map(([topicId, { weight }]) => ({ topicId, weight, fromText: true }));
}
