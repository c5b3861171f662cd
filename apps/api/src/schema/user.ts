import {
  confirmEmailChange,
  deleteMyAccount,
  logIn,
  logOut,
  requestEmailChange,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signUp,
  verifyEmail,
} from '@kobling/use-cases';
import type { AccountDeps, MailAccepted, SignedIn } from '@kobling/use-cases';
import { DomainValidationError, MAIL_TOPICS, isOneOf } from '@kobling/domain';
import { builder } from '../builder.ts';
import { passwordHashing } from '../auth/password-hashing.ts';
import {
  SESSION_TTL_MS,
  clearedSessionCookie,
  sessionCookie,
  signToken,
} from '../auth/sessions.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { ConflictError, ForbiddenError, RateLimitedError, mapped, underInput } from '../errors.ts';
import { useCaseDeps } from '../use-case-deps.ts';
import { pageRequest, toConnection } from './common.ts';
import { RepresentationRef } from './actor.ts';
import { RoleEnum } from './enums.ts';
import { languageFor, textKey } from '../matchmaking/language.ts';
import { LanguageEnum } from './matchmaking.ts';
import { MailTopicEnum } from './mail.ts';
import { loadAll, loadOne } from './load.ts';
import { ClusterRef, PersonRef, UserRef } from './refs.ts';

UserRef.implement({
  description: 'An account; seen only by its owner and admins',
  authScopes: (u, ctx) => ctx.access.canSeeUser(u),
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    isAdmin: t.exposeBoolean('isAdmin'),
    createdAt: t.field({ type: 'DateTime', resolve: (u) => u.createdAt }),
    emailVerified: t.boolean({
      description:
        'The owner confirmed the address (a mailed link); until then no introductions, representing or managing',
      resolve: (u) => u.emailVerifiedAt !== null,
    }),
    mailLanguage: t.field({
      type: LanguageEnum,
      description: 'The language of the mail the user gets',
      resolve: (u) => (u.language === 'en' ? 'EN' : 'NB'),
    }),
    mailOptOut: t.field({
      type: [MailTopicEnum],
      description: 'Notification groups the user turned off',
      resolve: (u) => (u.mailOptOut ?? []).filter((topic) => isOneOf(MAIL_TOPICS, topic)),
    }),
    representations: t.field({
      type: [RepresentationRef],
      resolve: (u, _args, ctx) => ctx.loaders.outgoing(ctx.graph.accounts.represents, u.id),
    }),
    managedClusters: t.field({
      type: [ClusterRef],
      resolve: async (u, _args, ctx) =>
        loadAll(
          ClusterRef,
          ctx,
          (await ctx.loaders.outgoing(ctx.graph.accounts.manages, u.id)).map((l) => l.toKey),
        ),
    }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      resolve: async (u, _args, ctx) =>
        loadOne(
          PersonRef,
          ctx,
          (await ctx.loaders.outgoing(ctx.graph.accounts.person, u.id))[0]?.toKey,
        ),
    }),
  }),
});

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'Who is asking, and in which roles',
  fields: (t) => ({
    user: t.field({ type: UserRef, nullable: true, resolve: (v) => v.user }),
    roles: t.field({ type: [RoleEnum], resolve: (v) => [...v.roles] }),
    isSignedIn: t.boolean({ resolve: (v) => v.user !== null }),
  }),
});

const AuthPayload = builder.objectRef<SignedIn>('AuthPayload').implement({
  description:
    'A new session: the cookie is set for the site; API clients send the token as Bearer',
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (s) => s.user }),
    token: t.exposeString('token'),
    expiresAt: t.field({ type: 'DateTime', resolve: (s) => s.expiresAt }),
  }),
});

const MailAcceptedRef = builder.objectRef<MailAccepted>('MailAccepted').implement({
  description:
    'The same answer whether or not the address has an account: what happens next is told by mail',
  fields: (t) => ({ message: t.exposeString('message') }),
});

const SignUpInput = builder.inputType('SignUpInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true, description: '12–256 characters' }),
    name: t.string({ required: true }),
    language: t.field({
      type: LanguageEnum,
      description: 'The language of the mail; default: Accept-Language, else NB',
    }),
  }),
});

const LogInInput = builder.inputType('LogInInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({ type: ViewerRef, resolve: (_root, _args, ctx) => ctx.viewer }),
  users: t.connection({
    type: UserRef,
    description: 'Every account by email (admins)',
    authScopes: { admin: true },
    resolve: async (_root, args, ctx) =>
      toConnection(
        await mapped(() => ctx.graph.accounts.page(ctx.graph.runner, pageRequest(args))),
      ),
  }),
  representationClaims: t.field({
    type: [RepresentationRef],
    description: 'Claims to represent actors waiting for approval (admins)',
    authScopes: { admin: true },
    resolve: async (_root, _args, ctx) =>
      (await ctx.graph.accounts.representationClaims(ctx.graph.runner, ['CLAIMED'])).map((c) => ({
        fromKey: c.userId,
        toKey: c.actorId,
        status: c.status,
        role: c.role,
        since: c.since,
      })),
  }),
}));

/* Accounts: the use cases check and write; these adapters carry the session in a cookie. */

function accountDeps(ctx: Context): AccountDeps {
  return { ...useCaseDeps(ctx), passwords: passwordHashing, limiter: ctx.settings.loginLimiter };
}

/** The new session goes to the site as a signed cookie; the signed-in user may read their account. */
function sessionStarted(ctx: Context, signedIn: SignedIn): SignedIn {
  ctx.access.grantSignedIn(signedIn.user.id);
  ctx.responseCookies.push(
    sessionCookie(signToken(signedIn.token, ctx.settings.sessionSecret), {
      secure: ctx.settings.production,
      maxAgeSeconds: Math.floor(SESSION_TTL_MS / 1000),
    }),
  );
  return signedIn;
}

builder.mutationFields((t) => ({
  signUp: t.field({
    type: MailAcceptedRef,
    description:
      'Create an account and mail the link that confirms its address (no session: log in, or follow the link). ' +
      'When the address has an account, its owner is told by mail instead; the answer is the same',
    errors: { types: [DomainValidationError, RateLimitedError] },
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: (_root, args, ctx) => {
      const { language, ...input } = args.input;
      return underInput('input', () =>
        signUp(accountDeps(ctx), ctx.viewer, {
          ...input,
          language: textKey(languageFor(ctx, language)),
          address: ctx.address,
        }),
      );
    },
  }),
  verifyEmail: t.field({
    type: AuthPayload,
    description: 'Confirm the address with the mailed token (once, within 48 hours) and sign in',
    errors: { types: [DomainValidationError] },
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) =>
      sessionStarted(
        ctx,
        await mapped(() => verifyEmail(accountDeps(ctx), ctx.viewer, { token: args.token })),
      ),
  }),
  resendVerification: t.field({
    type: MailAcceptedRef,
    description: 'Mail a new confirmation link to the signed-in user (the older one stops working)',
    errors: { types: [ForbiddenError, ConflictError, RateLimitedError] },
    resolve: (_root, _args, ctx) => mapped(() => resendVerification(accountDeps(ctx), ctx.viewer)),
  }),
  requestPasswordReset: t.field({
    type: MailAcceptedRef,
    description:
      'Mail a password reset link (works once, for an hour); the same answer whether or not the address has an account',
    errors: { types: [DomainValidationError, RateLimitedError] },
    args: { email: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        requestPasswordReset(accountDeps(ctx), ctx.viewer, {
          email: args.email,
          address: ctx.address,
        }),
      ),
  }),
  resetPassword: t.field({
    type: AuthPayload,
    description:
      'Set a new password with the mailed token: every other session ends, and a new one starts',
    errors: { types: [DomainValidationError] },
    args: {
      token: t.arg.string({ required: true }),
      password: t.arg.string({ required: true, description: '12–256 characters' }),
    },
    resolve: async (_root, args, ctx) =>
      sessionStarted(
        ctx,
        await mapped(() =>
          resetPassword(accountDeps(ctx), ctx.viewer, {
            token: args.token,
            password: args.password,
          }),
        ),
      ),
  }),
  requestEmailChange: t.field({
    type: MailAcceptedRef,
    description:
      'Move the signed-in account to a new address once the link mailed there is followed (the password is asked again)',
    errors: { types: [DomainValidationError, ForbiddenError, RateLimitedError] },
    args: {
      email: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        requestEmailChange(accountDeps(ctx), ctx.viewer, {
          email: args.email,
          password: args.password,
          address: ctx.address,
        }),
      ),
  }),
  confirmEmailChange: t.field({
    type: UserRef,
    description: 'Move the account to the address the token was mailed to (once, within 48 hours)',
    errors: { types: [DomainValidationError, ConflictError] },
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const user = await mapped(() =>
        confirmEmailChange(useCaseDeps(ctx), ctx.viewer, { token: args.token }),
      );
      ctx.access.grantSignedIn(user.id);
      return user;
    },
  }),
  logIn: t.field({
    type: AuthPayload,
    description: 'Sign in; the same answer for an unknown account and a wrong password',
    errors: { types: [DomainValidationError, RateLimitedError] },
    args: { input: t.arg({ type: LogInInput, required: true }) },
    resolve: async (_root, args, ctx) =>
      sessionStarted(
        ctx,
        await mapped(() =>
          logIn(accountDeps(ctx), ctx.viewer, { ...args.input, address: ctx.address }),
        ),
      ),
  }),
  deleteMyAccount: t.boolean({
    description:
      'Delete the signed-in account after re-checking its password: the user, its sessions, its links and its person profile. Clears the session cookie',
    errors: { types: [DomainValidationError, ForbiddenError, RateLimitedError] },
    args: { password: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const deleted = await mapped(() =>
        deleteMyAccount(accountDeps(ctx), ctx.viewer, {
          password: args.password,
          address: ctx.address,
        }),
      );
      ctx.responseCookies.push(clearedSessionCookie(ctx.settings.production));
      return deleted;
    },
  }),
  logOut: t.boolean({
    description: 'End the current session; false when there was none',
    resolve: (_root, _args, ctx) => {
      ctx.responseCookies.push(clearedSessionCookie(ctx.settings.production));
      return mapped(() => logOut(useCaseDeps(ctx), ctx.viewer));
    },
  }),
}));
