import {
  expireDueLazily,
  recordIntroductionOutcome,
  requestIntroduction,
  respondToIntroduction,
} from '@kobling/use-cases';
import type { ExplainPair } from '@kobling/use-cases';
import { builder } from '../builder.ts';
import { mapped, underInput } from '../errors.ts';
import { MUTATION_ERRORS, pageRequest, toConnection } from './common.ts';
import { IntroductionStatusEnum } from './enums.ts';
import { ActorRef, IntroductionRef, OpportunityRef } from './refs.ts';
import { keptSuggestion } from '../matchmaking/introductions.ts';
import { textMatchesFor } from '../matchmaking/text-relevance.ts';
import { projectionFor } from '../matchmaking/projection.ts';
import { useCaseDeps } from '../use-case-deps.ts';
import { SuggestionOriginInput } from './matchmaking.ts';

IntroductionRef.implement({
  description:
    'A double opt-in introduction between two actors; seen only by the actors in it and admins',
  authScopes: async (i, ctx) => ctx.access.canSeeIntroduction(i),
  fields: (t) => ({
    status: t.field({
      type: IntroductionStatusEnum,
      description:
        'EXPIRED as soon as an unanswered request is past expiresAt (the store catches up lazily)',
      resolve: (i, _args, ctx) =>
        i.status === 'REQUESTED' && i.expiresAt !== null && i.expiresAt <= ctx.settings.now()
          ? 'EXPIRED'
          : i.status,
    }),
    message: t.exposeString('message', { nullable: true }),
    score: t.exposeFloat('score', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (i) => i.createdAt }),
    respondedAt: t.field({ type: 'DateTime', nullable: true, resolve: (i) => i.respondedAt }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (i) => i.expiresAt }),
    outcome: t.exposeString('outcome', { nullable: true }),
    outcomeAt: t.field({ type: 'DateTime', nullable: true, resolve: (i) => i.outcomeAt }),
    requester: t.field({
      type: ActorRef,
      nullable: true,
      resolve: async (i, _args, ctx) => (await ctx.access.partiesOf(i.id)).requester,
    }),
    receiver: t.field({
      type: ActorRef,
      nullable: true,
      resolve: async (i, _args, ctx) => (await ctx.access.partiesOf(i.id)).receiver,
    }),
    via: t.field({
      type: ActorRef,
      nullable: true,
      resolve: async (i, _args, ctx) => (await ctx.access.partiesOf(i.id)).via,
    }),
    about: t.field({
      type: OpportunityRef,
      nullable: true,
      resolve: async (i, _args, ctx) =>
        (await ctx.loaders.outgoing(ctx.graph.introductions.about, i.id))[0]?.toKey ?? null,
    }),
  }),
});

const IntroductionFilter = builder.inputType('IntroductionFilter', {
  fields: (t) => ({ statuses: t.field({ type: [IntroductionStatusEnum] }) }),
});

builder.queryFields((t) => ({
  introductions: t.connection({
    type: IntroductionRef,
    description: 'Introductions asked by or of the actors the viewer represents, newest first',
    authScopes: { loggedIn: true },
    args: { filter: t.arg({ type: IntroductionFilter }) },
    resolve: async (_root, args, ctx) => {
      await expireDueLazily(ctx.graph, ctx.settings.now());
      const page = await mapped(() =>
        ctx.graph.introductions.list(
          ctx.graph.runner,
          { actors: [...ctx.viewer.approvedActorIds], statuses: args.filter?.statuses ?? [] },
          pageRequest(args),
        ),
      );
      return toConnection(page);
    },
  }),
}));

const RequestIntroductionInput = builder.inputType('RequestIntroductionInput', {
  fields: (t) => ({
    fromActorId: t.globalID({ for: [ActorRef], required: true, description: 'The actor asking' }),
    toActorId: t.globalID({ for: [ActorRef], required: true, description: 'The actor asked' }),
    viaActorId: t.globalID({ for: [ActorRef], description: 'An introducer' }),
    aboutOpportunityId: t.globalID({ for: [OpportunityRef] }),
    message: t.string(),
    fromSuggestion: t.field({
      type: SuggestionOriginInput,
      description:
        'Asked from a suggestion: keep its score and explanation (recomputed by the server)',
    }),
  }),
});

// Thin adapters: arguments in, the use case (which authorizes, checks and writes), typed errors out.
builder.mutationFields((t) => ({
  requestIntroduction: t.field({
    type: IntroductionRef,
    description: 'Ask for an introduction for an actor (its representatives or an admin)',
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: RequestIntroductionInput, required: true }) },
    resolve: (_root, args, ctx) => {
      const { fromActorId, toActorId, viaActorId, aboutOpportunityId, message, fromSuggestion } =
        args.input;
      const deps = {
        ...useCaseDeps(ctx),
        introductionExpiryMs: ctx.settings.introductionExpiryMs,
        // The explanation kept is the one the projection gives now (as the asker was shown).
        explainer: async (): Promise<ExplainPair> => {
          const projection = await projectionFor(ctx);
          const textMatches = await textMatchesFor(ctx, fromSuggestion?.needText ?? '');
          return (from, to, need) => keptSuggestion(projection, from, to, need, textMatches);
        },
      };
      return underInput('input', () =>
        requestIntroduction(deps, ctx.viewer, {
          fromActorId: fromActorId.id,
          toActorId: toActorId.id,
          viaActorId: viaActorId?.id ?? null,
          aboutOpportunityId: aboutOpportunityId?.id ?? null,
          message: message ?? null,
          fromSuggestion: fromSuggestion
            ? {
                needText: fromSuggestion.needText ?? null,
                needTopicIds: (fromSuggestion.needTopicIds ?? []).map((g) => g.id),
              }
            : null,
        }),
      );
    },
  }),
  respondToIntroduction: t.field({
    type: IntroductionRef,
    description: 'Accept or decline an introduction (the receiving actor’s representatives only)',
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.globalID({ for: [IntroductionRef], required: true }),
      accept: t.arg.boolean({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        respondToIntroduction(useCaseDeps(ctx), ctx.viewer, {
          id: args.id.id,
          accept: args.accept,
        }),
      ),
  }),
  recordIntroductionOutcome: t.field({
    type: IntroductionRef,
    description:
      'Record what came of an accepted introduction: MEETING, PROJECT, NO_FIT or free text (either side, or an admin)',
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.globalID({ for: [IntroductionRef], required: true }),
      outcome: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        recordIntroductionOutcome(useCaseDeps(ctx), ctx.viewer, {
          id: args.id.id,
          outcome: args.outcome,
        }),
      ),
  }),
}));
