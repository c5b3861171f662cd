import type { SearchDocument } from '../document.ts';
import { tokenize } from '../text.ts';

/** Searchable fields in priority order, as in the Meilisearch settings. */
export const textFields = ['title', 'topicNames', 'clusters', 'municipalityName', 'body'] as const;
export type TextField = (typeof textFields)[number];

/** BM25 weight of a match in each field, in the order of `textFields`. */
export const fieldBoosts: readonly number[] = [4, 2.5, 1.5, 1.2, 1];

/** The words of each text field of a document, in the order of `textFields`. */
export function documentTerms(doc: SearchDocument): string[][] {
  return [
    tokenize(doc.title),
    doc.topicNames.flatMap(tokenize),
    (doc.clusters ?? []).flatMap(tokenize),
    tokenize(doc.municipalityName ?? ''),
    tokenize(doc.body),
  ];
}
