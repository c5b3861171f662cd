import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi } from './testing/fixture.ts';
import type { TestApi } from './testing/fixture.ts';

const ACTOR = /* GraphQL */ `
  query Actor($slug: String!) {
    actor(slug: $slug) {
      id
      name
      description
      topics {
        topic {
          name
        }
        weight
      }
    }
  }
`;
const VIEWER_EMAIL = /* GraphQL */ `
  query {
    viewer {
      user {
        email
      }
    }
  }
`;

describe('the visitors’ response cache', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi({ settings: { publicCacheTtlMs: 60_000 } });
  });
  afterAll(() => t.close());

  const roundTrips = async (run: () => Promise<unknown>) => {
    const before = t.graph.runner.roundTrips;
    await run();
    return t.graph.runner.roundTrips - before;
  };

  it('answers a repeated visitor query without the store, with the same data', async () => {
    const first = await t.gql(ACTOR, { slug: 'ntnu' });
    expect(first.body.data?.actor).toMatchObject({ name: 'NTNU' });
    let again: Awaited<ReturnType<TestApi['gql']>> | undefined;
    expect(await roundTrips(async () => (again = await t.gql(ACTOR, { slug: 'ntnu' })))).toBe(0);
    expect(again?.body.data?.actor).toEqual(first.body.data?.actor);
    expect(await roundTrips(() => t.gql(ACTOR, { slug: 'sintef' }))).toBeGreaterThan(0);
    // That run was the document's second, executed compiled: its answer is cached all the same.
    expect(await roundTrips(() => t.gql(ACTOR, { slug: 'sintef' }))).toBe(0);
  });

  it('always executes for a signed-in caller and never hands their data to a visitor', async () => {
    const member = await t.makeUser();
    await t.gql(ACTOR, { slug: 'ntnu' });
    expect(await roundTrips(() => t.gql(ACTOR, { slug: 'ntnu' }, member))).toBeGreaterThan(0);
    const signedIn = await t.gql(VIEWER_EMAIL, {}, member);
    expect(signedIn.body.data).toMatchObject({ viewer: { user: { email: member.user.email } } });
    const visitor = await t.gql(VIEWER_EMAIL);
    expect(JSON.stringify(visitor.body)).not.toContain(member.user.email);
  });

  it('keeps answers for different languages apart', async () => {
    await t.gql(ACTOR, { slug: 'ntnu' }, undefined, { 'accept-language': 'nb' });
    expect(
      await roundTrips(() =>
        t.gql(ACTOR, { slug: 'ntnu' }, undefined, { 'accept-language': 'en' }),
      ),
    ).toBeGreaterThan(0);
  });
});
