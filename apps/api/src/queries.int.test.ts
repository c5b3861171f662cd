import { regionSeedGraph } from '@kobling/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, openTestApi } from './testing/fixture.ts';
import type { TestApi } from './testing/fixture.ts';

/* Every query on the seeded region, read-only: one store for the file. */

/** The seeded actors, counted from the seed so that adding sourced facts moves no literal. */
const SEEDED_ACTORS = regionSeedGraph().nodes['Actor']?.length ?? 0;

let t: TestApi;
beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => {
  await t.close();
});

async function data(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await t.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, unknown>;
}

type Edges<T> = {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

describe('actors', () => {
  it('actor by slug and by id, with its relations', async () => {
    const bySlug = await data(
      '{ actor(slug: "ntnu") { id name kind helix parts { name } topics { topic { name } } } }',
    );
    const actor = bySlug.actor as {
      id: string;
      name: string;
      kind: string;
      helix: string;
      parts: unknown[];
    };
    expect(actor).toMatchObject({
      id: gid('Actor', 'actor:ntnu'),
      name: 'NTNU',
      kind: 'INSTITUTION',
      helix: 'ACADEMIA',
    });
    expect(actor.parts.length).toBeGreaterThan(0);
    const byId = await data('query($id: ID!) { actor(id: $id) { slug } }', { id: actor.id });
    expect(byId.actor).toEqual({ slug: 'ntnu' });
    expect((await data('{ actor(slug: "no-such-actor") { id } }')).actor).toBeNull();
  });

  it('pages through all actors in a stable order (name, then id) without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = (
        await data(
          'query($after: String) { actors(first: 50, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }',
          { after },
        )
      ).actors as Edges<{ id: string; name: string }>;
      seen.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.length).toBe(SEEDED_ACTORS);
    expect(new Set(seen).size).toBeLessThanOrEqual(SEEDED_ACTORS);
    expect([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(seen);
  });

  it('filters by kind, helix, municipality, topic, cluster, tech and stage', async () => {
    const q =
      'query($f: ActorFilter) { actors(first: 100, filter: $f) { edges { node { kind helix isTech stage municipality { code } memberships { cluster { slug } status } topics { topic { slug } } } } } }';
    type A = {
      kind: string;
      helix: string;
      isTech: boolean | null;
      stage: string | null;
      municipality: { code: string } | null;
      memberships: { cluster: { slug: string }; status: string }[];
      topics: { topic: { slug: string } }[];
    };
    const nodes = async (f: Record<string, unknown>) =>
      ((await data(q, { f })).actors as Edges<A>).edges.map((e) => e.node);
    const companies = await nodes({
      kinds: ['COMPANY'],
      isTech: true,
      stages: ['STARTUP', 'SCALEUP'],
    });
    expect(companies.length).toBeGreaterThan(0);
    expect(
      companies.every(
        (a) =>
          a.kind === 'COMPANY' &&
          a.isTech === true &&
          ['STARTUP', 'SCALEUP'].includes(a.stage ?? ''),
      ),
    ).toBe(true);
    const academia = await nodes({ helices: ['ACADEMIA'] });
    expect(academia.every((a) => a.helix === 'ACADEMIA')).toBe(true);
    const inMalvik = await nodes({ municipalities: ['5031'] });
    expect(inMalvik.length).toBeGreaterThan(0);
    expect(inMalvik.every((a) => a.municipality?.code === '5031')).toBe(true);
    const energy = await nodes({ topics: [gid('Topic', 'topic:energy')] });
    expect(energy.every((a) => a.topics.some((x) => x.topic.slug === 'energy'))).toBe(true);
    const ocean = await nodes({ clusters: [gid('Cluster', 'cluster:ocean-autonomy')] });
    expect(ocean.length).toBeGreaterThan(0);
    expect(
      ocean.every((a) =>
        a.memberships.some((m) => m.cluster.slug === 'ocean-autonomy' && m.status === 'ACTIVE'),
      ),
    ).toBe(true);
    const text = await data('{ actors(filter: { text: "ntnu" }) { edges { node { name } } } }');
    expect(
      (text.actors as Edges<{ name: string }>).edges.every((e) =>
        e.node.name.toLowerCase().includes('ntnu'),
      ),
    ).toBe(true);
  });

  it('rejects a bad cursor, paging backwards and a page over 100 with clear errors', async () => {
    for (const [query, message] of [
      ['{ actors(after: "nonsense") { edges { cursor } } }', /not a cursor this list gave out/],
      ['{ actors(last: 5) { edges { cursor } } }', /forward paging/],
      ['{ actors(first: 500) { edges { cursor } } }', /first must be 1–100/],
    ] as const) {
      const { body } = await t.gql(query);
      expect(body.errors?.[0]?.message).toMatch(message);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('node and nodes', () => {
  it('resolve every node type by global id, null for unknown ids, in the order asked', async () => {
    const ids = [
      gid('Actor', 'actor:ntnu'),
      gid('Topic', 'topic:energy'),
      gid('Cluster', 'cluster:ocean-autonomy'),
      gid('Municipality', '5001'),
      gid('Technology', 'technology:blueye-underwater-drones'),
      gid('Actor', 'actor:nope'),
    ];
    const result = await data('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', {
      ids,
    });
    const nodes = result.nodes as ({ __typename: string; id: string } | null)[];
    expect(nodes.map((n) => n?.__typename ?? null)).toEqual([
      'Actor',
      'Topic',
      'Cluster',
      'Municipality',
      'Technology',
      null,
    ]);
    expect(nodes.slice(0, 5).map((n) => n?.id)).toEqual(ids.slice(0, 5));
    const one = await data(
      'query($id: ID!) { node(id: $id) { ... on Municipality { name inRegion } } }',
      { id: gid('Municipality', '5001') },
    );
    expect(one.node).toEqual({ name: 'Trondheim', inRegion: true });
  });

  it('a malformed global id is a clear error', async () => {
    const { body } = await t.gql('{ node(id: "%%%") { id } }');
    expect(body.errors?.[0]?.message).toBeTruthy();
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});

describe('people, topics, clusters, projects, technologies, opportunities', () => {
  it('people: listed only, by name, filtered by actor and topic', async () => {
    const r = await data(
      '{ people(first: 100) { edges { node { name listed email worksAt { id } } } } }',
    );
    const people = (r.people as Edges<{ listed: boolean; email: string | null }>).edges.map(
      (e) => e.node,
    );
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((p) => p.listed && p.email === null)).toBe(true);
    const { worksAt } = (r.people as Edges<{ worksAt: { id: string }[] }>).edges[0]!.node;
    const byActor = await data(
      'query($a: ID!) { people(filter: { actors: [$a] }) { edges { node { worksAt { id } } } } }',
      { a: worksAt[0]!.id },
    );
    expect(
      (byActor.people as Edges<{ worksAt: { id: string }[] }>).edges.every((e) =>
        e.node.worksAt.some((w) => w.id === worksAt[0]!.id),
      ),
    ).toBe(true);
  });

  it('topics with broader and narrower, roots only and text', async () => {
    const roots = await data(
      '{ topics(first: 100, filter: { rootsOnly: true }) { edges { node { slug broader { slug } narrower { slug broader { slug } } } } } }',
    );
    const nodes = (
      roots.topics as Edges<{
        slug: string;
        broader: unknown;
        narrower: { broader: { slug: string } }[];
      }>
    ).edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.broader === null)).toBe(true);
    const withChildren = nodes.find((n) => n.narrower.length > 0)!;
    expect(withChildren.narrower.every((c) => c.broader.slug === withChildren.slug)).toBe(true);
    const text = await data('{ topics(filter: { text: "energi" }) { edges { node { nameNb } } } }');
    expect((text.topics as Edges<unknown>).edges.length).toBeGreaterThan(0);
  });

  it('clusters and cluster by slug with members and facilitators', async () => {
    const list = await data(
      '{ clusters(filter: { levels: [NCE, ARENA, ARENA_PRO, GCE, OTHER] }) { edges { node { slug level } } } }',
    );
    expect((list.clusters as Edges<unknown>).edges.length).toBe(5);
    const one = await data(
      '{ cluster(slug: "ocean-autonomy") { name members(statuses: [ACTIVE]) { status actor { name } } } }',
    );
    const members = (one.cluster as { members: { status: string }[] }).members;
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((m) => m.status === 'ACTIVE')).toBe(true);
    const byId = await data(
      'query($id: ID!) { cluster(id: $id) { slug facilitators { name } viewerManages } }',
      { id: gid('Cluster', 'cluster:ocean-autonomy') },
    );
    expect(byId.cluster).toMatchObject({ slug: 'ocean-autonomy', viewerManages: false });
  });

  it('projects with participants', async () => {
    const r = await data(
      '{ projects(first: 5) { edges { node { title participants { role actor { name } } topics { weight } } } } }',
    );
    const projects = (r.projects as Edges<{ participants: unknown[] }>).edges;
    expect(projects.length).toBe(5);
    expect(projects.some((p) => p.node.participants.length > 0)).toBe(true);
  });

  it('technologies by stage, TRL and origin; technology by slug with milestones', async () => {
    const r = await data(
      '{ technologies(first: 50, filter: { trlMin: 7 }) { edges { node { trl stage origins { id } } } } }',
    );
    const techs = (
      r.technologies as Edges<{ trl: number; stage: string; origins: { id: string }[] }>
    ).edges.map((e) => e.node);
    expect(techs.length).toBeGreaterThan(0);
    expect(techs.every((x) => x.trl >= 7)).toBe(true);
    const dropped = await data(
      '{ technologies(filter: { stages: [DROPPED] }) { edges { node { slug } } } }',
    );
    expect((dropped.technologies as Edges<{ slug: string }>).edges.map((e) => e.node.slug)).toEqual(
      ['spin-wave-logic-gate'],
    );
    const byOrigin = await data(
      'query($o: ID!) { technologies(filter: { origins: [$o] }) { edges { node { origins { id } } } } }',
      { o: gid('Actor', 'actor:ntnu') },
    );
    expect(
      (byOrigin.technologies as Edges<{ origins: { id: string }[] }>).edges.every((e) =>
        e.node.origins.some((o) => o.id === gid('Actor', 'actor:ntnu')),
      ),
    ).toBe(true);
    const one = await data(
      '{ technology(slug: "blueye-underwater-drones") { title stage milestones { stage trl at } companies { name } supporters { name } } }',
    );
    const milestones = (one.technology as { milestones: { at: string }[] }).milestones;
    expect(milestones.length).toBeGreaterThan(0);
    expect(milestones.map((m) => m.at)).toEqual([...milestones.map((m) => m.at)].sort());
    const { body } = await t.gql('{ technologies(filter: { trlMin: 0 }) { edges { cursor } } }');
    expect(body.errors?.[0]?.message).toMatch(/TRL must be 1–9/);
  });

  it('opportunities newest first; PRIVATE ones hidden from visitors', async () => {
    const r = await data(
      '{ opportunities(first: 100) { edges { node { createdAt visibility kind status postedBy { name } topics { topic { slug } } } } } }',
    );
    const opps = (r.opportunities as Edges<{ createdAt: string; visibility: string }>).edges.map(
      (e) => e.node,
    );
    expect(opps.length).toBe(36);
    expect(opps.every((o) => o.visibility === 'PUBLIC')).toBe(true);
    expect(opps.map((o) => o.createdAt)).toEqual(
      [...opps.map((o) => o.createdAt)].sort().reverse(),
    );
    const needs = await data(
      '{ opportunities(filter: { kinds: [NEED], statuses: [OPEN] }) { edges { node { kind status } } } }',
    );
    expect(
      (needs.opportunities as Edges<{ kind: string; status: string }>).edges.every(
        (e) => e.node.kind === 'NEED' && e.node.status === 'OPEN',
      ),
    ).toBe(true);
    // By topic and by poster: the same opportunities as filtering the whole list here.
    type Listed = { id: string; postedBy: { id: string }; topics: { topic: { id: string } }[] };
    const all = (r2: Record<string, unknown>) =>
      (r2.opportunities as Edges<Listed>).edges.map((e) => e.node);
    const every = all(
      await data(
        '{ opportunities(first: 100) { edges { node { id postedBy { id } topics { topic { id } } } } } }',
      ),
    );
    const topic = every.find((o) => o.topics.length > 0)!.topics[0]!.topic.id;
    const onTopic = all(
      await data(
        `{ opportunities(first: 100, filter: { topics: ["${topic}"] }) { edges { node { id postedBy { id } topics { topic { id } } } } } }`,
      ),
    );
    expect(onTopic.map((o) => o.id)).toEqual(
      every.filter((o) => o.topics.some((x) => x.topic.id === topic)).map((o) => o.id),
    );
    const poster = every[0]!.postedBy.id;
    const byPoster = all(
      await data(
        `{ opportunities(first: 100, filter: { postedBy: ["${poster}"] }) { edges { node { id postedBy { id } topics { topic { id } } } } } }`,
      ),
    );
    expect(byPoster.length).toBeGreaterThan(0);
    expect(byPoster.map((o) => o.id)).toEqual(
      every.filter((o) => o.postedBy.id === poster).map((o) => o.id),
    );
  });
});

describe('viewer and region', () => {
  it('a visitor is a VISITOR with no user', async () => {
    expect((await data('{ viewer { roles isSignedIn user { id } } }')).viewer).toEqual({
      roles: ['VISITOR'],
      isSignedIn: false,
      user: null,
    });
  });

  it('a member sees their user, representations and roles', async () => {
    const m = await t.makeUser({ represents: ['actor:ntnu'], claims: ['actor:sintef'] });
    const { body } = await t.gql(
      '{ viewer { roles user { email representations { status actor { slug } } } } }',
      {},
      m,
    );
    expect(body.data?.viewer).toMatchObject({
      roles: ['USER', 'MEMBER'],
      user: { email: m.user.email },
    });
    const reps = (
      body.data?.viewer as {
        user: { representations: { status: string; actor: { slug: string } }[] };
      }
    ).user.representations;
    expect(reps.map((r) => `${r.actor.slug}:${r.status}`).sort()).toEqual([
      'ntnu:APPROVED',
      'sintef:CLAIMED',
    ]);
  });

  it('region: municipalities, actor counts by kind and helix, tech companies and employees, KPIs and goals', async () => {
    const r = (
      await data(
        '{ region { municipalities { code name } actorCounts { kind helix count } techCompanies techEmployees kpis { year techCompanies techEmployees source } goals { techCompanies techEmployees year } } }',
      )
    ).region as {
      municipalities: unknown[];
      actorCounts: { count: number }[];
      techCompanies: number;
      techEmployees: number;
      kpis: { year: number }[];
      goals: { techCompanies: number; techEmployees: number };
    };
    expect(r.municipalities.length).toBe(8);
    expect(r.actorCounts.reduce((s, c) => s + c.count, 0)).toBe(SEEDED_ACTORS);
    expect(r.techCompanies).toBeGreaterThan(0);
    expect(r.techEmployees).toBeGreaterThan(r.techCompanies);
    expect(r.kpis.map((k) => k.year)).toEqual([...r.kpis.map((k) => k.year)].sort());
    expect(r.goals).toEqual({ techCompanies: 1000, techEmployees: 20000, year: 2025 });
  });
});
