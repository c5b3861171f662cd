import { createHash, randomBytes } from 'node:crypto';
import type { AccountTokenPurpose } from '@kobling/domain';
import type { AccountTokenRow, Graph, QueryExecutor } from '@kobling/graph';
import { validationError } from '../errors.ts';

/** How long a mailed link works. */
export const ACCOUNT_TOKEN_TTL_MS: Readonly<Record<AccountTokenPurpose, number>> = {
  VERIFY_EMAIL: 48 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
  CHANGE_EMAIL: 48 * 60 * 60 * 1000,
};

/** The one answer to a link that is unknown, used, expired or for something else. */
export const LINK_INVALID = 'This link is invalid, used or expired; ask for a new one';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A new single-use token for the mailed link: 32 random bytes for the link; the store keeps
 * only their SHA-256, and the user's older unused tokens of the purpose stop working.
 */
export async function issueAccountToken(
  tx: QueryExecutor,
  graph: Graph,
  now: number,
  fields: { userId: string; purpose: AccountTokenPurpose; email: string },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await graph.mail.retireTokens(tx, fields.userId, fields.purpose, now);
  await graph.mail.tokens.create(tx, {
    id: hashOf(token),
    ...fields,
    createdAt: now,
    expiresAt: now + ACCOUNT_TOKEN_TTL_MS[fields.purpose],
    usedAt: null,
  });
  return token;
}

/**
 * Spends a token in the caller's write transaction: it must exist, be of the purpose, unused
 * and unexpired; it is marked used before anything else, so it works once. Rejects with a
 * ValidationError under `token` otherwise, the same for every reason.
 */
export async function spendAccountToken(
  tx: QueryExecutor,
  graph: Graph,
  now: number,
  token: string,
  purpose: AccountTokenPurpose,
): Promise<AccountTokenRow> {
  const id = hashOf(token);
  const { tokens } = graph.mail;
  const row = (await tokens.lock(tx, id)) ? await tokens.require(tx, id) : null;
  if (!row || row.purpose !== purpose || row.usedAt !== null || row.expiresAt <= now) {
    throw validationError(['token'], LINK_INVALID);
  }
  return tokens.update(tx, id, { usedAt: now });
}
