/**
 * The API alone (`npm run start -w @kobling/api`), without the site: port 4000 by default, so it
 * can run beside `npm start`'s 3000 on another store. The embedded store starts with the region's
 * data (DESIGN §4).
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { ConfigError, describeStore, loadConfig } from '@kobling/config';
import type { Config } from '@kobling/config';
import { openGraph } from '@kobling/graph';
import { apiSettingsFrom } from './api-settings.ts';
import { startExpirySweep } from './matchmaking/expiry.ts';
import { startSearch } from './search/runtime.ts';
import { seedIfEmpty } from './seed.ts';
import { createApi } from './yoga.ts';

const API_PORT = 4000;

function configOrExit(): Config {
  try {
    return loadConfig(undefined, { defaultPort: API_PORT });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const graph = await openGraph(config.store);
  console.info(`Store: ${describeStore(config.store)}`);
  if (config.store.engine === 'ladybug') await seedIfEmpty(graph);
  // The search index (embedded: rebuilt from the graph now) and its indexer, woken by mutations.
  const search = await startSearch(graph, config.search);
  const yoga = createApi({
    graph,
    projectionSnapshotPath: join(config.dataDir, 'projection.snapshot'),
    search: search.sync,
    searchEngine: search.engine,
    // Clients reach this server directly: their X-Forwarded-For is not to be believed.
    settings: apiSettingsFrom(config, { trustProxy: false }),
  });
  // Unanswered introductions expire on a timer too, not only when read (matchmaking/expiry.ts).
  const stopSweep = startExpirySweep(graph);
  const server = createServer(yoga);
  server.listen(config.server.port, () => {
    console.info(`Kobling API on http://localhost:${config.server.port}${yoga.graphqlEndpoint}`);
  });
  const stop = () => {
    stopSweep();
    server.close(() => {
      void search
        .stop()
        .then(() => graph.close())
        .then(() => process.exit(0));
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
