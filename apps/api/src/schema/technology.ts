import {
  DomainValidationError,
  milestoneCreateInput,
  newMilestone,
  newTechnology,
  technologyCreateInput,
} from '@kobling/domain';
import type { TechnologyStage } from '@kobling/domain';
import type { MilestoneRow, TechnologyRow } from '@kobling/graph';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { mapped, underArgument, validationError } from '../errors.ts';
import { parseIn } from '@kobling/use-cases';
import { TopicLinkRef } from './actor.ts';
import { MUTATION_ERRORS, compact, pageRequest, toConnection } from './common.ts';
import { TechnologyStageEnum } from './enums.ts';
import { loadAll } from './load.ts';
import { ActorRef, MilestoneRef, TechnologyRef } from './refs.ts';

MilestoneRef.implement({
  description: 'A dated step in the history of a technology',
  fields: (t) => ({
    stage: t.field({ type: TechnologyStageEnum, resolve: (m) => m.stage as TechnologyStage }),
    trl: t.exposeInt('trl'),
    at: t.field({ type: 'DateTime', resolve: (m) => m.at }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const linkedActors =
  (relation: 'originatedAt' | 'commercialisedBy' | 'supportedBy') =>
  async (tech: TechnologyRow, _args: object, ctx: Context) =>
    loadAll(
      ActorRef,
      ctx,
      (await ctx.loaders.outgoing(ctx.graph.technologies[relation], tech.id)).map((l) => l.toKey),
    );

TechnologyRef.implement({
  description: 'A technology on its way from disclosure to market',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    summary: t.exposeString('summary', { nullable: true }),
    trl: t.exposeInt('trl'),
    source: t.exposeString('source', {
      description: 'Where the row comes from ("synthetic" rows are illustrative, not facts)',
    }),
    sourceRef: t.exposeString('sourceRef', { nullable: true }),
    stage: t.field({ type: TechnologyStageEnum, resolve: (x) => x.stage as TechnologyStage }),
    milestones: t.field({
      type: [MilestoneRef],
      description: 'Oldest first',
      resolve: async (x, _args, ctx) => {
        const links = await ctx.loaders.outgoing(ctx.graph.technologies.milestones, x.id);
        const rows = await loadAll<MilestoneRow>(
          MilestoneRef,
          ctx,
          links.map((l) => l.toKey),
        );
        return rows.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
      },
    }),
    origins: t.field({ type: [ActorRef], resolve: linkedActors('originatedAt') }),
    companies: t.field({ type: [ActorRef], resolve: linkedActors('commercialisedBy') }),
    supporters: t.field({ type: [ActorRef], resolve: linkedActors('supportedBy') }),
    topics: t.field({
      type: [TopicLinkRef],
      resolve: (x, _args, ctx) => ctx.loaders.outgoing(ctx.graph.technologies.topics, x.id),
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (x) => x.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (x) => x.updatedAt }),
  }),
});

const TechnologyFilter = builder.inputType('TechnologyFilter', {
  fields: (t) => ({
    stages: t.field({ type: [TechnologyStageEnum] }),
    trlMin: t.int(),
    trlMax: t.int(),
    origins: t.globalIDList({
      for: [ActorRef],
      description: 'Originating research groups or institutions',
    }),
    text: t.string(),
  }),
});

builder.queryFields((t) => ({
  technology: t.field({
    type: TechnologyRef,
    nullable: true,
    args: { id: t.arg.globalID({ for: [TechnologyRef] }), slug: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      if (args.id) return args.id.id;
      if (args.slug)
        return ctx.graph.technologies.nodes.findKey(ctx.graph.runner, 'slug', args.slug);
      throw validationError(['id'], 'Give an id or a slug');
    },
  }),
  technologies: t.connection({
    type: TechnologyRef,
    description: 'Technologies by title, then id',
    args: { filter: t.arg({ type: TechnologyFilter }) },
    resolve: async (_root, args, ctx) => {
      const f = args.filter ?? {};
      for (const key of ['trlMin', 'trlMax'] as const) {
        const v = f[key];
        if (v != null && (v < 1 || v > 9))
          throw validationError(['filter', key], `TRL must be 1–9 (got ${v})`);
      }
      const page = await mapped(() =>
        ctx.graph.technologies.list(
          ctx.graph.runner,
          {
            stages: f.stages ?? [],
            trlMin: f.trlMin ?? 1,
            trlMax: f.trlMax ?? 9,
            origins: (f.origins ?? []).map((g) => g.id),
            text: f.text ?? '',
          },
          pageRequest(args),
        ),
      );
      return toConnection(page);
    },
  }),
}));

/** Representatives of the originating or commercialising actors, and admins, steward a technology. */
async function isSteward(ctx: Context, technologyId: string): Promise<boolean> {
  if (ctx.viewer.isAdmin) return true;
  const [origins, companies] = await Promise.all([
    ctx.loaders.outgoing(ctx.graph.technologies.originatedAt, technologyId),
    ctx.loaders.outgoing(ctx.graph.technologies.commercialisedBy, technologyId),
  ]);
  return ctx.access.representsAny([...origins, ...companies].map((l) => l.toKey));
}

const CreateTechnologyInput = builder.inputType('CreateTechnologyInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    slug: t.string(),
    summary: t.string(),
    trl: t.int({ required: true }),
    stage: t.field({ type: TechnologyStageEnum, description: 'DISCLOSURE when left out' }),
    originActorId: t.globalID({
      for: [ActorRef],
      description: 'The research group or institution it came from (required unless an admin)',
    }),
  }),
});

const MilestoneInput = builder.inputType('MilestoneInput', {
  fields: (t) => ({
    stage: t.field({ type: TechnologyStageEnum, required: true }),
    trl: t.int({ required: true }),
    at: t.field({ type: 'DateTime', required: true }),
    note: t.string(),
  }),
});

const TechnologyRelationEnum = builder.enumType('TechnologyRelation', {
  values: {
    ORIGIN: { description: 'The research group or institution it came from' },
    COMPANY: { description: 'The licensee or spin-off that takes it to market' },
    SUPPORTER: { description: 'A TTO, funder or investor that supported it' },
  },
});

const RELATION_STORE = {
  ORIGIN: 'originatedAt',
  COMPANY: 'commercialisedBy',
  SUPPORTER: 'supportedBy',
} as const;

builder.mutationFields((t) => ({
  createTechnology: t.field({
    type: TechnologyRef,
    description:
      'Register a technology with its first milestone (representatives of its origin, or admins)',
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: CreateTechnologyInput, required: true }) },
    authScopes: (_root, args) =>
      args.input.originActorId
        ? { $any: { admin: true, representsActor: args.input.originActorId.id } }
        : { admin: true },
    resolve: async (_root, args, ctx) => {
      const { originActorId, ...fields } = args.input;
      const now = ctx.settings.now();
      const parsed = parseIn(
        technologyCreateInput,
        { ...compact(fields), source: 'user' },
        'input',
      );
      let technology: TechnologyRow;
      let milestone: MilestoneRow;
      try {
        technology = newTechnology(parsed, now) as TechnologyRow;
        milestone = newMilestone(
          {
            stage: technology.stage as TechnologyStage,
            trl: technology.trl,
            at: now,
            note: 'Registered',
            source: 'user',
            sourceRef: null,
          },
          [],
          now,
        ) as MilestoneRow;
      } catch (error) {
        if (error instanceof DomainValidationError) throw underArgument(error, 'input');
        throw error;
      }
      return mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          if (originActorId) await ctx.graph.actors.nodes.require(tx, originActorId.id);
          await ctx.graph.technologies.nodes.create(tx, technology);
          const row = await ctx.graph.technologies.addMilestone(tx, technology.id, milestone, now);
          if (originActorId) {
            await ctx.graph.technologies.originatedAt.merge(tx, [
              { fromKey: technology.id, toKey: originActorId.id },
            ]);
          }
          return row;
        }),
      );
    },
  }),
  addMilestone: t.field({
    type: TechnologyRef,
    description:
      'Record a step: nothing after DROPPED, TRL 1–9, not in the future, never back in stage (the technology’s stewards or admins)',
    errors: { types: MUTATION_ERRORS },
    args: {
      technologyId: t.arg.globalID({ for: [TechnologyRef], required: true }),
      input: t.arg({ type: MilestoneInput, required: true }),
    },
    authScopes: async (_root, args, ctx) => isSteward(ctx, args.technologyId.id),
    resolve: async (_root, args, ctx) => {
      const parsed = parseIn(
        milestoneCreateInput,
        { ...compact(args.input), source: 'user' },
        'input',
      );
      const now = ctx.settings.now();
      return mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          await ctx.graph.technologies.nodes.require(tx, args.technologyId.id);
          const [history] = await ctx.graph.technologies.history(tx, [args.technologyId.id]);
          let milestone: MilestoneRow;
          try {
            milestone = newMilestone(
              parsed,
              (history ?? []).map((m) => ({
                stage: m.stage as TechnologyStage,
                trl: m.trl,
                at: m.at,
              })),
              now,
            ) as MilestoneRow;
          } catch (error) {
            if (error instanceof DomainValidationError) throw underArgument(error, 'input');
            throw error;
          }
          return ctx.graph.technologies.addMilestone(tx, args.technologyId.id, milestone, now);
        }),
      );
    },
  }),
  linkTechnologyActor: t.field({
    type: TechnologyRef,
    description:
      'Link a technology to its origin group, a company or a supporter (its stewards or admins)',
    errors: { types: MUTATION_ERRORS },
    args: {
      technologyId: t.arg.globalID({ for: [TechnologyRef], required: true }),
      actorId: t.arg.globalID({ for: [ActorRef], required: true }),
      relation: t.arg({ type: TechnologyRelationEnum, required: true }),
    },
    authScopes: async (_root, args, ctx) => isSteward(ctx, args.technologyId.id),
    resolve: (_root, args, ctx) =>
      mapped(() =>
        ctx.graph.runner.write(async (tx) => {
          const technology = await ctx.graph.technologies.nodes.require(tx, args.technologyId.id);
          await ctx.graph.actors.nodes.require(tx, args.actorId.id);
          await ctx.graph.technologies[RELATION_STORE[args.relation]].merge(tx, [
            { fromKey: technology.id, toKey: args.actorId.id },
          ]);
          return technology;
        }),
      ),
  }),
}));
