/*
 * Language for matching what people write: normalised words, English and bokmål stems,
 * Norwegian compounds, and the words too common to name a subject on their own.
 */
export { normalise, words } from './words.ts';
export { sameWord, stemsOf, type Stems } from './stems.ts';
export { STOP_WORDS, isContentWord, isFunctionWord, isGenericWord } from './common-words.ts';
export { compoundParts } from './compound.ts';
