import { benchQueries, bulkLoad, countStoredRows } from '@kobling/graph';
import type { BulkProgress, CypherRunner } from '@kobling/graph';
import { expect } from 'vitest';
import { actorId, generateGraph } from '../generate-graph.ts';
import { tallyChunks } from '../rows.ts';

/**
 * Loads a 2,000-actor generated graph into an empty store and checks that the store holds
 * exactly what was generated and answers from it.
 */
export async function expectGeneratedGraphLoads(
  runner: CypherRunner,
  method: 'copy' | 'unwind',
): Promise<void> {
  const graph = generateGraph({ actors: 2000, seed: 11 });
  const expected = tallyChunks(graph.chunks());
  const progress: BulkProgress[] = [];
  const result = await bulkLoad(runner, graph.chunks(), {
    method,
    onProgress: (p) => progress.push(p),
  });
  expect(result.nodes).toEqual(expected.nodes);
  expect(result.relationships).toEqual(expected.relationships);
  const stored = await countStoredRows(runner);
  // The store holds the Migration nodes applyMigrations wrote, the load's one REBUILD event for
  // the change feed, and nothing else we did not load.
  const { Migration: _migrations, OutboxEvent: events, ...storedNodes } = stored.nodes;
  expect(events).toBe(1);
  expect(storedNodes).toEqual(expected.nodes);
  expect(stored.relationships).toEqual(expected.relationships);
  expect(progress.at(-1)?.phase).toBe('load');
  expect(progress.at(-1)?.totalRows).toBe(result.nodeRows + result.relationshipRows);

  // Values survive the trip: a point read, and the 2-hop probe, answer from the loaded rows.
  const [row] = await runner.run(benchQueries.actorById, { id: actorId(7) });
  expect(row?.id).toBe(actorId(7));
  const partners = await runner.run(benchQueries.sharedTopicPartners, {
    id: actorId(7),
    maxTopicActors: 400,
    limit: 20,
  });
  expect(partners.length).toBeGreaterThan(0);
  expect(partners.every((p) => p.id !== actorId(7) && p.shared >= 1)).toBe(true);
}
