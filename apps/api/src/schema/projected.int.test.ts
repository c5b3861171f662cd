import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedSearchIndex } from '@kobling/search';
import { createSearchSync } from '@kobling/search-sync';
import { sampleRow } from '@kobling/graph/testing';
import { openTestApi } from '../testing/fixture.ts';
import type { TestApi } from '../testing/fixture.ts';

let t: TestApi;
beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => {
  await t.close();
});

// A (synthetic) company with a municipality, topics, a cluster membership, projects and an
// opportunity. (Holm Marine Systemer AS, before: since synthetic projects draw their
// participants by topic, its one topic, subsea, puts it in none.)
const SLUG = 'strand-marinrobotikk-as';

/** The actor page's ties, with `extra` added to each node the projection may serve. */
const ties = (extra: {
  cluster: string;
  municipality: string;
  project: string;
  opportunity: string;
}) => `
  query($slug: String!) {
    actor(slug: $slug) {
      municipality { name ${extra.municipality} }
      topics { weight topic { id name nameNb slug actorCount } }
      memberships { status role since cluster { id name slug ${extra.cluster} } }
      projects { role project { id title startYear endYear funder ${extra.project} } }
      opportunities { id kind title status visibility createdAt ${extra.opportunity} }
    }
  }`;

interface Ties {
  municipality: Record<string, unknown> | null;
  topics: { weight: number; topic: Record<string, unknown> & { id: string } }[];
  memberships: { cluster: Record<string, unknown> }[];
  projects: { project: Record<string, unknown> }[];
  opportunities: Record<string, unknown>[];
}

async function run(query: string) {
  const before = t.graph.runner.roundTrips;
  const { body } = await t.gql(query, { slug: SLUG });
  expect(body.errors).toBeUndefined();
  return { trips: t.graph.runner.roundTrips - before, actor: body.data?.actor as Ties };
}

function without(value: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
}

describe('nodes served from the graph projection', () => {
  it('answer as the stored rows do, and cost fewer round-trips', async () => {
    const projected = await run(
      ties({ cluster: '', municipality: '', project: '', opportunity: '' }),
    );
    const stored = await run(
      ties({ cluster: 'level', municipality: 'county', project: 'summary', opportunity: 'body' }),
    );
    const a = projected.actor;
    const b = stored.actor;
    expect(a.topics.length).toBeGreaterThan(0);
    expect(a.memberships.length).toBeGreaterThan(0);
    expect(a.projects.length).toBeGreaterThan(0);
    expect(a.opportunities.length).toBeGreaterThan(0);
    expect(a.municipality).toEqual(without(b.municipality!, 'county'));
    expect(a.memberships).toEqual(
      b.memberships.map((m) => ({ ...m, cluster: without(m.cluster, 'level') })),
    );
    expect(a.projects).toEqual(
      b.projects.map((p) => ({ ...p, project: without(p.project, 'summary') })),
    );
    expect(a.opportunities).toEqual(b.opportunities.map((o) => without(o, 'body')));
    // The topic's fields asked here are all held by the projection: compare with the rows.
    const rows = await t.graph.topics.nodes.getMany(
      t.graph.runner,
      a.topics.map((l) => Buffer.from(l.topic.id, 'base64').toString().slice('Topic:'.length)),
    );
    expect(a.topics.map((l) => l.topic.name)).toEqual(rows.map((r) => r?.name));
    expect(a.topics.map((l) => l.topic.nameNb)).toEqual(rows.map((r) => r?.nameNb));
    expect(a.topics.map((l) => l.topic.slug)).toEqual(rows.map((r) => r?.slug));
    expect(a.topics.map((l) => l.topic.actorCount)).toEqual(rows.map((r) => r?.actorCount ?? 0));
    // The actor's row is the only store read of the projected query; asking for a field the
    // projection does not hold loads the rows of that type (one round-trip per type).
    expect(projected.trips).toBe(1);
    expect(stored.trips).toBe(5);
  });

  it('the actor page reads the actor, its people and its technologies: at most 3 round-trips', async () => {
    const page = `query($slug: String!) { actor(slug: $slug) { id kind helix name slug description
      website orgNumber naceCode employees foundedYear isTech stage source sourceRef viewerCanEdit
      municipality { name } topics { weight topic { name nameNb slug } }
      memberships { status role cluster { name slug } } partOf { name slug }
      parts { name slug kind } people { id name title listed }
      projects { role project { id title startYear endYear funder } }
      opportunities { id kind title status createdAt } technologies { slug title stage trl } } }`;
    // Between them: parts, a parent, people, technologies, projects, opportunities, clusters.
    for (const slug of [
      'ntnu',
      'ntnu-geophysical-forecasting',
      SLUG,
      'ntnu-vista-subsea-autonomy',
    ]) {
      const before = t.graph.runner.roundTrips;
      const { body } = await t.gql(page, { slug });
      expect(body.errors).toBeUndefined();
      expect(t.graph.runner.roundTrips - before).toBeLessThanOrEqual(3);
    }
  });
});

describe('a cluster from the graph projection', () => {
  const CLUSTER = 'ocean-autonomy';
  const page = `query($slug: String!) { cluster(slug: $slug) { id slug name level theme description
    website startYear endYear reportedMembers viewerManages facilitators { name slug source }
    members { status role since actor { id name slug helix source topics { topic { slug name } }
      projects { project { id title } } } }
    projectPartners { actor { id name slug helix } projects { id title } } } }`;

  it('lists the memberships the store holds, and the partners that share projects', async () => {
    const { body } = await t.gql(page, { slug: CLUSTER });
    expect(body.errors).toBeUndefined();
    const cluster = body.data?.cluster as {
      id: string;
      members: { status: string; actor: { id: string } & Record<string, unknown> }[];
      projectPartners: { actor: { id: string }; projects: { id: string }[] }[];
    };
    const clusterId = Buffer.from(cluster.id, 'base64').toString().slice('Cluster:'.length);
    const [stored] = await t.graph.clusters.memberships.incoming(t.graph.runner, [clusterId]);
    // A visitor sees the ACTIVE memberships, by actor id.
    const active = (stored ?? []).filter((m) => m.status === 'ACTIVE');
    expect(active.length).toBeGreaterThan(0);
    expect(cluster.members.map((m) => m.actor.id)).toEqual(
      active.map((m) => Buffer.from(`Actor:${m.fromKey}`).toString('base64')),
    );
    // The members' actors are served from the projection: they answer as their rows do.
    const rows = await t.graph.actors.nodes.getMany(
      t.graph.runner,
      active.map((m) => m.fromKey),
    );
    expect(cluster.members.map((m) => m.actor)).toEqual(
      rows.map((r) =>
        expect.objectContaining({
          name: r?.name,
          slug: r?.slug,
          helix: r?.helix,
          source: r?.source,
        }),
      ),
    );
    // The partners as the store finds them: the projects of the members, their other participants.
    const memberIds = cluster.members.map((m) => m.actor.id);
    const projects = await t.gql(
      `query($members: [ID!]) { projects(first: 100, filter: { participants: $members }) {
        edges { node { id participants { actor { id } } } } } }`,
      { members: memberIds },
    );
    const expected = new Map<string, string[]>();
    const edges = (
      projects.body.data?.projects as {
        edges: { node: { id: string; participants: { actor: { id: string } }[] } }[];
      }
    ).edges;
    for (const { node } of edges) {
      for (const p of node.participants) {
        if (memberIds.includes(p.actor.id)) continue;
        expected.set(p.actor.id, [...(expected.get(p.actor.id) ?? []), node.id]);
      }
    }
    expect(cluster.projectPartners.length).toBeGreaterThan(0);
    expect(
      Object.fromEntries(
        cluster.projectPartners.map((p) => [p.actor.id, p.projects.map((q) => q.id).sort()]),
      ),
    ).toEqual(Object.fromEntries([...expected].map(([a, ids]) => [a, ids.sort()])));
  });

  it('the cluster page costs at most 3 round-trips', async () => {
    const before = t.graph.runner.roundTrips;
    const { body } = await t.gql(page, { slug: CLUSTER });
    expect(body.errors).toBeUndefined();
    expect(t.graph.runner.roundTrips - before).toBeLessThanOrEqual(3);
  });
});

describe('the region from the graph projection', () => {
  it('lists the municipalities of the region as the store does, without a round-trip', async () => {
    const before = t.graph.runner.roundTrips;
    const { body } = await t.gql('{ region { municipalities { code name inRegion } } }');
    expect(body.errors).toBeUndefined();
    expect(t.graph.runner.roundTrips - before).toBe(0);
    const stored = await t.graph.municipalities.list(t.graph.runner, { inRegion: true });
    expect(stored.length).toBeGreaterThan(0);
    expect((body.data?.region as { municipalities: unknown[] }).municipalities).toEqual(
      stored.map((m) => ({ code: m.code, name: m.name, inRegion: true })),
    );
  });
});

describe('whole-label reads once per projection version', () => {
  const home = `{
    region { techCompanies actorCounts { kind helix count } kpis { year } }
    clusters(first: 50, filter: { activeOnly: true }) { edges { node { slug } } }
    opportunities(first: 5, filter: { statuses: [OPEN] }) { edges { node { title } } }
  }`;
  interface Home {
    region: { actorCounts: { kind: string; helix: string; count: number }[] };
    clusters: { edges: { node: { slug: string } }[] };
  }
  const companies = (h: Home) =>
    h.region.actorCounts.find((c) => c.kind === 'COMPANY' && c.helix === 'INDUSTRY')?.count ?? 0;

  it('answer as the store does, again without a round-trip, and anew after a write', async () => {
    const first = await t.gql(home);
    expect(first.body.errors).toBeUndefined();
    const counted = first.body.data as unknown as Home;
    const stored = await t.graph.actors.regionCounts(t.graph.runner);
    expect(companies(counted)).toBe(
      stored.find((c) => c.kind === 'COMPANY' && c.helix === 'INDUSTRY')?.actors,
    );
    expect(counted.clusters.edges.length).toBeGreaterThan(0);

    const before = t.graph.runner.roundTrips;
    const again = await t.gql(home);
    expect(t.graph.runner.roundTrips - before).toBe(0);
    expect(again.body.data).toEqual(first.body.data);

    await t.graph.runner.write((tx) =>
      t.graph.actors.nodes.create(
        tx,
        sampleRow('Actor', {
          id: 'per-version-co',
          slug: 'per-version-co',
          name: 'Per Version AS',
          kind: 'COMPANY',
          helix: 'INDUSTRY',
        }),
      ),
    );
    const after = await t.gql(home);
    expect(companies(after.body.data as unknown as Home)).toBe(companies(counted) + 1);
  });
});

describe('search hits from the graph projection', () => {
  it('answer as the stored rows do, and the search page costs at most 2 round-trips', async () => {
    // The file's store, with a search index filled from it as the server does.
    const graph = t.graph;
    const index = createEmbeddedSearchIndex();
    const sync = createSearchSync(graph, index, {});
    await index.applySettings();
    await sync.reindex();
    const api = await openTestApi({ graph, search: sync, searchEngine: 'embedded' });
    try {
      const page = `query($query: String!) { search(query: $query, first: 20) { edges { node {
        __typename id ... on Actor { slug helix kind source } ... on Cluster { slug }
        ... on Topic { slug name } } } }
        region { municipalities { code name } } topics(first: 100) { edges { node { slug } } } }`;
      const before = graph.runner.roundTrips;
      const { body } = await api.gql(page, { query: 'ocean' });
      expect(body.errors).toBeUndefined();
      expect(graph.runner.roundTrips - before).toBeLessThanOrEqual(2);
      const nodes = (body.data?.search as { edges: { node: Record<string, string> }[] }).edges.map(
        (e) => e.node,
      );
      const actors = nodes.filter((n) => n.__typename === 'Actor');
      expect(actors.length).toBeGreaterThan(0);
      const rows = await graph.actors.nodes.getMany(
        graph.runner,
        actors.map((a) => Buffer.from(a.id!, 'base64').toString().slice('Actor:'.length)),
      );
      expect(actors).toEqual(
        rows.map((r) => ({
          __typename: 'Actor',
          id: Buffer.from(`Actor:${r?.id}`).toString('base64'),
          slug: r?.slug,
          helix: r?.helix,
          kind: r?.kind,
          source: r?.source,
        })),
      );
    } finally {
      await sync.indexer.stop();
      await index.close();
      await api.close();
    }
  });
});

describe('network analytics on the pages, from the graph projection', () => {
  const trips = async (query: string, variables: Record<string, unknown>) => {
    await t.gql(query, variables); // warm: analytics are computed once per projection version
    const before = t.graph.runner.roundTrips;
    const { body } = await t.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return t.graph.runner.roundTrips - before;
  };

  it('the cluster page’s communities, brokers and helix trend cost no round-trip', async () => {
    const page = (analytics: string) =>
      `query($slug: String!) { cluster(slug: $slug) { id ${analytics} } }`;
    const analytics = `network { modularity members { community actor { id } }
      brokers(first: 5) { betweenness actor { id } } }
      helixTrend(from: 2017, to: 2026) { year ties coParticipations eiIndex synergy }`;
    const variables = { slug: 'ocean-autonomy' };
    expect(await trips(page(analytics), variables)).toBe(await trips(page(''), variables));
  });

  it('a match card’s what-if costs no round-trip', async () => {
    const { body } = await t.gql('query($slug: String!) { actor(slug: $slug) { id } }', {
      slug: SLUG,
    });
    const actorId = (body.data?.actor as { id: string }).id;
    const cards = (impact: string) => `query($id: ID!) {
      suggestPartners(seeker: { actorId: $id }, first: 15) { actor { id name slug } ${impact} } }`;
    const impact = `impact { alreadyTied labels { code text }
      region { eiBefore eiAfter synergyBefore synergyAfter }
      clusters { cluster { name slug } labels { code text } eiBefore eiAfter } }`;
    expect(await trips(cards(impact), { id: actorId })).toBe(
      await trips(cards(''), { id: actorId }),
    );
  });
});
