import type { APIRequestContext } from '@playwright/test';
import { expect } from '@playwright/test';
import { linkIn, mailTo } from './mailbox.ts';

/*
 * Test setup through the public GraphQL API (what a script or integration would do): bearer
 * tokens, no cookies, so no CSRF header is needed. Only what a journey needs before it starts
 * in the browser is made here.
 */

export const ADMIN = { email: 'admin@kobling.test', password: 'e2e-admin-password' } as const;

export async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    // The request fixture keeps cookies from signUp/logIn; the API then wants its CSRF header
    // (a browser cannot forge it cross-site), as for any cookie-authenticated client.
    headers: { 'x-kobling-csrf': '1', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** A unique address per call, so tests never collide on the unique email. */
export function uniqueEmail(who: string): string {
  return `${who}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

export async function logIn(
  request: APIRequestContext,
  email: string,
  password: string,
): Promise<string> {
  const data = await gql<{ logIn: { __typename: string; data?: { token: string } } }>(
    request,
    `mutation($input: LogInInput!) { logIn(input: $input) { __typename ... on MutationLogInSuccess { data { token } } } }`,
    { input: { email, password } },
  );
  expect(data.logIn.__typename).toBe('MutationLogInSuccess');
  return data.logIn.data!.token;
}

/**
 * A new account through the real flow: sign up, read the confirmation mail the platform sent to
 * the harness's SMTP server, and follow its link (verifyEmail signs in).
 */
export async function signUp(
  request: APIRequestContext,
  user: { email: string; password: string; name: string },
): Promise<{ token: string; userId: string }> {
  const data = await gql<{ signUp: { __typename: string } }>(
    request,
    `mutation($input: SignUpInput!) { signUp(input: $input) { __typename } }`,
    { input: user },
  );
  expect(data.signUp.__typename).toBe('MutationSignUpSuccess');
  const link = linkIn(await mailTo(user.email, 'VERIFY_EMAIL'), '/verify-email?token=');
  const token = new URLSearchParams(link.split('?')[1]).get('token');
  const verified = await gql<{
    verifyEmail: { __typename: string; data?: { token: string; user: { id: string } } };
  }>(
    request,
    `mutation($t: String!) { verifyEmail(token: $t) { __typename ... on MutationVerifyEmailSuccess { data { token user { id } } } } }`,
    { t: token },
  );
  expect(verified.verifyEmail.__typename).toBe('MutationVerifyEmailSuccess');
  return { token: verified.verifyEmail.data!.token, userId: verified.verifyEmail.data!.user.id };
}

export async function actorId(request: APIRequestContext, slug: string): Promise<string> {
  const data = await gql<{ actor: { id: string } | null }>(
    request,
    `query($slug: String!) { actor(slug: $slug) { id } }`,
    { slug },
  );
  expect(data.actor).not.toBeNull();
  return data.actor!.id;
}

export async function clusterId(request: APIRequestContext, slug: string): Promise<string> {
  const data = await gql<{ cluster: { id: string } | null }>(
    request,
    `query($slug: String!) { cluster(slug: $slug) { id } }`,
    { slug },
  );
  expect(data.cluster).not.toBeNull();
  return data.cluster!.id;
}

async function mutation(
  request: APIRequestContext,
  token: string,
  text: string,
  variables: Record<string, unknown>,
): Promise<void> {
  const data = await gql<{ result: { __typename: string; message?: string } }>(
    request,
    text,
    variables,
    token,
  );
  expect(data.result.__typename, data.result.message).toMatch(/Success$/);
}

/** A user who represents the actor: claims it, and the administrator approves the claim. */
export async function makeRepresentative(
  request: APIRequestContext,
  adminToken: string,
  user: { token: string; userId: string },
  actor: string,
): Promise<void> {
  await mutation(
    request,
    user.token,
    `mutation($a: ID!) { result: claimActor(actorId: $a, role: "Representative") { __typename ... on Error { message } } }`,
    { a: actor },
  );
  await approveRepresentation(request, adminToken, user.userId, actor);
}

export async function approveRepresentation(
  request: APIRequestContext,
  adminToken: string,
  userId: string,
  actor: string,
): Promise<void> {
  await mutation(
    request,
    adminToken,
    `mutation($u: ID!, $a: ID!) { result: approveRepresentation(userId: $u, actorId: $a) { __typename ... on Error { message } } }`,
    { u: userId, a: actor },
  );
}

export async function assignClusterManager(
  request: APIRequestContext,
  adminToken: string,
  userId: string,
  cluster: string,
): Promise<void> {
  await mutation(
    request,
    adminToken,
    `mutation($u: ID!, $c: ID!) { result: assignClusterManager(userId: $u, clusterId: $c) { __typename ... on Error { message } } }`,
    { u: userId, c: cluster },
  );
}

/** The id of the (only) actor the user has claimed. */
export async function claimedActorId(request: APIRequestContext, token: string): Promise<string> {
  const data = await gql<{ viewer: { user: { representations: { actor: { id: string } }[] } } }>(
    request,
    `{ viewer { user { representations { actor { id } } } } }`,
    {},
    token,
  );
  const first = data.viewer.user.representations[0];
  expect(first).toBeDefined();
  return first!.actor.id;
}
