import { builder } from '../builder.ts';
import { mapped } from '../errors.ts';
import { TopicLinkRef } from './actor.ts';
import { MUTATION_ERRORS, pageRequest, toConnection } from './common.ts';
import { loadAll } from './load.ts';
import { ActorRef, PersonRef, TopicRef } from './refs.ts';

PersonRef.implement({
  description: 'A person working at an actor; listed publicly only with consent',
  // Defence in depth: rows reach this type only through loaders and lists that already apply
  // the rule, and this check fails any path that would not.
  authScopes: async (person, ctx) => ctx.access.canSeePerson(person),
  fields: (t) => ({
    name: t.exposeString('name'),
    title: t.exposeString('title', { nullable: true }),
    email: t.string({
      nullable: true,
      description:
        'Only to the person, the representatives of their actors and admins; null otherwise',
      authScopes: async (person, _args, ctx) => ctx.access.isPersonSteward(person),
      unauthorizedResolver: () => null,
      resolve: (p) => p.email,
    }),
    expertise: t.exposeString('expertise', { nullable: true }),
    listed: t.exposeBoolean('listed'),
    source: t.exposeString('source', {
      description: 'Where the row comes from ("synthetic" rows are illustrative, not facts)',
    }),
    sourceRef: t.exposeString('sourceRef', { nullable: true }),
    consentAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.consentAt }),
    worksAt: t.field({
      type: [ActorRef],
      resolve: async (p, _args, ctx) =>
        loadAll(
          ActorRef,
          ctx,
          (await ctx.loaders.outgoing(ctx.graph.people.worksAt, p.id)).map((l) => l.toKey),
        ),
    }),
    topics: t.field({
      type: [TopicLinkRef],
      resolve: (p, _args, ctx) => ctx.loaders.outgoing(ctx.graph.people.topics, p.id),
    }),
  }),
});

const PersonFilter = builder.inputType('PersonFilter', {
  fields: (t) => ({
    actors: t.globalIDList({ for: [ActorRef] }),
    topics: t.globalIDList({ for: [TopicRef] }),
    text: t.string(),
  }),
});

builder.queryFields((t) => ({
  people: t.connection({
    type: PersonRef,
    description: 'Listed people by name (admins also see unlisted ones)',
    args: { filter: t.arg({ type: PersonFilter }) },
    resolve: async (_root, args, ctx) => {
      const f = args.filter ?? {};
      const page = await mapped(() =>
        ctx.graph.people.list(
          ctx.graph.runner,
          {
            listedOnly: !ctx.viewer.isAdmin,
            actors: (f.actors ?? []).map((g) => g.id),
            topics: (f.topics ?? []).map((g) => g.id),
            text: f.text ?? '',
          },
          pageRequest(args),
        ),
      );
      return toConnection(page);
    },
  }),
}));

builder.mutationFields((t) => ({
  setPersonListed: t.field({
    type: PersonRef,
    description: 'Give or withdraw consent to be listed publicly (the person themself or an admin)',
    errors: { types: MUTATION_ERRORS },
    args: {
      personId: t.arg.globalID({ for: [PersonRef], required: true }),
      listed: t.arg.boolean({ required: true }),
    },
    authScopes: (_root, args, ctx) =>
      ctx.viewer.isAdmin || ctx.viewer.personId === args.personId.id,
    resolve: (_root, args, ctx) =>
      mapped(() =>
        ctx.graph.runner.write((tx) =>
          ctx.graph.people.setListed(tx, args.personId.id, args.listed, ctx.settings.now()),
        ),
      ),
  }),
}));
