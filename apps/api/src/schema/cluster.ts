import type { Link, QueryExecutor } from '@kobling/graph';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  mapped,
  validationError,
} from '../errors.ts';
import { ClusterMembershipRef, canSeeMembership } from './actor.ts';
import { MUTATION_ERRORS, pageRequest, toConnection } from './common.ts';
import { ClusterLevelEnum, MembershipRoleEnum, MembershipStatusEnum } from './enums.ts';
import { loadAll } from './load.ts';
import { ActorRef, ClusterRef, UserRef } from './refs.ts';

ClusterRef.implement({
  description: 'A cluster organisation',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    level: t.field({ type: ClusterLevelEnum, resolve: (c) => c.level as 'ARENA' }),
    theme: t.exposeString('theme', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    website: t.exposeString('website', { nullable: true }),
    startYear: t.exposeInt('startYear', { nullable: true }),
    endYear: t.exposeInt('endYear', { nullable: true }),
    reportedMembers: t.exposeInt('reportedMembers', { nullable: true }),
    members: t.field({
      type: [ClusterMembershipRef],
      description:
        'Memberships; ones not ACTIVE only to the cluster managers, the actor and admins',
      args: { statuses: t.arg({ type: [MembershipStatusEnum] }) },
      resolve: async (c, args, ctx) => {
        const links = await ctx.loaders.incoming(ctx.graph.clusters.memberships, c.id);
        return links.filter(
          (m) =>
            canSeeMembership(ctx, m) &&
            (!args.statuses || args.statuses.includes(m.status as 'ACTIVE')),
        );
      },
    }),
    facilitators: t.field({
      type: [ActorRef],
      resolve: async (c, _args, ctx) =>
        loadAll(
          ActorRef,
          ctx,
          (await ctx.loaders.incoming(ctx.graph.clusters.facilitators, c.id)).map((l) => l.fromKey),
        ),
    }),
    viewerManages: t.boolean({
      resolve: (c, _args, ctx) => ctx.viewer.managedClusterIds.has(c.id),
    }),
  }),
});

const ClusterFilter = builder.inputType('ClusterFilter', {
  fields: (t) => ({
    levels: t.field({ type: [ClusterLevelEnum] }),
    text: t.string(),
    activeOnly: t.boolean({ description: 'Only clusters whose programme has not ended' }),
  }),
});

builder.queryFields((t) => ({
  cluster: t.field({
    type: ClusterRef,
    nullable: true,
    args: { id: t.arg.globalID({ for: [ClusterRef] }), slug: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      if (args.id) return args.id.id;
      if (args.slug) return ctx.graph.clusters.nodes.findKey(ctx.graph.runner, 'slug', args.slug);
      throw validationError(['id'], 'Give an id or a slug');
    },
  }),
  clusters: t.connection({
    type: ClusterRef,
    description: 'Clusters by name, then id',
    args: { filter: t.arg({ type: ClusterFilter }) },
    resolve: async (_root, args, ctx) => {
      const f = args.filter ?? {};
      const page = await mapped(() =>
        ctx.graph.clusters.list(
          ctx.graph.runner,
          { levels: f.levels ?? [], text: f.text ?? '', activeOnly: f.activeOnly ?? false },
          pageRequest(args),
        ),
      );
      return toConnection(page);
    },
  }),
}));

/* Membership life cycle: request → REQUESTED, invite → INVITED, approve → ACTIVE, remove → REMOVED. */

/** The membership, read under the actor's lock so concurrent changes to it take turns. */
async function existing(ctx: Context, tx: QueryExecutor, actorId: string, clusterId: string) {
  await ctx.graph.actors.nodes.lock(tx, actorId);
  await ctx.graph.actors.nodes.require(tx, actorId);
  await ctx.graph.clusters.nodes.require(tx, clusterId);
  return ctx.graph.clusters.membership(tx, actorId, clusterId);
}

function conflict(m: Link<'MEMBER_OF'>, wanted: string): ConflictError {
  return new ConflictError('status', `The membership is ${m.status}; it cannot become ${wanted}`);
}

builder.mutationFields((t) => ({
  requestMembership: t.field({
    type: ClusterMembershipRef,
    description: 'Ask for an actor to join a cluster (the actor’s representatives or an admin)',
    errors: { types: MUTATION_ERRORS },
    args: {
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
      clusterId: t.arg.globalID({ for: [ClusterRef], required: true }),
    },
    authScopes: (_root, args) => ({ $any: { admin: true, representsActor: args.actorId.id } }),
    resolve: (_root, args, ctx) =>
      mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          const m = await existing(ctx, tx, args.actorId.id, args.clusterId.id);
          if (m && m.status !== 'REMOVED') throw conflict(m, 'REQUESTED');
          return ctx.graph.clusters.setMembership(
            tx,
            args.actorId.id,
            args.clusterId.id,
            'REQUESTED',
            ctx.settings.now(),
            'MEMBER',
          );
        }),
      ),
  }),
  inviteMember: t.field({
    type: ClusterMembershipRef,
    description: 'Invite an actor into a cluster (the cluster’s managers or an admin)',
    errors: { types: MUTATION_ERRORS },
    args: {
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
      clusterId: t.arg.globalID({ for: [ClusterRef], required: true }),
      role: t.arg({ type: MembershipRoleEnum }),
    },
    authScopes: (_root, args) => ({ $any: { admin: true, managesCluster: args.clusterId.id } }),
    resolve: (_root, args, ctx) =>
      mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          const m = await existing(ctx, tx, args.actorId.id, args.clusterId.id);
          if (m && m.status !== 'REMOVED') throw conflict(m, 'INVITED');
          return ctx.graph.clusters.setMembership(
            tx,
            args.actorId.id,
            args.clusterId.id,
            'INVITED',
            ctx.settings.now(),
            args.role ?? 'MEMBER',
          );
        }),
      ),
  }),
  approveMembership: t.field({
    type: ClusterMembershipRef,
    description:
      'Make a membership ACTIVE: a manager approves a request, the actor’s representative accepts an invitation (or an admin either)',
    errors: { types: MUTATION_ERRORS },
    args: {
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
      clusterId: t.arg.globalID({ for: [ClusterRef], required: true }),
    },
    authScopes: (_root, args) => ({
      $any: { admin: true, managesCluster: args.clusterId.id, representsActor: args.actorId.id },
    }),
    resolve: (_root, args, ctx) =>
      mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          const m = await existing(ctx, tx, args.actorId.id, args.clusterId.id);
          if (!m)
            throw new NotFoundError('Membership', `${args.actorId.id} → ${args.clusterId.id}`);
          if (m.status !== 'REQUESTED' && m.status !== 'INVITED') throw conflict(m, 'ACTIVE');
          const allowed =
            ctx.viewer.isAdmin ||
            (m.status === 'REQUESTED'
              ? ctx.viewer.managedClusterIds.has(m.toKey)
              : ctx.viewer.approvedActorIds.has(m.fromKey));
          if (!allowed) {
            throw new ForbiddenError(
              m.status === 'REQUESTED'
                ? 'Only the cluster’s managers can approve a request'
                : 'Only the invited actor’s representatives can accept an invitation',
            );
          }
          return ctx.graph.clusters.setMembership(
            tx,
            m.fromKey,
            m.toKey,
            'ACTIVE',
            ctx.settings.now(),
            m.role,
          );
        }),
      ),
  }),
  removeMembership: t.field({
    type: ClusterMembershipRef,
    description: 'End a membership, request or invitation (the cluster’s managers or an admin)',
    errors: { types: MUTATION_ERRORS },
    args: {
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
      clusterId: t.arg.globalID({ for: [ClusterRef], required: true }),
    },
    authScopes: (_root, args) => ({ $any: { admin: true, managesCluster: args.clusterId.id } }),
    resolve: (_root, args, ctx) =>
      mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          const m = await existing(ctx, tx, args.actorId.id, args.clusterId.id);
          if (!m)
            throw new NotFoundError('Membership', `${args.actorId.id} → ${args.clusterId.id}`);
          if (m.status === 'REMOVED') throw conflict(m, 'REMOVED');
          return ctx.graph.clusters.setMembership(
            tx,
            m.fromKey,
            m.toKey,
            'REMOVED',
            ctx.settings.now(),
            m.role,
          );
        }),
      ),
  }),
  assignClusterManager: t.field({
    type: ClusterRef,
    description: 'Make a user a manager of a cluster (admins)',
    errors: { types: MUTATION_ERRORS },
    authScopes: { admin: true },
    args: {
      userId: t.arg.globalID({ for: [UserRef], required: true }),
      clusterId: t.arg.globalID({ for: [ClusterRef], required: true }),
    },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          await ctx.graph.accounts.users.require(tx, args.userId.id);
          const cluster = await ctx.graph.clusters.nodes.require(tx, args.clusterId.id);
          await ctx.graph.accounts.manages.merge(tx, [
            { fromKey: args.userId.id, toKey: cluster.id },
          ]);
          return cluster;
        }),
      ),
  }),
}));
