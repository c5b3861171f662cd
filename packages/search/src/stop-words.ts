import { STOP_WORDS } from '@kobling/text';
import { endsInWord, tokenize } from './text.ts';

/**
 * Stop words, for both adapters: @kobling/text's grammatical words ("og", "med", "with", "for"),
 * which name no subject. Left in, "collision avoidance with machine learning" would find every
 * document that says "with". Normalized as the tokenizer normalizes ("på" → "pa").
 */
const stopWords = new Set(STOP_WORDS.flatMap(tokenize));

/** Whether a normalized word (`tokenize`) is a stop word. */
export function isStopWord(word: string): boolean {
  return stopWords.has(word);
}

/** The words that are not stop words, in order. */
export function withoutStopWords(words: readonly string[]): string[] {
  return words.filter((word) => !stopWords.has(word));
}

/**
 * A query of stop words only, none of them still being typed ("med og ", "the "): it names
 * nothing, so it finds nothing. Meilisearch would drop every word and answer as for an empty
 * query, with every document. A stop word typed last may begin a word ("for" → "fornybar").
 */
export function namesNothing(query: string): boolean {
  const words = tokenize(query);
  return words.length > 0 && words.every((word) => stopWords.has(word)) && !endsInWord(query);
}
