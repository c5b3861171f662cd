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
import { join } from 'node:path';
import {
  apiSettingsFrom,
  createApi,
  mailOptionsFrom,
  startExpirySweep,
  startMailJobs,
  startSearch,
} from '@kobling/api';
import { describeStore, loadConfig } from '@kobling/config';
import { openGraph } from '@kobling/graph';
import { ensureSeeded, formatSeedSummary } from '@kobling/seeds';
import {
  createSiteApp,
  ensureAdmin,
  loadWebBuild,
  runStart,
  serveUntilStopped,
} from '@kobling/server';

await runStart(async () => {
  const config = loadConfig();
  const build = await loadWebBuild(config.web.build);

  const graph = await openGraph(config.store);
  console.info(`Store: ${describeStore(config.store)}`);
  const summary = await ensureSeeded(graph);
  if (summary) console.info(formatSeedSummary(summary));

  // Search: the embedded index is rebuilt from the graph now; Meilisearch when MEILI_URL is set.
  // The indexer runs in this process and every mutation wakes it.
  const search = await startSearch(graph, config.search);
  const api = createApi({
    graph,
    projectionSnapshotPath: join(config.dataDir, 'projection.snapshot'),
    // The API sits behind this server, which sets X-Forwarded-For itself.
    settings: apiSettingsFrom(config, { trustProxy: true }),
    search: search.sync,
    searchEngine: search.engine,
    mail: mailOptionsFrom(config),
  });
  if (config.admin) await ensureAdmin(graph, api, config.admin);
  // Unanswered introductions expire on a timer too, not only when someone reads them.
  const stopSweep = startExpirySweep(graph);
  // Mail: the worker sends the queue (SMTP_URL, else the development mailbox), with the
  // expiry reminders and the weekly digest.
  const stopMail = startMailJobs(graph, api.mail, api.projection);
  if (config.mail.smtpUrl === null) {
    console.info('Mail: no SMTP_URL, so mail is kept in the development mailbox (/admin/mailbox)');
  }

  const app = createSiteApp({
    api,
    build,
    production: config.server.production,
    cacheTtlMs: config.web.cacheTtlMs,
  });
  const { port } = config.server;
  const server = createServer(app);
  serveUntilStopped(server, port, async () => {
    stopSweep();
    await stopMail();
    await search.stop();
    await graph.close();
  });
  server.listen(port, () => {
    console.info(`Kobling is running at http://localhost:${port}/ (GraphQL API at /graphql)`);
  });
});
