import type { SearchDocument } from '../document.ts';

/**
 * A document with its filter and facet fields flattened into one fixed shape (every row has
 * the same fields, missing values as '' / NaN / -1): filters and facets read it for every
 * candidate, and a single shape keeps those reads fast where the documents' own optional
 * fields would not.
 */
export interface Row {
  readonly doc: SearchDocument;
  readonly type: string;
  readonly kind: string;
  readonly helix: string;
  readonly municipality: string;
  readonly stage: string;
  readonly level: string;
  /** NaN when absent. */
  readonly trl: number;
  /** -1 absent, 0 false, 1 true. */
  readonly isTech: number;
  readonly synthetic: boolean;
  readonly topics: readonly string[];
  /** Words per text field, in the order of the text fields. */
  readonly lengths: readonly number[];
  /**
   * The document's postings, `term slot * text fields + field`: what removing it takes out of
   * the postings (and, read back, its terms when the index compacts).
   */
  readonly entries: Int32Array;
}

export function toRow(doc: SearchDocument, lengths: readonly number[], entries: Int32Array): Row {
  return {
    doc,
    type: doc.type,
    kind: doc.kind ?? '',
    helix: doc.helix ?? '',
    municipality: doc.municipality ?? '',
    stage: doc.stage ?? '',
    level: doc.level ?? '',
    trl: doc.trl ?? Number.NaN,
    isTech: doc.isTech === undefined ? -1 : doc.isTech ? 1 : 0,
    synthetic: doc.synthetic,
    topics: doc.topics,
    lengths,
    entries,
  };
}
