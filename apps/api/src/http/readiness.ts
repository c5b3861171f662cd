import type { LiveProjection } from '@kobling/projection';
import type { Plugin } from 'graphql-yoga';

/** Where load balancers and start scripts ask whether this instance can answer everything. */
export const READINESS_PATH = '/ready';

/**
 * `GET /ready`: 200 once the graph projection matchmaking reads is built, 503 while it is being
 * built (the fields that need it answer PROJECTION_NOT_READY meanwhile); the body says which,
 * with the projection's progress.
 */
export function readinessPlugin(projection: LiveProjection): Plugin {
  return {
    onRequest({ url, endResponse }) {
      if (url.pathname !== READINESS_PATH) return;
      const status = projection.status();
      const ready = status.state === 'ready' || status.version !== null;
      endResponse(
        new Response(JSON.stringify({ ready, projection: status }), {
          status: ready ? 200 : 503,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-store',
          },
        }),
      );
    },
  };
}
