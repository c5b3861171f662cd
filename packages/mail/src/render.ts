import { createElement } from 'react';
import { render, toPlainText } from '@react-email/render';
import { MAIL_KIND_TOPIC, mailDataSchemas } from '@kobling/domain';
import type { MailKind, MailTopic } from '@kobling/domain';
import type { MailMessageRow } from '@kobling/graph';
import { mailCopy } from './copy.ts';
import { MailDocument } from './template.ts';
import { unsubscribeQuery } from './unsubscribe.ts';

export interface MailSite {
  /** The site's public address, e.g. https://kobling.no (PUBLIC_URL): mailed links start with it. */
  readonly publicUrl: string;
  /** Signs the unsubscribe links (derived from SESSION_SECRET by the composition root). */
  readonly linkSecret: string;
}

export interface RenderedMail {
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** The idempotency key as the Message-ID, so a receiver can tell a repeat from a new mail. */
  readonly messageId: string;
  readonly headers: Readonly<Record<string, string>>;
}

export const messageIdOf = (id: string) => `<${id}@kobling.mail>`;

/** The unsubscribe page's address for one group of notifications. */
export function unsubscribeUrl(site: MailSite, userId: string, topic: MailTopic): string {
  return `${site.publicUrl}/unsubscribe?${unsubscribeQuery(site.linkSecret, { userId, topic })}`;
}

/** Renders a queued message: its data is parsed with its kind's schema (the queue is an edge). */
export async function renderMail(site: MailSite, message: MailMessageRow): Promise<RenderedMail> {
  const kind: MailKind = message.kind;
  const data = mailDataSchemas[kind].parse(JSON.parse(message.data));
  const url = (path: string) => `${site.publicUrl}${path}`;
  const content = mailCopy(kind, data, url, message.language);
  const topic = MAIL_KIND_TOPIC[kind];
  const unsubscribe =
    topic !== null && message.userId !== null ? unsubscribeUrl(site, message.userId, topic) : null;
  const element = createElement(MailDocument, {
    content,
    language: message.language,
    links: { unsubscribe, preferences: url('/me#mail') },
  });
  // The text is the HTML's (what `render(element, { plainText: true })` does, one render fewer).
  const html = await render(element);
  const text = toPlainText(html);
  return {
    to: message.toAddress,
    subject: content.subject,
    html,
    text,
    messageId: messageIdOf(message.id),
    headers: {
      'X-Kobling-Mail-Kind': kind,
      ...(unsubscribe
        ? {
            'List-Unsubscribe': `<${unsubscribe}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }
        : {}),
    },
  };
}
