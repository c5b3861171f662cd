import type { Neo4jRunnerOptions } from '@kobling/graph';
import { startNeo4jTestServer } from '@kobling/graph/neo4j-test-server';

const GiB = 1024 * 1024 * 1024;

/** LadybugDB buffer pool for a generated graph of this size: 2 GiB per 100k actors, 2–12 GiB. */
export function ladybugBufferPoolFor(actors: number): number {
  return Math.min(12, Math.max(2, Math.ceil(actors / 100_000) * 2)) * GiB;
}

export interface Neo4jBenchServer {
  readonly connection: Neo4jRunnerOptions;
  /** How it was set up, for the report. */
  readonly setup: string;
  stop(): Promise<void>;
}

/**
 * A real Neo4j 5.26 (tools/neo4j-test-server) sized for a generated graph of `actors`: page
 * cache 2 GiB per 100k actors (1–8 GiB), heap 3 GiB (6 GiB above 200k). Its database is
 * temporary, so a bench loads it on every run.
 */
export async function startNeo4jBenchServer(actors: number): Promise<Neo4jBenchServer> {
  const pageCacheMb = Math.min(8192, Math.max(1024, Math.ceil(actors / 100_000) * 2048));
  const heap = actors > 200_000 ? '6g' : '3g';
  const server = await startNeo4jTestServer({ instances: 1, pageCacheMb, heap });
  return {
    // The test server has no authentication; the runner still sends credentials.
    connection: { uri: server.uris[0] ?? '', user: 'neo4j', password: 'bench' },
    setup: `embedded DBMS with Bolt on loopback (tools/neo4j-test-server), page cache ${pageCacheMb / 1024} GiB, heap ${heap}, its own JVM process, reached through neo4j-driver`,
    stop: () => server.stop(),
  };
}
