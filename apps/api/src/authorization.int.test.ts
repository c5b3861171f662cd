import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, mutate, openTestApi, snapshot } from './testing/fixture.ts';
import type { AsUser, TestApi } from './testing/fixture.ts';

/*
 * The authorization matrix: every role × every mutation on its own and on another's object,
 * and every private field read through actor, node(id), nodes and connections. Exactly the
 * allowed combinations get through; a denied mutation is a ForbiddenError that changes nothing.
 */

const OWN = 'actor:ask-energi-as';
const OTHER = 'actor:atmel-norway';
const CLUSTER = 'cluster:woodworks';
const CLUSTER_B = 'cluster:nce-instrumentation';
const OTHER_CLUSTER = 'cluster:nce-aquatech'; // managed by none of the roles

type Role =
  'visitor' | 'user' | 'member' | 'memberOfOther' | 'manager' | 'managerOfOther' | 'admin';
const ROLES: Role[] = [
  'visitor',
  'user',
  'member',
  'memberOfOther',
  'manager',
  'managerOfOther',
  'admin',
];

let t: TestApi;
const as = {} as Record<Role, AsUser>;
let techOwn: string;
let techOther: string;
let oppOwn: string;
let oppOther: string;
let introToOwn: string;
let introToOther: string;
let claimant: AsUser;

beforeAll(async () => {
  t = await openTestApi();
  as.visitor = { user: null, token: null };
  as.user = await t.makeUser();
  as.member = await t.makeUser({ represents: [OWN] });
  as.memberOfOther = await t.makeUser({ represents: ['actor:nordic-semiconductor'] });
  as.manager = await t.makeUser({ manages: [CLUSTER, CLUSTER_B] });
  as.managerOfOther = await t.makeUser({ manages: ['cluster:tequity'] });
  claimant = await t.makeUser({ claims: [OWN, OTHER] });
  await t.graph.runner.write(async (tx) => {
    await t.graph.clusters.setMembership(tx, OWN, CLUSTER, 'REQUESTED', Date.now(), 'MEMBER');
    await t.graph.clusters.setMembership(tx, OWN, CLUSTER_B, 'INVITED', Date.now(), 'MEMBER');
  });
  as.admin = await t.makeUser({ isAdmin: true });
  const tech = async (origin: string) => {
    const r = await mutate(
      t,
      'createTechnology',
      {
        decl: '$i: CreateTechnologyInput!',
        call: 'input: $i',
        variables: {
          i: { title: `Matrix tech ${origin}`, trl: 2, originActorId: gid('Actor', origin) },
        },
      },
      'id',
      as.admin,
    );
    return r.data!.id as string;
  };
  techOwn = await tech(OWN);
  techOther = await tech(OTHER);
  const opp = async (actor: string) => {
    const r = await mutate(
      t,
      'postOpportunity',
      {
        decl: '$a: ID!, $i: PostOpportunityInput!',
        call: 'actorId: $a, input: $i',
        variables: { a: gid('Actor', actor), i: { kind: 'NEED', title: 'Matrix need' } },
      },
      'id',
      as.admin,
    );
    return r.data!.id as string;
  };
  oppOwn = await opp(OWN);
  oppOther = await opp(OTHER);
  const intro = async (to: string) => {
    const r = await mutate(
      t,
      'requestIntroduction',
      {
        decl: '$i: RequestIntroductionInput!',
        call: 'input: $i',
        variables: {
          i: { fromActorId: gid('Actor', 'actor:sintef'), toActorId: gid('Actor', to) },
        },
      },
      'id',
      as.admin,
    );
    return r.data!.id as string;
  };
  introToOwn = await intro(OWN);
  introToOther = await intro(OTHER);
});
afterAll(async () => {
  await t.close();
});

interface Case {
  name: string;
  mutation: string;
  decl: string;
  call: string;
  /** Variables for the own object (the member's actor, the manager's cluster) and another's. */
  own: () => Record<string, unknown>;
  other: () => Record<string, unknown>;
  /** Roles allowed on the own object; on another's only the admin (and `otherAllowed`). */
  allowed: Role[];
  otherAllowed?: Role[];
  /** Puts the own object back in the state the case needs, before each call. */
  reset?: () => Promise<void>;
}

const actorVars = (actor: string) => ({ a: gid('Actor', actor) });
const membershipVars = (actor: string, cluster: string) => ({
  a: gid('Actor', actor),
  c: gid('Cluster', cluster),
});

const CASES: Case[] = [
  {
    name: 'create an actor',
    mutation: 'createActor',
    decl: '$i: CreateActorInput!',
    call: 'input: $i',
    own: () => ({ i: { kind: 'COMPANY', name: 'Matrix AS' } }),
    other: () => ({ i: { kind: 'COMPANY', name: 'Matrix Other AS' } }),
    allowed: ['user', 'member', 'memberOfOther', 'manager', 'managerOfOther', 'admin'],
    otherAllowed: ['user', 'member', 'memberOfOther', 'manager', 'managerOfOther', 'admin'],
  },
  {
    name: 'update an actor',
    mutation: 'updateActor',
    decl: '$a: ID!',
    call: 'id: $a, input: { employees: 12 }',
    own: () => actorVars(OWN),
    other: () => actorVars(OTHER),
    allowed: ['member', 'admin'],
  },
  {
    name: "set an actor's topics",
    mutation: 'setActorTopics',
    decl: '$a: ID!',
    call: `actorId: $a, topics: [{ topic: "${gid('Topic', 'topic:energy')}", weight: 0.5 }]`,
    own: () => actorVars(OWN),
    other: () => actorVars(OTHER),
    allowed: ['member', 'admin'],
  },
  {
    name: 'claim an actor',
    mutation: 'claimActor',
    decl: '$a: ID!',
    call: 'actorId: $a',
    own: () => actorVars(OWN),
    other: () => actorVars(OTHER),
    allowed: ['user', 'member', 'memberOfOther', 'manager', 'managerOfOther', 'admin'],
    otherAllowed: ['user', 'member', 'memberOfOther', 'manager', 'managerOfOther', 'admin'],
  },
  {
    name: 'approve a representation',
    mutation: 'approveRepresentation',
    decl: '$u: ID!, $a: ID!',
    call: 'userId: $u, actorId: $a',
    own: () => ({ u: gid('User', claimant.user!.id), a: gid('Actor', OWN) }),
    other: () => ({ u: gid('User', claimant.user!.id), a: gid('Actor', OTHER) }),
    allowed: ['admin'],
  },
  {
    name: 'request a membership',
    mutation: 'requestMembership',
    decl: '$a: ID!, $c: ID!',
    call: 'actorId: $a, clusterId: $c',
    own: () => membershipVars(OWN, CLUSTER),
    other: () => membershipVars(OTHER, CLUSTER),
    allowed: ['member', 'admin'],
  },
  {
    name: 'invite a member',
    mutation: 'inviteMember',
    decl: '$a: ID!, $c: ID!',
    call: 'actorId: $a, clusterId: $c',
    own: () => membershipVars('actor:sintef', CLUSTER),
    other: () => membershipVars('actor:sintef', OTHER_CLUSTER),
    allowed: ['manager', 'admin'],
  },
  {
    name: 'approve a membership request',
    mutation: 'approveMembership',
    decl: '$a: ID!, $c: ID!',
    call: 'actorId: $a, clusterId: $c',
    own: () => membershipVars(OWN, CLUSTER),
    other: () => membershipVars(OTHER, OTHER_CLUSTER),
    allowed: ['manager', 'admin'],
    reset: () =>
      t.graph.runner.write(
        async (tx) =>
          void (await t.graph.clusters.setMembership(
            tx,
            OWN,
            CLUSTER,
            'REQUESTED',
            Date.now(),
            'MEMBER',
          )),
      ),
  },
  {
    name: 'accept a membership invitation',
    mutation: 'approveMembership',
    decl: '$a: ID!, $c: ID!',
    call: 'actorId: $a, clusterId: $c',
    own: () => membershipVars(OWN, CLUSTER_B),
    other: () => membershipVars(OTHER, OTHER_CLUSTER),
    allowed: ['member', 'admin'],
    reset: () =>
      t.graph.runner.write(
        async (tx) =>
          void (await t.graph.clusters.setMembership(
            tx,
            OWN,
            CLUSTER_B,
            'INVITED',
            Date.now(),
            'MEMBER',
          )),
      ),
  },
  {
    name: 'remove a membership',
    mutation: 'removeMembership',
    decl: '$a: ID!, $c: ID!',
    call: 'actorId: $a, clusterId: $c',
    own: () => membershipVars(OWN, CLUSTER),
    other: () => membershipVars(OTHER, OTHER_CLUSTER),
    allowed: ['manager', 'admin'],
  },
  {
    name: 'assign a cluster manager',
    mutation: 'assignClusterManager',
    decl: '$u: ID!, $c: ID!',
    call: 'userId: $u, clusterId: $c',
    own: () => ({ u: gid('User', as.user.user!.id), c: gid('Cluster', CLUSTER) }),
    other: () => ({ u: gid('User', as.user.user!.id), c: gid('Cluster', OTHER_CLUSTER) }),
    allowed: ['admin'],
  },
  {
    name: 'create a technology',
    mutation: 'createTechnology',
    decl: '$a: ID!',
    call: 'input: { title: "Matrix T", trl: 3, originActorId: $a }',
    own: () => actorVars(OWN),
    other: () => actorVars(OTHER),
    allowed: ['member', 'admin'],
  },
  {
    name: 'add a milestone',
    mutation: 'addMilestone',
    decl: '$t: ID!, $at: DateTime!',
    call: 'technologyId: $t, input: { stage: EVALUATION, trl: 3, at: $at }',
    own: () => ({ t: techOwn, at: new Date().toISOString() }),
    other: () => ({ t: techOther, at: new Date().toISOString() }),
    allowed: ['member', 'admin'],
  },
  {
    name: 'link a technology',
    mutation: 'linkTechnologyActor',
    decl: '$t: ID!',
    call: `technologyId: $t, actorId: "${gid('Actor', 'actor:sintef')}", relation: SUPPORTER`,
    own: () => ({ t: techOwn }),
    other: () => ({ t: techOther }),
    allowed: ['member', 'admin'],
  },
  {
    name: 'post an opportunity',
    mutation: 'postOpportunity',
    decl: '$a: ID!',
    call: 'actorId: $a, input: { kind: OFFER, title: "Matrix offer" }',
    own: () => actorVars(OWN),
    other: () => actorVars(OTHER),
    allowed: ['member', 'admin'],
  },
  {
    name: 'close an opportunity',
    mutation: 'closeOpportunity',
    decl: '$o: ID!',
    call: 'id: $o',
    own: () => ({ o: oppOwn }),
    other: () => ({ o: oppOther }),
    allowed: ['member', 'admin'],
  },
  {
    name: 'request an introduction',
    mutation: 'requestIntroduction',
    decl: '$a: ID!',
    call: `input: { fromActorId: $a, toActorId: "${gid('Actor', 'actor:ntnu')}" }`,
    own: () => actorVars(OWN),
    other: () => actorVars(OTHER),
    allowed: ['member', 'admin'],
  },
  {
    name: 'answer an introduction',
    mutation: 'respondToIntroduction',
    decl: '$i: ID!',
    call: 'id: $i, accept: true',
    own: () => ({ i: introToOwn }),
    other: () => ({ i: introToOther }),
    allowed: ['member'],
    otherAllowed: [],
  },
  {
    name: 'record an outcome',
    mutation: 'recordIntroductionOutcome',
    decl: '$i: ID!',
    call: 'id: $i, outcome: "MEETING"',
    own: () => ({ i: introToOwn }),
    other: () => ({ i: introToOther }),
    allowed: ['member', 'admin'],
  },
];

describe.each(CASES)('$name', (c) => {
  it.each(
    ROLES.flatMap(
      (role) =>
        [
          [role, 'own'],
          [role, 'other'],
        ] as const,
    ),
  )('%s on %s', async (role, which) => {
    const allowed = which === 'own' ? c.allowed : (c.otherAllowed ?? ['admin']);
    const variables = which === 'own' ? c.own() : c.other();
    await c.reset?.();
    const before = await snapshot(t.graph);
    const r = await mutate(
      t,
      c.mutation,
      { decl: c.decl, call: c.call, variables },
      '__typename',
      as[role],
    );
    expect(r.errors).toBeUndefined();
    if (allowed.includes(role)) {
      expect(r.typename).not.toBe('ForbiddenError');
    } else {
      expect(r.typename).toBe('ForbiddenError');
      expect(await snapshot(t.graph)).toBe(before);
    }
  });
});

describe('consent to be listed (the person themself or an admin)', () => {
  it.each([
    ['self', true],
    ['admin', true],
    ['member of their actor', false],
    ['visitor', false],
    ['user', false],
  ] as const)('%s → allowed %s', async (who, allowed) => {
    const caller =
      who === 'self'
        ? await t.makeUser({ personId: 'person:silje-askenes' })
        : who === 'member of their actor'
          ? await t.makeUser({ represents: ['actor:ntnu-itk'] })
          : as[who];
    const r = await mutate(
      t,
      'setPersonListed',
      {
        decl: '$p: ID!',
        call: 'personId: $p, listed: false',
        variables: { p: gid('Person', 'person:silje-askenes') },
      },
      'listed',
      caller,
    );
    expect(r.typename === 'ForbiddenError').toBe(!allowed);
  });
});

/* Reading private data through every path. */

const UNLISTED = 'person:marte-heggedal'; // works at actor:ntnu-itk, not listed
const PRIVATE_OPP = 'opportunity:008-seeking-a-pilot-customer-for-fisheries'; // posted by vind-oppdrettsteknologi-as

type Reader = 'visitor' | 'user' | 'repOfEmployer' | 'repOfOther' | 'self' | 'admin';
let LISTED = '';
const READERS: Reader[] = ['visitor', 'user', 'repOfEmployer', 'repOfOther', 'self', 'admin'];
const readers = {} as Record<Reader, AsUser>;

beforeAll(async () => {
  readers.visitor = as.visitor;
  readers.user = as.user;
  LISTED = 'person:sindre-graneberg';
  const [employers] = await t.graph.people.worksAt.outgoing(t.graph.runner, [LISTED]);
  readers.repOfEmployer = await t.makeUser({
    represents: [
      'actor:ntnu-itk',
      'actor:vind-oppdrettsteknologi-as',
      ...(employers ?? []).map((l) => l.toKey),
    ],
  });
  readers.repOfOther = as.memberOfOther;
  readers.self = await t.makeUser({ personId: UNLISTED });
  readers.admin = as.admin;
});

const PERSON = '{ id name email }';

const PERSON_PATHS: Record<
  string,
  (r: Reader) => Promise<{ name: string; email: string | null } | null>
> = {
  actor: async (r) => {
    const { body } = await t.gql(
      `{ actor(slug: "ntnu-itk") { people ${PERSON} } }`,
      {},
      readers[r],
    );
    const people = (
      body.data?.actor as { people: { id: string; name: string; email: string | null }[] }
    ).people;
    return people.find((p) => p.id === gid('Person', UNLISTED)) ?? null;
  },
  node: async (r) => {
    const { body } = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Person ${PERSON} } }`,
      { id: gid('Person', UNLISTED) },
      readers[r],
    );
    return (body.data?.node as { name: string; email: string | null } | null) ?? null;
  },
  nodes: async (r) => {
    const { body } = await t.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Person ${PERSON} } }`,
      { ids: [gid('Person', UNLISTED)] },
      readers[r],
    );
    return (
      ((body.data?.nodes as unknown[])[0] as { name: string; email: string | null } | null) ?? null
    );
  },
  connection: async (r) => {
    const { body } = await t.gql(
      `query($a: ID!) { people(first: 100, filter: { actors: [$a] }) { edges { node ${PERSON} } } }`,
      { a: gid('Actor', 'actor:ntnu-itk') },
      readers[r],
    );
    const edges = (
      body.data?.people as { edges: { node: { id: string; name: string; email: string | null } }[] }
    ).edges;
    return edges.find((e) => e.node.id === gid('Person', UNLISTED))?.node ?? null;
  },
};

describe('an unlisted person and their email', () => {
  const sees: Reader[] = ['repOfEmployer', 'self', 'admin'];
  // The people list shows listed people only (admins all); the others reach them by id.
  const inList: Reader[] = ['admin'];
  it.each(READERS.flatMap((r) => Object.keys(PERSON_PATHS).map((p) => [r, p] as const)))(
    '%s through %s',
    async (reader, path) => {
      const person = await PERSON_PATHS[path]!(reader);
      const visible = path === 'connection' ? inList.includes(reader) : sees.includes(reader);
      if (!visible) {
        expect(person).toBeNull();
        return;
      }
      expect(person?.email).toMatch(/@/);
    },
  );

  it.each(READERS)(
    'a listed person is public but their email only to stewards: %s',
    async (reader) => {
      const { body } = await t.gql(
        `query($id: ID!) { node(id: $id) { ... on Person { listed email } } }`,
        { id: gid('Person', LISTED) },
        readers[reader],
      );
      expect(body.data?.node).toMatchObject({ listed: true });
      const showsEmail = ['repOfEmployer', 'admin'].includes(reader);
      expect((body.data?.node as { email: string | null }).email !== null).toBe(showsEmail);
    },
  );
});

const OPP = '{ id title visibility }';
const OPPORTUNITY_PATHS: Record<string, (r: Reader) => Promise<unknown>> = {
  actor: async (r) => {
    const { body } = await t.gql(
      `{ actor(slug: "vind-oppdrettsteknologi-as") { opportunities ${OPP} } }`,
      {},
      readers[r],
    );
    return (
      (body.data?.actor as { opportunities: { id: string }[] }).opportunities.find(
        (o) => o.id === gid('Opportunity', PRIVATE_OPP),
      ) ?? null
    );
  },
  node: async (r) => {
    const { body } = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Opportunity ${OPP} } }`,
      { id: gid('Opportunity', PRIVATE_OPP) },
      readers[r],
    );
    return body.data?.node ?? null;
  },
  nodes: async (r) => {
    const { body } = await t.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Opportunity ${OPP} } }`,
      { ids: [gid('Opportunity', PRIVATE_OPP)] },
      readers[r],
    );
    return (body.data?.nodes as unknown[])[0] ?? null;
  },
  connection: async (r) => {
    const { body } = await t.gql(
      `query($a: ID!) { opportunities(first: 100, filter: { postedBy: [$a] }) { edges { node ${OPP} } } }`,
      { a: gid('Actor', 'actor:vind-oppdrettsteknologi-as') },
      readers[r],
    );
    return (
      (body.data?.opportunities as { edges: { node: { id: string } }[] }).edges.find(
        (e) => e.node.id === gid('Opportunity', PRIVATE_OPP),
      ) ?? null
    );
  },
};

describe('a PRIVATE opportunity', () => {
  it.each(READERS.flatMap((r) => Object.keys(OPPORTUNITY_PATHS).map((p) => [r, p] as const)))(
    '%s through %s',
    async (reader, path) => {
      // Lists show the public and the viewer's own; an admin reaches any by id or through the actor.
      const allowed = path === 'connection' ? ['repOfEmployer'] : ['repOfEmployer', 'admin'];
      const found = await OPPORTUNITY_PATHS[path]!(reader);
      expect(found !== null).toBe(allowed.includes(reader));
    },
  );
});

describe('introductions and accounts', () => {
  it.each(READERS)('an introduction by id: %s', async (reader) => {
    const { body } = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Introduction { status } } }`,
      { id: introToOwn },
      readers[reader],
    );
    expect(body.data?.node !== null).toBe(reader === 'admin');
  });

  it('the introductions list shows only the viewer’s own; visitors are refused', async () => {
    const { body } = await t.gql(
      '{ introductions { edges { node { id receiver { id } } } } }',
      {},
      as.member,
    );
    const ids = (body.data?.introductions as { edges: { node: { id: string } }[] }).edges.map(
      (e) => e.node.id,
    );
    expect(ids).toContain(introToOwn);
    expect(ids).not.toContain(introToOther);
    const visitor = await t.gql('{ introductions { edges { node { id } } } }');
    expect(visitor.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['self', true],
    ['other user', false],
    ['admin', true],
    ['visitor', false],
  ] as const)('a user account by id: %s', async (who, visible) => {
    const target = as.member.user!;
    const caller =
      who === 'self'
        ? as.member
        : who === 'other user'
          ? as.user
          : who === 'admin'
            ? as.admin
            : as.visitor;
    const { body } = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on User { email } } }`,
      { id: gid('User', target.id) },
      caller,
    );
    expect(body.data?.node !== null).toBe(visible);
  });

  it('pending memberships show only to the actor, the cluster managers and admins', async () => {
    // cluster:ocean-autonomy has INVITED members in the seed
    const q = '{ cluster(slug: "ocean-autonomy") { members { status } } }';
    const statuses = async (caller: AsUser) => {
      const { body } = await t.gql(q, {}, caller);
      return new Set(
        (body.data?.cluster as { members: { status: string }[] }).members.map((m) => m.status),
      );
    };
    expect([...(await statuses(as.visitor))]).toEqual(['ACTIVE']);
    const manager = await t.makeUser({ manages: ['cluster:ocean-autonomy'] });
    expect((await statuses(manager)).has('INVITED')).toBe(true);
  });
});
