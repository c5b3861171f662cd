import {
  emailSchema,
  parseOrThrow,
  passwordSchema,
  userCreateInput,
  uuidv7,
} from '@kobling/domain';
import type { Language, MailKind } from '@kobling/domain';
import type { Graph, QueryExecutor, UserRow } from '@kobling/graph';
import type { UseCaseDeps } from '../deps.ts';
import {
  ConflictError,
  RateLimitedError,
  forbidden,
  parseIn,
  storeErrorsTyped,
  validationError,
} from '../errors.ts';
import { queueMail, mailLanguage } from '../mail/queue.ts';
import type { QueuedMail } from '../mail/queue.ts';
import type { Viewer } from '../viewer.ts';
import { issueAccountToken, spendAccountToken } from './account-tokens.ts';
import { SESSION_TTL_MS, newSessionToken, sessionIdFor } from './session-tokens.ts';

/** Password hashing at OWASP's scrypt parameters (the API runs it off the server's thread). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  /** A hash of no one's password: an unknown account costs one scrypt too. */
  dummyHash(): Promise<string>;
}

/** What is counted besides failed logins: sign-ups and resets per address, mails per recipient. */
export type AccountAttempt = 'sign-up' | 'password-reset' | 'account-mail';

/** Failed logins and sign-ups counted per account and address (in the store). */
export interface LoginLimiter {
  /** Seconds until this login may be tried; 0 when it may. */
  retryAfter(graph: Graph, account: string, address: string): Promise<number>;
  recordFailure(graph: Graph, account: string, address: string): Promise<void>;
  recordSuccess(graph: Graph, account: string, address: string): Promise<void>;
  /** Counts an attempt; the seconds to wait when it is over its limit, else 0. */
  attemptRetryAfter(graph: Graph, attempt: AccountAttempt, key: string): Promise<number>;
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

/** The one answer to a wrong password when it is asked again (delete the account, move it). */
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
 * The one answer to a sign-up, a password reset and an email change, whether or not the address
 * has an account: what happens next is told by mail, to the owner of the address.
 */
export const MAIL_ON_ITS_WAY = 'If this address can be used, a message is on its way to it';

export interface MailAccepted {
  readonly message: string;
}

const accepted: MailAccepted = { message: MAIL_ON_ITS_WAY };

/**
 * Counts an account mail to the address, before the transaction that may queue it: false when
 * the address has had its share this window. Then nothing goes, and the caller answers as
 * always: the limit must not tell whether the address has an account.
 */
async function mayMail(deps: AccountDeps, to: string): Promise<boolean> {
  return (await deps.limiter.attemptRetryAfter(deps.graph, 'account-mail', to)) === 0;
}

/** Queues an account mail when `allowed` (mayMail's answer for its address). */
async function queueAccountMail<K extends MailKind>(
  allowed: boolean,
  tx: QueryExecutor,
  graph: Graph,
  now: number,
  mail: QueuedMail<K>,
): Promise<void> {
  if (allowed) await queueMail(tx, graph, now, mail);
}

async function refuseOverLimit(
  deps: AccountDeps,
  attempt: 'sign-up' | 'password-reset',
  address: string,
): Promise<void> {
  const wait = await deps.limiter.attemptRetryAfter(deps.graph, attempt, address);
  if (wait > 0) throw new RateLimitedError(wait, `Too many requests; try again in ${wait} seconds`);
}

/**
 * Creates an unverified account and mails the link that confirms its address; when the address
 * has an account already, mails its owner instead. The answer, and the work before it (one
 * scrypt, one write transaction), are the same either way, so sign-up tells nobody whether an
 * address has an account. `address` is the client's, for the limit. Rejects with
 * ValidationError (paths name the fields) or RateLimitedError.
 */
export async function signUp(
  deps: AccountDeps,
  _viewer: Viewer,
  input: {
    readonly email: string;
    readonly password: string;
    readonly name: string;
    readonly language: Language;
    readonly address: string;
  },
): Promise<MailAccepted> {
  const { address, language, ...fields } = input;
  const parsed = parseOrThrow(userCreateInput, fields);
  const email = parsed.email;
  await refuseOverLimit(deps, 'sign-up', address);
  const passwordHash = await deps.passwords.hash(parsed.password);
  const allowed = await mayMail(deps, email);
  const { accounts } = deps.graph;
  const now = deps.now();
  await storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      // Two sign-ups with one email: the second finds the first here (LadybugDB writes one at a
      // time), or the store's uniqueness check in the create rolls it back (Neo4j).
      const existing = await accounts.findByEmail(tx, email);
      if (existing) {
        await queueAccountMail(allowed, tx, deps.graph, now, {
          kind: 'SIGN_UP_EXISTING',
          to: email,
          userId: existing.id,
          language: mailLanguage(existing.language ?? language),
          data: {},
        });
        return;
      }
      const user: UserRow = {
        id: uuidv7(now),
        email,
        passwordHash,
        name: parsed.name,
        isAdmin: false,
        createdAt: now,
        emailVerifiedAt: null,
        language,
        mailOptOut: null,
      };
      await accounts.users.create(tx, user);
      await mailVerification(allowed, tx, deps.graph, now, user);
    }),
  );
  return accepted;
}

/**
 * Issues a single-use token for the user and queues the mail with its link (when `allowed`): the
 * confirmation of an address, a password reset, an email change (sent to the new address).
 */
async function mailAccountLink(
  allowed: boolean,
  tx: QueryExecutor,
  graph: Graph,
  now: number,
  user: UserRow,
  link: {
    readonly kind: 'VERIFY_EMAIL' | 'RESET_PASSWORD' | 'CHANGE_EMAIL';
    readonly to: string;
    /** The recipient's account; none for a new address that is not the account's yet. */
    readonly userId: string | null;
  },
): Promise<void> {
  const token = await issueAccountToken(tx, graph, now, {
    userId: user.id,
    purpose: link.kind,
    email: link.to,
  });
  await queueAccountMail(allowed, tx, graph, now, {
    kind: link.kind,
    to: link.to,
    userId: link.userId,
    language: mailLanguage(user.language),
    data: { name: user.name, token },
  });
}

async function mailVerification(
  allowed: boolean,
  tx: QueryExecutor,
  graph: Graph,
  now: number,
  user: UserRow,
): Promise<void> {
  await mailAccountLink(allowed, tx, graph, now, user, {
    kind: 'VERIFY_EMAIL',
    to: user.email,
    userId: user.id,
  });
}

/**
 * Mails a new confirmation link to the signed-in user's address (an earlier one stops working).
 * Rejects with ForbiddenError (a visitor) or ConflictError (confirmed already).
 */
export async function resendVerification(deps: AccountDeps, viewer: Viewer): Promise<MailAccepted> {
  const viewerUser = viewer.user;
  if (!viewerUser) throw forbidden(viewer);
  const allowed = await mayMail(deps, viewerUser.email);
  const now = deps.now();
  const { users } = deps.graph.accounts;
  await storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      await users.lock(tx, viewerUser.id);
      const user = await users.require(tx, viewerUser.id);
      if (user.emailVerifiedAt !== null) {
        throw new ConflictError('email', 'This address is confirmed already');
      }
      await mailVerification(allowed, tx, deps.graph, now, user);
    }),
  );
  return accepted;
}

/**
 * Spends a mailed link's token and returns its account, which must still have the address the
 * link went to. Rejects with ValidationError (`token`).
 */
async function accountOfLink(
  tx: QueryExecutor,
  graph: Graph,
  now: number,
  token: string,
  purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD',
): Promise<UserRow> {
  const spent = await spendAccountToken(tx, graph, now, token, purpose);
  const user = await graph.accounts.users.get(tx, spent.userId);
  if (!user || user.email !== spent.email) {
    throw validationError(['token'], 'This link is for an address the account no longer has');
  }
  return user;
}

/**
 * Confirms an address with the mailed link, and signs its owner in. The link works once, within
 * 48 hours, and only for the address it was sent to. Rejects with ValidationError (`token`).
 */
export async function verifyEmail(
  deps: AccountDeps,
  _viewer: Viewer,
  input: { readonly token: string },
): Promise<SignedIn> {
  const now = deps.now();
  const { users } = deps.graph.accounts;
  const user = await storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      const current = await accountOfLink(tx, deps.graph, now, input.token, 'VERIFY_EMAIL');
      return users.update(tx, current.id, { emailVerifiedAt: current.emailVerifiedAt ?? now });
    }),
  );
  return startSession(deps, user);
}

/**
 * Mails a password reset link when the address has an account; answers the same when it has
 * not. Rate-limited per client address, and per recipient like every account mail. Rejects
 * with ValidationError (`email`) or RateLimitedError.
 */
export async function requestPasswordReset(
  deps: AccountDeps,
  _viewer: Viewer,
  input: { readonly email: string; readonly address: string },
): Promise<MailAccepted> {
  const email = parseIn(emailSchema, input.email, 'email');
  await refuseOverLimit(deps, 'password-reset', input.address);
  const allowed = await mayMail(deps, email);
  const now = deps.now();
  await storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      const user = await deps.graph.accounts.findByEmail(tx, email);
      if (!user) return;
      await mailAccountLink(allowed, tx, deps.graph, now, user, {
        kind: 'RESET_PASSWORD',
        to: email,
        userId: user.id,
      });
    }),
  );
  return accepted;
}

/**
 * Sets a new password with the mailed link (once, within an hour): every session of the account
 * ends, the address counts as confirmed (the link reached it), and a new session starts.
 * Rejects with ValidationError (`token`, `password`).
 */
export async function resetPassword(
  deps: AccountDeps,
  _viewer: Viewer,
  input: { readonly token: string; readonly password: string },
): Promise<SignedIn> {
  const password = parseIn(passwordSchema, input.password, 'password');
  const passwordHash = await deps.passwords.hash(password);
  const now = deps.now();
  const { accounts } = deps.graph;
  const user = await storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      const current = await accountOfLink(tx, deps.graph, now, input.token, 'RESET_PASSWORD');
      await accounts.deleteSessionsOf(tx, current.id);
      return accounts.users.update(tx, current.id, {
        passwordHash,
        emailVerifiedAt: current.emailVerifiedAt ?? now,
      });
    }),
  );
  return startSession(deps, user);
}

/**
 * Asks to move the signed-in account to a new address, after checking the password again: the
 * link goes to the new address, and the account keeps the old one until it is followed. When
 * the new address has an account, its owner is told instead; the answer is the same. Rejects
 * with ForbiddenError (a visitor), ValidationError (`email`, `password`) or RateLimitedError.
 */
export async function requestEmailChange(
  deps: AccountDeps,
  viewer: Viewer,
  input: { readonly email: string; readonly password: string; readonly address: string },
): Promise<MailAccepted> {
  const viewerUser = viewer.user;
  if (!viewerUser) throw forbidden(viewer);
  const email = parseIn(emailSchema, input.email, 'email');
  await checkPasswordAgain(deps, viewerUser.id, viewerUser.email, input);
  const allowed = await mayMail(deps, email);
  const now = deps.now();
  const { accounts } = deps.graph;
  await storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      const user = await accounts.users.require(tx, viewerUser.id);
      const holder = await accounts.findByEmail(tx, email);
      if (holder) {
        if (holder.id === user.id) return;
        await queueAccountMail(allowed, tx, deps.graph, now, {
          kind: 'CHANGE_EMAIL_EXISTING',
          to: email,
          userId: holder.id,
          language: mailLanguage(holder.language),
          data: {},
        });
        return;
      }
      await mailAccountLink(allowed, tx, deps.graph, now, user, {
        kind: 'CHANGE_EMAIL',
        to: email,
        userId: null,
      });
    }),
  );
  return accepted;
}

/**
 * Moves the account to the address the link was sent to (once, within 48 hours), confirmed.
 * Rejects with ValidationError (`token`) or ConflictError (the address was taken meanwhile).
 */
export async function confirmEmailChange(
  deps: UseCaseDeps,
  _viewer: Viewer,
  input: { readonly token: string },
): Promise<UserRow> {
  const now = deps.now();
  const { users } = deps.graph.accounts;
  return storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      const token = await spendAccountToken(tx, deps.graph, now, input.token, 'CHANGE_EMAIL');
      if (!(await users.lock(tx, token.userId))) {
        throw validationError(['token'], 'This link is for an account that no longer exists');
      }
      return users.update(tx, token.userId, { email: token.email, emailVerifiedAt: now });
    }),
  );
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
  await checkPasswordAgain(deps, viewerUser.id, viewerUser.email, input);
  const { accounts, people } = deps.graph;
  await storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      const [links] = await accounts.person.outgoing(tx, [viewerUser.id]);
      await accounts.deleteSessionsOf(tx, viewerUser.id);
      await deps.graph.mail.deleteTokensOf(tx, viewerUser.id);
      await accounts.users.delete(tx, viewerUser.id);
      for (const link of links ?? []) await people.nodes.delete(tx, link.toKey);
    }),
  );
  return true;
}

/**
 * Checks the signed-in user's password before a change that needs it (deleting the account,
 * moving it to another address). Wrong passwords count against the login limiter, so this is
 * no side door for guessing. Rejects with ValidationError (`password`) or RateLimitedError.
 */
async function checkPasswordAgain(
  deps: AccountDeps,
  userId: string,
  email: string,
  input: { readonly password: string; readonly address: string },
): Promise<void> {
  const { limiter, passwords } = deps;
  const wait = await limiter.retryAfter(deps.graph, email, input.address);
  if (wait > 0) throw new RateLimitedError(wait);
  const user = await deps.graph.accounts.users.get(deps.graph.runner, userId);
  const ok = await passwords.verify(
    input.password,
    user?.passwordHash ?? (await passwords.dummyHash()),
  );
  if (!user || !ok) {
    await limiter.recordFailure(deps.graph, email, input.address);
    throw validationError(['password'], DELETE_PASSWORD_WRONG);
  }
}
