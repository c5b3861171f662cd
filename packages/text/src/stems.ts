import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';

/*
 * Snowball stemmers for English and Norwegian (bokmål), as Orama packages them. A need rarely
 * says which language it is in, and a topic's synonyms mix both, so a word carries both stems
 * and two words are the same when either language's stems agree.
 */

export interface Stems {
  readonly word: string;
  readonly en: string;
  readonly nb: string;
}

/** A normalised word (words.ts) with its English and bokmål stems. */
export function stemsOf(word: string): Stems {
  return { word, en: english(word), nb: norwegian(word) };
}

/**
 * Shortest stem two different words may share: the stemmers cut short words to fragments that
 * collide with abbreviations ("icing" → "ic", as in "IC design").
 */
const MIN_SHARED_STEM = 4;

/** The same word, an inflection of it, or the same stem in one of the two languages. */
export function sameWord(a: Stems, b: Stems): boolean {
  return (
    a.word === b.word ||
    (a.en === b.en && a.en.length >= MIN_SHARED_STEM) ||
    (a.nb === b.nb && a.nb.length >= MIN_SHARED_STEM)
  );
}
