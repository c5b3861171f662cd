import { userCreateInput, uuidv7 } from '@kobling/domain';
import type { UserRow } from '@kobling/graph';
import type { Context } from '../context.ts';
import {
  ConflictError,
  RateLimitedError,
  mapped,
  underArgument,
  validationError,
} from '../errors.ts';
import { DomainValidationError, parseOrThrow } from '@kobling/domain';
import { passwordHashing } from './password-hashing.ts';
import {
  SESSION_TTL_MS,
  clearedSessionCookie,
  newSessionToken,
  sessionCookie,
  sessionIdFor,
  signToken,
} from './sessions.ts';

/** The one answer to a failed login, whether or not the account exists (no enumeration). */
export const LOGIN_FAILED = 'Email or password is incorrect';

export interface SignedIn {
  readonly user: UserRow;
  readonly token: string;
  readonly expiresAt: number;
}

/** Stores a new session and sets the cookie on the response; the token goes back to API clients. */
async function startSession(ctx: Context, user: UserRow): Promise<SignedIn> {
  const token = newSessionToken();
  const now = ctx.settings.now();
  const expiresAt = now + SESSION_TTL_MS;
  await ctx.graph.runner.write((tx) =>
    ctx.graph.accounts.sessions.create(tx, {
      id: sessionIdFor(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
    }),
  );
  ctx.access.grantSignedIn(user.id);
  ctx.responseCookies.push(
    sessionCookie(signToken(token, ctx.settings.sessionSecret), {
      secure: ctx.settings.production,
      maxAgeSeconds: Math.floor(SESSION_TTL_MS / 1000),
    }),
  );
  return { user, token, expiresAt };
}

export async function signUp(
  ctx: Context,
  input: { email: string; password: string; name: string },
): Promise<SignedIn> {
  let parsed;
  try {
    parsed = parseOrThrow(userCreateInput, input);
  } catch (error) {
    if (error instanceof DomainValidationError) throw underArgument(error, 'input');
    throw error;
  }
  const email = parsed.email.trim().toLowerCase();
  const wait = await ctx.settings.loginLimiter.signUpRetryAfter(ctx.graph, ctx.address);
  if (wait > 0) {
    throw new RateLimitedError(wait, `Too many sign-ups; try again in ${wait} seconds`);
  }
  const existing = await ctx.graph.accounts.findByEmail(ctx.graph.runner, email);
  if (existing) throw new ConflictError('email', 'An account with this email already exists');
  const now = ctx.settings.now();
  const user: UserRow = {
    id: uuidv7(now),
    email,
    passwordHash: await passwordHashing.hash(parsed.password),
    name: parsed.name,
    isAdmin: false,
    createdAt: now,
  };
  await mapped(() => ctx.graph.runner.write((tx) => ctx.graph.accounts.users.create(tx, user)));
  return startSession(ctx, user);
}

export async function logIn(
  ctx: Context,
  input: { email: string; password: string },
): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const limiter = ctx.settings.loginLimiter;
  const wait = await limiter.retryAfter(ctx.graph, email, ctx.address);
  if (wait > 0) throw new RateLimitedError(wait);
  const user = await ctx.graph.accounts.findByEmail(ctx.graph.runner, email);
  // Unknown accounts cost one scrypt too, so timing does not tell them apart.
  const ok = await passwordHashing.verify(
    input.password,
    user?.passwordHash ?? (await passwordHashing.dummyHash()),
  );
  if (!user || !ok) {
    await limiter.recordFailure(ctx.graph, email, ctx.address);
    throw validationError([], LOGIN_FAILED);
  }
  await limiter.recordSuccess(ctx.graph, email, ctx.address);
  return startSession(ctx, user);
}

/** Ends the current session (server-side, so the token is dead everywhere) and clears the cookie. */
export async function logOut(ctx: Context): Promise<boolean> {
  const sessionId = ctx.viewer.sessionId;
  ctx.responseCookies.push(clearedSessionCookie(ctx.settings.production));
  if (!sessionId) return false;
  await ctx.graph.runner.write((tx) => ctx.graph.accounts.sessions.delete(tx, sessionId));
  return true;
}

/** The one answer to a wrong password when deleting an account. */
export const DELETE_PASSWORD_WRONG = 'The password is incorrect';

/**
 * Deletes the signed-in user's account after checking the password again: the User (its
 * REPRESENTS, MANAGES and IS links go with it), every Session, and the person profile it IS, in
 * one write transaction. The Person delete queues its outbox DELETE, so search drops it. Wrong
 * passwords count against the login limiter, so this is no side door for guessing.
 */
export async function deleteAccount(ctx: Context, password: string): Promise<boolean> {
  const viewerUser = ctx.viewer.user;
  if (!viewerUser) throw validationError([], 'Sign in to do this');
  const limiter = ctx.settings.loginLimiter;
  const wait = await limiter.retryAfter(ctx.graph, viewerUser.email, ctx.address);
  if (wait > 0) throw new RateLimitedError(wait);
  const user = await ctx.graph.accounts.users.get(ctx.graph.runner, viewerUser.id);
  const ok = await passwordHashing.verify(
    password,
    user?.passwordHash ?? (await passwordHashing.dummyHash()),
  );
  if (!user || !ok) {
    await limiter.recordFailure(ctx.graph, viewerUser.email, ctx.address);
    throw validationError(['password'], DELETE_PASSWORD_WRONG);
  }
  await mapped(() =>
    ctx.graph.runner.write(async (tx) => {
      const [links] = await ctx.graph.accounts.person.outgoing(tx, [user.id]);
      await ctx.graph.accounts.deleteSessionsOf(tx, user.id);
      await ctx.graph.accounts.users.delete(tx, user.id);
      for (const link of links ?? []) await ctx.graph.people.nodes.delete(tx, link.toKey);
    }),
  );
  ctx.responseCookies.push(clearedSessionCookie(ctx.settings.production));
  return true;
}
