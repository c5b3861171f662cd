import { LANGUAGES, MAIL_KIND_TOPIC, isOneOf, uuidv7 } from '@kobling/domain';
import type { Language, MailData, MailKind } from '@kobling/domain';
import type { Graph, MailRecipient, QueryExecutor } from '@kobling/graph';

/*
 * Mail is queued in the transaction of the event that causes it (the MailMessage queue, sent by
 * the mail worker): an event that rolls back mails nothing, one that commits is never lost.
 */

export interface QueuedMail<K extends MailKind> {
  readonly kind: K;
  readonly to: string;
  readonly userId: string | null;
  readonly language: Language;
  readonly data: MailData<K>;
  /** An idempotency key derived from the event (e.g. one reminder per introduction); else new. */
  readonly id?: string;
}

/** The language a stored preference names; bokmål when there is none. */
export function mailLanguage(stored: string | null | undefined): Language {
  return isOneOf(LANGUAGES, stored) ? stored : 'nb';
}

/** Queues one mail in the caller's write transaction; false when its key was queued before. */
export function queueMail<K extends MailKind>(
  tx: QueryExecutor,
  graph: Graph,
  now: number,
  mail: QueuedMail<K>,
): Promise<boolean> {
  return graph.mail.enqueue(tx, {
    id: mail.id ?? uuidv7(now),
    kind: mail.kind,
    toAddress: mail.to,
    userId: mail.userId,
    language: mail.language,
    data: JSON.stringify(mail.data),
    status: 'QUEUED',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    createdAt: now,
    sentAt: null,
    transport: null,
  });
}

/**
 * Queues a notification to each recipient whose address is confirmed and who has not turned
 * its group off, each in their own language. `key` gives an idempotency key per recipient when
 * the event may recur.
 */
export async function notify<K extends MailKind>(
  tx: QueryExecutor,
  graph: Graph,
  now: number,
  recipients: readonly MailRecipient[],
  kind: K,
  data: MailData<K>,
  key?: (recipient: MailRecipient) => string,
): Promise<void> {
  const topic = MAIL_KIND_TOPIC[kind];
  const seen = new Set<string>();
  for (const r of recipients) {
    if (seen.has(r.userId) || r.emailVerifiedAt === null) continue;
    if (topic !== null && (r.mailOptOut ?? []).includes(topic)) continue;
    seen.add(r.userId);
    await queueMail(tx, graph, now, {
      kind,
      to: r.email,
      userId: r.userId,
      language: mailLanguage(r.language),
      data,
      ...(key ? { id: key(r) } : {}),
    });
  }
}

/**
 * Queues a notification to the representatives of an actor (approved), under notify's rules;
 * `key` as for notify.
 */
export async function notifyRepresentatives<K extends MailKind>(
  tx: QueryExecutor,
  graph: Graph,
  now: number,
  actorId: string,
  kind: K,
  data: MailData<K>,
  key?: (recipient: MailRecipient) => string,
): Promise<void> {
  await notify(tx, graph, now, await graph.mail.representativesOf(tx, actorId), kind, data, key);
}
