import {
  DomainValidationError,
  introductionCreateInput,
  introductionTransitionError,
  newIntroduction,
  multilineTextSchema,
} from '@kobling/domain';
import type { IntroductionStatus } from '@kobling/domain';
import type { IntroductionRow } from '@kobling/graph';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { ConflictError, NotFoundError, mapped, underArgument, validationError } from '../errors.ts';
import { parseIn } from './actor.ts';
import { MUTATION_ERRORS, pageRequest, toConnection } from './common.ts';
import { IntroductionStatusEnum } from './enums.ts';
import { ActorRef, IntroductionRef, OpportunityRef } from './refs.ts';
import { expireDueLazily } from '../matchmaking/expiry.ts';
import { keptSuggestion } from '../matchmaking/introductions.ts';
import { projectionFor } from '../matchmaking/projection.ts';
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
          : (i.status as IntroductionStatus),
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

/**
 * Moves an introduction to `to` if its current status allows it, deciding on the row read under
 * its lock in the same write transaction: two answers (or an answer and the expiry sweep) take
 * turns, and the second sees what the first wrote.
 */
function changeStatus(
  ctx: Context,
  id: string,
  to: IntroductionStatus,
  patch: Partial<IntroductionRow>,
): Promise<IntroductionRow> {
  return mapped(() =>
    ctx.graph.runner.write(async (tx) => {
      const nodes = ctx.graph.introductions.nodes;
      if (!(await nodes.lock(tx, id))) throw new NotFoundError('Introduction', id);
      transition(ctx, await nodes.require(tx, id), to);
      return nodes.update(tx, id, { ...patch, status: to, updatedAt: ctx.settings.now() });
    }),
  );
}

function transition(ctx: Context, row: IntroductionRow, to: IntroductionStatus): void {
  const from = row.status as IntroductionStatus;
  if (from === 'REQUESTED' && row.expiresAt !== null && row.expiresAt <= ctx.settings.now()) {
    throw new ConflictError(
      'status',
      `The introduction expired on ${new Date(row.expiresAt).toISOString()}; ask again`,
    );
  }
  const message = introductionTransitionError(from, to);
  if (message) throw new ConflictError('status', message);
}

const outcomeSchema = multilineTextSchema('Outcome', 1, 500);

builder.mutationFields((t) => ({
  requestIntroduction: t.field({
    type: IntroductionRef,
    description: 'Ask for an introduction for an actor (its representatives or an admin)',
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: RequestIntroductionInput, required: true }) },
    authScopes: (_root, args) => ({
      $any: { admin: true, representsActor: args.input.fromActorId.id },
    }),
    resolve: async (_root, args, ctx) => {
      const { fromActorId, toActorId, viaActorId, aboutOpportunityId, message } = args.input;
      if (fromActorId.id === toActorId.id) {
        throw validationError(
          ['input', 'toActorId'],
          'An actor cannot ask for an introduction to itself',
        );
      }
      const now = ctx.settings.now();
      const parsed = parseIn(
        introductionCreateInput,
        {
          message: message ?? null,
          requestedBy: ctx.viewer.user?.id ?? null,
          expiresAt: now + ctx.settings.introductionExpiryMs,
          source: 'user',
        },
        'input',
      );
      let row: IntroductionRow;
      try {
        row = newIntroduction(parsed, now) as IntroductionRow;
      } catch (error) {
        if (error instanceof DomainValidationError) throw underArgument(error, 'input');
        throw error;
      }
      if (aboutOpportunityId) {
        const about = await ctx.graph.opportunities.nodes.get(
          ctx.graph.runner,
          aboutOpportunityId.id,
        );
        if (!about || !(await ctx.access.canSeeOpportunity(about))) {
          throw new NotFoundError('Opportunity', aboutOpportunityId.id);
        }
      }
      // The explanation kept is the one the projection gives now (as the asker was shown).
      const origin = args.input.fromSuggestion;
      const suggestionFrom = origin ? await projectionFor(ctx) : null;
      return mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          // Under the requester's lock, two requests to the same actor cannot both find none open.
          await ctx.graph.actors.nodes.lock(tx, fromActorId.id);
          for (const id of [fromActorId.id, toActorId.id, ...(viaActorId ? [viaActorId.id] : [])]) {
            await ctx.graph.actors.nodes.require(tx, id);
          }
          const [asked] = await ctx.graph.introductions.requested.outgoing(tx, [fromActorId.id]);
          const askedIds = (asked ?? []).map((l) => l.toKey);
          if (askedIds.length > 0) {
            const [ends, rows] = await Promise.all([
              ctx.graph.introductions.ends(tx, askedIds),
              ctx.graph.introductions.nodes.getMany(tx, askedIds),
            ]);
            const open = rows.some(
              (r, i) =>
                r?.status === 'REQUESTED' &&
                ends[i]?.receiver === toActorId.id &&
                (r.expiresAt ?? Infinity) > now,
            );
            if (open)
              throw new ConflictError(
                'toActorId',
                'An introduction to this actor is already waiting for an answer',
              );
          }
          const kept =
            origin && suggestionFrom
              ? keptSuggestion(suggestionFrom, fromActorId.id, toActorId.id, {
                  needText: origin.needText ?? null,
                  needTopicIds: (origin.needTopicIds ?? []).map((g) => g.id),
                })
              : {};
          return ctx.graph.introductions.create(
            tx,
            { ...row, ...kept },
            {
              requester: fromActorId.id,
              receiver: toActorId.id,
              via: viaActorId?.id ?? null,
              about: aboutOpportunityId?.id ?? null,
            },
          );
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
    authScopes: async (_root, args, ctx) => {
      const { receiver } = await ctx.access.partiesOf(args.id.id);
      return receiver !== null && ctx.viewer.approvedActorIds.has(receiver);
    },
    resolve: (_root, args, ctx) =>
      changeStatus(ctx, args.id.id, args.accept ? 'ACCEPTED' : 'DECLINED', {
        respondedAt: ctx.settings.now(),
      }),
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
    authScopes: async (_root, args, ctx) => {
      if (ctx.viewer.isAdmin) return true;
      const { requester, receiver } = await ctx.access.partiesOf(args.id.id);
      return ctx.access.representsAny([requester, receiver].filter((x): x is string => x !== null));
    },
    resolve: async (_root, args, ctx) => {
      const outcome = parseIn(outcomeSchema, args.outcome, 'outcome');
      return changeStatus(ctx, args.id.id, 'COMPLETED', {
        outcome,
        outcomeAt: ctx.settings.now(),
      });
    },
  }),
}));
