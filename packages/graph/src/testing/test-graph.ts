import { inject } from 'vitest';
import { graphOver, openGraph } from '../graph.ts';
import type { Graph } from '../graph.ts';
import { applyMigrations } from '../migrate.ts';
import { openNeo4jRunner } from '../runners/neo4j.ts';
import type { Neo4jRunnerOptions } from '../runners/neo4j.ts';
import './provided-context.ts';
import type { TestEngine } from './test-engines.ts';

/** The engine this test file runs on: the vitest project (`ladybug` or `neo4j`) decides. */
export function testEngine(): TestEngine {
  return inject('koblingEngine') ?? 'ladybug';
}

/**
 * This worker's Neo4j database; workers never share one, so a file may wipe it. The test
 * server runs without authentication; an external NEO4J_URI brings its own credentials.
 */
export function testNeo4jConnection(): Neo4jRunnerOptions {
  const uris = inject('koblingNeo4jUris') ?? [];
  const worker = Number(process.env.VITEST_POOL_ID ?? '1') - 1;
  const uri = uris[worker % Math.max(uris.length, 1)];
  if (!uri) throw new Error('No Neo4j database was provided to this test worker');
  return {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'test-server-without-auth',
    ...(process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : {}),
  };
}

let holding = false;

/**
 * An empty store with the current schema, on the engine of this test run. A test file holds
 * one at a time (on Neo4j it is the worker's one database, emptied here), so a second call
 * before the first graph is closed is refused instead of wiping data in use.
 */
export async function openTestGraph(options: { bufferPoolBytes?: number } = {}): Promise<Graph> {
  if (holding) {
    throw new Error(
      'This test file already holds an open test graph: share it, or close it before opening another',
    );
  }
  holding = true;
  try {
    const graph = testEngine() === 'neo4j' ? await freshNeo4jGraph() : await memoryGraph(options);
    return {
      ...graph,
      close: async () => {
        holding = false;
        await graph.close();
      },
    };
  } catch (error) {
    holding = false;
    throw error;
  }
}

function memoryGraph(options: { bufferPoolBytes?: number }): Promise<Graph> {
  return openGraph({
    engine: 'ladybug',
    path: ':memory:',
    bufferPoolBytes: options.bufferPoolBytes ?? 256 * 1024 * 1024,
  });
}

async function freshNeo4jGraph(): Promise<Graph> {
  const runner = openNeo4jRunner(testNeo4jConnection());
  try {
    // Constant test-only text, run as a schema statement because batched deletes need an
    // auto-commit transaction; constraints and indexes stay, migrations re-apply idempotently.
    await runner.runSchemaStatement(
      'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
    );
    await applyMigrations(runner);
  } catch (error) {
    await runner.close();
    throw error;
  }
  return graphOver(runner);
}

/**
 * A graph whose connection to the store is already closed, so every query fails the way it
 * would when the store goes away. It does not count as the file's open test graph.
 */
export async function openClosedTestGraph(): Promise<Graph> {
  const graph =
    testEngine() === 'neo4j'
      ? graphOver(openNeo4jRunner(testNeo4jConnection()))
      : await memoryGraph({ bufferPoolBytes: 64 * 1024 * 1024 });
  await graph.close();
  return graph;
}
