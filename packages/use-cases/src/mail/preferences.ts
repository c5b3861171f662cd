import { LANGUAGES, MAIL_TOPICS } from '@kobling/domain';
import type { MailTopic } from '@kobling/domain';
import type { UserRow } from '@kobling/graph';
import { z } from 'zod';
import type { UseCaseDeps } from '../deps.ts';
import { forbidden, parseIn, storeErrorsTyped, validationError } from '../errors.ts';
import type { Viewer } from '../viewer.ts';

const preferencesSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  optOut: z.array(z.enum(MAIL_TOPICS)).max(MAIL_TOPICS.length),
});

/**
 * Sets the signed-in user's mail language and the notification groups they do not want.
 * Account mail (confirmations, resets) always goes. Rejects with ForbiddenError (a visitor) or
 * ValidationError (under `input`).
 */
export async function setMailPreferences(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly language: string; readonly optOut: readonly string[] },
): Promise<UserRow> {
  const user = viewer.user;
  if (!user) throw forbidden(viewer);
  const parsed = parseIn(preferencesSchema, { ...input, optOut: [...input.optOut] }, 'input');
  const { users } = deps.graph.accounts;
  return storeErrorsTyped(() =>
    deps.graph.runner.write((tx) =>
      users.update(tx, user.id, {
        language: parsed.language,
        mailOptOut: [...new Set(parsed.optOut)].sort(),
      }),
    ),
  );
}

/** Checks an unsubscribe link's signature (packages/mail signs them). */
export type UnsubscribeVerifier = (values: {
  readonly userId: string;
  readonly topic: string;
  readonly signature: string;
}) => { readonly userId: string; readonly topic: MailTopic } | null;

/**
 * Turns a group of notifications off from a mailed link, without signing in (RFC 8058 one-click):
 * the link's signature is the authority. Rejects with ValidationError (`signature`) when the link
 * was not made by this platform; an account that is gone has nothing left to turn off.
 */
export async function unsubscribe(
  deps: UseCaseDeps & { readonly verifyUnsubscribe: UnsubscribeVerifier },
  _viewer: Viewer,
  input: { readonly userId: string; readonly topic: string; readonly signature: string },
): Promise<{ readonly topic: MailTopic }> {
  const request = deps.verifyUnsubscribe(input);
  if (!request) throw validationError(['signature'], 'This unsubscribe link is not valid');
  const { users } = deps.graph.accounts;
  await storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      if (!(await users.lock(tx, request.userId))) return;
      const user = await users.require(tx, request.userId);
      const optOut = new Set(user.mailOptOut ?? []);
      if (optOut.has(request.topic)) return;
      optOut.add(request.topic);
      await users.update(tx, user.id, { mailOptOut: [...optOut].sort() });
    }),
  );
  return { topic: request.topic };
}
