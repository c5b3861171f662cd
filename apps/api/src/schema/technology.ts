import { TRL_MAX, TRL_MIN, trlError } from '@kobling/domain';
import { addMilestone, createTechnology, linkTechnologyActor } from '@kobling/use-cases';
import type { MilestoneRow, TechnologyRow } from '@kobling/graph';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { mapped, underInput, validationError } from '../errors.ts';
import { useCaseDeps } from '../use-case-deps.ts';
import { TopicLinkRef } from './actor.ts';
import { MUTATION_ERRORS, pageRequest, toConnection } from './common.ts';
import { TechnologyStageEnum } from './enums.ts';
import { loadAll } from './load.ts';
import { ActorRef, MilestoneRef, TechnologyRef } from './refs.ts';

MilestoneRef.implement({
  description: 'A dated step in the history of a technology',
  fields: (t) => ({
    stage: t.field({ type: TechnologyStageEnum, resolve: (m) => m.stage }),
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
    stage: t.field({ type: TechnologyStageEnum, resolve: (x) => x.stage }),
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
        const message = v == null ? null : trlError(v);
        if (message !== null) throw validationError(['filter', key], message);
      }
      const page = await mapped(() =>
        ctx.graph.technologies.list(
          ctx.graph.runner,
          {
            stages: f.stages ?? [],
            trlMin: f.trlMin ?? TRL_MIN,
            trlMax: f.trlMax ?? TRL_MAX,
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

// Thin adapters: arguments in, the use case (which authorizes, checks and writes), typed errors out.
builder.mutationFields((t) => ({
  createTechnology: t.field({
    type: TechnologyRef,
    description:
      'Register a technology with its first milestone (representatives of its origin, or admins)',
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: CreateTechnologyInput, required: true }) },
    resolve: (_root, args, ctx) => {
      const { originActorId, ...fields } = args.input;
      return underInput('input', () =>
        createTechnology(useCaseDeps(ctx), ctx.viewer, {
          originActorId: originActorId?.id ?? null,
          fields,
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
    resolve: (_root, args, ctx) =>
      underInput('input', () =>
        addMilestone(useCaseDeps(ctx), ctx.viewer, {
          technologyId: args.technologyId.id,
          milestone: args.input,
        }),
      ),
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
    resolve: (_root, args, ctx) =>
      mapped(() =>
        linkTechnologyActor(useCaseDeps(ctx), ctx.viewer, {
          technologyId: args.technologyId.id,
          actorId: args.actorId.id,
          relation: args.relation,
        }),
      ),
  }),
}));
