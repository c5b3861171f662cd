import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi } from './testing/fixture.ts';
import type { AsUser, TestApi } from './testing/fixture.ts';

/* users(first, after): every account by email, for admins only. */

let t: TestApi;
let admin: AsUser;
let plain: AsUser;

beforeAll(async () => {
  t = await openTestApi();
  admin = await t.makeUser({ isAdmin: true });
  plain = await t.makeUser();
  await t.makeUser();
});
afterAll(async () => {
  await t.close();
});

const USERS = `query($first: Int, $after: String) {
  users(first: $first, after: $after) {
    edges { node { id email name isAdmin createdAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface UsersPage {
  edges: { node: { email: string; isAdmin: boolean; createdAt: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('users', () => {
  it('lists every account by email to admins, page by page, with emails', async () => {
    const all = await t.graph.accounts.list(t.graph.runner, 1000);
    const emails: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await t.gql(USERS, { first: 2, after }, admin);
      expect(body.errors).toBeUndefined();
      const page = body.data?.users as UsersPage;
      emails.push(...page.edges.map((e) => e.node.email));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(emails).toEqual(all.map((u) => u.email).sort());
    expect(emails).toContain(admin.user?.email);
    const { body } = await t.gql(USERS, { first: 50 }, admin);
    const me = (body.data?.users as UsersPage).edges.find(
      (e) => e.node.email === admin.user?.email,
    );
    expect(me?.node.isAdmin).toBe(true);
    expect(me?.node.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('is forbidden to signed-in non-admins and to visitors', async () => {
    for (const as of [plain, undefined]) {
      const { body } = await t.gql(USERS, { first: 5 }, as);
      expect(body.data?.users ?? null).toBeNull();
      expect(body.errors?.[0]?.message).toMatch(/not allowed|sign in/i);
    }
  });

  it('rejects a page size above the limit', async () => {
    const { body } = await t.gql(USERS, { first: 100_000 }, admin);
    expect(body.errors?.[0]?.message).toMatch(/first must be/);
  });
});
