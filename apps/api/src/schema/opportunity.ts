import { closeOpportunity, postOpportunity } from '@kobling/use-cases';
import { builder } from '../builder.ts';
import { mapped, underInput } from '../errors.ts';
import { useCaseDeps } from '../use-case-deps.ts';
import { TopicLinkRef } from './actor.ts';
import { MUTATION_ERRORS, pageRequest, toConnection } from './common.ts';
import { oncePerVersion } from './per-version.ts';
import { OpportunityKindEnum, OpportunityStatusEnum, OpportunityVisibilityEnum } from './enums.ts';
import { ActorRef, OpportunityRef, TopicRef } from './refs.ts';
import { projectedNodes } from './projected-nodes.ts';
import { servedNode } from './projected.ts';

OpportunityRef.implement({
  description:
    'A need, offer or challenge posted by an actor; PRIVATE ones only to that actor and admins',
  authScopes: async (o, ctx) => ctx.access.canSeeOpportunity(o),
  fields: (t) => ({
    kind: t.field({ type: OpportunityKindEnum, resolve: (o) => o.kind }),
    title: t.exposeString('title'),
    body: t.exposeString('body', { nullable: true }),
    source: t.exposeString('source', {
      description: 'Where the row comes from ("synthetic" rows are illustrative, not facts)',
    }),
    sourceRef: t.exposeString('sourceRef', { nullable: true }),
    status: t.field({ type: OpportunityStatusEnum, resolve: (o) => o.status }),
    visibility: t.field({
      type: OpportunityVisibilityEnum,
      resolve: (o) => o.visibility,
    }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.expiresAt }),
    closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.closedAt }),
    createdAt: t.field({ type: 'DateTime', resolve: (o) => o.createdAt }),
    postedBy: t.field({
      type: ActorRef,
      nullable: true,
      resolve: async (o, _args, ctx, info) => {
        const nodes = await projectedNodes(ctx);
        const poster = nodes.projection.opportunity(o.id)?.actorId;
        return poster ? servedNode(info, nodes.actors, poster) : ctx.access.posterOf(o.id);
      },
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
      const filter = {
        kinds: f.kinds ?? [],
        statuses: f.statuses ?? [],
        topics: (f.topics ?? []).map((g) => g.id),
        postedBy: (f.postedBy ?? []).map((g) => g.id),
        privateVisibleTo: [...ctx.viewer.approvedActorIds].sort(),
      };
      const request = pageRequest(args);
      // The page depends on the viewer only through privateVisibleTo, which is part of the key.
      const page = await oncePerVersion(
        ctx,
        `opportunity.list ${JSON.stringify([filter, request])}`,
        () => mapped(() => ctx.graph.opportunities.list(ctx.graph.runner, filter, request)),
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
    resolve: (_root, args, ctx) => {
      const { kind, title, body, visibility, expiresAt, topics } = args.input;
      return underInput('input', () =>
        postOpportunity(useCaseDeps(ctx), ctx.viewer, {
          actorId: args.actorId.id,
          opportunity: {
            kind,
            title,
            body: body ?? null,
            visibility: visibility ?? null,
            expiresAt: expiresAt ?? null,
            topicIds: (topics ?? []).map((g) => g.id),
          },
        }),
      );
    },
  }),
  closeOpportunity: t.field({
    type: OpportunityRef,
    description: 'Close an opportunity (the posting actor’s representatives or an admin)',
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.globalID({ for: [OpportunityRef], required: true }) },
    resolve: (_root, args, ctx) =>
      mapped(() => closeOpportunity(useCaseDeps(ctx), ctx.viewer, { id: args.id.id })),
  }),
}));
