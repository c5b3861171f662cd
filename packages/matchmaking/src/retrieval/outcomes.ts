import { INTRODUCTION_STATUSES, isOneOf } from '@kobling/domain';
import { ProjectedEntityNotFoundError } from '@kobling/projection';
import type { Projection } from '@kobling/projection';
import type { FeatureName } from '../features/types.ts';
import { computeFeatures } from '../features/index.ts';
import { FEATURES } from '../features/types.ts';
import { outcomeOf, weightsFromOutcomes } from '../outcome-weights.ts';
import type { Outcome, OutcomeLoop, OutcomeWeights } from '../outcome-weights.ts';
import { prepareSeeker } from '../seeker-context.ts';
import { DEFAULT_WEIGHTS } from '../weights.ts';
import { withLinkScores } from './link-feature.ts';
import { ProjectedRetrieval } from './projected-retrieval.ts';

/** The most recently answered introductions the loop reads: each costs one pair's features. */
export const MAX_OUTCOMES = 1000;

const byVersion = new WeakMap<Projection, OutcomeWeights>();

/**
 * The weights the answered introductions of this projection version give (outcome-weights.ts),
 * once per version (another `loop` is for tests and tuning, and is not kept). Each pair's feature values are the ones the pair has now, computed as
 * suggestPartners computes them for the asking actor — close to what the asker was shown.
 */
export function outcomeWeights(projection: Projection, loop?: OutcomeLoop): OutcomeWeights {
  if (loop) return weightsFromOutcomes(outcomesIn(projection), DEFAULT_WEIGHTS, loop);
  let learnt = byVersion.get(projection);
  if (!learnt) {
    learnt = weightsFromOutcomes(outcomesIn(projection));
    byVersion.set(projection, learnt);
  }
  return learnt;
}

function outcomesIn(projection: Projection): Outcome[] {
  const answered: { id: string; from: string; to: string; accepted: boolean; at: number }[] = [];
  projection.forEachIntroduction((fact) => {
    if (fact.requesterId === null || !isOneOf(INTRODUCTION_STATUSES, fact.status)) return;
    const accepted = outcomeOf(fact.status);
    if (accepted === null) return;
    const at = fact.respondedAt ?? 0;
    answered.push({ id: fact.id, from: fact.requesterId, to: fact.receiverId, accepted, at });
  });
  answered.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
  const retrieval = new ProjectedRetrieval(projection);
  const stats = retrieval.topicStats();
  return answered.slice(0, MAX_OUTCOMES).flatMap((a): Outcome[] => {
    try {
      const seeker = retrieval.seekerFor('ACTOR', a.from);
      const [candidate] = withLinkScores(
        projection,
        seeker,
        retrieval.candidatesByIds(seeker, [a.to]),
      );
      if (!candidate) return [];
      const features = computeFeatures(prepareSeeker(seeker, stats), candidate, false);
      const values = Object.fromEntries(FEATURES.map((f) => [f, features[f].value])) as Record<
        FeatureName,
        number
      >;
      return [{ values, accepted: a.accepted }];
    } catch (error) {
      // An actor deleted since it asked or answered: its introduction says nothing now.
      if (error instanceof ProjectedEntityNotFoundError) return [];
      throw error;
    }
  });
}
