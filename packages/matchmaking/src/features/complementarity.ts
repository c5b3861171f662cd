import type { Candidate, OpportunityRef, TopicStats } from '../candidate.ts';
import type { SeekerContext } from '../seeker-context.ts';
import {
  matchTopics,
  matchValue,
  namedTopic,
  prepareTopicQuery,
  type TopicQuery,
} from '../taxonomy.ts';
import type { ComplementarityEvidence, FeatureResult, NeedAnswer } from './types.ts';

/** An answer from general capability (topics) is worth less than an explicit offer. */
export const CAPABILITY_FACTOR = 0.7;
/** The candidate's need answered by the seeker counts half: the seeker searches for itself. */
export const REVERSE_FACTOR = 0.5;
/** What a cross-helix pair alone contributes (noisy-OR with the answered need). */
export const CROSS_HELIX_VALUE = 0.3;

/**
 * Complementarity: the candidate brings what the seeker lacks.
 *
 *   answer(need) = max( max_offer cover(need, offer), CAPABILITY_FACTOR · cover(need, topics) )
 *   a = max( max_need answer(need), REVERSE_FACTOR · max_candidateNeed answer'(need) )
 *   value = 1 − (1 − a)·(1 − CROSS_HELIX_VALUE·[helix differs])
 *
 * cover() is the IDF-weighted share of the need's topics matched (taxonomy expansion included);
 * for capability it is scaled by the candidate's topic weights.
 */
export function complementarity(
  ctx: SeekerContext,
  candidate: Candidate,
  withEvidence = true,
): FeatureResult<ComplementarityEvidence> {
  let answers: NeedAnswer | undefined;
  let answerValue = 0;
  for (const { need, query } of ctx.needs) {
    const a = bestAnswer(need, query, candidate.offers, candidate.topics, ctx.stats, withEvidence);
    if (a && a.value > answerValue) {
      answers = a.answer;
      answerValue = a.value;
    }
  }

  let answeredBySeeker: NeedAnswer | undefined;
  let reverseValue = 0;
  if (candidate.needs.length > 0) {
    for (const need of candidate.needs) {
      if (need.topicIds.length === 0) continue;
      const query = prepareTopicQuery(
        need.topicIds.map((topicId) => ({ topicId, weight: 1 })),
        ctx.stats,
      );
      const a = bestAnswer(need, query, ctx.offers, ctx.seeker.topics, ctx.stats, withEvidence);
      if (a && a.value > reverseValue) {
        answeredBySeeker = a.answer;
        reverseValue = a.value;
      }
    }
  }

  const a = Math.max(answerValue, REVERSE_FACTOR * reverseValue);
  const seekerHelix = ctx.seeker.helix;
  const cross = seekerHelix !== undefined && seekerHelix !== candidate.helix;
  const value = 1 - (1 - a) * (1 - (cross ? CROSS_HELIX_VALUE : 0));
  const evidence: ComplementarityEvidence = {
    ...(answers && answerValue > 0 ? { answers } : {}),
    ...(answeredBySeeker && REVERSE_FACTOR * reverseValue > 0 ? { answeredBySeeker } : {}),
    ...(cross ? { crossHelix: { seeker: seekerHelix, candidate: candidate.helix } } : {}),
  };
  return { value: Math.min(1, Math.max(0, value)), evidence };
}

const NO_ANSWER: NeedAnswer = {
  need: { id: '', title: '' },
  by: 'CAPABILITY',
  topics: [],
  coverage: 0,
};

function bestAnswer(
  need: OpportunityRef,
  query: TopicQuery,
  offers: readonly OpportunityRef[],
  capability: readonly { topicId: string; weight: number }[],
  stats: TopicStats,
  withEvidence: boolean,
): { value: number; answer: NeedAnswer } | undefined {
  let best: { value: number; answer: NeedAnswer } | undefined;
  const consider = (
    value: number,
    by: 'OFFER' | 'CAPABILITY',
    m: ReturnType<typeof matchTopics>,
    offer?: OpportunityRef,
  ) => {
    if (value <= 0 || (best && value <= best.value)) return;
    const topics = query.ids
      .filter((_, i) => (m.best[i] ?? 0) > 0)
      .map((id) => namedTopic(stats, id));
    best = {
      value,
      answer: {
        need: { id: need.id, title: need.title },
        by,
        ...(offer ? { offer: { id: offer.id, title: offer.title } } : {}),
        topics,
        coverage: m.value,
      },
    };
  };
  // Offers in id order so equal answers resolve to the same offer every time.
  if (!withEvidence) {
    // Same values, no evidence objects.
    let v = 0;
    for (const offer of offers) v = Math.max(v, matchValue(query, offer.topicIds));
    v = Math.max(v, CAPABILITY_FACTOR * matchValue(query, capability));
    return v > 0 ? { value: v, answer: NO_ANSWER } : undefined;
  }
  const ordered =
    offers.length > 1
      ? [...offers].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      : offers;
  for (const offer of ordered) {
    const m = matchTopics(query, offer.topicIds);
    consider(m.value, 'OFFER', m, offer);
  }
  const cap = matchTopics(query, capability);
  consider(CAPABILITY_FACTOR * cap.value, 'CAPABILITY', cap);
  return best;
}
