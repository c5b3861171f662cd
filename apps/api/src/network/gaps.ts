import type { Alert } from '@kobling/network-analytics';
import type { Suggestion } from '@kobling/matchmaking';
import type { Projection } from '@kobling/projection';
import { suggestForNeed, suggestPartners } from '../matchmaking/service.ts';

/** Suggestions shown with an alert: the few best that would close it. */
export const GAP_SUGGESTIONS = 3;

/**
 * The suggestions that would close an alert, from the matchmaking the API already offers: partners
 * for a member (of the helices it lacks), or for an ad-hoc need on the cluster's topics.
 */
export function suggestionsFor(projection: Projection, alert: Alert): readonly Suggestion[] {
  const fix = alert.fix;
  if (!fix) return [];
  if (fix.kind === 'PARTNERS') {
    return suggestPartners(
      projection,
      { type: 'ACTOR', id: projection.actorIdAt(fix.actorKey) },
      { helices: fix.helices },
      GAP_SUGGESTIONS,
    );
  }
  return suggestForNeed(
    projection,
    { topicIds: fix.topicIds, helices: fix.helices },
    GAP_SUGGESTIONS,
  ).suggestions;
}
