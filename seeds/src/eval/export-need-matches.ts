import { NEED_MATCHES_FORMAT, TEXT_MATCH_POOL } from '@kobling/matchmaking';
import type { EvalGraph, NeedMatches, RealisticNeed } from '@kobling/matchmaking';
import { actorDocument, actorsForText, createEmbeddedSearchIndex } from '@kobling/search';
import type { ActorForText } from '@kobling/search';

/**
 * The search engine's actors for each realistic need's text (kobling-need-matches/1): the eval
 * graph's actors indexed in the embedded engine as the platform indexes them, each need searched
 * as suggestForNeed searches it (apps/api/src/matchmaking/text-relevance.ts).
 */
export async function exportNeedMatches(
  graph: EvalGraph,
  needs: readonly RealisticNeed[],
): Promise<NeedMatches> {
  const topics = new Map(graph.topics.map((t) => [t.id, t]));
  const index = createEmbeddedSearchIndex();
  try {
    await index.applySettings();
    await index.upsert(
      graph.actors.map((a) =>
        actorDocument({
          id: a.id,
          kind: a.kind,
          helix: a.helix,
          name: a.name,
          slug: a.id,
          description: a.description ?? null,
          topics: a.topics.map((t) => {
            const topic = topics.get(t.topicId);
            return {
              slug: t.topicId,
              name: topic?.name ?? t.topicId,
              nameNb: topic?.nameNb ?? topic?.name ?? t.topicId,
            };
          }),
          source: a.synthetic ? 'synthetic' : 'seed',
          updatedAt: 0,
        }),
      ),
    );
    const matches: Record<string, readonly ActorForText[]> = {};
    for (const need of needs) {
      matches[need.id] = await actorsForText(index, need.text, TEXT_MATCH_POOL);
    }
    return { format: NEED_MATCHES_FORMAT, engine: 'embedded', needs: matches };
  } finally {
    await index.close();
  }
}

/** Where the export is committed, beside the eval graph. */
export const REGION_NEED_MATCHES_PATH = new URL(
  '../../../packages/matchmaking/data/region-need-matches.json',
  import.meta.url,
);
