import type { CypherRunner, Graph } from '@kobling/graph';
import { openTestGraph, testEngine } from '@kobling/graph/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkLoad, countStoredRows } from '@kobling/graph';
import { expectGeneratedGraphLoads } from './testing/expect-generated-graph-loads.ts';

/** On the engine of this test run, from an empty store with the schema applied. */
describe(`bulk load into ${testEngine()}`, () => {
  let graph: Graph;
  let runner: CypherRunner;
  beforeEach(async () => {
    graph = await openTestGraph({ bufferPoolBytes: 512 * 1024 * 1024 });
    runner = graph.runner;
  });
  afterEach(async () => {
    await graph.close();
  });

  it(
    'loads a generated graph in UNWIND batches: counts in the store equal the generated counts',
    { timeout: 300_000 },
    () => expectGeneratedGraphLoads(runner, 'unwind'),
  );

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
});
