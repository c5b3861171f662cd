import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailKind } from '@kobling/domain';
import { smtpTransport } from '@kobling/mail';
import { startTestSmtpServer } from '@kobling/mail/testing';
import type { ReceivedMail, TestSmtpServer } from '@kobling/mail/testing';
import {
  ADDRESS_NOT_CONFIRMED,
  LINK_INVALID,
  MAIL_ON_ITS_WAY,
  queueWeeklyDigests,
  remindExpiringIntroductions,
} from '@kobling/use-cases';
import { digestSuggestions } from './mail/runtime.ts';
import { LoginRateLimiter } from './auth/rate-limit.ts';
import { TEST_PASSWORD, gid, mutate, openTestApi } from './testing/fixture.ts';
import type { AsUser, TestApi } from './testing/fixture.ts';

/*
 * Every mail flow end to end: a mutation through the API queues the mail in its transaction,
 * the API's mail worker sends it over SMTP to a real server (smtp-server on 127.0.0.1), and the
 * test reads it there and follows its link back through the API.
 */

let t: TestApi;
let smtp: TestSmtpServer;
let clock = Date.now();
const PUBLIC = 'https://kobling.test';

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await openTestApi({
    settings: {
      now: () => clock,
      loginLimiter: new LoginRateLimiter(
        { accountMailsPerRecipient: 3, resetsPerAddress: 4 },
        () => clock,
      ),
    },
    mail: {
      transport: smtpTransport(smtp.url, 'Kobling <noreply@kobling.test>'),
      publicUrl: PUBLIC,
    },
  });
});
afterAll(async () => {
  await t.api.mail.worker.stop();
  await t.close();
  await smtp.stop();
});

let n = 0;
const address = (who: string) => `${who}-${++n}@example.test`;

/** Sends what the mutations queued, then the mails of `kind` to `to` that arrived. */
async function inbox(to: string, kind: MailKind): Promise<ReceivedMail[]> {
  await t.api.mail.worker.runOnce();
  return smtp.received.filter((m) => m.to === to && m.headers['x-kobling-mail-kind'] === kind);
}

async function onlyMail(to: string, kind: MailKind): Promise<ReceivedMail> {
  const mails = await inbox(to, kind);
  expect(mails).toHaveLength(1);
  return mails[0]!;
}

function linkToken(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`${PUBLIC}${path}\\?token=([\\w-]+)`).exec(mail.text);
  expect(match, mail.text).not.toBeNull();
  return match![1]!;
}

const SIGN_UP = { decl: '$i: SignUpInput!', call: 'input: $i' };
const signUp = (email: string, language = 'EN') =>
  mutate(
    t,
    'signUp',
    { ...SIGN_UP, variables: { i: { email, password: TEST_PASSWORD, name: 'Kari', language } } },
    'message',
  );
const withToken = (name: string, token: string, selection: string, extra = '') =>
  mutate(
    t,
    name,
    {
      decl: `$token: String!${extra ? `, ${extra}` : ''}`,
      call: `token: $token${extra ? ', password: $password' : ''}`,
      variables: { token },
    },
    selection,
  );

describe('accounts by mail', () => {
  it('sign-up mails a link that confirms the address once and signs in; until then no introductions, claims or new actors', async () => {
    const email = address('kari');
    expect((await signUp(email)).data).toEqual({ message: MAIL_ON_ITS_WAY });
    const mail = await onlyMail(email, 'VERIFY_EMAIL');
    expect(mail.subject).toBe('Confirm your email address');
    expect(mail.html).toContain('Confirm my address');
    expect(mail.headers['list-unsubscribe']).toBeUndefined();
    const token = linkToken(mail, '/verify-email');

    const logIn = await mutate(
      t,
      'logIn',
      {
        decl: '$i: LogInInput!',
        call: 'input: $i',
        variables: { i: { email, password: TEST_PASSWORD } },
      },
      'token',
    );
    const unconfirmed: AsUser = { user: null, token: String(logIn.data?.token) };
    const [actor] = await t.graph.actors.nodes.keysAfter(t.graph.runner, '', 1);
    const claim = await mutate(
      t,
      'claimActor',
      { decl: '$a: ID!', call: 'actorId: $a', variables: { a: gid('Actor', actor!) } },
      'status',
      unconfirmed,
    );
    expect(claim).toMatchObject({ typename: 'ForbiddenError', message: ADDRESS_NOT_CONFIRMED });
    const me = await t.gql('{ viewer { user { emailVerified } } }', {}, unconfirmed);
    expect(me.body.data?.viewer).toEqual({ user: { emailVerified: false } });

    const verified = await withToken('verifyEmail', token, 'token user { email emailVerified }');
    expect(verified.typename).toBe('MutationVerifyEmailSuccess');
    expect(verified.data?.user).toEqual({ email, emailVerified: true });
    const again = await withToken('verifyEmail', token, 'token');
    expect(again).toMatchObject({ typename: 'ValidationError', message: `token: ${LINK_INVALID}` });
    const confirmed: AsUser = { user: null, token: String(verified.data?.token) };
    const claimed = await mutate(
      t,
      'claimActor',
      { decl: '$a: ID!', call: 'actorId: $a', variables: { a: gid('Actor', actor!) } },
      'status',
      confirmed,
    );
    expect(claimed.typename).toBe('MutationClaimActorSuccess');
  });

  it('sign-up with an address that has an account answers the same and tells the owner by mail', async () => {
    const owner = await t.makeUser();
    const before = (await t.graph.accounts.list(t.graph.runner, 10_000)).length;
    expect((await signUp(owner.user.email)).data).toEqual({ message: MAIL_ON_ITS_WAY });
    expect((await t.graph.accounts.list(t.graph.runner, 10_000)).length).toBe(before);
    const mail = await onlyMail(owner.user.email, 'SIGN_UP_EXISTING');
    // The owner chose no language yet: the mail speaks the sign-up's.
    expect(mail.subject).toBe('You already have a Kobling account');
    expect(mail.text).toContain(`${PUBLIC}/forgot-password`);
  });

  it('a password reset link works once, within the hour, ends the other sessions and signs in', async () => {
    const owner = await t.makeUser();
    const ask = (email: string) =>
      mutate(
        t,
        'requestPasswordReset',
        { decl: '$e: String!', call: 'email: $e', variables: { e: email } },
        'message',
      );
    const unknown = address('nobody');
    expect(await ask(unknown)).toMatchObject({ data: { message: MAIL_ON_ITS_WAY } });
    expect(await ask(owner.user.email)).toMatchObject({ data: { message: MAIL_ON_ITS_WAY } });
    expect(await inbox(unknown, 'RESET_PASSWORD')).toHaveLength(0);
    const token = linkToken(await onlyMail(owner.user.email, 'RESET_PASSWORD'), '/reset-password');

    const reset = (password: string) =>
      mutate(
        t,
        'resetPassword',
        {
          decl: '$token: String!, $p: String!',
          call: 'token: $token, password: $p',
          variables: { token, p: password },
        },
        'token',
      );
    expect((await reset('short')).fields?.[0]?.path).toEqual(['password']);
    const done = await reset('a brand new password');
    expect(done.typename).toBe('MutationResetPasswordSuccess');
    const old = await t.gql('{ viewer { isSignedIn } }', {}, owner);
    expect(old.body.data?.viewer).toEqual({ isSignedIn: false });
    expect(await reset('another new password')).toMatchObject({
      typename: 'ValidationError',
      message: `token: ${LINK_INVALID}`,
    });

    await ask(owner.user.email);
    const late = linkToken(
      (await inbox(owner.user.email, 'RESET_PASSWORD'))[1]!,
      '/reset-password',
    );
    clock += 61 * 60_000;
    const expired = await mutate(
      t,
      'resetPassword',
      {
        decl: '$token: String!, $p: String!',
        call: 'token: $token, password: $p',
        variables: { token: late, p: 'yet another password' },
      },
      'token',
    );
    expect(expired).toMatchObject({
      typename: 'ValidationError',
      message: `token: ${LINK_INVALID}`,
    });
  });

  it('an email change is confirmed at the new address; a taken address tells its owner instead', async () => {
    const user = await t.makeUser();
    const taken = await t.makeUser();
    const change = (email: string) =>
      mutate(
        t,
        'requestEmailChange',
        {
          decl: '$e: String!, $p: String!',
          call: 'email: $e, password: $p',
          variables: { e: email, p: TEST_PASSWORD },
        },
        'message',
        user,
      );
    const next = address('moved');
    expect(await change(next)).toMatchObject({ data: { message: MAIL_ON_ITS_WAY } });
    expect(await change(taken.user.email)).toMatchObject({ data: { message: MAIL_ON_ITS_WAY } });
    await onlyMail(taken.user.email, 'CHANGE_EMAIL_EXISTING');
    const token = linkToken(await onlyMail(next, 'CHANGE_EMAIL'), '/confirm-email');
    expect((await t.graph.accounts.users.require(t.graph.runner, user.user.id)).email).toBe(
      user.user.email,
    );
    const confirmed = await withToken('confirmEmailChange', token, 'email emailVerified');
    expect(confirmed.data).toEqual({ email: next, emailVerified: true });
  });

  it('account mail to one address is limited (the answer stays the same); resets are limited per client', async () => {
    const owner = await t.makeUser();
    const ask = () =>
      mutate(
        t,
        'requestPasswordReset',
        { decl: '$e: String!', call: 'email: $e', variables: { e: owner.user.email } },
        'message',
      );
    for (let i = 0; i < 4; i += 1)
      expect((await ask()).typename).toBe('MutationRequestPasswordResetSuccess');
    expect(await inbox(owner.user.email, 'RESET_PASSWORD')).toHaveLength(3);
    expect((await ask()).typename).toBe('RateLimitedError');
    clock += 16 * 60_000;
  });
});

describe('notifications', () => {
  let actors: string[];
  let cluster: string;
  beforeAll(async () => {
    actors = await t.graph.actors.nodes.keysAfter(t.graph.runner, '', 3);
    cluster = (await t.graph.clusters.nodes.keysAfter(t.graph.runner, '', 1))[0]!;
  });

  it('an introduction: requested to the target, answered (with the contact) to the asker, a reminder before it expires, once', async () => {
    const [from, to] = actors as [string, string];
    const asker = await t.makeUser({ represents: [from] });
    const target = await t.makeUser({ represents: [to] });
    const requested = await mutate(
      t,
      'requestIntroduction',
      {
        decl: '$i: RequestIntroductionInput!',
        call: 'input: $i',
        variables: {
          i: {
            fromActorId: gid('Actor', from),
            toActorId: gid('Actor', to),
            message: 'Shall we talk?',
          },
        },
      },
      'id',
      asker,
    );
    expect(requested.typename).toBe('MutationRequestIntroductionSuccess');
    const ask = await onlyMail(target.user.email, 'INTRODUCTION_REQUESTED');
    expect(ask.text).toContain('«Shall we talk?»');
    expect(ask.headers['list-unsubscribe']).toMatch(/t=INTRODUCTIONS/);

    clock += 13 * 24 * 60 * 60_000;
    await t.api.mail.worker.runOnce();
    await remindExpiringIntroductions(t.graph, clock);
    await remindExpiringIntroductions(t.graph, clock);
    await onlyMail(target.user.email, 'INTRODUCTION_EXPIRING');

    const answered = await mutate(
      t,
      'respondToIntroduction',
      { decl: '$id: ID!', call: 'id: $id, accept: true', variables: { id: requested.data?.id } },
      'status',
      target,
    );
    expect(answered.data).toEqual({ status: 'ACCEPTED' });
    const yes = await onlyMail(asker.user.email, 'INTRODUCTION_ANSWERED');
    expect(yes.text).toContain(target.user.email);
  });

  it('memberships: a request to the managers, an invitation to the actor, an approval to the side that asked', async () => {
    const actor = actors[2]!;
    const rep = await t.makeUser({ represents: [actor] });
    const manager = await t.makeUser({ manages: [cluster] });
    const key = {
      decl: '$a: ID!, $c: ID!',
      call: 'actorId: $a, clusterId: $c',
      variables: { a: gid('Actor', actor), c: gid('Cluster', cluster) },
    };
    expect((await mutate(t, 'requestMembership', key, 'status', rep)).data).toEqual({
      status: 'REQUESTED',
    });
    await onlyMail(manager.user.email, 'MEMBERSHIP_REQUESTED');
    expect((await mutate(t, 'approveMembership', key, 'status', manager)).data).toEqual({
      status: 'ACTIVE',
    });
    await onlyMail(rep.user.email, 'MEMBERSHIP_APPROVED');
    await mutate(t, 'removeMembership', key, 'status', manager);
    expect((await mutate(t, 'inviteMember', key, 'status', manager)).data).toEqual({
      status: 'INVITED',
    });
    await onlyMail(rep.user.email, 'MEMBERSHIP_INVITED');
  });

  it('a claim approved is told to the claimant; a notification turned off, or unsubscribed with the signed link, is not sent', async () => {
    const admin = await t.makeUser({ isAdmin: true });
    const [first, second] = actors as [string, string];
    const claimant = await t.makeUser({ claims: [first, second] });
    const approve = (a: string) =>
      mutate(
        t,
        'approveRepresentation',
        {
          decl: '$u: ID!, $a: ID!',
          call: 'userId: $u, actorId: $a',
          variables: { u: gid('User', claimant.user.id), a: gid('Actor', a) },
        },
        'status',
        admin,
      );
    await approve(first);
    const mail = await onlyMail(claimant.user.email, 'CLAIM_APPROVED');
    const link = /<(https:\/\/kobling\.test\/unsubscribe\?[^>]+)>/.exec(
      mail.headers['list-unsubscribe'] ?? '',
    );
    const values = new URL(link![1]!).searchParams;
    const unsubscribe = (s: string) =>
      mutate(
        t,
        'unsubscribe',
        {
          decl: '$u: String!, $t: String!, $s: String!',
          call: 'userId: $u, topic: $t, signature: $s',
          variables: { u: values.get('u'), t: values.get('t'), s },
        },
        'topic',
      );
    expect((await unsubscribe('forged')).typename).toBe('ValidationError');
    expect((await unsubscribe(values.get('s')!)).data).toEqual({ topic: 'CLAIMS' });
    await approve(second);
    expect(await inbox(claimant.user.email, 'CLAIM_APPROVED')).toHaveLength(1);
    const prefs = await t.gql('{ viewer { user { mailOptOut mailLanguage } } }', {}, claimant);
    expect(prefs.body.data?.viewer).toEqual({
      user: { mailOptOut: ['CLAIMS'], mailLanguage: 'NB' },
    });
  });

  it('the weekly digest lists suggestions for the reader’s actors, once a week, unless turned off', async () => {
    const reader = await t.makeUser({ represents: [actors[0]!] });
    const other = await t.makeUser({ represents: [actors[1]!] });
    await t.graph.runner.write((tx) =>
      t.graph.accounts.users.update(tx, other.user.id, { mailOptOut: ['DIGEST'] }),
    );
    const deps = { graph: t.graph, now: () => clock, suggest: digestSuggestions(t.api.projection) };
    await queueWeeklyDigests(deps, clock);
    await queueWeeklyDigests(deps, clock);
    const digest = await onlyMail(reader.user.email, 'WEEKLY_DIGEST');
    expect(digest.text).toMatch(/forslag for/);
    expect(digest.html).toContain(`${PUBLIC}/actors/`);
    expect(await inbox(other.user.email, 'WEEKLY_DIGEST')).toHaveLength(0);
  });

  it('administrators see bounces with the relay’s reason; others may not', async () => {
    const admin = await t.makeUser({ isAdmin: true });
    const email = address('gone');
    smtp.refused.add(email);
    await signUp(email);
    await t.api.mail.worker.runOnce();
    const queue = await t.gql(
      '{ mailQueue(statuses: [BOUNCED]) { to kind status lastError } mailStatus { transport counts { status count } } }',
      {},
      admin,
    );
    const bounced = (queue.body.data?.mailQueue as { to: string; lastError: string }[]).find(
      (m) => m.to === email,
    );
    expect(bounced).toMatchObject({ to: email, lastError: expect.stringMatching(/550/) });
    expect(queue.body.data?.mailStatus).toMatchObject({ transport: 'smtp' });
    const user = await t.makeUser();
    const refused = await t.gql('{ mailQueue { id } }', {}, user);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
