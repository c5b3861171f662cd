/**
 * The first administrator (KOBLING_ADMIN_EMAIL / _PASSWORD): the API has no way to make one,
 * by design. The account is created through the API's own signUp (its hashing and checks); only
 * the admin flag, and the address as confirmed (the operator configured it), are set on the
 * store, here in the composition root.
 */
import type { Api } from '@kobling/api';
import type { AdminAccount } from '@kobling/config';
import type { Graph } from '@kobling/graph';
import { StartError } from './lifecycle.ts';

const SIGN_UP =
  'mutation($input: SignUpInput!) { signUp(input: $input) { __typename ... on Error { message } } }';

async function signUp(api: Api, admin: AdminAccount): Promise<void> {
  const response = await api.fetch(
    new Request('http://kobling.internal/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_UP, variables: { input: admin } }),
    }),
    {},
  );
  const body = (await response.json()) as {
    data?: { signUp: { __typename: string; message?: string } };
  };
  const result = body.data?.signUp;
  if (!result || result.__typename !== 'MutationSignUpSuccess') {
    throw new StartError(
      `Could not create the administrator account: ${result?.message ?? JSON.stringify(body)}`,
    );
  }
}

export async function ensureAdmin(graph: Graph, api: Api, admin: AdminAccount): Promise<void> {
  let user = await graph.accounts.findByEmail(graph.runner, admin.email);
  if (!user) {
    await signUp(api, admin);
    user = await graph.accounts.findByEmail(graph.runner, admin.email);
  }
  if (user && (!user.isAdmin || user.emailVerifiedAt === null)) {
    const { id, emailVerifiedAt } = user;
    await graph.runner.write((tx) =>
      graph.accounts.users.update(tx, id, {
        isAdmin: true,
        emailVerifiedAt: emailVerifiedAt ?? Date.now(),
      }),
    );
  }
  console.info(`Administrator: ${admin.email}`);
}
