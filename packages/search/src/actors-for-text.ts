import { isContentWord, isFunctionWord, stemsOf, words } from '@kobling/text';
import type { SearchIndex } from './port.ts';
import { markedWords } from './text.ts';

/** An actor the index found for a free text, with the words it marked in the actor's document. */
export interface ActorForText {
  readonly actorId: string;
  readonly words: readonly string[];
}

/**
 * What of a need's text is worth searching: its subject words. Function words ("with", "og") say
 * nothing, and a generic word ("building", "system") finds actors for the wrong sense of it ("ice
 * building up on propellers" is not construction) — unless the text has nothing better, as
 * "machine learning" has not.
 */
export function subjectQuery(text: string): string {
  const stems = words(text).map(stemsOf);
  const content = stems.filter(isContentWord);
  const chosen = content.length > 0 ? content : stems.filter((s) => !isFunctionWord(s));
  return chosen.map((s) => s.word).join(' ');
}

/**
 * The actors an index finds for a free text, best first: how suggestForNeed reads a need's text
 * (hybrid relevance) and how the need evaluation's text matches are exported, so both agree.
 */
export async function actorsForText(
  index: SearchIndex,
  text: string,
  limit: number,
): Promise<ActorForText[]> {
  const query = subjectQuery(text);
  if (query === '') return [];
  const result = await index.search({ query, types: ['actor'], limit, offset: 0 });
  return result.hits.map((hit) => ({
    actorId: hit.document.entityId,
    words: markedWords(`${hit.highlights.title} ${hit.highlights.body}`),
  }));
}
