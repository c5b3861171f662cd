import {
  approveMembership,
  assignClusterManager,
  inviteMember,
  removeMembership,
  requestMembership,
} from '@kobling/use-cases';
import { builder } from '../builder.ts';
import { mapped, validationError } from '../errors.ts';
import { useCaseDeps } from '../use-case-deps.ts';
import { ClusterMembershipRef, canSeeMembership } from './actor.ts';
import { MUTATION_ERRORS, pageRequest, toConnection } from './common.ts';
import { oncePerVersion } from './per-version.ts';
import { ClusterLevelEnum, MembershipRoleEnum, MembershipStatusEnum } from './enums.ts';
import { loadAll } from './load.ts';
import { ActorRef, ClusterRef, ProjectRef, UserRef } from './refs.ts';
import { projectionFor } from '../matchmaking/projection.ts';
import { clusterMembershipsOf, projectPartnersOf } from './projected-links.ts';
import type { ProjectPartner } from './projected-links.ts';
import { projectedNodes, servedById } from './projected-nodes.ts';
import { idOf, servedNodes } from './projected.ts';

const ClusterProjectPartnerRef = builder
  .objectRef<ProjectPartner>('ClusterProjectPartner')
  .implement({
    description: 'An actor outside a cluster and the projects it shares with the cluster’s members',
    fields: (t) => ({
      actor: t.field({
        type: ActorRef,
        resolve: (p, _args, ctx, info) => servedById(ctx, info, 'actors', p.actorId),
      }),
      projects: t.field({
        type: [ProjectRef],
        resolve: async (p, _args, ctx, info) => {
          const nodes = await projectedNodes(ctx);
          return servedNodes(
            info,
            nodes.projects,
            p.projectIds,
            (rest) => loadAll(ProjectRef, ctx, rest),
            idOf,
          );
        },
      }),
    }),
  });

ClusterRef.implement({
  description: 'A cluster organisation',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    level: t.field({ type: ClusterLevelEnum, resolve: (c) => c.level }),
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
        const links = clusterMembershipsOf(await projectionFor(ctx), c.id);
        return links.filter(
          (m) => canSeeMembership(ctx, m) && (!args.statuses || args.statuses.includes(m.status)),
        );
      },
    }),
    facilitators: t.field({
      type: [ActorRef],
      resolve: async (c, _args, ctx, info) => {
        const links = await ctx.loaders.incoming(ctx.graph.clusters.facilitators, c.id);
        return servedNodes(
          info,
          (await projectedNodes(ctx)).actors,
          links.map((l) => l.fromKey),
          (rest) => loadAll(ActorRef, ctx, rest),
          idOf,
        );
      },
    }),
    projectPartners: t.field({
      type: [ClusterProjectPartnerRef],
      description:
        'Actors outside the cluster that share a project with an ACTIVE member, with those projects',
      resolve: async (c, _args, ctx) => projectPartnersOf(await projectionFor(ctx), c.id),
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
      if (args.slug) return (await projectionFor(ctx)).clusterIdBySlug(args.slug) ?? null;
      throw validationError(['id'], 'Give an id or a slug');
    },
  }),
  clusters: t.connection({
    type: ClusterRef,
    description: 'Clusters by name, then id',
    args: { filter: t.arg({ type: ClusterFilter }) },
    resolve: async (_root, args, ctx) => {
      const f = args.filter ?? {};
      const filter = {
        levels: f.levels ?? [],
        text: f.text ?? '',
        activeOnly: f.activeOnly ?? false,
      };
      const request = pageRequest(args);
      const page = await oncePerVersion(
        ctx,
        `cluster.list ${JSON.stringify([filter, request])}`,
        () => mapped(() => ctx.graph.clusters.list(ctx.graph.runner, filter, request)),
      );
      return toConnection(page);
    },
  }),
}));

/* Membership life cycle: thin adapters over the use cases (request, invite, approve, remove). */

builder.mutationFields((t) => ({
  requestMembership: t.field({
    type: ClusterMembershipRef,
    description: 'Ask for an actor to join a cluster (the actor’s representatives or an admin)',
    errors: { types: MUTATION_ERRORS },
    args: {
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
      clusterId: t.arg.globalID({ for: [ClusterRef], required: true }),
    },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        requestMembership(useCaseDeps(ctx), ctx.viewer, {
          actorId: args.actorId.id,
          clusterId: args.clusterId.id,
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
    resolve: (_root, args, ctx) =>
      mapped(() =>
        inviteMember(useCaseDeps(ctx), ctx.viewer, {
          actorId: args.actorId.id,
          clusterId: args.clusterId.id,
          role: args.role ?? null,
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
    resolve: (_root, args, ctx) =>
      mapped(() =>
        approveMembership(useCaseDeps(ctx), ctx.viewer, {
          actorId: args.actorId.id,
          clusterId: args.clusterId.id,
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
    resolve: (_root, args, ctx) =>
      mapped(() =>
        removeMembership(useCaseDeps(ctx), ctx.viewer, {
          actorId: args.actorId.id,
          clusterId: args.clusterId.id,
        }),
      ),
  }),
  assignClusterManager: t.field({
    type: ClusterRef,
    description: 'Make a user a manager of a cluster (admins)',
    errors: { types: MUTATION_ERRORS },
    args: {
      userId: t.arg.globalID({ for: [UserRef], required: true }),
      clusterId: t.arg.globalID({ for: [ClusterRef], required: true }),
    },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        assignClusterManager(useCaseDeps(ctx), ctx.viewer, {
          userId: args.userId.id,
          clusterId: args.clusterId.id,
        }),
      ),
  }),
}));
