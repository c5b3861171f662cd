import type { Graph } from '@kobling/graph';
import { createEmbeddedSearchIndex, createMeilisearchIndex } from '@kobling/search';
import type { Opening } from '@kobling/search';
import { createSearchSync } from '@kobling/search-sync';
import type { SearchSync } from '@kobling/search-sync';

/*
 * The search index a server runs with (DESIGN §2): embedded by default, Meilisearch when
 * MEILI_URL is set. The index is a projection of the graph kept current by the outbox indexer,
 * which runs in the server process and is woken after every mutation (yoga.ts).
 */

export const SEARCH_ENGINES = ['embedded', 'meilisearch'] as const;
export type SearchEngine = (typeof SEARCH_ENGINES)[number];

/** The Meilisearch index searches read; a rebuild swaps a fresh one in under this name. */
export const MEILI_INDEX_UID = 'kobling';

/** How long a server waits before trying an unreachable Meilisearch again at start. */
const MEILI_RETRY_MS = 5_000;

export interface SearchConfig {
  /** Meilisearch's address; unset: the embedded index. */
  readonly meiliUrl?: string | undefined;
  readonly meiliMasterKey?: string | undefined;
  /** The embedded index's file; unset: in memory, rebuilt at every start. */
  readonly embeddedPath?: string | undefined;
}

/** What the API gets: the sync (index, indexer, reindex) and which engine it is. */
export interface ApiSearch {
  readonly sync: SearchSync;
  readonly engine: SearchEngine;
  /** The embedded index: whether its file opened from its snapshot, and if not, why. */
  readonly opening?: Opening;
}

export function searchEngineOf(config: SearchConfig): SearchEngine {
  return config.meiliUrl ? 'meilisearch' : 'embedded';
}

/** The index and its sync for the configuration; nothing is started or built yet. */
export function createSearch(graph: Graph, config: SearchConfig): ApiSearch {
  if (searchEngineOf(config) === 'meilisearch') {
    const index = createMeilisearchIndex({
      host: config.meiliUrl ?? '',
      ...(config.meiliMasterKey ? { apiKey: config.meiliMasterKey } : {}),
      indexUid: MEILI_INDEX_UID,
    });
    return { sync: createSearchSync(graph, index), engine: 'meilisearch' };
  }
  const index = createEmbeddedSearchIndex(
    config.embeddedPath === undefined ? {} : { path: config.embeddedPath },
  );
  return {
    sync: createSearchSync(graph, index, { position: index }),
    engine: 'embedded',
    opening: index.opening,
  };
}

export interface RunningSearch extends ApiSearch {
  /** Stops the indexer (after its batch in flight) and any pending start-up retry. */
  stop(): Promise<void>;
}

type Log = Pick<Console, 'info' | 'warn'>;

/** Where an opened index came from, for the start-up line an operator reads. */
function openedFrom(opening: Opening | undefined): string {
  if (opening?.from === 'snapshot') return 'from its snapshot';
  const why = opening?.snapshotUnusable ? ` (snapshot not used: ${opening.snapshotUnusable})` : '';
  return `from its documents${why}`;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Makes the index ready and starts the indexer:
 * - embedded: the index is opened from its file beside the graph and brought up to date from
 *   its change-feed position (rebuilt when it has none or is too far behind; awaited: the
 *   server answers searches only with a complete index);
 * - Meilisearch: the settings declared in code are applied, an empty index is filled from the
 *   graph, and the outbox brings it up to date. An unreachable Meilisearch does not stop the
 *   server: start-up is retried in the background, and searches answer SEARCH_UNAVAILABLE
 *   meanwhile.
 */
export async function startSearch(
  graph: Graph,
  config: SearchConfig,
  log: Log = console,
): Promise<RunningSearch> {
  const search = createSearch(graph, config);
  const { sync, engine, opening } = search;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | null = null;

  async function prepare(): Promise<void> {
    const started = performance.now();
    if (engine === 'embedded') {
      const report = await sync.catchUp();
      const ms = Math.round(performance.now() - started);
      log.info(
        report.rebuilt
          ? `Search: embedded index built from the graph, ${report.documents} documents in ${ms} ms`
          : `Search: embedded index opened ${openedFrom(opening)} with ${report.documents} documents, ${report.applied} changed since its last run applied, in ${ms} ms`,
      );
      return;
    }
    await sync.index.applySettings();
    const count = await sync.index.count();
    if (count === 0) {
      const { documents } = await sync.reindex();
      log.info(
        `Search: Meilisearch at ${config.meiliUrl}, empty index filled with ${documents} documents in ${Math.round(performance.now() - started)} ms`,
      );
    } else {
      log.info(
        `Search: Meilisearch at ${config.meiliUrl}, ${count} documents; the outbox brings it up to date`,
      );
    }
  }

  async function attempt(): Promise<void> {
    try {
      await prepare();
      if (!stopped) sync.indexer.start();
    } catch (error) {
      if (engine === 'embedded') throw error;
      log.warn(
        `Search: Meilisearch at ${config.meiliUrl} is not ready (${message(error)}); trying again in ${MEILI_RETRY_MS / 1000} s`,
      );
      if (!stopped) {
        retry = setTimeout(() => {
          retry = null;
          void attempt();
        }, MEILI_RETRY_MS);
      }
    }
  }

  await attempt();
  return {
    ...search,
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      await sync.indexer.stop();
      await sync.index.close();
    },
  };
}
