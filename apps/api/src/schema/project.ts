import { builder } from '../builder.ts';
import { mapped } from '../errors.ts';
import { ProjectParticipationRef, TopicLinkRef } from './actor.ts';
import { pageRequest, toConnection } from './common.ts';
import { ActorRef, ProjectRef, TopicRef } from './refs.ts';

ProjectRef.implement({
  description: 'A collaborative R&D or innovation project',
  fields: (t) => ({
    title: t.exposeString('title'),
    summary: t.exposeString('summary', { nullable: true }),
    funder: t.exposeString('funder', { nullable: true }),
    startYear: t.exposeInt('startYear', { nullable: true }),
    endYear: t.exposeInt('endYear', { nullable: true }),
    source: t.exposeString('source', {
      description: 'Where the row comes from ("synthetic" rows are illustrative, not facts)',
    }),
    sourceRef: t.exposeString('sourceRef', { nullable: true }),
    participants: t.field({
      type: [ProjectParticipationRef],
      resolve: (p, _args, ctx) => ctx.loaders.incoming(ctx.graph.projects.participants, p.id),
    }),
    topics: t.field({
      type: [TopicLinkRef],
      resolve: (p, _args, ctx) => ctx.loaders.outgoing(ctx.graph.projects.topics, p.id),
    }),
  }),
});

const ProjectFilter = builder.inputType('ProjectFilter', {
  fields: (t) => ({
    participants: t.globalIDList({ for: [ActorRef] }),
    topics: t.globalIDList({ for: [TopicRef] }),
  }),
});

builder.queryFields((t) => ({
  projects: t.connection({
    type: ProjectRef,
    description: 'Projects by title, then id',
    args: { filter: t.arg({ type: ProjectFilter }) },
    resolve: async (_root, args, ctx) => {
      const f = args.filter ?? {};
      const page = await mapped(() =>
        ctx.graph.projects.list(
          ctx.graph.runner,
          {
            participants: (f.participants ?? []).map((g) => g.id),
            topics: (f.topics ?? []).map((g) => g.id),
          },
          pageRequest(args),
        ),
      );
      return toConnection(page);
    },
  }),
}));
