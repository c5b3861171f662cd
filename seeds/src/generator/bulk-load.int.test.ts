import { applyMigrations, openLadybugRunner, openNeo4jRunner } from '@kobling/graph';
import type { CypherRunner } from '@kobling/graph';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { benchQueries, bulkLoad, countStoredRows } from '@kobling/graph';
import type { BulkProgress } from '@kobling/graph';
import { actorId, generateGraph } from './generate-graph.ts';
import { tallyChunks } from './rows.ts';

const options = { actors: 2000, seed: 11 } as const;

/** The same checks on whichever engine `open` gives; the store starts empty with the schema applied. */
function bulkLoadSuite(open: () => Promise<CypherRunner>, methods: readonly ('copy' | 'unwind')[]) {
  let runner: CypherRunner;
  beforeEach(async () => {
    runner = await open();
    await applyMigrations(runner);
  });
  afterEach(async () => {
    await runner.close();
  });

  for (const method of methods) {
    it(
      `loads a generated graph with ${method}: counts in the store equal the generated counts`,
      { timeout: 300_000 },
      async () => {
        const graph = generateGraph(options);
        const expected = tallyChunks(graph.chunks());
        const progress: BulkProgress[] = [];
        const result = await bulkLoad(runner, graph.chunks(), {
          method,
          onProgress: (p) => progress.push(p),
        });
        expect(result.nodes).toEqual(expected.nodes);
        expect(result.relationships).toEqual(expected.relationships);
        const stored = await countStoredRows(runner);
        // The store holds the Migration nodes applyMigrations wrote, and nothing else we did not load.
        const { Migration: _migrations, ...storedNodes } = stored.nodes;
        expect(storedNodes).toEqual(expected.nodes);
        expect(stored.relationships).toEqual(expected.relationships);
        expect(progress.at(-1)?.phase).toBe('load');
        expect(progress.at(-1)?.totalRows).toBe(result.nodeRows + result.relationshipRows);

        // Values survive the trip: a point read, and the 2-hop probe, answer from the loaded rows.
        const actor = graph.chunks().next();
        expect(actor.done).toBe(false);
        const [row] = await runner.run(benchQueries.actorById, { id: actorId(7) });
        expect(row?.id).toBe(actorId(7));
        const partners = await runner.run(benchQueries.sharedTopicPartners, {
          id: actorId(7),
          maxTopicActors: 400,
          limit: 20,
        });
        expect(partners.length).toBeGreaterThan(0);
        expect(partners.every((p) => p.id !== actorId(7) && p.shared >= 1)).toBe(true);
      },
    );
  }

  it('rejects a row that does not match the model, naming the property', async () => {
    const bad = [
      {
        kind: 'node' as const,
        label: 'Topic',
        rows: [{ id: 't', slug: 't', name: 'T', nameNb: 'T', colour: 'red', source: 'synthetic' }],
      },
    ];
    await expect(bulkLoad(runner, bad)).rejects.toThrow(/"colour" is not a property of Topic/);
    const wrongType = [
      {
        kind: 'node' as const,
        label: 'Topic',
        rows: [
          { id: 't', slug: 't', name: 'T', nameNb: 'T', actorCount: 'many', source: 'synthetic' },
        ],
      },
    ];
    await expect(bulkLoad(runner, wrongType)).rejects.toThrow(/"actorCount" must be INT64/);
    const unknown = [{ kind: 'node' as const, label: 'Actor; DROP', rows: [] }];
    await expect(bulkLoad(runner, unknown)).rejects.toThrow(/not a label of the model/);
  });

  it('keeps quotes, commas, newlines and lists intact', async () => {
    const rows = [
      {
        id: 'q1',
        slug: 'q1',
        name: 'He said "hi", then left',
        nameNb: 'Linje én\nlinje to',
        synonyms: ['a b', 'c-d'],
        actorCount: 0,
        source: 'synthetic',
      },
    ];
    await bulkLoad(runner, [{ kind: 'node', label: 'Topic', rows }]);
    const stored = await countStoredRows(runner);
    expect(stored.nodes.Topic).toBe(1);
  });
}

describe('bulk load into LadybugDB (in memory)', () => {
  bulkLoadSuite(
    async () => openLadybugRunner({ path: ':memory:', bufferPoolBytes: 512 * 1024 * 1024 }),
    ['copy', 'unwind'],
  );
});

describe.runIf(process.env.NEO4J_URI)('bulk load into Neo4j', () => {
  bulkLoadSuite(async () => {
    const runner = openNeo4jRunner({
      uri: process.env.NEO4J_URI ?? '',
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      ...(process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : {}),
    });
    return runner;
  }, ['unwind']);
});
