import { createHash, randomBytes } from 'node:crypto';

/*
 * Sessions are opaque random tokens. The store keeps only their SHA-256 (the Session id), so a
 * leaked database does not leak live sessions; the caller hands the token to the client (the
 * API: a signed cookie for the site, a Bearer token for API clients).
 */

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionIdFor(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
