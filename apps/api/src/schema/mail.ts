import { MAIL_KINDS, MAIL_STATUSES, MAIL_TOPICS } from '@kobling/domain';
import type { MailStatus } from '@kobling/domain';
import type { MailMessageRow } from '@kobling/graph';
import { renderMail, verifyUnsubscribe } from '@kobling/mail';
import type { MailWorkerStatus, RenderedMail } from '@kobling/mail';
import { setMailPreferences, unsubscribe } from '@kobling/use-cases';
import type { MailTopic } from '@kobling/domain';
import { DomainValidationError } from '@kobling/domain';
import { builder } from '../builder.ts';
import { ForbiddenError, mapped, underInput } from '../errors.ts';
import { textKey } from '../matchmaking/language.ts';
import { useCaseDeps } from '../use-case-deps.ts';
import { LanguageEnum } from './matchmaking.ts';
import { UserRef } from './refs.ts';

/*
 * Mail (issue 14): the reader's preferences and one-click unsubscribe, and for administrators the
 * queue (bounces and failures with the relay's reason) and the development mailbox (what was
 * kept instead of sent when no SMTP_URL is set). The account flows are in user.ts.
 */

export const MailTopicEnum = builder.enumType('MailTopic', {
  description: 'A group of notifications a user can turn off',
  values: MAIL_TOPICS,
});

const MailStatusEnum = builder.enumType('MailStatus', {
  description:
    'QUEUED until sent (SENT) or given up: BOUNCED (refused for good), FAILED (out of attempts), DROPPED (no longer wanted)',
  values: MAIL_STATUSES,
});

const MailKindEnum = builder.enumType('MailKind', {
  description: 'Which template a mail is written from',
  values: MAIL_KINDS,
});

const RenderedMailRef = builder.objectRef<RenderedMail>('RenderedMail').implement({
  description: 'A mail as written: subject, plain text and HTML from one template',
  fields: (t) => ({
    subject: t.exposeString('subject'),
    text: t.exposeString('text'),
    html: t.exposeString('html'),
  }),
});

const MailMessageRef = builder.objectRef<MailMessageRow>('MailMessage').implement({
  description: 'A queued or sent mail (admins)',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Its idempotency key, also in its Message-ID' }),
    kind: t.field({ type: MailKindEnum, resolve: (m) => m.kind }),
    to: t.exposeString('toAddress'),
    status: t.field({ type: MailStatusEnum, resolve: (m) => m.status }),
    attempts: t.exposeInt('attempts'),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'The last failure or bounce, as the relay said it',
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (m) => m.createdAt }),
    sentAt: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.sentAt }),
    transport: t.exposeString('transport', { nullable: true }),
    rendered: t.field({
      type: RenderedMailRef,
      nullable: true,
      description:
        'The mail as the reader sees it: only for mail kept in the development mailbox (mail sent through a relay keeps no content)',
      resolve: (m, _args, ctx) =>
        m.transport === 'mailbox' && m.data !== '' ? renderMail(ctx.mail.site, m) : null,
    }),
  }),
});

interface MailStatusView {
  readonly worker: MailWorkerStatus;
  readonly counts: ReadonlyMap<MailStatus, number>;
}

const MailStatusCountRef = builder
  .objectRef<{ status: MailStatus; count: number }>('MailStatusCount')
  .implement({
    fields: (t) => ({
      status: t.field({ type: MailStatusEnum, resolve: (c) => c.status }),
      count: t.exposeInt('count'),
    }),
  });

const MailQueueStatusRef = builder.objectRef<MailStatusView>('MailQueueStatus').implement({
  description: 'Where mail goes and how the queue stands (admins)',
  fields: (t) => ({
    transport: t.string({
      description: 'smtp (SMTP_URL) or mailbox (the development mailbox: nothing leaves)',
      resolve: (s) => s.worker.transport,
    }),
    counts: t.field({
      type: [MailStatusCountRef],
      resolve: (s) => MAIL_STATUSES.map((status) => ({ status, count: s.counts.get(status) ?? 0 })),
    }),
    lastError: t.string({ nullable: true, resolve: (s) => s.worker.lastError }),
    lastErrorAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (s) => s.worker.lastErrorAt,
    }),
    lastSuccessAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (s) => s.worker.lastSuccessAt,
    }),
  }),
});

const UnsubscribedRef = builder.objectRef<{ readonly topic: MailTopic }>('Unsubscribed').implement({
  description: 'The group of notifications that is now off',
  fields: (t) => ({ topic: t.field({ type: MailTopicEnum, resolve: (u) => u.topic }) }),
});

const MailPreferencesInput = builder.inputType('MailPreferencesInput', {
  fields: (t) => ({
    language: t.field({ type: LanguageEnum, required: true }),
    optOut: t.field({ type: [MailTopicEnum], required: true }),
  }),
});

const MAX_MAIL_LIST = 200;

builder.queryFields((t) => ({
  mailQueue: t.field({
    type: [MailMessageRef],
    description: `Mail, newest first, optionally of some statuses: bounces and failures with their reasons, and the development mailbox (admins; at most ${MAX_MAIL_LIST})`,
    authScopes: { admin: true },
    args: {
      statuses: t.arg({ type: [MailStatusEnum] }),
      first: t.arg.int({ defaultValue: 50 }),
    },
    resolve: (_root, args, ctx) =>
      ctx.graph.mail.recent(
        ctx.graph.runner,
        args.statuses ?? [],
        Math.min(MAX_MAIL_LIST, Math.max(1, args.first ?? 50)),
      ),
  }),
  mailStatus: t.field({
    type: MailQueueStatusRef,
    description: 'Where mail goes, the queue by status and the worker’s last error (admins)',
    authScopes: { admin: true },
    resolve: async (_root, _args, ctx) => ({
      worker: ctx.mail.worker.status(),
      counts: await ctx.graph.mail.countsByStatus(ctx.graph.runner),
    }),
  }),
}));

builder.mutationFields((t) => ({
  setMailPreferences: t.field({
    type: UserRef,
    description: 'The signed-in user’s mail language and the notification groups turned off',
    errors: { types: [DomainValidationError, ForbiddenError] },
    args: { input: t.arg({ type: MailPreferencesInput, required: true }) },
    resolve: (_root, args, ctx) =>
      underInput('input', () =>
        setMailPreferences(useCaseDeps(ctx), ctx.viewer, {
          language: textKey(args.input.language),
          optOut: args.input.optOut,
        }),
      ),
  }),
  unsubscribe: t.field({
    type: UnsubscribedRef,
    description:
      'Turn a group of notifications off with the values of a mailed link (u, t, s); no session needed',
    errors: { types: [DomainValidationError] },
    args: {
      userId: t.arg.string({ required: true }),
      topic: t.arg.string({ required: true }),
      signature: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      mapped(() =>
        unsubscribe(
          {
            ...useCaseDeps(ctx),
            verifyUnsubscribe: (values) => verifyUnsubscribe(ctx.mail.site.linkSecret, values),
          },
          ctx.viewer,
          args,
        ),
      ),
  }),
}));
