import { parseOrThrow, userCreateInput, uuidv7 } from '@kobling/domain';
import type { Graph, UserRow } from '@kobling/graph';
import type { UseCaseDeps } from '../deps.ts';
import {
  ConflictError,
  RateLimitedError,
  forbidden,
  storeErrorsTyped,
  validationError,
} from '../errors.ts';
import type { Viewer } from '../viewer.ts';
import { SESSION_TTL_MS, newSessionToken, sessionIdFor } from './session-tokens.ts';

/** Password hashing at OWASP's scrypt parameters (the API runs it off the server's thread). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  /** A hash of no one's password: an unknown account costs one scrypt too. */
  dummyHash(): Promise<string>;
}

/** Failed logins and sign-ups counted per account and address (in the store). */
export interface LoginLimiter {
  /** Seconds until this login may be tried; 0 when it may. */
  retryAfter(graph: Graph, account: string, address: string): Promise<number>;
  recordFailure(graph: Graph, account: string, address: string): Promise<void>;
  recordSuccess(graph: Graph, account: string, address: string): Promise<void>;
  /** Counts a sign-up from the address; the seconds to wait when it is over the limit, else 0. */
  signUpRetryAfter(graph: Graph, address: string): Promise<number>;
}

export interface AccountDeps extends UseCaseDeps {
  readonly passwords: PasswordHasher;
  readonly limiter: LoginLimiter;
}

/** A new session: the token goes to the client only; the store keeps its hash. */
export interface SignedIn {
  readonly user: UserRow;
  readonly token: string;
  readonly expiresAt: number;
}

/** The one answer to a failed login, whether or not the account exists (no enumeration). */
export const LOGIN_FAILED = 'Email or password is incorrect';

/** The one answer to a wrong password when deleting an account. */
export const DELETE_PASSWORD_WRONG = 'The password is incorrect';

async function startSession(deps: AccountDeps, user: UserRow): Promise<SignedIn> {
  const token = newSessionToken();
  const now = deps.now();
  const expiresAt = now + SESSION_TTL_MS;
  await storeErrorsTyped(() =>
    deps.graph.runner.write((tx) =>
      deps.graph.accounts.sessions.create(tx, {
        id: sessionIdFor(token),
        userId: user.id,
        createdAt: now,
        expiresAt,
      }),
    ),
  );
  return { user, token, expiresAt };
}

/**
 * Creates an account and signs it in. `address` is the client's, for the sign-up limit. Rejects
 * with ValidationError (paths name the fields), RateLimitedError or ConflictError (the email).
 */
export async function signUp(
  deps: AccountDeps,
  _viewer: Viewer,
  input: {
    readonly email: string;
    readonly password: string;
    readonly name: string;
    readonly address: string;
  },
): Promise<SignedIn> {
  const { address, ...fields } = input;
  const parsed = parseOrThrow(userCreateInput, fields);
  const email = parsed.email.trim().toLowerCase();
  const wait = await deps.limiter.signUpRetryAfter(deps.graph, address);
  if (wait > 0) {
    throw new RateLimitedError(wait, `Too many sign-ups; try again in ${wait} seconds`);
  }
  const { accounts } = deps.graph;
  if (await accounts.findByEmail(deps.graph.runner, email)) {
    throw new ConflictError('email', 'An account with this email already exists');
  }
  const now = deps.now();
  const user: UserRow = {
    id: uuidv7(now),
    email,
    passwordHash: await deps.passwords.hash(parsed.password),
    name: parsed.name,
    isAdmin: false,
    createdAt: now,
  };
  // Two sign-ups with one email: the store's uniqueness check in the create decides (Conflict).
  await storeErrorsTyped(() => deps.graph.runner.write((tx) => accounts.users.create(tx, user)));
  return startSession(deps, user);
}

/**
 * Signs in with email and password. Unknown accounts and wrong passwords get the same answer
 * after the same work; failures count against the limiter. Rejects with ValidationError
 * (LOGIN_FAILED) or RateLimitedError.
 */
export async function logIn(
  deps: AccountDeps,
  _viewer: Viewer,
  input: { readonly email: string; readonly password: string; readonly address: string },
): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const { limiter, passwords } = deps;
  const wait = await limiter.retryAfter(deps.graph, email, input.address);
  if (wait > 0) throw new RateLimitedError(wait);
  const user = await deps.graph.accounts.findByEmail(deps.graph.runner, email);
  const ok = await passwords.verify(
    input.password,
    user?.passwordHash ?? (await passwords.dummyHash()),
  );
  if (!user || !ok) {
    await limiter.recordFailure(deps.graph, email, input.address);
    throw validationError([], LOGIN_FAILED);
  }
  await limiter.recordSuccess(deps.graph, email, input.address);
  return startSession(deps, user);
}

/**
 * Ends the viewer's session in the store, so its token is dead everywhere; false when there was
 * none.
 */
export async function logOut(deps: UseCaseDeps, viewer: Viewer): Promise<boolean> {
  const sessionId = viewer.sessionId;
  if (!sessionId) return false;
  await storeErrorsTyped(() =>
    deps.graph.runner.write((tx) => deps.graph.accounts.sessions.delete(tx, sessionId)),
  );
  return true;
}

/**
 * Deletes the signed-in user's account after checking the password again: the User (its
 * REPRESENTS, MANAGES and IS links go with it), every Session, and the person profile it IS, in
 * one write transaction. The Person delete queues its outbox DELETE, so search drops it. Wrong
 * passwords count against the login limiter, so this is no side door for guessing. Rejects with
 * ForbiddenError (a visitor), ValidationError (under `password`) or RateLimitedError.
 */
export async function deleteMyAccount(
  deps: AccountDeps,
  viewer: Viewer,
  input: { readonly password: string; readonly address: string },
): Promise<true> {
  const viewerUser = viewer.user;
  if (!viewerUser) throw forbidden(viewer);
  const { limiter, passwords } = deps;
  const wait = await limiter.retryAfter(deps.graph, viewerUser.email, input.address);
  if (wait > 0) throw new RateLimitedError(wait);
  const { accounts, people } = deps.graph;
  const user = await accounts.users.get(deps.graph.runner, viewerUser.id);
  const ok = await passwords.verify(
    input.password,
    user?.passwordHash ?? (await passwords.dummyHash()),
  );
  if (!user || !ok) {
    await limiter.recordFailure(deps.graph, viewerUser.email, input.address);
    throw validationError(['password'], DELETE_PASSWORD_WRONG);
  }
  await storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      const [links] = await accounts.person.outgoing(tx, [user.id]);
      await accounts.deleteSessionsOf(tx, user.id);
      await accounts.users.delete(tx, user.id);
      for (const link of links ?? []) await people.nodes.delete(tx, link.toKey);
    }),
  );
  return true;
}
