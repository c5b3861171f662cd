import { stemsOf } from '@kobling/text';

/**
 * Stems for both adapters: English and bokmål Snowball stems (@kobling/text), so an inflection
 * finds another ("batterier", "batteriet"). Shortest stem kept: the stemmers cut short words to
 * fragments shared by unrelated words (as @kobling/text's sameWord).
 */
const MIN_STEM = 4;

/** The distinct stems of words, in both languages. */
export function stemsOfWords(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const word of words) {
    const { en, nb } = stemsOf(word);
    if (en.length >= MIN_STEM) out.add(en);
    if (nb.length >= MIN_STEM) out.add(nb);
  }
  return [...out];
}
