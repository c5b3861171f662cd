import { createHmac, timingSafeEqual } from 'node:crypto';
import { parseCookie } from 'cookie';

/*
 * Sessions are opaque random tokens (made and stored by the account use cases, which keep only
 * their SHA-256). Cookies carry the token signed with SESSION_SECRET; API clients send the bare
 * token as `Authorization: Bearer`.
 */

export { SESSION_TTL_MS, newSessionToken, sessionIdFor } from '@kobling/use-cases';

export const SESSION_COOKIE = 'kobling_session';

function signature(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}

export function signToken(token: string, secret: string): string {
  return `${token}.${signature(token, secret)}`;
}

/** The token of a signed cookie value, or null when the signature does not match. */
export function unsignToken(value: string, secret: string): string | null {
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(signature(token, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/**
 * The session cookie's value in a Cookie header, undefined when it has none. Parsed by the
 * `cookie` package (the one React Router uses), so the API, the visitor cache and the site read
 * a Cookie header the same way.
 */
export function sessionCookieIn(header: string | null | undefined): string | undefined {
  return header ? parseCookie(header)[SESSION_COOKIE] : undefined;
}

export function sessionCookie(
  value: string,
  options: { secure: boolean; maxAgeSeconds: number },
): string {
  return [
    `${SESSION_COOKIE}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${options.maxAgeSeconds}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', { secure, maxAgeSeconds: 0 });
}

/** Where a request's session token came from: the Authorization header or the cookie. */
export interface RequestCredentials {
  readonly token: string | null;
  readonly via: 'bearer' | 'cookie' | null;
}

export function credentialsOf(request: Request, secret: string): RequestCredentials {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return { token: match?.[1] ?? null, via: 'bearer' };
  }
  const cookie = sessionCookieIn(request.headers.get('cookie'));
  if (cookie) return { token: unsignToken(cookie, secret), via: 'cookie' };
  return { token: null, via: null };
}
