/**
 * `npm run reindex`: rebuilds the Meilisearch index (MEILI_URL, MEILI_MASTER_KEY) from the
 * configured store (KOBLING_DATA_DIR, or Neo4j with NEO4J_URI) into a fresh index and swaps it
 * in atomically; searches keep answering from the old index until the swap.
 *
 * The embedded index lives in the server's memory and is rebuilt at every start, so without
 * MEILI_URL there is nothing to do here: a running server rebuilds through the admin page or the
 * `reindexSearch` mutation. A store held by a running server stops this with the StoreInUseError
 * message and exit code 1.
 */
import { ConfigError, describeStore, loadConfig } from '@kobling/config';
import type { Config } from '@kobling/config';
import { openGraph, StoreInUseError } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import type { SearchDocument } from '@kobling/search';
import { allDocuments } from '@kobling/search-sync';
import { MEILI_INDEX_UID, createSearch } from '../search/runtime.ts';

const PROGRESS_EVERY = 5_000;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const count = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const meiliUrl = config.search.meiliUrl;
  if (meiliUrl === undefined) {
    console.info(
      [
        'Search runs on the embedded index (MEILI_URL is not set). It lives in the server’s memory and is',
        'rebuilt from the graph at every start, so there is nothing to rebuild here.',
        'To rebuild it in a running server: the administration page (/admin, "Rebuild the search index"),',
        'or the GraphQL mutation `mutation { reindexSearch { ... on MutationReindexSearchSuccess { data { documents } } } }`',
        'as an administrator. Set MEILI_URL (and MEILI_MASTER_KEY) to rebuild a Meilisearch index with this command.',
      ].join('\n'),
    );
    return;
  }

  let graph: Graph;
  try {
    graph = await openGraph(config.store);
  } catch (error) {
    if (error instanceof StoreInUseError) {
      fail(
        `${error.message}\nA running server holds the embedded store: rebuild through its administration page or the reindexSearch mutation.`,
      );
    }
    throw error;
  }

  const { sync } = createSearch(graph, config.search);
  const started = performance.now();
  try {
    console.info(`Store: ${describeStore(config.store)}`);
    console.info(`Search: Meilisearch at ${meiliUrl}, index "${MEILI_INDEX_UID}"`);
    await sync.index.applySettings();
    const before = await sync.index.count();
    console.info(
      `Rebuilding into a fresh index (the live one holds ${count(before)} documents and keeps answering) …`,
    );
    // As SearchSync.reindex, with progress: changes already in the outbox first, the rebuild,
    // then whatever was written meanwhile (the rebuild also writes those to the new index).
    await sync.indexer.drain();
    let documents = 0;
    async function* counted(): AsyncGenerator<SearchDocument> {
      for await (const document of allDocuments(graph)) {
        documents += 1;
        if (documents % PROGRESS_EVERY === 0) {
          console.info(
            `  ${count(documents)} documents read (${seconds(performance.now() - started)})`,
          );
        }
        yield document;
      }
    }
    await sync.index.rebuild(counted());
    await sync.indexer.drain();
    const after = await sync.index.count();
    console.info(
      `Swapped in: ${count(documents)} documents indexed in ${seconds(performance.now() - started)}; the index now holds ${count(after)} documents.`,
    );
  } catch (error) {
    await graph.close();
    fail(
      `The rebuild failed, the live index is unchanged: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  await graph.close();
}

await main();
