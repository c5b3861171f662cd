import type { TestProject } from 'vitest/node';
import { startNeo4jTestServer } from './neo4j-test-server.ts';
import './provided-context.ts';

/**
 * Vitest global setup of a package's `neo4j` project: one Neo4j database per test worker
 * (Community Edition has one user database per DBMS, and a worker runs one file at a time),
 * or the external server named by NEO4J_URI.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const external = process.env.NEO4J_URI;
  if (external) {
    project.provide('koblingNeo4jUris', [external]);
    return;
  }
  const server = await startNeo4jTestServer({ instances: project.globalConfig.maxWorkers });
  project.provide('koblingNeo4jUris', [...server.uris]);
  return () => server.stop();
}
