/**
 * The platform's one Express app: the GraphQL API at /graphql, readiness, the site's assets,
 * and every other path rendered by React Router (`@react-router/express`) behind the form body
 * limit and the visitor cache.
 */
import { join } from 'node:path';
import { createRequestHandler } from '@react-router/express';
import express from 'express';
import type { Express } from 'express';
import type { ServerBuild } from 'react-router';
import { LIMITS, READINESS_PATH } from '@kobling/api';
import type { Api } from '@kobling/api';
import { limitFormBodies } from './body-limit.ts';
import { clientAddress, loadContextFor } from './load-context.ts';
import { visitorCache } from './visitor-cache.ts';
import { CLIENT_BUILD } from './web-build.ts';

export interface SiteOptions {
  readonly api: Api;
  readonly build: ServerBuild;
  readonly production: boolean;
  /** How long a visitor's page is reused for other visitors (ms); 0 = off. */
  readonly cacheTtlMs: number;
}

export function createSiteApp(options: SiteOptions): Express {
  const { api } = options;
  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/assets',
    express.static(join(CLIENT_BUILD, 'assets'), { immutable: true, maxAge: '1y' }),
  );
  // Only the files the build has at its root; a catch-all static handler would stat every page URL.
  app.get('/favicon.svg', (_req, res) => {
    res.sendFile(join(CLIENT_BUILD, 'favicon.svg'), { maxAge: '1d' });
  });
  // Readiness (the graph projection built): answered by the API (apps/api/src/http/readiness.ts).
  app.get(READINESS_PATH, (req, res) => {
    void api(req, res);
  });
  app.all('/graphql', (req, res) => {
    // The API trusts X-Forwarded-For from this server only: the client's own is replaced.
    req.headers['x-forwarded-for'] = clientAddress(req);
    void api(req, res);
  });
  app.all(
    '/{*path}',
    limitFormBodies(LIMITS.maxBodyBytes),
    visitorCache(options.cacheTtlMs),
    createRequestHandler({
      build: options.build,
      mode: options.production ? 'production' : 'development',
      getLoadContext: loadContextFor(api),
    }),
  );
  return app;
}
