import { TEXT_MATCH_POOL, relevanceAtRank } from '@kobling/matchmaking';
import type { TextMatch } from '@kobling/matchmaking';
import { actorsForText } from '@kobling/search';
import type { Context } from '../context.ts';

/*
 * Hybrid relevance (docs/matchmaking.md): a need's free text is searched among the actors'
 * documents in the search index the platform already runs (embedded or Meilisearch), and the
 * ranking turns into each actor's TextMatch for the kernel. Ranks, not engine scores: the two
 * engines score differently, and both rank.
 */

/** Words named in a reason, at most. */
const MAX_WORDS = 5;

/**
 * The search engine's actors for a need's text, best first; none without text, and none when the
 * engine is missing or failing (the topics still answer; the failure is logged once per call).
 */
export async function textMatchesFor(
  ctx: Context,
  text: string,
): Promise<ReadonlyMap<string, TextMatch> | undefined> {
  if (text.trim() === '' || !ctx.search) return undefined;
  try {
    const actors = await actorsForText(ctx.search.sync.index, text, TEXT_MATCH_POOL);
    return new Map(
      actors.map(({ actorId, words }, rank): [string, TextMatch] => [
        actorId,
        { relevance: relevanceAtRank(rank), words: words.slice(0, MAX_WORDS) },
      ]),
    );
  } catch (error) {
    console.warn(
      `[kobling-api] text relevance skipped, search failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}
