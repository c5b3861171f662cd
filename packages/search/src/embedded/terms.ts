import { searchableTextFields } from '../document.ts';
import type { SearchDocument } from '../document.ts';
import { stemsOfWords } from '../stems.ts';
import { withoutStopWords } from '../stop-words.ts';
import { tokenize } from '../text.ts';

/** The searchable fields in priority order; a field's postings are found by its place here. */
export const textFields = searchableTextFields;
export type TextField = (typeof textFields)[number];

/**
 * BM25 weight of a match in each field, in the order of `textFields`. An actor's work (its
 * projects, technologies and people) speaks for it less than its own description does.
 */
export const fieldBoosts: readonly number[] = [4, 2.5, 1.5, 1.2, 1, 0.6];

/**
 * What the index keeps of a document's text: each text field's distinct words (in the order of
 * `textFields`) and its length in words. Stored with the document, so opening the index does
 * not tokenize again.
 */
export interface DocumentTerms {
  readonly words: readonly (readonly string[])[];
  /** The English and bokmål stems of each field's words (inflections find each other). */
  readonly stems: readonly (readonly string[])[];
  readonly lengths: readonly number[];
}

export function documentTerms(doc: SearchDocument): DocumentTerms {
  const fields = fieldWords(doc);
  const words = fields.map((list) => [...new Set(list)]);
  return {
    words,
    stems: words.map(stemsOfWords),
    lengths: fields.map((list) => Math.max(1, list.length)),
  };
}

/**
 * The words of each text field of a document, in the order of `textFields`, without stop words:
 * they are never searched, so they are neither posted nor counted in a field's length.
 */
function fieldWords(doc: SearchDocument): string[][] {
  return [
    tokenize(doc.title),
    doc.topicNames.flatMap(tokenize),
    (doc.clusters ?? []).flatMap(tokenize),
    tokenize(doc.municipalityName ?? ''),
    tokenize(doc.body),
    (doc.work ?? []).flatMap(tokenize),
  ].map(withoutStopWords);
}
