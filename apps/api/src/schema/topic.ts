import { builder } from '../builder.ts';
import { mapped } from '../errors.ts';
import { pageRequest, toConnection } from './common.ts';
import { loadAll } from './load.ts';
import { TopicRef } from './refs.ts';

TopicRef.implement({
  description: 'A node of the topic taxonomy',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    nameNb: t.exposeString('nameNb'),
    synonyms: t.stringList({ resolve: (x) => x.synonyms ?? [] }),
    actorCount: t.int({ resolve: (x) => x.actorCount ?? 0 }),
    broader: t.field({
      type: TopicRef,
      nullable: true,
      resolve: async (x, _args, ctx) =>
        (await ctx.loaders.outgoing(ctx.graph.topics.broader, x.id))[0]?.toKey ?? null,
    }),
    narrower: t.field({
      type: [TopicRef],
      resolve: async (x, _args, ctx) =>
        loadAll(
          TopicRef,
          ctx,
          (await ctx.loaders.incoming(ctx.graph.topics.broader, x.id)).map((l) => l.fromKey),
        ),
    }),
  }),
});

const TopicFilter = builder.inputType('TopicFilter', {
  fields: (t) => ({
    text: t.string({ description: 'Part of the English or bokmål name' }),
    rootsOnly: t.boolean({ description: 'Only topics with no broader topic' }),
  }),
});

builder.queryFields((t) => ({
  topics: t.connection({
    type: TopicRef,
    description: 'Topics by name, then id',
    args: { filter: t.arg({ type: TopicFilter }) },
    resolve: async (_root, args, ctx) => {
      const f = args.filter ?? {};
      const page = await mapped(() =>
        ctx.graph.topics.list(
          ctx.graph.runner,
          { text: f.text ?? '', rootsOnly: f.rootsOnly ?? false },
          pageRequest(args),
        ),
      );
      return toConnection(page);
    },
  }),
}));
