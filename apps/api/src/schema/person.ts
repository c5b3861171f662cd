import { setPersonListed, updateMyPerson } from '@kobling/use-cases';
import { builder } from '../builder.ts';
import { mapped, underInput } from '../errors.ts';
import { useCaseDeps } from '../use-case-deps.ts';
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

const UpdateMyPersonInput = builder.inputType('UpdateMyPersonInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    title: t.string({ description: 'Empty or null clears it' }),
    expertise: t.string({ description: 'Empty or null clears it' }),
  }),
});

builder.mutationFields((t) => ({
  updateMyPerson: t.field({
    type: PersonRef,
    description:
      "Edit the signed-in user's own person profile, or create it (linked to the account, unlisted until consent) when there is none",
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: UpdateMyPersonInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const { name, title, expertise } = args.input;
      const row = await underInput('input', () =>
        updateMyPerson(useCaseDeps(ctx), ctx.viewer, {
          name,
          title: title ?? null,
          expertise: expertise ?? null,
        }),
      );
      // The profile was made for the viewer in this request: they may read it in the response.
      ctx.access.grantOwnPerson(row.id);
      return row;
    },
  }),
  setPersonListed: t.field({
    type: PersonRef,
    description: 'Give or withdraw consent to be listed publicly (the person themself or an admin)',
    errors: { types: MUTATION_ERRORS },
    args: {
      personId: t.arg.globalID({ for: [PersonRef], required: true }),
      listed: t.arg.boolean({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        setPersonListed(useCaseDeps(ctx), ctx.viewer, {
          personId: args.personId.id,
          listed: args.listed,
        }),
      ),
  }),
}));
