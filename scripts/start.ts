/**
 * `npm start`: the whole platform in one process on the embedded default (DESIGN §4).
 *
 * 1. builds the web app when its build is missing or older than its sources (KOBLING_BUILD=always
 *    forces a build, =never skips the check);
 * 2. opens the store (LadybugDB in KOBLING_DATA_DIR, default ./.data; Neo4j when NEO4J_URI is set)
 *    and seeds it with the region's data on first start;
 * 3. serves the GraphQL API at /graphql and the React Router site for everything else from one
 *    Express 5 server on PORT (default 3000), and prints the URL.
 *
 * KOBLING_ADMIN_EMAIL and KOBLING_ADMIN_PASSWORD (optional) make sure that administrator exists.
 *
 * SIGINT/SIGTERM close the server and the store. A store held by another process stops the
 * start with the StoreInUseError message and exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequestHandler } from '@react-router/express';
import express from 'express';
import { z } from 'zod';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';
import type { ServerBuild } from 'react-router';
import { createApi, EnvError, parseEnv } from '@kobling/api';
import type { Env } from '@kobling/api';
import { openGraph, StoreInUseError } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import {
  ConfigError,
  describeStore,
  ensureSeeded,
  formatSeedSummary,
  graphConfig,
  storeConfig,
} from '@kobling/seeds';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WEB = join(ROOT, 'apps/web');
const SERVER_BUILD = join(WEB, 'build/server/index.js');
const CLIENT_BUILD = join(WEB, 'build/client');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Newest modification time under the web app's sources and build configuration. */
function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
    }
  };
  for (const p of ['app', 'public', 'vite.config.ts', 'react-router.config.ts', 'package.json']) {
    const full = join(WEB, p);
    if (existsSync(full)) visit(full);
  }
  return newest;
}

function buildWebIfNeeded(mode: string | undefined): void {
  if (mode === 'never') return;
  const stale =
    mode === 'always' ||
    !existsSync(SERVER_BUILD) ||
    statSync(SERVER_BUILD).mtimeMs < newestSource();
  if (!stale) return;
  console.info('Building the web app …');
  const require = createRequire(join(WEB, 'package.json'));
  const cli = join(require.resolve('@react-router/dev/package.json'), '..', 'bin.js');
  const result = spawnSync(process.execPath, [cli, 'build'], {
    cwd: WEB,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) fail('The web app did not build (see above).');
}

function settingsFrom(env: Env) {
  return {
    production: env.NODE_ENV === 'production',
    ...(env.SESSION_SECRET ? { sessionSecret: env.SESSION_SECRET } : {}),
    introductionExpiryMs: env.INTRODUCTION_EXPIRY_DAYS * 24 * 60 * 60 * 1000,
    // The API sits behind this server, which sets X-Forwarded-For itself (below); the client's
    // own header is never passed on, so the login rate limit sees the real address.
    trustProxy: true,
  };
}

const adminSchema = z
  .object({
    KOBLING_ADMIN_EMAIL: z.email().optional(),
    KOBLING_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    KOBLING_ADMIN_NAME: z.string().trim().min(1).default('Administrator'),
  })
  .refine(
    (v) => (v.KOBLING_ADMIN_EMAIL === undefined) === (v.KOBLING_ADMIN_PASSWORD === undefined),
    {
      message: 'KOBLING_ADMIN_EMAIL and KOBLING_ADMIN_PASSWORD go together',
      path: ['KOBLING_ADMIN_PASSWORD'],
    },
  );

function adminFromEnv() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k, v]) => k.startsWith('KOBLING_ADMIN_') && v !== ''),
  );
  const parsed = adminSchema.safeParse(env);
  if (!parsed.success) {
    fail(
      `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  }
  const a = parsed.data;
  return a.KOBLING_ADMIN_EMAIL && a.KOBLING_ADMIN_PASSWORD
    ? {
        email: a.KOBLING_ADMIN_EMAIL,
        password: a.KOBLING_ADMIN_PASSWORD,
        name: a.KOBLING_ADMIN_NAME,
      }
    : null;
}

/**
 * The first administrator (KOBLING_ADMIN_EMAIL / _PASSWORD): the API has no way to make one,
 * by design. The account is created through the API's own signUp (its hashing and checks); only
 * the admin flag is set on the store, here in the composition root.
 */
async function ensureAdmin(
  graph: Graph,
  api: ReturnType<typeof createApi>,
  admin: { email: string; password: string; name: string },
): Promise<void> {
  let user = await graph.accounts.findByEmail(graph.runner, admin.email);
  if (!user) {
    const response = await api.fetch(
      new Request('http://kobling.internal/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation($input: SignUpInput!) { signUp(input: $input) { __typename ... on Error { message } } }',
          variables: { input: admin },
        }),
      }),
      {},
    );
    const body = (await response.json()) as {
      data?: { signUp: { __typename: string; message?: string } };
    };
    const result = body.data?.signUp;
    if (!result || result.__typename !== 'MutationSignUpSuccess') {
      fail(
        `Could not create the administrator account: ${result?.message ?? JSON.stringify(body)}`,
      );
    }
    user = await graph.accounts.findByEmail(graph.runner, admin.email);
  }
  if (user && !user.isAdmin) {
    const id = user.id;
    await graph.runner.write((tx) => graph.accounts.users.update(tx, id, { isAdmin: true }));
  }
  console.info(`Administrator: ${admin.email}`);
}

function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

async function openStore(): Promise<Graph> {
  const config = (() => {
    try {
      return storeConfig();
    } catch (error) {
      if (error instanceof ConfigError) fail(error.message);
      throw error;
    }
  })();
  let graph: Graph;
  try {
    graph = await openGraph(graphConfig(config));
  } catch (error) {
    if (error instanceof StoreInUseError) fail(error.message);
    throw error;
  }
  console.info(`Store: ${describeStore(config)}`);
  const summary = await ensureSeeded(graph);
  if (summary) console.info(formatSeedSummary(summary));
  return graph;
}

async function main(): Promise<void> {
  let env: Env;
  try {
    // The platform's default port is 3000 (the API on its own uses 4000).
    env = parseEnv({ ...process.env, PORT: process.env.PORT || '3000' });
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
  const admin = adminFromEnv();
  buildWebIfNeeded(process.env.KOBLING_BUILD);
  const graph = await openStore();
  const yoga = createApi({ graph, settings: settingsFrom(env) });
  if (admin) await ensureAdmin(graph, yoga, admin);
  const build = (await import(pathToFileURL(SERVER_BUILD).href)) as ServerBuild;

  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/assets',
    express.static(join(CLIENT_BUILD, 'assets'), { immutable: true, maxAge: '1y' }),
  );
  app.use(express.static(CLIENT_BUILD, { maxAge: '1h', index: false }));
  app.all('/graphql', (req: ExpressRequest, res: ExpressResponse) => {
    req.headers['x-forwarded-for'] = clientAddress(req);
    void yoga(req, res);
  });
  app.all(
    '/{*path}',
    createRequestHandler({
      build,
      mode: env.NODE_ENV === 'production' ? 'production' : 'development',
      getLoadContext: (req) => ({
        api: {
          fetch: (request: Request) => yoga.fetch(request, {}),
          url: 'http://kobling.internal/graphql',
        },
        clientAddress: clientAddress(req),
      }),
    }),
  );

  const server = app.listen(env.PORT, () => {
    console.info(`Kobling is running at http://localhost:${env.PORT}/ (GraphQL API at /graphql)`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    void graph
      .close()
      .finally(() =>
        fail(
          error.code === 'EADDRINUSE'
            ? `Port ${env.PORT} is in use; set PORT to another port.`
            : error.message,
        ),
      );
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: stopping …`);
    server.close();
    server.closeAllConnections();
    void graph
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

await main();
