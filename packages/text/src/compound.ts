/*
 * Norwegian writes compounds as one word: "undervannsdroner" (underwater drones),
 * "havbruksnæringen" (the aquaculture industry). Without a dictionary of the language, a word is
 * split where its beginning or its end is a word the caller knows (the taxonomy's words, say),
 * so a need can name a topic inside a compound. The linking s or e between the parts
 * ("havbruk-s-næring") is left with neither part.
 */

/** Shortest head that counts as a part: shorter ones are found inside too many words. */
const MIN_HEAD = 5;
/** Shortest tail that counts as a part ("båt", "bil" are too short to trust). */
const MIN_TAIL = 4;
/** What must be left beside a part for the word to be a compound at all. */
const MIN_REST = 3;

/**
 * The known parts of a compound word: its longest known head and its longest known tail, each
 * once, in word order; none when neither is known or the word is too short to be a compound.
 */
export function compoundParts(word: string, isKnown: (part: string) => boolean): string[] {
  const parts: string[] = [];
  for (let end = word.length - MIN_REST; end >= MIN_HEAD; end -= 1) {
    const head = word.slice(0, end);
    if (isKnown(head)) {
      parts.push(head);
      break;
    }
  }
  for (let start = MIN_REST; start <= word.length - MIN_TAIL; start += 1) {
    const tail = word.slice(start);
    if (isKnown(tail)) {
      if (!parts.includes(tail)) parts.push(tail);
      break;
    }
  }
  return parts;
}
