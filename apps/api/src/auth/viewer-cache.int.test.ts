import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi } from '../testing/fixture.ts';
import type { AsUser, TestApi } from '../testing/fixture.ts';
import { siteViewerOf } from './site-viewer.ts';

let t: TestApi;
beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => {
  await t.close();
});

const VIEWER = '{ viewer { isSignedIn roles user { id email isAdmin } } }';

async function viewerTrips(as: AsUser) {
  const before = t.graph.runner.roundTrips;
  const { body } = await t.gql(VIEWER, {}, as);
  expect(body.errors).toBeUndefined();
  return {
    trips: t.graph.runner.roundTrips - before,
    viewer: body.data?.viewer as {
      isSignedIn: boolean;
      roles: string[];
      user: { id: string; email: string; isAdmin: boolean } | null;
    },
  };
}

function bearer(token: string): Request {
  return new Request('http://kobling.test/graphql', {
    headers: { authorization: `Bearer ${token}` },
  });
}

describe('the viewer of a session', () => {
  it('is read from the store once, then reused while nothing is written', async () => {
    const alice = await t.makeUser();
    const first = await viewerTrips(alice);
    expect(first.viewer.user?.email).toBe(alice.user.email);
    expect(first.trips).toBeGreaterThan(0);
    const again = await viewerTrips(alice);
    expect(again.viewer).toEqual(first.viewer);
    expect(again.trips).toBe(0);
  });

  it('is dropped at once by a write: a role granted shows on the next operation', async () => {
    const bob = await t.makeUser();
    expect((await viewerTrips(bob)).viewer.roles).toEqual(['USER']);
    await t.graph.runner.write((tx) =>
      t.graph.accounts.users.update(tx, bob.user.id, { isAdmin: true }),
    );
    const after = await viewerTrips(bob);
    expect(after.viewer.user?.isAdmin).toBe(true);
    expect(after.viewer.roles).toContain('ADMIN');
  });

  it('is dropped at once on log out: the same token is a visitor on the next operation', async () => {
    const carol = await t.makeUser();
    expect((await viewerTrips(carol)).viewer.isSignedIn).toBe(true);
    const { body } = await t.gql('mutation { logOut }', {}, carol);
    expect(body.data?.logOut).toBe(true);
    const after = await viewerTrips(carol);
    expect(after.viewer).toEqual({ isSignedIn: false, roles: ['VISITOR'], user: null });
  });

  it('resolved once by the server, is passed to the API and not resolved again', async () => {
    const dave = await t.makeUser({ represents: ['actor:ntnu-vista-subsea-autonomy'] });
    const viewer = await t.api.resolveViewer(bearer(dave.token));
    const site = siteViewerOf(viewer);
    expect(site).toEqual({
      isSignedIn: true,
      roles: ['USER', 'MEMBER'],
      user: {
        id: Buffer.from(`User:${dave.user.id}`).toString('base64'),
        name: dave.user.name,
        email: dave.user.email,
        isAdmin: false,
      },
      actorIds: [Buffer.from('Actor:actor:ntnu-vista-subsea-autonomy').toString('base64')],
    });
    // The API's own answer for the same session agrees with what the server shows.
    expect((await viewerTrips(dave)).viewer).toEqual({
      isSignedIn: true,
      roles: ['USER', 'MEMBER'],
      user: { id: site.user?.id, email: dave.user.email, isAdmin: false },
    });
    const before = t.graph.runner.roundTrips;
    const response = await t.api.fetch(
      new Request('http://kobling.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { roles } }' }),
      }),
      { viewer },
    );
    const body = (await response.json()) as { data: { viewer: { roles: string[] } } };
    expect(body.data.viewer.roles).toEqual(['USER', 'MEMBER']);
    expect(t.graph.runner.roundTrips - before).toBe(0);
  });

  it('a visitor costs no round-trip and has no user', async () => {
    const viewer = await t.api.resolveViewer(new Request('http://kobling.test/'));
    expect(siteViewerOf(viewer)).toEqual({
      isSignedIn: false,
      roles: ['VISITOR'],
      user: null,
      actorIds: [],
    });
  });
});
