import { DomainValidationError } from '@kobling/domain';
import {
  approveRepresentation,
  claimActor,
  createActor,
  setActorTopics,
  updateActor,
} from '@kobling/use-cases';
import type { Link } from '@kobling/graph';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { mapped, underInput } from '../errors.ts';
import { useCaseDeps } from '../use-case-deps.ts';
import { MUTATION_ERRORS, pageRequest, toConnection } from './common.ts';
import { ActorKindEnum, CompanyStageEnum, HelixEnum, RepresentationStatusEnum } from './enums.ts';
import { loadAll } from './load.ts';
import {
  ActorRef,
  ClusterRef,
  MunicipalityRef,
  OpportunityRef,
  PersonRef,
  ProjectRef,
  TechnologyRef,
  TopicRef,
  UserRef,
} from './refs.ts';
import { projectionFor } from '../matchmaking/projection.ts';
import { membershipsOf, participationsOf, topicLinksOf } from './projected-links.ts';
import { projectedNodes, servedById } from './projected-nodes.ts';
import { idOf, servedNode, servedNodes } from './projected.ts';

/* Relationship shapes shared with other types. */

export const TopicLinkRef = builder.objectRef<Link<'HAS_TOPIC'>>('TopicLink').implement({
  description: 'A topic with the strength (0–1) it has for its holder',
  fields: (t) => ({
    topic: t.field({
      type: TopicRef,
      resolve: (l, _args, ctx, info) => servedById(ctx, info, 'topics', l.toKey),
    }),
    weight: t.exposeFloat('weight'),
  }),
});

export const ClusterMembershipRef = builder
  .objectRef<Link<'MEMBER_OF'>>('ClusterMembership')
  .implement({
    description: "An actor's membership of a cluster and where it is in its life cycle",
    fields: (t) => ({
      actor: t.field({
        type: ActorRef,
        resolve: (m, _args, ctx, info) => servedById(ctx, info, 'actors', m.fromKey),
      }),
      cluster: t.field({
        type: ClusterRef,
        resolve: (m, _args, ctx, info) => servedById(ctx, info, 'clusters', m.toKey),
      }),
      status: t.exposeString('status'),
      role: t.exposeString('role', { nullable: true }),
      since: t.field({ type: 'DateTime', resolve: (m) => m.since }),
    }),
  });

/** Active memberships are public; the others only to the actor's and the cluster's people. */
export function canSeeMembership(ctx: Context, m: Link<'MEMBER_OF'>): boolean {
  return (
    m.status === 'ACTIVE' ||
    ctx.viewer.isAdmin ||
    ctx.viewer.approvedActorIds.has(m.fromKey) ||
    ctx.viewer.managedClusterIds.has(m.toKey)
  );
}

export const RepresentationRef = builder.objectRef<Link<'REPRESENTS'>>('Representation').implement({
  description: 'A user acting for an actor: CLAIMED until an administrator approves it',
  fields: (t) => ({
    user: t.field({ type: UserRef, nullable: true, resolve: (r) => r.fromKey }),
    actor: t.field({ type: ActorRef, resolve: (r) => r.toKey }),
    status: t.field({
      type: RepresentationStatusEnum,
      resolve: (r) => r.status,
    }),
    role: t.exposeString('role', { nullable: true }),
    since: t.field({ type: 'DateTime', resolve: (r) => r.since }),
  }),
});

const ProjectParticipationRef = builder
  .objectRef<Link<'PARTICIPATES_IN'>>('ProjectParticipation')
  .implement({
    fields: (t) => ({
      actor: t.field({ type: ActorRef, resolve: (l) => l.fromKey }),
      project: t.field({
        type: ProjectRef,
        resolve: (l, _args, ctx, info) => servedById(ctx, info, 'projects', l.toKey),
      }),
      role: t.exposeString('role'),
    }),
  });
export { ProjectParticipationRef };

ActorRef.implement({
  description: 'An organisation of the triple helix',
  fields: (t) => ({
    kind: t.field({ type: ActorKindEnum, resolve: (a) => a.kind }),
    helix: t.field({ type: HelixEnum, resolve: (a) => a.helix }),
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    description: t.exposeString('description', { nullable: true }),
    website: t.exposeString('website', { nullable: true }),
    orgNumber: t.exposeString('orgNumber', { nullable: true }),
    naceCode: t.exposeString('naceCode', { nullable: true }),
    employees: t.exposeInt('employees', { nullable: true }),
    foundedYear: t.exposeInt('foundedYear', { nullable: true }),
    isTech: t.exposeBoolean('isTech', { nullable: true }),
    stage: t.field({
      type: CompanyStageEnum,
      nullable: true,
      resolve: (a) => a.stage,
    }),
    source: t.exposeString('source'),
    sourceRef: t.exposeString('sourceRef', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (a) => a.updatedAt }),
    topics: t.field({
      type: [TopicLinkRef],
      resolve: async (a, _args, ctx) => topicLinksOf(await projectionFor(ctx), a.id),
    }),
    municipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      resolve: async (a, _args, ctx, info) => {
        const nodes = await projectedNodes(ctx);
        const place = nodes.projection.actor(a.id)?.place;
        return place ? servedNode(info, nodes.municipalities, place) : null;
      },
    }),
    memberships: t.field({
      type: [ClusterMembershipRef],
      description: 'Cluster memberships; ones not ACTIVE only to the actor, the cluster and admins',
      resolve: async (a, _args, ctx) =>
        membershipsOf(await projectionFor(ctx), a.id).filter((m) => canSeeMembership(ctx, m)),
    }),
    partOf: t.field({
      type: ActorRef,
      nullable: true,
      resolve: async (a, _args, ctx, info) => {
        const nodes = await projectedNodes(ctx);
        const parent = nodes.projection.actor(a.id)?.partOf;
        return parent ? servedNode(info, nodes.actors, parent) : null;
      },
    }),
    parts: t.field({
      type: [ActorRef],
      resolve: async (a, _args, ctx, info) => {
        const nodes = await projectedNodes(ctx);
        const ids = nodes.projection.actor(a.id)?.parts ?? [];
        return servedNodes(info, nodes.actors, ids, (rest) => loadAll(ActorRef, ctx, rest), idOf);
      },
    }),
    people: t.field({
      type: [PersonRef],
      description: 'People working here; unlisted ones only to the actor, themselves and admins',
      resolve: async (a, _args, ctx) =>
        loadAll(PersonRef, ctx, (await projectionFor(ctx)).actor(a.id)?.people ?? []),
    }),
    projects: t.field({
      type: [ProjectParticipationRef],
      resolve: async (a, _args, ctx) => participationsOf(await projectionFor(ctx), a.id),
    }),
    opportunities: t.field({
      type: [OpportunityRef],
      description: 'Opportunities posted; PRIVATE ones only to the actor and admins',
      resolve: async (a, _args, ctx, info) => {
        const nodes = await projectedNodes(ctx);
        const ids = nodes.projection.actor(a.id)?.opportunities ?? [];
        return servedNodes(
          info,
          nodes.opportunities,
          ids,
          (rest) => loadAll(OpportunityRef, ctx, rest),
          idOf,
        );
      },
    }),
    technologies: t.field({
      type: [TechnologyRef],
      description: 'Technologies that originated here, by title',
      resolve: async (a, _args, ctx) => {
        const ids = (await projectionFor(ctx)).actor(a.id)?.originated ?? [];
        const rows = await loadAll(TechnologyRef, ctx, ids);
        return rows.sort((x, y) => x.title.localeCompare(y.title));
      },
    }),
    viewerCanEdit: t.boolean({
      description: 'Whether the viewer may edit this actor (a representative or an admin)',
      resolve: (a, _args, ctx) => ctx.viewer.isAdmin || ctx.viewer.approvedActorIds.has(a.id),
    }),
  }),
});

/* Queries */

const ActorFilter = builder.inputType('ActorFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum] }),
    helices: t.field({ type: [HelixEnum] }),
    stages: t.field({ type: [CompanyStageEnum] }),
    isTech: t.boolean(),
    municipalities: t.stringList({ description: 'Municipality codes (kommunenummer)' }),
    topics: t.globalIDList({ for: [TopicRef] }),
    clusters: t.globalIDList({
      for: [ClusterRef],
      description: 'Actors with an ACTIVE membership',
    }),
    text: t.string({ description: 'Case-insensitive part of the name' }),
  }),
});

builder.queryFields((t) => ({
  actor: t.field({
    type: ActorRef,
    nullable: true,
    description: 'One actor by global id or by slug',
    args: {
      id: t.arg.globalID({ for: [ActorRef] }),
      slug: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      if (args.id) return args.id.id;
      if (args.slug) {
        // The projection's slug index; the store has none (a scan) and is asked only while the
        // projection is being built.
        if (ctx.projection.isReady) {
          return (await projectionFor(ctx)).actorIdBySlug(args.slug) ?? null;
        }
        return ctx.graph.actors.nodes.findKey(ctx.graph.runner, 'slug', args.slug);
      }
      throw new DomainValidationError([{ path: ['id'], message: 'Give an id or a slug' }]);
    },
  }),
  actors: t.connection({
    type: ActorRef,
    description: 'Actors by name, then id',
    args: { filter: t.arg({ type: ActorFilter }) },
    resolve: async (_root, args, ctx) => {
      const f = args.filter ?? {};
      const page = await mapped(() =>
        ctx.graph.actors.list(
          ctx.graph.runner,
          {
            kinds: f.kinds ?? [],
            helices: f.helices ?? [],
            stages: f.stages ?? [],
            isTech: f.isTech ?? null,
            municipalities: f.municipalities ?? [],
            topics: (f.topics ?? []).map((g) => g.id),
            clusters: (f.clusters ?? []).map((g) => g.id),
            text: f.text ?? '',
          },
          pageRequest(args),
        ),
      );
      return toConnection(page);
    },
  }),
}));

/* Mutations */

const CreateActorInput = builder.inputType('CreateActorInput', {
  fields: (t) => ({
    kind: t.field({ type: ActorKindEnum, required: true }),
    helix: t.field({ type: HelixEnum, description: 'Defaults from kind' }),
    name: t.string({ required: true }),
    slug: t.string({ description: 'Derived from the name when left out' }),
    description: t.string(),
    website: t.string(),
    orgNumber: t.string(),
    naceCode: t.string(),
    employees: t.int(),
    foundedYear: t.int(),
    isTech: t.boolean(),
    stage: t.field({ type: CompanyStageEnum }),
    municipalityCode: t.string(),
  }),
});

const UpdateActorInput = builder.inputType('UpdateActorInput', {
  description: 'Fields to change; null clears an optional field',
  fields: (t) => ({
    kind: t.field({ type: ActorKindEnum }),
    helix: t.field({ type: HelixEnum }),
    name: t.string(),
    slug: t.string(),
    description: t.string(),
    website: t.string(),
    orgNumber: t.string(),
    naceCode: t.string(),
    employees: t.int(),
    foundedYear: t.int(),
    isTech: t.boolean(),
    stage: t.field({ type: CompanyStageEnum }),
    municipalityCode: t.string(),
  }),
});

const TopicWeightInput = builder.inputType('TopicWeightInput', {
  fields: (t) => ({
    topic: t.globalID({ for: [TopicRef], required: true }),
    weight: t.float({ required: true, description: '0–1' }),
  }),
});

// Thin adapters: arguments in, the use case (which authorizes, checks and writes), typed errors out.
builder.mutationFields((t) => ({
  createActor: t.field({
    type: ActorRef,
    description: 'Create an actor; the creator (unless an admin) gets a claim to represent it',
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: CreateActorInput, required: true }) },
    resolve: (_root, args, ctx) =>
      underInput('input', () => createActor(useCaseDeps(ctx), ctx.viewer, { fields: args.input })),
  }),
  updateActor: t.field({
    type: ActorRef,
    description: "Change an actor's fields (its representatives or an admin)",
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.globalID({ for: [ActorRef], required: true }),
      input: t.arg({ type: UpdateActorInput, required: true }),
    },
    resolve: (_root, args, ctx) =>
      underInput('input', () =>
        updateActor(useCaseDeps(ctx), ctx.viewer, { id: args.id.id, changes: args.input }),
      ),
  }),
  setActorTopics: t.field({
    type: ActorRef,
    description: "Replace an actor's topics (its representatives or an admin)",
    errors: { types: MUTATION_ERRORS },
    args: {
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
      topics: t.arg({ type: [TopicWeightInput], required: true }),
    },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        setActorTopics(useCaseDeps(ctx), ctx.viewer, {
          actorId: args.actorId.id,
          topics: args.topics.map((x) => ({ topicId: x.topic.id, weight: x.weight })),
        }),
      ),
  }),
  claimActor: t.field({
    type: RepresentationRef,
    description: 'Claim to represent an actor; an administrator approves the claim',
    errors: { types: MUTATION_ERRORS },
    args: {
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
      role: t.arg.string({ description: 'Your role at the actor' }),
    },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        claimActor(useCaseDeps(ctx), ctx.viewer, {
          actorId: args.actorId.id,
          role: args.role ?? null,
        }),
      ),
  }),
  approveRepresentation: t.field({
    type: RepresentationRef,
    description: "Approve a user's claim to represent an actor (admins)",
    errors: { types: MUTATION_ERRORS },
    args: {
      userId: t.arg.globalID({ for: [UserRef], required: true }),
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
    },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        approveRepresentation(useCaseDeps(ctx), ctx.viewer, {
          userId: args.userId.id,
          actorId: args.actorId.id,
        }),
      ),
  }),
}));
