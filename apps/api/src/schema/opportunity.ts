import { DomainValidationError, newOpportunity, opportunityCreateInput } from '@kobling/domain';
import type { OpportunityKind } from '@kobling/domain';
import type { OpportunityRow } from '@kobling/graph';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { ConflictError, NotFoundError, mapped, underArgument } from '../errors.ts';
import { TopicLinkRef, parseIn } from './actor.ts';
import { MUTATION_ERRORS, compact, pageRequest, toConnection } from './common.ts';
import { OpportunityKindEnum, OpportunityStatusEnum, OpportunityVisibilityEnum } from './enums.ts';
import { ActorRef, OpportunityRef, TopicRef } from './refs.ts';

OpportunityRef.implement({
  description:
    'A need, offer or challenge posted by an actor; PRIVATE ones only to that actor and admins',
  authScopes: async (o, ctx) => ctx.access.canSeeOpportunity(o),
  fields: (t) => ({
    kind: t.field({ type: OpportunityKindEnum, resolve: (o) => o.kind as OpportunityKind }),
    title: t.exposeString('title'),
    body: t.exposeString('body', { nullable: true }),
    source: t.exposeString('source', {
      description: 'Where the row comes from ("synthetic" rows are illustrative, not facts)',
    }),
    sourceRef: t.exposeString('sourceRef', { nullable: true }),
    status: t.field({ type: OpportunityStatusEnum, resolve: (o) => o.status as 'OPEN' | 'CLOSED' }),
    visibility: t.field({
      type: OpportunityVisibilityEnum,
      resolve: (o) => o.visibility as 'PUBLIC' | 'PRIVATE',
    }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.expiresAt }),
    closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.closedAt }),
    createdAt: t.field({ type: 'DateTime', resolve: (o) => o.createdAt }),
    postedBy: t.field({
      type: ActorRef,
      nullable: true,
      resolve: (o, _args, ctx) => ctx.access.posterOf(o.id),
    }),
    topics: t.field({
      type: [TopicLinkRef],
      resolve: (o, _args, ctx) => ctx.loaders.outgoing(ctx.graph.opportunities.topics, o.id),
    }),
  }),
});

const OpportunityFilter = builder.inputType('OpportunityFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [OpportunityKindEnum] }),
    statuses: t.field({ type: [OpportunityStatusEnum] }),
    topics: t.globalIDList({ for: [TopicRef] }),
    postedBy: t.globalIDList({ for: [ActorRef] }),
  }),
});

builder.queryFields((t) => ({
  opportunities: t.connection({
    type: OpportunityRef,
    description:
      'Newest first; PRIVATE ones only those the viewer’s actors posted (admins see all)',
    args: { filter: t.arg({ type: OpportunityFilter }) },
    resolve: async (_root, args, ctx) => {
      const f = args.filter ?? {};
      const page = await mapped(() =>
        ctx.graph.opportunities.list(
          ctx.graph.runner,
          {
            kinds: f.kinds ?? [],
            statuses: f.statuses ?? [],
            topics: (f.topics ?? []).map((g) => g.id),
            postedBy: (f.postedBy ?? []).map((g) => g.id),
            privateVisibleTo: [...ctx.viewer.approvedActorIds],
          },
          pageRequest(args),
        ),
      );
      // Admins may see every opportunity, but the list shows them what the posters' public sees
      // plus their own; node(id) shows an admin any one.
      return toConnection(page);
    },
  }),
}));

const PostOpportunityInput = builder.inputType('PostOpportunityInput', {
  fields: (t) => ({
    kind: t.field({ type: OpportunityKindEnum, required: true }),
    title: t.string({ required: true }),
    body: t.string(),
    visibility: t.field({ type: OpportunityVisibilityEnum, description: 'PUBLIC when left out' }),
    expiresAt: t.field({ type: 'DateTime' }),
    topics: t.globalIDList({ for: [TopicRef] }),
  }),
});

builder.mutationFields((t) => ({
  postOpportunity: t.field({
    type: OpportunityRef,
    description: 'Post a need, offer or challenge for an actor (its representatives or an admin)',
    errors: { types: MUTATION_ERRORS },
    args: {
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
      input: t.arg({ type: PostOpportunityInput, required: true }),
    },
    authScopes: (_root, args) => ({ $any: { admin: true, representsActor: args.actorId.id } }),
    resolve: async (_root, args, ctx) => {
      const { topics, ...fields } = args.input;
      const topicIds = parseIn(
        z.array(z.string()).max(20, { error: 'At most 20 topics' }),
        (topics ?? []).map((g) => g.id),
        'input',
      );
      const parsed = parseIn(
        opportunityCreateInput,
        { ...compact(fields), source: 'user' },
        'input',
      );
      const now = ctx.settings.now();
      let row: OpportunityRow;
      try {
        row = newOpportunity(parsed, now) as OpportunityRow;
      } catch (error) {
        if (error instanceof DomainValidationError) throw underArgument(error, 'input');
        throw error;
      }
      return mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          await ctx.graph.actors.nodes.require(tx, args.actorId.id);
          const found = await ctx.graph.topics.nodes.getMany(tx, topicIds);
          const missing = topicIds.find((_, i) => found[i] === null);
          if (missing !== undefined) throw new NotFoundError('Topic', missing);
          return ctx.graph.opportunities.post(
            tx,
            args.actorId.id,
            row,
            [...new Set(topicIds)].map((topicId) => ({ topicId, weight: 1 })),
          );
        }),
      );
    },
  }),
  closeOpportunity: t.field({
    type: OpportunityRef,
    description: 'Close an opportunity (the posting actor’s representatives or an admin)',
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.globalID({ for: [OpportunityRef], required: true }) },
    authScopes: async (_root, args, ctx) => {
      if (ctx.viewer.isAdmin) return true;
      const poster = await ctx.access.posterOf(args.id.id);
      return poster !== null && ctx.viewer.approvedActorIds.has(poster);
    },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          const current = await ctx.graph.opportunities.nodes.require(tx, args.id.id);
          if (current.status === 'CLOSED')
            throw new ConflictError('status', 'The opportunity is already closed');
          const now = ctx.settings.now();
          return ctx.graph.opportunities.nodes.update(tx, current.id, {
            status: 'CLOSED',
            closedAt: now,
            updatedAt: now,
          });
        }),
      ),
  }),
}));
