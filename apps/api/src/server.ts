import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { openGraph } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import { EnvError, parseEnv } from './env.ts';
import type { Env } from './env.ts';
import { startExpirySweep } from './matchmaking/expiry.ts';
import { startSearch } from './search/runtime.ts';
import { seedIfEmpty } from './seed.ts';
import { createApi } from './yoga.ts';

async function openStore(env: Env): Promise<Graph> {
  if (env.NEO4J_URI) {
    return openGraph({
      engine: 'neo4j',
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? '',
      password: env.NEO4J_PASSWORD ?? '',
      ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
    });
  }
  const graph = await openGraph({
    engine: 'ladybug',
    path: resolve(env.KOBLING_DATA_DIR, 'graph.lbug'),
  });
  // Embedded mode starts with the region's data (DESIGN §4).
  await seedIfEmpty(graph);
  return graph;
}

async function main(): Promise<void> {
  let env: Env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const graph = await openStore(env);
  // The search index (embedded: rebuilt from the graph now) and its indexer, woken by mutations.
  const search = await startSearch(graph, {
    meiliUrl: env.MEILI_URL,
    meiliMasterKey: env.MEILI_MASTER_KEY,
  });
  const yoga = createApi({
    graph,
    projectionSnapshotPath: resolve(env.KOBLING_DATA_DIR, 'projection.snapshot'),
    search: search.sync,
    searchEngine: search.engine,
    settings: {
      production: env.NODE_ENV === 'production',
      ...(env.SESSION_SECRET ? { sessionSecret: env.SESSION_SECRET } : {}),
      introductionExpiryMs: env.INTRODUCTION_EXPIRY_DAYS * 24 * 60 * 60 * 1000,
      publicCacheTtlMs: env.KOBLING_API_CACHE_TTL_MS,
      importDir: env.KOBLING_IMPORT_DIR ?? null,
    },
  });
  // Unanswered introductions expire on a timer too, not only when read (matchmaking/expiry.ts).
  const stopSweep = startExpirySweep(graph);
  const server = createServer(yoga);
  server.listen(env.PORT, () => {
    console.info(`Kobling API on http://localhost:${env.PORT}${yoga.graphqlEndpoint}`);
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
