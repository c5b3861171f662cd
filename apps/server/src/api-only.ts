/**
 * The API alone (`npm run start:api`), without the site: port 4000 by default, so it can run
 * beside `npm start`'s 3000 on another store. Like scripts/start.ts it is a composition root
 * rather than part of the API: it opens the store and seeds an empty embedded store with the
 * region's data (DESIGN §4), which the API itself never imports. Failures and signals are
 * handled as `npm start` handles them (lifecycle.ts).
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
import { runStart, serveUntilStopped } from './lifecycle.ts';

const API_PORT = 4000;

await runStart(async () => {
  const config = loadConfig(undefined, { defaultPort: API_PORT });
  const graph = await openGraph(config.store);
  console.info(`Store: ${describeStore(config.store)}`);
  if (config.store.engine === 'ladybug') {
    const summary = await ensureSeeded(graph);
    if (summary) console.info(formatSeedSummary(summary));
  }
  // The search index (embedded: rebuilt from the graph now) and its indexer, woken by mutations.
  const search = await startSearch(graph, config.search);
  const yoga = createApi({
    graph,
    projectionSnapshotPath: join(config.dataDir, 'projection.snapshot'),
    search: search.sync,
    searchEngine: search.engine,
    // Clients reach this server directly: their X-Forwarded-For is not to be believed.
    settings: apiSettingsFrom(config, { trustProxy: false }),
    mail: mailOptionsFrom(config),
  });
  // Unanswered introductions expire on a timer too, not only when read (matchmaking/expiry.ts).
  const stopSweep = startExpirySweep(graph);
  // Mail: the worker sends the queue (SMTP_URL, else the development mailbox), with the
  // expiry reminders and the weekly digest.
  const stopMail = startMailJobs(graph, yoga.mail, yoga.projection);
  if (config.mail.smtpUrl === null) {
    console.info('Mail: no SMTP_URL, so mail is kept in the development mailbox (/admin/mailbox)');
  }
  const { port } = config.server;
  const server = createServer(yoga);
  serveUntilStopped(server, port, async () => {
    stopSweep();
    await stopMail();
    await search.stop();
    await graph.close();
  });
  server.listen(port, () => {
    console.info(`Kobling API on http://localhost:${port}${yoga.graphqlEndpoint}`);
  });
});
