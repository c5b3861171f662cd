import { createHmac, timingSafeEqual } from 'node:crypto';
import { MAIL_TOPICS, isOneOf } from '@kobling/domain';
import type { MailTopic } from '@kobling/domain';

/*
 * One-click unsubscribe links (RFC 8058): the link names the account and the notification group
 * and carries an HMAC of both, so it works without signing in and cannot be made for someone
 * else. It never expires: an old mail's link must still work.
 */

export interface Unsubscribe {
  readonly userId: string;
  readonly topic: MailTopic;
}

function signature(secret: string, { userId, topic }: Unsubscribe): string {
  return createHmac('sha256', secret)
    .update(`unsubscribe\u0000${userId}\u0000${topic}`)
    .digest('base64url');
}

/** The query string of an unsubscribe link: `u`, `t` and the signature `s`. */
export function unsubscribeQuery(secret: string, request: Unsubscribe): string {
  const params = new URLSearchParams({
    u: request.userId,
    t: request.topic,
    s: signature(secret, request),
  });
  return params.toString();
}

/** The request a link's values name, or null when the signature does not hold. */
export function verifyUnsubscribe(
  secret: string,
  values: { readonly userId: string; readonly topic: string; readonly signature: string },
): Unsubscribe | null {
  if (!isOneOf(MAIL_TOPICS, values.topic)) return null;
  const request = { userId: values.userId, topic: values.topic };
  const expected = Buffer.from(signature(secret, request));
  const given = Buffer.from(values.signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? request : null;
}
