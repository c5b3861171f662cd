import type { SearchDocument } from '../document.ts';
import { tokenize } from '../text.ts';

/** Searchable fields in priority order, as in the Meilisearch settings. */
export const textFields = ['title', 'topicNames', 'clusters', 'municipalityName', 'body'] as const;
export type TextField = (typeof textFields)[number];

/** BM25 weight of a match in each field, in the order of `textFields`. */
export const fieldBoosts: readonly number[] = [4, 2.5, 1.5, 1.2, 1];

/**
 * What the index keeps of a document's text: each text field's distinct words (in the order of
 * `textFields`) and its length in words. Stored with the document, so opening the index does
 * not tokenize again.
 */
export interface DocumentTerms {
  readonly words: readonly (readonly string[])[];
  readonly lengths: readonly number[];
}

export function documentTerms(doc: SearchDocument): DocumentTerms {
  const fields = fieldWords(doc);
  return {
    words: fields.map((words) => [...new Set(words)]),
    lengths: fields.map((words) => Math.max(1, words.length)),
  };
}

/** The words of each text field of a document, in the order of `textFields`. */
function fieldWords(doc: SearchDocument): string[][] {
  return [
    tokenize(doc.title),
    doc.topicNames.flatMap(tokenize),
    (doc.clusters ?? []).flatMap(tokenize),
    tokenize(doc.municipalityName ?? ''),
    tokenize(doc.body),
  ];
}
