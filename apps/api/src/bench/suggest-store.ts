import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applyMigrations, openGraph, openLadybugRunner, openNeo4jRunner } from '@kobling/graph';
import { bulkLoad } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import { generateGraph, ladybugBufferPoolFor, startNeo4jBenchServer } from '@kobling/seeds';

/*
 * A generated graph in a LadybugDB file store for the matchmaking bench. Generating and loading
 * 100k actors takes minutes (1M: most of an hour), so a loaded store is kept in its folder with a
 * READY marker and reused by later runs with the same size and seed.
 */

export interface SuggestStoreOptions {
  readonly actors: number;
  readonly seed: number;
  /** Folder holding graph.lbug and READY.json. */
  readonly dir: string;
  readonly log?: (line: string) => void;
}

export interface SuggestStore {
  readonly path: string;
  readonly bufferPoolBytes: number;
  readonly nodeRows: number;
  readonly relationshipRows: number;
  /** Wall time of generate + load, when this call loaded it; null when reused. */
  readonly loadMs: number | null;
}

interface Marker {
  readonly actors: number;
  readonly seed: number;
  readonly nodeRows: number;
  readonly relationshipRows: number;
  readonly loadMs: number;
}

/** Loads the generated graph into `dir` unless a READY store of the same size and seed is there. */
export async function prepareSuggestStore(options: SuggestStoreOptions): Promise<SuggestStore> {
  const log = options.log ?? (() => {});
  const path = join(options.dir, 'graph.lbug');
  const markerPath = join(options.dir, 'READY.json');
  const bufferPoolBytes = ladybugBufferPoolFor(options.actors);
  if (existsSync(markerPath)) {
    const marker = JSON.parse(readFileSync(markerPath, 'utf8')) as Marker;
    if (marker.actors === options.actors && marker.seed === options.seed) {
      log(`reusing the loaded store in ${options.dir}`);
      return {
        path,
        bufferPoolBytes,
        nodeRows: marker.nodeRows,
        relationshipRows: marker.relationshipRows,
        loadMs: null,
      };
    }
  }
  rmSync(options.dir, { recursive: true, force: true });
  mkdirSync(join(options.dir, 'csv'), { recursive: true });
  const started = performance.now();
  const runner = openLadybugRunner({ path, bufferPoolBytes, readConnections: 1 });
  let result;
  try {
    await applyMigrations(runner);
    const graph = generateGraph({ actors: options.actors, seed: options.seed });
    let lastLog = 0;
    result = await bulkLoad(runner, graph.chunks(), {
      tempDir: join(options.dir, 'csv'),
      onProgress: (p) => {
        if (p.elapsedMs - lastLog < 10_000) return;
        lastLog = p.elapsedMs;
        log(
          `  ${p.phase} ${p.table}: ${p.rows} rows; ${p.totalRows} in all at ${(p.elapsedMs / 1000).toFixed(0)} s`,
        );
      },
    });
  } finally {
    await runner.close();
  }
  const loadMs = performance.now() - started;
  const marker: Marker = {
    actors: options.actors,
    seed: options.seed,
    nodeRows: result.nodeRows,
    relationshipRows: result.relationshipRows,
    loadMs,
  };
  writeFileSync(markerPath, JSON.stringify(marker, null, 2));
  log(
    `loaded ${result.nodeRows} nodes and ${result.relationshipRows} relationships in ${(loadMs / 1000).toFixed(0)} s`,
  );
  return {
    path,
    bufferPoolBytes,
    nodeRows: result.nodeRows,
    relationshipRows: result.relationshipRows,
    loadMs,
  };
}

/** A Neo4j store holding the generated graph, open, and how to shut it down. */
export interface Neo4jSuggestStore {
  readonly graph: Graph;
  readonly nodeRows: number;
  readonly relationshipRows: number;
  readonly loadMs: number;
  close(): Promise<void>;
}

/**
 * The same generated graph (same size and seed) in a real Neo4j 5.26 from the test server
 * (tools/neo4j-test-server), loaded in batched UNWIND transactions over Bolt. Its database is
 * temporary, so it is loaded on every run.
 */
export async function prepareNeo4jSuggestStore(
  options: Omit<SuggestStoreOptions, 'dir'>,
): Promise<Neo4jSuggestStore> {
  const log = options.log ?? (() => {});
  const server = await startNeo4jBenchServer(options.actors);
  const { connection } = server;
  try {
    const started = performance.now();
    const runner = openNeo4jRunner(connection);
    let result;
    try {
      await applyMigrations(runner);
      const generated = generateGraph({ actors: options.actors, seed: options.seed });
      let lastLog = 0;
      result = await bulkLoad(runner, generated.chunks(), {
        method: 'unwind',
        onProgress: (p) => {
          if (p.elapsedMs - lastLog < 10_000) return;
          lastLog = p.elapsedMs;
          log(`  neo4j ${p.table}: ${p.totalRows} rows at ${(p.elapsedMs / 1000).toFixed(0)} s`);
        },
      });
    } finally {
      await runner.close();
    }
    const loadMs = performance.now() - started;
    log(`loaded Neo4j with ${result.nodeRows} nodes, ${result.relationshipRows} relationships`);
    const graph = await openGraph({ engine: 'neo4j', ...connection });
    return {
      graph,
      nodeRows: result.nodeRows,
      relationshipRows: result.relationshipRows,
      loadMs,
      close: async () => {
        await graph.close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      actors: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      dir: { type: 'string' },
    },
  });
  const actors = Number(values.actors);
  const seed = Number(values.seed);
  const dir = resolve(values.dir ?? join('/tmp', `kobling-suggest-${actors}-${seed}`));
  await prepareSuggestStore({ actors, seed, dir, log: (l) => console.info(l) });
}
