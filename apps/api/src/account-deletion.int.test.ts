import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, gid, openTestApi, snapshot } from './testing/fixture.ts';
import type { TestApi } from './testing/fixture.ts';

/* deleteMyAccount: the password is checked again, and everything of the account goes at once. */

let t: TestApi;
const PERSON = 'person:silje-askenes';

beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => {
  await t.close();
});

const DELETE = `mutation($password: String!) {
  result: deleteMyAccount(password: $password) {
    __typename
    ... on Error { message }
    ... on ValidationError { fields { path message } }
    ... on MutationDeleteMyAccountSuccess { data }
  }
}`;

describe('deleteMyAccount', () => {
  it('asks visitors to sign in', async () => {
    const { body } = await t.gql(DELETE, { password: TEST_PASSWORD });
    expect(body.data?.result).toMatchObject({ __typename: 'ForbiddenError' });
  });

  it('rejects a wrong password on the password field and changes nothing', async () => {
    const me = await t.makeUser({ personId: PERSON, represents: ['actor:ntnu'] });
    const before = await snapshot(t.graph);
    const { body } = await t.gql(DELETE, { password: 'not my password at all' }, me);
    expect(body.data?.result).toMatchObject({
      __typename: 'ValidationError',
      fields: [{ path: ['password'], message: 'The password is incorrect' }],
    });
    expect(await snapshot(t.graph)).toBe(before);
    expect(await t.graph.accounts.users.get(t.graph.runner, me.user.id)).not.toBeNull();
  });

  it('deletes the user, its sessions, links and person; clears the cookie; login fails after', async () => {
    const me = await t.makeUser({
      personId: PERSON,
      represents: ['actor:ntnu'],
      manages: ['cluster:tequity'],
    });
    const { runner } = t.graph;
    expect((await t.graph.accounts.sessionIdsOf(runner, me.user.id)).length).toBe(1);
    const outboxBefore = (await t.graph.outbox.pendingStats(Date.now())).pending;

    const response = await t.gql(DELETE, { password: TEST_PASSWORD }, me);
    expect(response.body.data?.result).toEqual({
      __typename: 'MutationDeleteMyAccountSuccess',
      data: true,
    });
    expect(response.headers.get('set-cookie')).toMatch(/kobling_session=;.*Max-Age=0/);

    expect(await t.graph.accounts.users.get(runner, me.user.id)).toBeNull();
    expect(await t.graph.accounts.sessionIdsOf(runner, me.user.id)).toEqual([]);
    expect(await t.graph.people.nodes.get(runner, PERSON)).toBeNull();
    const [reps] = await t.graph.accounts.represents.incoming(runner, ['actor:ntnu']);
    expect((reps ?? []).some((l) => l.fromKey === me.user.id)).toBe(false);
    const [managers] = await t.graph.accounts.manages.incoming(runner, ['cluster:tequity']);
    expect((managers ?? []).some((l) => l.fromKey === me.user.id)).toBe(false);
    // The person's DELETE is queued for search (the User is not a searchable label).
    expect((await t.graph.outbox.pendingStats(Date.now())).pending).toBe(outboxBefore + 1);

    const admin = await t.makeUser({ isAdmin: true });
    const node = await t.gql(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: gid('Person', PERSON) },
      admin,
    );
    expect(node.body.data?.node).toBeNull();

    const viewer = await t.gql('{ viewer { user { id } } }', {}, me);
    expect(viewer.body.data?.viewer).toEqual({ user: null });

    const login = await t.gql(
      'mutation($input: LogInInput!) { logIn(input: $input) { __typename } }',
      { input: { email: me.user.email, password: TEST_PASSWORD } },
    );
    expect(login.body.data?.logIn).toEqual({ __typename: 'ValidationError' });
  });
});
