import { builder } from '../builder.ts';
import { mapped } from '../errors.ts';
import { pageRequest, toConnection } from './common.ts';
import { oncePerVersion } from './per-version.ts';
import { loadAll } from './load.ts';
import { projectedNodes } from './projected-nodes.ts';
import { servedNode } from './projected.ts';
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
      resolve: async (x, _args, ctx, info) => {
        const nodes = await projectedNodes(ctx);
        // A topic the projection does not hold yet is read from the store.
        const held = nodes.projection.topic(x.id);
        const broaderId = held
          ? held.broaderId
          : ((await ctx.loaders.outgoing(ctx.graph.topics.broader, x.id))[0]?.toKey ?? null);
        return broaderId === null ? null : servedNode(info, nodes.topics, broaderId);
      },
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
      const filter = { text: f.text ?? '', rootsOnly: f.rootsOnly ?? false };
      const request = pageRequest(args);
      const page = await oncePerVersion(
        ctx,
        `topic.list ${JSON.stringify([filter, request])}`,
        () => mapped(() => ctx.graph.topics.list(ctx.graph.runner, filter, request)),
      );
      return toConnection(page);
    },
  }),
}));
