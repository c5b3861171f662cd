/**
 * Credential attacks through the API: logins for accounts that do not exist (each costs the
 * server a password check, so the answer does not tell them apart) and sign-ups with fresh
 * emails (each would cost a password hash and a new account). No cookie is sent, so no CSRF
 * header is needed.
 */
import { randomUUID } from 'node:crypto';
import type { AttackOutcome } from './attack-outcome.ts';

const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { __typename } }';
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { __typename } }';
const PASSWORD = 'correct horse battery staple';

/** The mutation's result type (e.g. RateLimitedError), else the first GraphQL error's code. */
function resultOf(text: string, field: string): string {
  try {
    const body = JSON.parse(text) as {
      data?: Record<string, { __typename?: string } | null> | null;
      errors?: { extensions?: { code?: string } }[];
    };
    return (
      body.data?.[field]?.__typename ??
      `error ${body.errors?.[0]?.extensions?.code ?? 'without a code'}`
    );
  } catch {
    return 'not JSON';
  }
}

async function mutate(
  base: string,
  kind: string,
  query: string,
  field: string,
  input: Record<string, string>,
): Promise<AttackOutcome> {
  const start = performance.now();
  let result: string;
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { input } }),
    });
    result = `HTTP ${response.status}, ${resultOf(await response.text(), field)}`;
  } catch (error) {
    result = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
  }
  return { kind, result, ms: performance.now() - start };
}

export function logInUnknownEmail(base: string): Promise<AttackOutcome> {
  return mutate(base, '`logIn`, unknown email', LOG_IN, 'logIn', {
    email: `nobody-${randomUUID()}@example.com`,
    password: PASSWORD,
  });
}

export function signUpFreshEmail(base: string): Promise<AttackOutcome> {
  return mutate(base, '`signUp`, fresh email', SIGN_UP, 'signUp', {
    email: `bench-${randomUUID()}@example.com`,
    name: 'Bench Attacker',
    password: PASSWORD,
  });
}
