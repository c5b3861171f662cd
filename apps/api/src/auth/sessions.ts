import { createHmac, timingSafeEqual } from 'node:crypto';

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

export function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
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
  const cookie = parseCookies(request.headers.get('cookie')).get(SESSION_COOKIE);
  if (cookie) return { token: unsignToken(cookie, secret), via: 'cookie' };
  return { token: null, via: null };
}
