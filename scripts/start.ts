/**
 * `npm start`: the whole platform in one process on the embedded default (DESIGN §4).
 *
 * 1. reads the configuration (@kobling/config; every bad variable in one message);
 * 2. builds the web app when its build is missing or older than its sources (KOBLING_BUILD);
 * 3. opens the store (LadybugDB in KOBLING_DATA_DIR, default ./.data; Neo4j when NEO4J_URI is
 *    set) and seeds it with the region's data on first start;
 * 4. builds the search index from the graph (embedded, in memory) or, with MEILI_URL, applies
 *    the Meilisearch settings; the outbox indexer runs in this process;
 * 5. makes sure the administrator of KOBLING_ADMIN_EMAIL / _PASSWORD exists, if set;
 * 6. serves the GraphQL API at /graphql and the React Router site for everything else from one
 *    Express server on PORT (default 3000), and prints the URL.
 *
 * The pieces are in apps/server (@kobling/server). SIGINT/SIGTERM close the server, stop the
 * indexer and close the store. A bad configuration, a store held by another process or a port
 * in use stops the start with its message and exit code 1.
 */
import { createServer } from 'node:http';
import { loadConfig } from '@kobling/config';
import {
  createSiteApp,
  ensureAdmin,
  loadWebBuild,
  openPlatform,
  runStart,
  serveUntilStopped,
} from '@kobling/server';

await runStart(async () => {
  const config = loadConfig();
  const build = await loadWebBuild(config.web.build);
  const { graph, api, stop } = await openPlatform(config, {
    seedWhenEmpty: true,
    // The API sits behind this server, which sets X-Forwarded-For itself.
    trustProxy: true,
  });
  if (config.admin) await ensureAdmin(graph, api, config.admin);
  const app = createSiteApp({
    api,
    build,
    production: config.server.production,
    cacheTtlMs: config.web.cacheTtlMs,
  });
  const { port } = config.server;
  const server = createServer(app);
  serveUntilStopped(server, port, stop);
  server.listen(port, () => {
    console.info(`Kobling is running at http://localhost:${port}/ (GraphQL API at /graphql)`);
  });
});
