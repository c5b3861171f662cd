import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, mutate, openTestApi, snapshot } from './testing/fixture.ts';
import type { AsUser, TestApi } from './testing/fixture.ts';

/*
 * Every mutation: its success, each typed failure, and that a rejected one changes nothing in
 * the store (row counts of every label, outbox included, and the touched rows are equal).
 */

let t: TestApi;
let admin: AsUser;
let rep: AsUser; // represents actor:ask-energi-as
let plain: AsUser;

const ASK = 'actor:ask-energi-as';
const NTNU = 'actor:ntnu';

beforeAll(async () => {
  t = await openTestApi();
  admin = await t.makeUser({ isAdmin: true });
  rep = await t.makeUser({ represents: [ASK] });
  plain = await t.makeUser();
});
afterAll(async () => {
  await t.close();
});

const actorRow = (id: string) => () => t.graph.actors.nodes.get(t.graph.runner, id);

/** Runs a mutation expected to fail and checks the store is unchanged. */
async function rejected(run: () => ReturnType<typeof mutate>, probe?: () => Promise<unknown>) {
  const before = await snapshot(t.graph, probe);
  const outcome = await run();
  expect(await snapshot(t.graph, probe)).toBe(before);
  return outcome;
}

describe('actors', () => {
  const create = (input: Record<string, unknown>, as: AsUser) =>
    mutate(
      t,
      'createActor',
      { decl: '$input: CreateActorInput!', call: 'input: $input', variables: { input } },
      'id name slug helix municipality { code }',
      as,
    );

  it('creates an actor with a derived slug, default helix and municipality; the creator claims it', async () => {
    const r = await create(
      {
        kind: 'COMPANY',
        name: 'Fjord Sensorikk AS',
        municipalityCode: '5001',
        orgNumber: '923609016',
      },
      plain,
    );
    expect(r.typename).toBe('MutationCreateActorSuccess');
    expect(r.data).toMatchObject({
      name: 'Fjord Sensorikk AS',
      slug: 'fjord-sensorikk-as',
      helix: 'INDUSTRY',
      municipality: { code: '5001' },
    });
    const [links] = await t.graph.accounts.represents.outgoing(t.graph.runner, [plain.user!.id]);
    expect(links?.map((l) => l.status)).toEqual(['CLAIMED']);
  });

  it('rejects bad fields with a ValidationError naming each one, and writes nothing', async () => {
    const r = await rejected(() =>
      create(
        {
          kind: 'RESEARCH_GROUP',
          name: ' ',
          orgNumber: '123456789',
          website: 'nope',
          stage: 'STARTUP',
        },
        plain,
      ),
    );
    expect(r.typename).toBe('ValidationError');
    const paths = r.fields!.map((f) => f.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['input.name', 'input.orgNumber', 'input.website', 'input.stage']),
    );
  });

  it('rejects a bad municipality code', async () => {
    const r = await rejected(() =>
      create({ kind: 'COMPANY', name: 'X AS', municipalityCode: '12' }, plain),
    );
    expect(r.typename).toBe('ValidationError');
    expect(r.fields?.[0]?.path).toEqual(['input', 'municipalityCode']);
  });

  it('answers a duplicate org number with a ConflictError and writes nothing', async () => {
    const r = await rejected(() =>
      create({ kind: 'COMPANY', name: 'Another Name AS', orgNumber: '923609016' }, plain),
    );
    expect(r.typename).toBe('ConflictError');
    expect(r.field).toBe('orgNumber');
  });

  it('an unknown municipality is a NotFoundError and writes nothing', async () => {
    const r = await rejected(() =>
      create({ kind: 'COMPANY', name: 'Nowhere AS', municipalityCode: '5006' }, plain),
    );
    expect(r.typename).toBe('NotFoundError');
  });

  it('visitors cannot create actors (ForbiddenError)', async () => {
    const r = await rejected(() =>
      create({ kind: 'COMPANY', name: 'Anon AS' }, { user: null, token: null }),
    );
    expect(r.typename).toBe('ForbiddenError');
  });

  const update = (id: string, input: Record<string, unknown>, as: AsUser) =>
    mutate(
      t,
      'updateActor',
      {
        decl: '$id: ID!, $input: UpdateActorInput!',
        call: 'id: $id, input: $input',
        variables: { id: gid('Actor', id), input },
      },
      'id name employees website stage',
      as,
    );

  it('a representative updates the actor, null clears a field, edits are remembered', async () => {
    const r = await update(ASK, { employees: 42, website: null, stage: 'SCALEUP' }, rep);
    expect(r.typename).toBe('MutationUpdateActorSuccess');
    expect(r.data).toMatchObject({ employees: 42, website: null, stage: 'SCALEUP' });
    const row = await actorRow(ASK)();
    expect(row?.editedFields).toEqual(['employees', 'stage', 'website']);
  });

  it('rejects an update that breaks a rule across fields, an empty update, and an unknown actor', async () => {
    const stage = await rejected(() => update(NTNU, { stage: 'STARTUP' }, admin), actorRow(NTNU));
    expect(stage.typename).toBe('ValidationError');
    expect(stage.fields?.[0]?.path).toEqual(['input', 'stage']);
    const empty = await rejected(() => update(ASK, {}, rep), actorRow(ASK));
    expect(empty.typename).toBe('ValidationError');
    const missing = await rejected(() => update('actor:nope', { name: 'X' }, admin));
    expect(missing.typename).toBe('NotFoundError');
  });

  it('a slug taken by another actor is a ConflictError', async () => {
    const r = await rejected(() => update(ASK, { slug: 'ntnu' }, rep), actorRow(ASK));
    expect(r.typename).toBe('ConflictError');
    expect(r.field).toBe('slug');
  });

  const setTopics = (actorId: string, topics: { topic: string; weight: number }[], as: AsUser) =>
    mutate(
      t,
      'setActorTopics',
      {
        decl: '$actorId: ID!, $topics: [TopicWeightInput!]!',
        call: 'actorId: $actorId, topics: $topics',
        variables: { actorId: gid('Actor', actorId), topics },
      },
      'topics { weight topic { slug actorCount } }',
      as,
    );

  it('replaces the topics (mixed whole and fractional weights) and keeps topic actor counts current', async () => {
    const before = await t.graph.topics.nodes.get(t.graph.runner, 'topic:ocean-autonomy');
    const r = await setTopics(
      ASK,
      [
        { topic: gid('Topic', 'topic:ocean-autonomy'), weight: 1 },
        { topic: gid('Topic', 'topic:energy'), weight: 0.5 },
      ],
      rep,
    );
    expect(r.typename).toBe('MutationSetActorTopicsSuccess');
    const topics = r.data!.topics as {
      weight: number;
      topic: { slug: string; actorCount: number };
    }[];
    expect(topics.map((x) => x.topic.slug).sort()).toEqual(['energy', 'ocean-autonomy']);
    expect(topics.find((x) => x.topic.slug === 'ocean-autonomy')?.topic.actorCount).toBe(
      (before?.actorCount ?? 0) + 1,
    );
  });

  it('rejects weights outside 0–1, duplicates and unknown topics, changing nothing', async () => {
    const links = () => t.graph.actors.topics.outgoing(t.graph.runner, [ASK]);
    const weight = await rejected(
      () => setTopics(ASK, [{ topic: gid('Topic', 'topic:energy'), weight: 2 }], rep),
      links,
    );
    expect(weight.typename).toBe('ValidationError');
    expect(weight.fields?.[0]?.path).toEqual(['topics', '0', 'weight']);
    const twice = await rejected(
      () =>
        setTopics(
          ASK,
          [
            { topic: gid('Topic', 'topic:energy'), weight: 1 },
            { topic: gid('Topic', 'topic:energy'), weight: 0.2 },
          ],
          rep,
        ),
      links,
    );
    expect(twice.typename).toBe('ValidationError');
    const unknown = await rejected(
      () => setTopics(ASK, [{ topic: gid('Topic', 'topic:nope'), weight: 1 }], rep),
      links,
    );
    expect(unknown.typename).toBe('NotFoundError');
  });
});

describe('representation', () => {
  const claim = (actorId: string, as: AsUser) =>
    mutate(
      t,
      'claimActor',
      {
        decl: '$actorId: ID!',
        call: 'actorId: $actorId, role: "CEO"',
        variables: { actorId: gid('Actor', actorId) },
      },
      'status role actor { id }',
      as,
    );
  const approve = (userId: string, actorId: string, as: AsUser) =>
    mutate(
      t,
      'approveRepresentation',
      {
        decl: '$userId: ID!, $actorId: ID!',
        call: 'userId: $userId, actorId: $actorId',
        variables: { userId: gid('User', userId), actorId: gid('Actor', actorId) },
      },
      'status',
      as,
    );

  it('claim → CLAIMED, admin approval → APPROVED, and then the user acts as a member', async () => {
    const u = await t.makeUser();
    expect((await claim('actor:ntnu-itk', u)).data).toMatchObject({
      status: 'CLAIMED',
      role: 'CEO',
    });
    const again = await rejected(() => claim('actor:ntnu-itk', u));
    expect(again.typename).toBe('ConflictError');
    expect((await approve(u.user!.id, 'actor:ntnu-itk', admin)).data).toMatchObject({
      status: 'APPROVED',
    });
    expect((await rejected(() => approve(u.user!.id, 'actor:ntnu-itk', admin))).typename).toBe(
      'ConflictError',
    );
    const { body } = await t.gql('{ viewer { roles } }', {}, u);
    expect(body.data?.viewer).toEqual({ roles: ['USER', 'MEMBER'] });
  });

  it('claiming an unknown actor is NotFound; approving a claim that does not exist is NotFound', async () => {
    expect((await rejected(() => claim('actor:nope', plain))).typename).toBe('NotFoundError');
    expect((await rejected(() => approve(plain.user!.id, NTNU, admin))).typename).toBe(
      'NotFoundError',
    );
  });

  it('the admin sees pending claims', async () => {
    const u = await t.makeUser({ claims: ['actor:sintef'] });
    const { body } = await t.gql(
      '{ representationClaims { status actor { id } user { id } } }',
      {},
      admin,
    );
    const claims = body.data?.representationClaims as { user: { id: string } }[];
    expect(claims.some((c) => c.user.id === gid('User', u.user!.id))).toBe(true);
  });
});

describe('cluster membership', () => {
  const CLUSTER = 'cluster:tequity';
  const call = (name: string, actorId: string, as: AsUser) =>
    mutate(
      t,
      name,
      {
        decl: '$a: ID!, $c: ID!',
        call: 'actorId: $a, clusterId: $c',
        variables: { a: gid('Actor', actorId), c: gid('Cluster', CLUSTER) },
      },
      'status role actor { id } cluster { id }',
      as,
    );
  const link = (actorId: string) => () =>
    t.graph.clusters.membership(t.graph.runner, actorId, CLUSTER);

  it('request → REQUESTED → manager approves → ACTIVE → remove → REMOVED', async () => {
    const manager = await t.makeUser({ manages: [CLUSTER] });
    expect((await call('requestMembership', ASK, rep)).data).toMatchObject({ status: 'REQUESTED' });
    expect((await rejected(() => call('requestMembership', ASK, rep), link(ASK))).typename).toBe(
      'ConflictError',
    );
    // the requesting side cannot approve its own request
    const self = await rejected(() => call('approveMembership', ASK, rep), link(ASK));
    expect(self.typename).toBe('ForbiddenError');
    expect((await call('approveMembership', ASK, manager)).data).toMatchObject({
      status: 'ACTIVE',
    });
    expect(
      (await rejected(() => call('approveMembership', ASK, manager), link(ASK))).typename,
    ).toBe('ConflictError');
    expect((await call('removeMembership', ASK, manager)).data).toMatchObject({
      status: 'REMOVED',
    });
    expect((await rejected(() => call('removeMembership', ASK, manager), link(ASK))).typename).toBe(
      'ConflictError',
    );
  });

  it('invite → INVITED → the actor accepts → ACTIVE; the manager cannot accept for it', async () => {
    const manager = await t.makeUser({ manages: [CLUSTER] });
    const invitee = await t.makeUser({ represents: ['actor:nordic-semiconductor'] });
    expect((await call('inviteMember', 'actor:nordic-semiconductor', manager)).data).toMatchObject({
      status: 'INVITED',
      role: 'MEMBER',
    });
    const forManager = await rejected(
      () => call('approveMembership', 'actor:nordic-semiconductor', manager),
      link('actor:nordic-semiconductor'),
    );
    expect(forManager.typename).toBe('ForbiddenError');
    expect(
      (await call('approveMembership', 'actor:nordic-semiconductor', invitee)).data,
    ).toMatchObject({ status: 'ACTIVE' });
  });

  it('approving or removing a membership that does not exist is NotFound; an unknown cluster too', async () => {
    expect((await rejected(() => call('approveMembership', NTNU, admin))).typename).toBe(
      'NotFoundError',
    );
    expect((await rejected(() => call('removeMembership', NTNU, admin))).typename).toBe(
      'NotFoundError',
    );
    const r = await rejected(() =>
      mutate(
        t,
        'requestMembership',
        {
          decl: '$a: ID!, $c: ID!',
          call: 'actorId: $a, clusterId: $c',
          variables: { a: gid('Actor', NTNU), c: gid('Cluster', 'cluster:nope') },
        },
        'status',
        admin,
      ),
    );
    expect(r.typename).toBe('NotFoundError');
  });

  it('an admin assigns a cluster manager', async () => {
    const u = await t.makeUser();
    const r = await mutate(
      t,
      'assignClusterManager',
      {
        decl: '$u: ID!, $c: ID!',
        call: 'userId: $u, clusterId: $c',
        variables: { u: gid('User', u.user!.id), c: gid('Cluster', CLUSTER) },
      },
      'id',
      admin,
    );
    expect(r.typename).toBe('MutationAssignClusterManagerSuccess');
    const { body } = await t.gql('{ viewer { roles user { managedClusters { slug } } } }', {}, u);
    expect(body.data?.viewer).toEqual({
      roles: ['USER', 'CLUSTER_MANAGER'],
      user: { managedClusters: [{ slug: 'tequity' }] },
    });
  });
});

describe('technologies', () => {
  const create = (input: Record<string, unknown>, as: AsUser) =>
    mutate(
      t,
      'createTechnology',
      { decl: '$input: CreateTechnologyInput!', call: 'input: $input', variables: { input } },
      'id slug stage trl milestones { stage trl } origins { id }',
      as,
    );
  const milestone = (techId: string, input: Record<string, unknown>, as: AsUser) =>
    mutate(
      t,
      'addMilestone',
      {
        decl: '$id: ID!, $input: MilestoneInput!',
        call: 'technologyId: $id, input: $input',
        variables: { id: techId, input },
      },
      'stage trl milestones { stage }',
      as,
    );
  const groupRep = () => t.makeUser({ represents: ['actor:ntnu-itk'] });

  it('creates with a first milestone and its origin, adds milestones, links a company and a supporter', async () => {
    const u = await groupRep();
    const r = await create(
      { title: 'Fjordlys sensor', trl: 3, originActorId: gid('Actor', 'actor:ntnu-itk') },
      u,
    );
    expect(r.typename).toBe('MutationCreateTechnologySuccess');
    expect(r.data).toMatchObject({
      slug: 'fjordlys-sensor',
      stage: 'DISCLOSURE',
      trl: 3,
      milestones: [{ stage: 'DISCLOSURE', trl: 3 }],
      origins: [{ id: gid('Actor', 'actor:ntnu-itk') }],
    });
    const id = r.data!.id as string;
    const m = await milestone(
      id,
      { stage: 'PROTECTION', trl: 4, at: new Date().toISOString(), note: 'Patent filed' },
      u,
    );
    expect(m.data).toMatchObject({
      stage: 'PROTECTION',
      trl: 4,
      milestones: [{ stage: 'DISCLOSURE' }, { stage: 'PROTECTION' }],
    });
    for (const [relation, actor] of [
      ['COMPANY', ASK],
      ['SUPPORTER', 'actor:sintef'],
    ] as const) {
      const l = await mutate(
        t,
        'linkTechnologyActor',
        {
          decl: '$id: ID!, $a: ID!',
          call: `technologyId: $id, actorId: $a, relation: ${relation}`,
          variables: { id, a: gid('Actor', actor) },
        },
        'companies { id } supporters { id }',
        u,
      );
      expect(l.typename).toBe('MutationLinkTechnologyActorSuccess');
    }
    const { body } = await t.gql(
      'query($id: ID!) { node(id: $id) { ... on Technology { companies { id } supporters { id } } } }',
      { id },
    );
    expect(body.data?.node).toEqual({
      companies: [{ id: gid('Actor', ASK) }],
      supporters: [{ id: gid('Actor', 'actor:sintef') }],
    });
  });

  it('rejects a bad TRL at creation and a duplicate slug', async () => {
    const u = await groupRep();
    const trl = await rejected(() =>
      create({ title: 'Bad TRL', trl: 12, originActorId: gid('Actor', 'actor:ntnu-itk') }, u),
    );
    expect(trl.typename).toBe('ValidationError');
    expect(trl.fields?.[0]?.path).toEqual(['input', 'trl']);
    const dup = await rejected(() =>
      create(
        { title: 'Fjordlys sensor', trl: 3, originActorId: gid('Actor', 'actor:ntnu-itk') },
        u,
      ),
    );
    expect(dup.typename).toBe('ConflictError');
  });

  it('milestone rules: nothing after DROPPED, TRL 1–9, not in the future, never back; each a ValidationError that changes nothing', async () => {
    const dropped = gid('Technology', 'technology:spin-wave-logic-gate');
    const after = await rejected(() =>
      milestone(dropped, { stage: 'EVALUATION', trl: 3, at: new Date().toISOString() }, admin),
    );
    expect(after.typename).toBe('ValidationError');
    expect(after.fields?.map((f) => f.path.join('.'))).toContain('input.stage');
    const blueye = gid('Technology', 'technology:blueye-underwater-drones');
    const trl = await rejected(() =>
      milestone(blueye, { stage: 'ON_MARKET', trl: 10, at: new Date().toISOString() }, admin),
    );
    expect(trl.fields?.map((f) => f.path.join('.'))).toEqual(['input.trl']);
    const back = await rejected(() =>
      milestone(
        blueye,
        { stage: 'EVALUATION', trl: 5, at: new Date(Date.now() + 86_400_000).toISOString() },
        admin,
      ),
    );
    expect(back.fields?.map((f) => f.path.join('.')).sort()).toEqual(['input.at', 'input.stage']);
    const missing = await rejected(() =>
      milestone(
        gid('Technology', 'technology:nope'),
        { stage: 'EVALUATION', trl: 3, at: new Date().toISOString() },
        admin,
      ),
    );
    expect(missing.typename).toBe('NotFoundError');
  });
});

describe('opportunities', () => {
  const post = (actorId: string, input: Record<string, unknown>, as: AsUser) =>
    mutate(
      t,
      'postOpportunity',
      {
        decl: '$a: ID!, $input: PostOpportunityInput!',
        call: 'actorId: $a, input: $input',
        variables: { a: gid('Actor', actorId), input },
      },
      'id kind title status visibility postedBy { id } topics { topic { slug } }',
      as,
    );
  const close = (id: string, as: AsUser) =>
    mutate(
      t,
      'closeOpportunity',
      { decl: '$id: ID!', call: 'id: $id', variables: { id } },
      'status closedAt',
      as,
    );

  it('posts and closes; closing twice is a ConflictError', async () => {
    const r = await post(
      ASK,
      {
        kind: 'NEED',
        title: 'Pilot partner for grid sensors',
        visibility: 'PRIVATE',
        topics: [gid('Topic', 'topic:energy')],
      },
      rep,
    );
    expect(r.data).toMatchObject({
      kind: 'NEED',
      status: 'OPEN',
      visibility: 'PRIVATE',
      postedBy: { id: gid('Actor', ASK) },
      topics: [{ topic: { slug: 'energy' } }],
    });
    const id = r.data!.id as string;
    expect((await close(id, rep)).data).toMatchObject({ status: 'CLOSED' });
    expect((await rejected(() => close(id, rep))).typename).toBe('ConflictError');
  });

  it('rejects an empty title, a past expiry and an unknown topic, changing nothing', async () => {
    const v = await rejected(() =>
      post(ASK, { kind: 'OFFER', title: '', expiresAt: '2020-01-01T00:00:00Z' }, rep),
    );
    expect(v.fields?.map((f) => f.path.join('.')).sort()).toEqual([
      'input.expiresAt',
      'input.title',
    ]);
    const topic = await rejected(() =>
      post(ASK, { kind: 'OFFER', title: 'T', topics: [gid('Topic', 'topic:nope')] }, rep),
    );
    expect(topic.typename).toBe('NotFoundError');
  });
});

describe('introductions', () => {
  const request = (input: Record<string, unknown>, as: AsUser) =>
    mutate(
      t,
      'requestIntroduction',
      { decl: '$input: RequestIntroductionInput!', call: 'input: $input', variables: { input } },
      'id status expiresAt createdAt requester { id } receiver { id }',
      as,
    );
  const respond = (id: string, accept: boolean, as: AsUser) =>
    mutate(
      t,
      'respondToIntroduction',
      { decl: '$id: ID!', call: `id: $id, accept: ${accept}`, variables: { id } },
      'status respondedAt',
      as,
    );
  const outcome = (id: string, value: string, as: AsUser) =>
    mutate(
      t,
      'recordIntroductionOutcome',
      { decl: '$id: ID!, $o: String!', call: 'id: $id, outcome: $o', variables: { id, o: value } },
      'status outcome',
      as,
    );

  it('request (expires in 14 days) → accept → outcome; each wrong step is a ConflictError', async () => {
    const receiver = await t.makeUser({ represents: ['actor:nordic-semiconductor'] });
    const r = await request(
      {
        fromActorId: gid('Actor', ASK),
        toActorId: gid('Actor', 'actor:nordic-semiconductor'),
        message: 'Hello',
      },
      rep,
    );
    expect(r.data).toMatchObject({ status: 'REQUESTED' });
    const days =
      (Date.parse(r.data!.expiresAt as string) - Date.parse(r.data!.createdAt as string)) /
      86_400_000;
    expect(days).toBe(14);
    const id = r.data!.id as string;
    const dup = await rejected(() =>
      request(
        { fromActorId: gid('Actor', ASK), toActorId: gid('Actor', 'actor:nordic-semiconductor') },
        rep,
      ),
    );
    expect(dup.typename).toBe('ConflictError');
    expect((await rejected(() => outcome(id, 'MEETING', rep))).typename).toBe('ConflictError');
    expect((await respond(id, true, receiver)).data).toMatchObject({ status: 'ACCEPTED' });
    expect((await rejected(() => respond(id, false, receiver))).typename).toBe('ConflictError');
    expect((await rejected(() => outcome(id, '', rep))).typename).toBe('ValidationError');
    expect((await outcome(id, 'MEETING', rep)).data).toMatchObject({
      status: 'COMPLETED',
      outcome: 'MEETING',
    });
  });

  it('declines; an expired request cannot be answered; a self-introduction is invalid', async () => {
    const receiver = await t.makeUser({ represents: ['actor:sintef'] });
    const r = await request(
      { fromActorId: gid('Actor', ASK), toActorId: gid('Actor', 'actor:sintef') },
      rep,
    );
    expect((await respond(r.data!.id as string, false, receiver)).data).toMatchObject({
      status: 'DECLINED',
    });
    // the seeded request expired (its expiresAt lies in the past)
    const late = await t.makeUser({ represents: ['actor:lind-droneteknikk-as'] });
    const expired = await rejected(() =>
      respond(gid('Introduction', 'introduction:001'), true, late),
    );
    expect(expired.typename).toBe('ConflictError');
    expect(expired.message).toMatch(/expired on/);
    const self = await rejected(() =>
      request({ fromActorId: gid('Actor', ASK), toActorId: gid('Actor', ASK) }, rep),
    );
    expect(self.fields?.[0]?.path).toEqual(['input', 'toActorId']);
  });

  it('the expiry follows the configured days', async () => {
    const seven = await openTestApi({
      graph: t.graph,
      settings: { introductionExpiryMs: 7 * 86_400_000 },
    });
    const r = await mutate(
      seven,
      'requestIntroduction',
      {
        decl: '$input: RequestIntroductionInput!',
        call: 'input: $input',
        variables: {
          input: { fromActorId: gid('Actor', ASK), toActorId: gid('Actor', 'actor:atmel-norway') },
        },
      },
      'expiresAt createdAt',
      rep,
    );
    expect(
      (Date.parse(r.data!.expiresAt as string) - Date.parse(r.data!.createdAt as string)) /
        86_400_000,
    ).toBe(7);
  });

  // Neo4j runs write transactions side by side: the "one waiting request" rule must still hold.
  it('of several simultaneous identical requests exactly one is made', async () => {
    const input = { fromActorId: gid('Actor', ASK), toActorId: gid('Actor', 'actor:sintef-ocean') };
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => request(input, rep)));
    const made = outcomes.filter((o) => o.typename === 'MutationRequestIntroductionSuccess');
    expect(made).toHaveLength(1);
    expect(outcomes.filter((o) => o.typename === 'ConflictError')).toHaveLength(3);
    const [asked] = await t.graph.introductions.requested.outgoing(t.graph.runner, [ASK]);
    const ends = await t.graph.introductions.ends(
      t.graph.runner,
      (asked ?? []).map((l) => l.toKey),
    );
    expect(ends.filter((e) => e?.receiver === 'actor:sintef-ocean')).toHaveLength(1);
  });
});

describe('introduction answers under concurrency', () => {
  it('an accept and a decline sent together: exactly one answer stands', async () => {
    const receiver = await t.makeUser({ represents: ['actor:sintef-digital'] });
    const made = await mutate(
      t,
      'requestIntroduction',
      {
        decl: '$input: RequestIntroductionInput!',
        call: 'input: $input',
        variables: {
          input: {
            fromActorId: gid('Actor', ASK),
            toActorId: gid('Actor', 'actor:sintef-digital'),
          },
        },
      },
      'id',
      rep,
    );
    const id = made.data!.id as string;
    const answer = (accept: boolean) =>
      mutate(
        t,
        'respondToIntroduction',
        { decl: '$id: ID!', call: `id: $id, accept: ${accept}`, variables: { id } },
        'status',
        receiver,
      );
    const outcomes = await Promise.all([answer(true), answer(false), answer(true), answer(false)]);
    const stood = outcomes.filter((o) => o.typename === 'MutationRespondToIntroductionSuccess');
    expect(stood).toHaveLength(1);
    expect(outcomes.filter((o) => o.typename === 'ConflictError')).toHaveLength(3);
    const key = Buffer.from(id, 'base64')
      .toString()
      .replace(/^Introduction:/, '');
    const stored = await t.graph.introductions.nodes.get(t.graph.runner, key);
    expect(stored?.status).toBe(stood[0]?.data?.status);
  });
});

describe('cluster membership under concurrency', () => {
  it('simultaneous requests to join make one REQUESTED membership and conflicts for the rest', async () => {
    const actor = 'actor:atmel-norway';
    const asker = await t.makeUser({ represents: [actor] });
    const variables = { a: gid('Actor', actor), c: gid('Cluster', 'cluster:tequity') };
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, () =>
        mutate(
          t,
          'requestMembership',
          { decl: '$a: ID!, $c: ID!', call: 'actorId: $a, clusterId: $c', variables },
          'status',
          asker,
        ),
      ),
    );
    expect(outcomes.filter((o) => o.data?.status === 'REQUESTED')).toHaveLength(1);
    expect(outcomes.filter((o) => o.typename === 'ConflictError')).toHaveLength(3);
  });
});

describe('people', () => {
  it('a person consents to be listed and withdraws it; others cannot', async () => {
    const me = await t.makeUser({ personId: 'person:marte-heggedal' });
    const set = (listed: boolean, as: AsUser) =>
      mutate(
        t,
        'setPersonListed',
        {
          decl: '$p: ID!',
          call: `personId: $p, listed: ${listed}`,
          variables: { p: gid('Person', 'person:marte-heggedal') },
        },
        'listed consentAt',
        as,
      );
    const on = await set(true, me);
    expect(on.data?.listed).toBe(true);
    expect(on.data?.consentAt).not.toBeNull();
    expect((await set(false, me)).data).toEqual({ listed: false, consentAt: null });
    const other = await rejected(
      () => set(true, rep),
      () => t.graph.people.nodes.get(t.graph.runner, 'person:marte-heggedal'),
    );
    expect(other.typename).toBe('ForbiddenError');
  });
});
