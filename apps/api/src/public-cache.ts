import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { sessionCookieIn } from './auth/sessions.ts';

/** A request that carries credentials: its answer may depend on who asks, so it is never cached. */
export function carriesCredentials(request: Request): boolean {
  return (
    request.headers.has('authorization') ||
    sessionCookieIn(request.headers.get('cookie')) !== undefined
  );
}

/**
 * A short-lived cache of visitors' query results. Visitors all see the same public data, so
 * one execution serves every visitor asking the same query with the same variables (and the
 * same language, which suggestion texts depend on) within the TTL. Requests with a session or
 * a bearer token always execute. Mutations invalidate the entities they return; everything
 * else is at most `ttlMs` old, which is why the TTL stays a few seconds.
 */
export function publicResponseCache(ttlMs: number): Plugin | null {
  if (ttlMs <= 0) return null;
  return useResponseCache({
    ttl: ttlMs,
    enabled: (request) => !carriesCredentials(request),
    session: (request) => `visitor:${request.headers.get('accept-language') ?? ''}`,
    invalidateViaMutation: true,
  }) as Plugin;
}
