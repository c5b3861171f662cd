import type { OpportunityRef, Seeker, TopicStats } from './candidate.ts';
import { MatchmakingError } from './errors.ts';
import { prepareTopicQuery, type TopicQuery } from './taxonomy.ts';

export interface PreparedNeed {
  readonly need: OpportunityRef;
  readonly query: TopicQuery;
}

/** Everything about the seeker that does not depend on the candidate, computed once per ranking. */
export interface SeekerContext {
  readonly seeker: Seeker;
  readonly stats: TopicStats;
  readonly topicQuery: TopicQuery;
  readonly needs: readonly PreparedNeed[];
  /** Topic ids of the seeker's offers, by offer, for answering a candidate's needs. */
  readonly offers: readonly OpportunityRef[];
  readonly seekerTopicIds: ReadonlySet<string>;
  readonly localMunicipalities: ReadonlySet<string>;
  readonly partnerIds: ReadonlySet<string>;
}

/** An ad-hoc need without explicit needs is one need: its own topics. */
export const AD_HOC_NEED_ID = 'ad-hoc-need';

export function prepareSeeker(seeker: Seeker, stats: TopicStats): SeekerContext {
  const needsIn = seeker.needs ?? [];
  if (
    seeker.type === 'NEED' &&
    seeker.topics.length === 0 &&
    needsIn.every((n) => n.topicIds.length === 0) &&
    (seeker.textMatches?.size ?? 0) === 0
  ) {
    throw new MatchmakingError('EMPTY_NEED', 'The need has no topics to match on');
  }
  const needs: OpportunityRef[] =
    needsIn.length > 0 || seeker.type !== 'NEED'
      ? [...needsIn]
      : [
          {
            id: AD_HOC_NEED_ID,
            title: seeker.text?.trim() || 'your need',
            topicIds: seeker.topics.map((t) => t.topicId),
          },
        ];
  const preference = seeker.municipalityPreference ?? [];
  const local =
    preference.length > 0
      ? preference
      : seeker.municipality !== undefined
        ? [seeker.municipality.code]
        : [];
  return {
    seeker,
    stats,
    topicQuery: prepareTopicQuery(seeker.topics, stats),
    needs: needs
      .filter((n) => n.topicIds.length > 0)
      .map((need) => ({
        need,
        query: prepareTopicQuery(
          need.topicIds.map((topicId) => ({ topicId, weight: 1 })),
          stats,
        ),
      })),
    offers: seeker.offers ?? [],
    seekerTopicIds: new Set(seeker.topics.filter((t) => t.weight > 0).map((t) => t.topicId)),
    localMunicipalities: new Set(local),
    partnerIds: new Set(seeker.partnerIds ?? []),
  };
}
