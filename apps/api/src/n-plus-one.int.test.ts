import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi } from './testing/fixture.ts';
import type { TestApi } from './testing/fixture.ts';

let t: TestApi;
beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => {
  await t.close();
});

const FIELDS = `
  name
  topics { weight topic { name broader { name } } }
  memberships { status cluster { name } }
  municipality { name }
  people { name }`;

async function roundTrips(query: string, variables: Record<string, unknown>) {
  const before = t.graph.runner.roundTrips;
  const { body } = await t.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return { trips: t.graph.runner.roundTrips - before, body };
}

/**
 * Actors that have every relation the query asks for, so the small list touches every
 * relationship and label the big one does (an empty relation costs no round-trip at all).
 */
async function fullyLinkedActors(): Promise<string[]> {
  const tx = t.graph.runner;
  const clusters = [
    'cluster:ocean-autonomy',
    'cluster:nce-aquatech',
    'cluster:woodworks',
    'cluster:tequity',
    'cluster:nce-instrumentation',
  ];
  const members = [
    ...new Set(
      (await t.graph.clusters.memberships.incoming(tx, clusters)).flat().map((l) => l.fromKey),
    ),
  ];
  const [topics, places, people] = await Promise.all([
    t.graph.actors.topics.outgoing(tx, members),
    t.graph.actors.location.outgoing(tx, members),
    t.graph.people.worksAt.incoming(tx, members),
  ]);
  return members.filter(
    (_, i) => topics[i]!.length > 0 && places[i]!.length > 0 && people[i]!.length > 0,
  );
}

describe('no N+1', () => {
  it('a connection of 5 or 50 actors with topics, clusters and municipality costs the same round-trips', async () => {
    const query = `query($first: Int!) { actors(first: $first, filter: { municipalities: ["5001"] }) { edges { node { ${FIELDS} } } } }`;
    // warm up: the first request of a process prepares statements
    await roundTrips(query, { first: 50 });
    const five = await roundTrips(query, { first: 5 });
    const fifty = await roundTrips(query, { first: 50 });
    expect((fifty.body.data?.actors as { edges: unknown[] }).edges).toHaveLength(50);
    // The small page may lack a relation (then that relation costs nothing): never more trips.
    expect(fifty.trips).toBeLessThanOrEqual(five.trips + 2);
    expect(fifty.trips).toBeLessThanOrEqual(12);
  });

  it('nodes(ids) of 5 or 50 fully linked actors costs exactly the same round-trips', async () => {
    const linked = await fullyLinkedActors();
    expect(linked.length).toBeGreaterThanOrEqual(5);
    const page = await t.graph.actors.list(t.graph.runner, {}, { first: 100 });
    const fifty = [...new Set([...linked.slice(0, 5), ...page.items.map((a) => a.id)])].slice(
      0,
      50,
    );
    const ids = (keys: string[]) => keys.map((k) => Buffer.from(`Actor:${k}`).toString('base64'));
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Actor { ${FIELDS} } } }`;
    const small = await roundTrips(query, { ids: ids(linked.slice(0, 5)) });
    const big = await roundTrips(query, { ids: ids(fifty) });
    expect((big.body.data?.nodes as unknown[]).length).toBe(50);
    expect(big.trips).toBe(small.trips);
    expect(small.trips).toBeLessThanOrEqual(12);
  });
});
