/**
 * `npm start`: the whole platform in one process on the embedded default (DESIGN §4).
 *
 * 1. builds the web app when its build is missing or older than its sources (KOBLING_BUILD=always
 *    forces a build, =never skips the check);
 * 2. opens the store (LadybugDB in KOBLING_DATA_DIR, default ./.data; Neo4j when NEO4J_URI is set)
 *    and seeds it with the region's data on first start;
 * 3. builds the search index from the graph (embedded, in memory) or, with MEILI_URL (and
 *    MEILI_MASTER_KEY), applies the Meilisearch settings; the outbox indexer runs in this process;
 * 4. serves the GraphQL API at /graphql and the React Router site for everything else from one
 *    Express 5 server on PORT (default 3000), and prints the URL.
 *
 * KOBLING_ADMIN_EMAIL and KOBLING_ADMIN_PASSWORD (optional) make sure that administrator exists.
 * KOBLING_WEB_CACHE_TTL_MS (default 5000; 0 = off): how long a visitor's page is reused for others.
 *
 * SIGINT/SIGTERM close the server, stop the indexer and close the store. A store held by another
 * process stops the start with the StoreInUseError message and exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeReadableStreamToWritable } from '@react-router/node';
import express from 'express';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { createRequestHandler } from 'react-router';
import type { ServerBuild } from 'react-router';
import {
  apiSettingsFrom,
  createApi,
  LIMITS,
  READINESS_PATH,
  readBodyWithin,
  startExpirySweep,
  startSearch,
} from '@kobling/api';
import { ConfigError, describeStore, loadConfig } from '@kobling/config';
import type { AdminAccount, Config, StoreConfig } from '@kobling/config';
import { openGraph, StoreInUseError } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import { ensureSeeded, formatSeedSummary } from '@kobling/seeds';

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

function buildWebIfNeeded(mode: Config['web']['build']): void {
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

/**
 * The first administrator (KOBLING_ADMIN_EMAIL / _PASSWORD): the API has no way to make one,
 * by design. The account is created through the API's own signUp (its hashing and checks); only
 * the admin flag is set on the store, here in the composition root.
 */
async function ensureAdmin(
  graph: Graph,
  api: ReturnType<typeof createApi>,
  admin: AdminAccount,
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

/** The API's session cookie; a request without it comes from a visitor. */
const SESSION_COOKIE = 'kobling_session';
const VISITOR_CACHE_MAX = 500;

interface CachedPage {
  readonly status: number;
  readonly headers: readonly [string, string][];
  readonly body: Buffer;
  readonly expires: number;
}

/**
 * A micro-cache of the pages visitors get (no session): what a caching reverse proxy would do
 * in front of the site. A visitor's page depends only on the URL, the cookies (the language)
 * and Accept-Language, which make the key; only 200 answers without Set-Cookie are kept. Any
 * form post through the site clears it; changes made through the API elsewhere show after at
 * most the TTL. Signed-in users always get a fresh page.
 */
class VisitorCache {
  private readonly pages = new Map<string, CachedPage>();
  /** Renders under way, so visitors who miss at the same moment share one render. */
  readonly rendering = new Map<string, Promise<CachedPage | null>>();
  readonly ttlMs: number;

  constructor(ttlMs: number) {
    this.ttlMs = ttlMs;
  }

  keyFor(req: ExpressRequest): string | null {
    if (this.ttlMs === 0 || req.method !== 'GET') return null;
    const cookie = req.headers.cookie ?? '';
    if (cookie.split(';').some((c) => c.trim().startsWith(`${SESSION_COOKIE}=`))) return null;
    const language = (req.headers['accept-language'] ?? '').slice(0, 100);
    return `${cookie}\n${language}\n${req.originalUrl}`;
  }

  get(key: string): CachedPage | null {
    const page = this.pages.get(key);
    if (!page) return null;
    if (page.expires > Date.now()) return page;
    this.pages.delete(key);
    return null;
  }

  set(key: string, page: Omit<CachedPage, 'expires'>): void {
    if (this.pages.size >= VISITOR_CACHE_MAX) {
      const oldest = this.pages.keys().next().value;
      if (oldest !== undefined) this.pages.delete(oldest);
    }
    this.pages.set(key, { ...page, expires: Date.now() + this.ttlMs });
  }

  clear(): void {
    this.pages.clear();
  }
}

/**
 * An Express request as a Fetch API Request (what React Router's handler takes), or null when
 * its body is over the API's body limit: a form post is read whole before a route sees it,
 * counting the bytes that arrive (a chunked body declares no length).
 */
async function toFetchRequest(req: ExpressRequest, res: ExpressResponse): Promise<Request | null> {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  const init: RequestInit & { duplex?: 'half' } = {
    method: req.method,
    headers,
    signal: controller.signal,
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    if (Number(req.headers['content-length'] ?? '0') > LIMITS.maxBodyBytes) return null;
    const body = await readBodyWithin(
      req.iterator({ destroyOnReturn: false }),
      LIMITS.maxBodyBytes,
    );
    if (body === null) return null;
    init.body = body;
  }
  return new Request(url, init);
}

/** How much of an oversized form post is read and dropped so the client sees its 413. */
const LINGER_MS = 1_000;
const LINGER_BYTES = 1_000_000;

/**
 * 413, then a lingering close: what the client is still sending is dropped (never buffered)
 * for a moment, because closing a socket with unread data resets the connection and the client
 * loses the answer; after LINGER_MS or LINGER_BYTES the connection is closed. (`Connection:
 * close` would make Node close it at once, with the same reset.)
 */
function sendTooLarge(req: ExpressRequest, res: ExpressResponse): void {
  res.status(413).type('text/plain').end(`The form is larger than ${LIMITS.maxBodyBytes} bytes.`);
  let dropped = 0;
  const close = () => req.socket.destroy();
  const timer = setTimeout(close, LINGER_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) {
      clearTimeout(timer);
      close();
    }
  });
  req.on('end', () => clearTimeout(timer));
}

function responseHeaders(response: Response): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of response.headers)
    if (name !== 'set-cookie') pairs.push([name, value]);
  for (const cookie of response.headers.getSetCookie()) pairs.push(['set-cookie', cookie]);
  return pairs;
}

function sendHead(
  res: ExpressResponse,
  status: number,
  headers: readonly [string, string][],
  cache: 'hit' | 'miss' | 'bypass',
): void {
  res.status(status);
  for (const [name, value] of headers) res.append(name, value);
  res.setHeader('x-kobling-cache', cache);
}

/** React Router's request handler behind the visitor cache. */
function siteHandler(
  build: ServerBuild,
  mode: string,
  cache: VisitorCache,
  loadContext: (req: ExpressRequest) => Record<string, unknown>,
) {
  const handle = createRequestHandler(build, mode);
  /** Renders a visitor's page for the cache; null when the answer may not be shared. */
  const renderShared = async (key: string, req: ExpressRequest, res: ExpressResponse) => {
    // Only GET requests are shared, and they carry no body.
    const request = (await toFetchRequest(req, res)) as Request;
    const response = await handle(request, loadContext(req) as never);
    if (response.status !== 200 || response.headers.getSetCookie().length > 0) {
      return { response, page: null };
    }
    const body = Buffer.from(await response.arrayBuffer());
    const page = { status: response.status, headers: responseHeaders(response), body };
    cache.set(key, page);
    return { response: null, page };
  };
  return async (req: ExpressRequest, res: ExpressResponse, next: (error?: unknown) => void) => {
    try {
      const key = cache.keyFor(req);
      if (key !== null) {
        const hit = cache.get(key) ?? (await cache.rendering.get(key));
        if (hit) {
          sendHead(res, hit.status, hit.headers, 'hit');
          res.end(hit.body);
          return;
        }
        // The first visitor to miss renders; those who miss meanwhile wait for that render.
        const render = renderShared(key, req, res);
        cache.rendering.set(
          key,
          render.then((r) => (r.page ? { ...r.page, expires: 0 } : null)).catch(() => null),
        );
        const { response, page } = await render.finally(() => cache.rendering.delete(key));
        if (page) {
          sendHead(res, page.status, page.headers, 'miss');
          res.end(page.body);
          return;
        }
        await sendResponse(res, response, 'miss');
        return;
      }
      const request = await toFetchRequest(req, res);
      if (request === null) {
        sendTooLarge(req, res);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') cache.clear();
      await sendResponse(res, await handle(request, loadContext(req) as never), 'bypass');
    } catch (error) {
      next(error);
    }
  };
}

async function sendResponse(
  res: ExpressResponse,
  response: Response,
  cache: 'miss' | 'bypass',
): Promise<void> {
  sendHead(res, response.status, responseHeaders(response), cache);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

async function openStore(config: StoreConfig): Promise<Graph> {
  let graph: Graph;
  try {
    graph = await openGraph(config);
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
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const env = { PORT: config.server.port, NODE_ENV: config.server.mode };
  const admin = config.admin;
  const visitorCache = new VisitorCache(config.web.cacheTtlMs);
  buildWebIfNeeded(config.web.build);
  const graph = await openStore(config.store);
  // Search: the embedded index is rebuilt from the graph now; Meilisearch when MEILI_URL is set.
  // The indexer runs in this process and every mutation wakes it.
  const search = await startSearch(graph, config.search);
  const yoga = createApi({
    graph,
    projectionSnapshotPath: join(config.dataDir, 'projection.snapshot'),
    // The API sits behind this server, which sets X-Forwarded-For itself (below); the client's
    // own header is never passed on, so the login rate limit sees the real address.
    settings: apiSettingsFrom(config, { trustProxy: true }),
    search: search.sync,
    searchEngine: search.engine,
  });
  if (admin) await ensureAdmin(graph, yoga, admin);
  // Unanswered introductions expire on a timer too, not only when someone reads them.
  const stopSweep = startExpirySweep(graph);
  const build = (await import(pathToFileURL(SERVER_BUILD).href)) as ServerBuild;

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
  app.get(READINESS_PATH, (req: ExpressRequest, res: ExpressResponse) => {
    void yoga(req, res);
  });
  app.all('/graphql', (req: ExpressRequest, res: ExpressResponse) => {
    req.headers['x-forwarded-for'] = clientAddress(req);
    void yoga(req, res);
  });
  app.all(
    '/{*path}',
    siteHandler(
      build,
      env.NODE_ENV === 'production' ? 'production' : 'development',
      visitorCache,
      (req) => ({
        api: {
          fetch: (request: Request) => yoga.fetch(request, {}),
          url: 'http://kobling.internal/graphql',
        },
        clientAddress: clientAddress(req),
      }),
    ),
  );

  const server = app.listen(env.PORT, () => {
    console.info(`Kobling is running at http://localhost:${env.PORT}/ (GraphQL API at /graphql)`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    stopSweep();
    void search
      .stop()
      .then(() => graph.close())
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
    stopSweep();
    void search
      .stop()
      .then(() => graph.close())
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
