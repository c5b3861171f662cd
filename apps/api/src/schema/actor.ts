import {
  ACTOR_EDITABLE_FIELDS,
  actorCreateInput,
  actorSchema,
  actorUpdateInput,
  municipalityCodeSchema,
  newActor,
  parseOrThrow,
  DomainValidationError,
  issuesFromZodError,
  uuidv7,
} from '@kobling/domain';
import type { Actor } from '@kobling/domain';
import type { ActorRow, Link } from '@kobling/graph';
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { ConflictError, ForbiddenError, NotFoundError, mapped, underArgument } from '../errors.ts';
import { MUTATION_ERRORS, compact, definedOnly, pageRequest, toConnection } from './common.ts';
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
import { projectedNodes } from './projected-nodes.ts';
import { servedNode, servedNodes } from './projected.ts';

/* Relationship shapes shared with other types. */

export const TopicLinkRef = builder.objectRef<Link<'HAS_TOPIC'>>('TopicLink').implement({
  description: 'A topic with the strength (0–1) it has for its holder',
  fields: (t) => ({
    topic: t.field({
      type: TopicRef,
      resolve: async (l, _args, ctx, info) =>
        servedNode(info, (await projectedNodes(ctx)).topics, l.toKey),
    }),
    weight: t.exposeFloat('weight'),
  }),
});

export const ClusterMembershipRef = builder
  .objectRef<Link<'MEMBER_OF'>>('ClusterMembership')
  .implement({
    description: "An actor's membership of a cluster and where it is in its life cycle",
    fields: (t) => ({
      actor: t.field({ type: ActorRef, resolve: (m) => m.fromKey }),
      cluster: t.field({
        type: ClusterRef,
        resolve: async (m, _args, ctx, info) =>
          servedNode(info, (await projectedNodes(ctx)).clusters, m.toKey),
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
      resolve: (r) => r.status as 'CLAIMED' | 'APPROVED',
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
        resolve: async (l, _args, ctx, info) =>
          servedNode(info, (await projectedNodes(ctx)).projects, l.toKey),
      }),
      role: t.exposeString('role'),
    }),
  });
export { ProjectParticipationRef };

ActorRef.implement({
  description: 'An organisation of the triple helix',
  fields: (t) => ({
    kind: t.field({ type: ActorKindEnum, resolve: (a) => a.kind as Actor['kind'] }),
    helix: t.field({ type: HelixEnum, resolve: (a) => a.helix as Actor['helix'] }),
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
      resolve: (a) => a.stage as Actor['stage'],
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
      resolve: async (a, _args, ctx) =>
        (await ctx.loaders.outgoing(ctx.graph.actors.partOf, a.id))[0]?.toKey ?? null,
    }),
    parts: t.field({
      type: [ActorRef],
      resolve: async (a, _args, ctx) =>
        loadAll(
          ActorRef,
          ctx,
          (await ctx.loaders.incoming(ctx.graph.actors.partOf, a.id)).map((l) => l.fromKey),
        ),
    }),
    people: t.field({
      type: [PersonRef],
      description: 'People working here; unlisted ones only to the actor, themselves and admins',
      resolve: async (a, _args, ctx) =>
        loadAll(
          PersonRef,
          ctx,
          (await ctx.loaders.incoming(ctx.graph.people.worksAt, a.id)).map((l) => l.fromKey),
        ),
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
        return servedNodes(info, nodes.opportunities, ids, (rest) =>
          loadAll(OpportunityRef, ctx, rest),
        );
      },
    }),
    technologies: t.field({
      type: [TechnologyRef],
      description: 'Technologies that originated here, by title',
      resolve: async (a, _args, ctx) => {
        const links = await ctx.loaders.incoming(ctx.graph.technologies.originatedAt, a.id);
        const rows = await loadAll(
          TechnologyRef,
          ctx,
          links.map((l) => l.fromKey),
        );
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

const topicWeightsSchema = z
  .array(
    z.object({
      topicId: z.string(),
      weight: z
        .number()
        .min(0, { error: 'Weight must be 0–1' })
        .max(1, { error: 'Weight must be 0–1' }),
    }),
  )
  .max(50, { error: 'At most 50 topics' })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.topicId))
        ctx.addIssue({ code: 'custom', path: [i, 'topic'], message: 'Topic listed twice' });
      seen.add(item.topicId);
    });
  });

/**
 * The actor after the patch, checked as a whole so rules across fields hold (stage only for
 * companies). Only problems the patch is responsible for are reported: seeded and imported
 * rows predate some rules (ids like "actor:ntnu", empty sourceRef) and must stay editable.
 */
function checkedUpdate(current: ActorRow, patch: Record<string, unknown>, now: number): ActorRow {
  const merged = { ...current, ...patch, updatedAt: now } as ActorRow;
  const result = actorSchema.safeParse({ ...merged, id: uuidv7(now) });
  if (result.success) return merged;
  const touched = new Set(Object.keys(patch));
  if (touched.has('kind')) touched.add('stage');
  const issues = issuesFromZodError(result.error).filter((i) => touched.has(i.path[0] ?? ''));
  if (issues.length > 0) throw underArgument(new DomainValidationError(issues), 'input');
  return merged;
}

function parseMunicipality(code: string | null | undefined): string | null | undefined {
  if (code === undefined || code === null) return code;
  const result = municipalityCodeSchema.safeParse(code);
  if (!result.success) {
    throw new DomainValidationError(
      result.error.issues.map((i) => ({ path: ['input', 'municipalityCode'], message: i.message })),
    );
  }
  return result.data;
}

function parseIn<S extends z.ZodType>(schema: S, value: unknown, arg: string): z.output<S> {
  try {
    return parseOrThrow(schema, value);
  } catch (error) {
    if (error instanceof DomainValidationError) throw underArgument(error, arg);
    throw error;
  }
}
export { parseIn };

builder.mutationFields((t) => ({
  createActor: t.field({
    type: ActorRef,
    description: 'Create an actor; the creator (unless an admin) gets a claim to represent it',
    errors: { types: MUTATION_ERRORS },
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: CreateActorInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const { municipalityCode, ...fields } = args.input;
      const code = parseMunicipality(municipalityCode);
      const now = ctx.settings.now();
      const parsed = parseIn(actorCreateInput, { ...compact(fields), source: 'user' }, 'input');
      const actor = (() => {
        try {
          return newActor(parsed, now);
        } catch (error) {
          if (error instanceof DomainValidationError) throw underArgument(error, 'input');
          throw error;
        }
      })();
      return mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          const row = await ctx.graph.actors.nodes.create(tx, actor as ActorRow);
          if (code) await ctx.graph.actors.setMunicipality(tx, row.id, code);
          const user = ctx.viewer.user;
          if (user && !user.isAdmin) {
            await ctx.graph.accounts.represents.merge(tx, [
              { fromKey: user.id, toKey: row.id, status: 'CLAIMED', role: null, since: now },
            ]);
          }
          return row;
        }),
      );
    },
  }),
  updateActor: t.field({
    type: ActorRef,
    description: "Change an actor's fields (its representatives or an admin)",
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.globalID({ for: [ActorRef], required: true }),
      input: t.arg({ type: UpdateActorInput, required: true }),
    },
    authScopes: (_root, args) => ({ $any: { admin: true, representsActor: args.id.id } }),
    resolve: async (_root, args, ctx) => {
      const { municipalityCode, ...fields } = args.input;
      const code = parseMunicipality(municipalityCode);
      const patchInput = definedOnly(fields);
      const patch =
        Object.keys(patchInput).length === 0 && code !== undefined
          ? {}
          : parseIn(actorUpdateInput, patchInput, 'input');
      const now = ctx.settings.now();
      return mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          const current = await ctx.graph.actors.nodes.require(tx, args.id.id);
          const next = checkedUpdate(current, patch, now);
          const edited = new Set(current.editedFields ?? []);
          for (const key of Object.keys(patch)) {
            if ((ACTOR_EDITABLE_FIELDS as readonly string[]).includes(key)) edited.add(key);
          }
          const row = await ctx.graph.actors.nodes.update(tx, current.id, {
            ...next,
            editedFields: [...edited].sort(),
          });
          if (code !== undefined) await ctx.graph.actors.setMunicipality(tx, row.id, code);
          return row;
        }),
      );
    },
  }),
  setActorTopics: t.field({
    type: ActorRef,
    description: "Replace an actor's topics (its representatives or an admin)",
    errors: { types: MUTATION_ERRORS },
    args: {
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
      topics: t.arg({ type: [TopicWeightInput], required: true }),
    },
    authScopes: (_root, args) => ({ $any: { admin: true, representsActor: args.actorId.id } }),
    resolve: async (_root, args, ctx) => {
      const topics = parseIn(
        topicWeightsSchema,
        args.topics.map((x) => ({ topicId: x.topic.id, weight: x.weight })),
        'topics',
      );
      return mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          await ctx.graph.actors.setTopics(tx, args.actorId.id, topics);
          return ctx.graph.actors.nodes.require(tx, args.actorId.id);
        }),
      );
    },
  }),
  claimActor: t.field({
    type: RepresentationRef,
    description: 'Claim to represent an actor; an administrator approves the claim',
    errors: { types: MUTATION_ERRORS },
    authScopes: { loggedIn: true },
    args: {
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
      role: t.arg.string({ description: 'Your role at the actor' }),
    },
    resolve: async (_root, args, ctx) => {
      const user = ctx.viewer.user;
      if (!user) throw new ForbiddenError('Sign in to do this');
      const role =
        args.role == null ? null : parseIn(z.string().trim().min(1).max(200), args.role, 'role');
      const now = ctx.settings.now();
      return mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          await ctx.graph.actors.nodes.require(tx, args.actorId.id);
          const [links] = await ctx.graph.accounts.represents.outgoing(tx, [user.id]);
          const existing = (links ?? []).find((l) => l.toKey === args.actorId.id);
          if (existing) {
            throw new ConflictError(
              'actorId',
              `You already have a ${existing.status} representation of this actor`,
            );
          }
          const link = {
            fromKey: user.id,
            toKey: args.actorId.id,
            status: 'CLAIMED',
            role,
            since: now,
          };
          await ctx.graph.accounts.represents.merge(tx, [link]);
          return link;
        }),
      );
    },
  }),
  approveRepresentation: t.field({
    type: RepresentationRef,
    description: "Approve a user's claim to represent an actor (admins)",
    errors: { types: MUTATION_ERRORS },
    authScopes: { admin: true },
    args: {
      userId: t.arg.globalID({ for: [UserRef], required: true }),
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const now = ctx.settings.now();
      return mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          const [links] = await ctx.graph.accounts.represents.outgoing(tx, [args.userId.id]);
          const claim = (links ?? []).find((l) => l.toKey === args.actorId.id);
          if (!claim)
            throw new NotFoundError('Representation', `${args.userId.id} → ${args.actorId.id}`);
          if (claim.status === 'APPROVED')
            throw new ConflictError('actorId', 'This representation is already approved');
          const link = { ...claim, status: 'APPROVED', since: now };
          await ctx.graph.accounts.represents.merge(tx, [link]);
          return link;
        }),
      );
    },
  }),
}));
