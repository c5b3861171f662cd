/**
 * `npm run reindex`: rebuilds the search index from the configured store (KOBLING_DATA_DIR, or
 * Neo4j with NEO4J_URI) into a fresh index and swaps it in atomically; searches keep answering
 * from the old index until the swap.
 *
 * - Meilisearch (MEILI_URL, MEILI_MASTER_KEY): the shared index, also while servers run.
 * - Embedded (default): the index file beside the graph (`<KOBLING_DATA_DIR>/search.sqlite`).
 *   A running server holds the embedded store, so this stops with the StoreInUseError message
 *   and exit code 1: rebuild through its administration page or the reindexSearch mutation.
 *   (With Neo4j and the embedded index, a running server keeps answering from its own copy in
 *   memory until it restarts.)
 */
import { ConfigError, describeStore, loadConfig } from '@kobling/config';
import type { Config } from '@kobling/config';
import { openGraph, StoreInUseError } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
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
    console.info(
      meiliUrl === undefined
        ? `Search: embedded index at ${config.search.embeddedPath ?? '(memory)'}`
        : `Search: Meilisearch at ${meiliUrl}, index "${MEILI_INDEX_UID}"`,
    );
    await sync.index.applySettings();
    const before = await sync.index.count();
    console.info(
      `Rebuilding into a fresh index (the live one holds ${count(before)} documents and keeps answering) …`,
    );
    // Changes already in the outbox first, the rebuild, then whatever was written meanwhile
    // (the rebuild also writes those to the new index).
    const { documents } = await sync.reindex((read) => {
      if (read % PROGRESS_EVERY === 0) {
        console.info(`  ${count(read)} documents read (${seconds(performance.now() - started)})`);
      }
    });
    const after = await sync.index.count();
    console.info(
      `Swapped in: ${count(documents)} documents indexed in ${seconds(performance.now() - started)}; the index now holds ${count(after)} documents.`,
    );
  } catch (error) {
    await sync.index.close();
    await graph.close();
    fail(
      `The rebuild failed, the live index is unchanged: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  await sync.index.close();
  await graph.close();
}

await main();
