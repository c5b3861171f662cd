import { builder } from '../builder.ts';
import { PartnerSuggestionRef } from './matchmaking.ts';
import { TieImpactRef, impactOf, viewOf } from './network.ts';

/*
 * The what-if on a match card (issue 15): what the suggested tie would change in the region and
 * in the clusters of either side, asked in the same operation as the suggestions.
 */
builder.objectFields(PartnerSuggestionRef, (t) => ({
  impact: t.field({
    type: TieImpactRef,
    nullable: true,
    description:
      'What a tie between the seeker and this partner would change (see tieImpact); none without a seeker actor (a need asked by a visitor, or a person)',
    resolve: async (s, _args, ctx) => {
      if (s.seekerActorId === null) return null;
      const view = await viewOf(ctx, null);
      return impactOf(view, s.seekerActorId, s.value.id, s.lang);
    },
  }),
}));
