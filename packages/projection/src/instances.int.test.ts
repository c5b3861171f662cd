import { graphOver, openGraph } from '@kobling/graph';
import type { CypherRunner, Graph } from '@kobling/graph';
import { openTestGraph, sampleRow, testEngine, testNeo4jConnection } from '@kobling/graph/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveProjection } from './live-projection.ts';

/** The store as another API instance sees it: the same data, none of this process's writes. */
function asAnotherInstance(runner: CypherRunner): CypherRunner {
  return {
    engine: runner.engine,
    run: (query, params) => runner.run(query, params),
    read: (work) => runner.read(work),
    write: (work) => runner.write(work),
    exportTables: (tables, sink) => runner.exportTables(tables, sink),
    runSchemaStatement: (text) => runner.runSchemaStatement(text),
    get roundTrips() {
      return runner.roundTrips;
    },
    writesCommitted: 0,
    close: async () => {},
  };
}

/*
 * Several API instances each follow the feed: a write made through one instance reaches the
 * projection of another by its polling alone. On Neo4j the other instance is a second driver (a
 * second process would be no different); the embedded store belongs to one process, so there it
 * is the same store seen without this process's write count.
 */
describe('several instances follow one store', () => {
  let graph: Graph;
  let other: Graph;

  beforeAll(async () => {
    graph = await openTestGraph();
    other =
      testEngine() === 'neo4j'
        ? await openGraph({ engine: 'neo4j', ...testNeo4jConnection() })
        : graphOver(asAnotherInstance(graph.runner));
  });

  afterAll(async () => {
    if (other !== graph && testEngine() === 'neo4j') await other.close();
    await graph.close();
  });

  it('a write on one instance shows in the projection of another by polling', async () => {
    const follower = LiveProjection.follow(other, { pollMs: 100 });
    try {
      await follower.ready(60_000);
      await graph.runner.write((tx) =>
        graph.actors.nodes.create(
          tx,
          sampleRow('Actor', {
            id: 'elsewhere',
            slug: 'elsewhere',
            kind: 'COMPANY',
            helix: 'INDUSTRY',
          }),
        ),
      );
      // The other instance was not told: fresh() alone does not catch up on its behalf.
      const seen = async () => (await follower.fresh(1_000)).actor('elsewhere') !== null;
      for (let wait = 0; wait < 200 && !(await seen()); wait += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await seen()).toBe(true);
      expect(follower.status().appliedEvents).toBeGreaterThan(0);
    } finally {
      follower.close();
    }
  });
});
