import type { SearchIndex } from './port.ts';
import { markedWords } from './text.ts';

/** An actor the index found for a free text, with the words it marked in the actor's document. */
export interface ActorForText {
  readonly actorId: string;
  readonly words: readonly string[];
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
  const result = await index.search({ query: text, types: ['actor'], limit, offset: 0 });
  return result.hits.map((hit) => ({
    actorId: hit.document.entityId,
    words: markedWords(`${hit.highlights.title} ${hit.highlights.body}`),
  }));
}
