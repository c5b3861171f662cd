import type { Graph } from '@kobling/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededGraph } from '../testing/fixture.ts';
import { describeRecord } from './report.ts';
import { runFuzz } from './runner.ts';
import { openFuzzWorld } from './world.ts';
import type { FuzzWorld } from './world.ts';

/*
 * A fixed slice of the fuzz run (`npm run fuzz`) on this run's engine, so CI keeps its property:
 * whatever a client sends, the answer is a success or a typed error, never a masked or uncoded
 * error or a 5xx, and a mutation that fails changes nothing. Replay a failure with
 * `npm run fuzz -w @kobling/api -- --seed 1 --requests 300 --no-write`.
 */

const SLICE = { seed: 1, requests: 300 } as const;

describe('the API under a fuzz slice', () => {
  let graph: Graph;
  let world: FuzzWorld;
  beforeAll(async () => {
    graph = await seededGraph();
    world = await openFuzzWorld(graph);
  });
  afterAll(async () => {
    await world?.close();
    await graph?.close();
  });

  it(`${SLICE.requests} generated requests (seed ${SLICE.seed}): no unexpected error, no 5xx, no partial write`, async () => {
    const result = await runFuzz(world, { ...SLICE, examples: 3 });
    const { unexpected, serverErrors, partialWrites } = result.totals;
    expect(result.coveredFields.size).toBe(result.rootFields.length);
    expect({
      unexpected,
      serverErrors,
      partialWrites,
      kinds: [...result.unexpectedKinds].map(
        ([kind, { count, first }]) => `${kind} ×${count} (first #${first.request.index})`,
      ),
      examples: [
        ...result.examples.serverErrors,
        ...result.examples.partialWrites,
        ...result.examples.unexpected,
      ].map((r) => describeRecord(r, 300)),
    }).toEqual({ unexpected: 0, serverErrors: 0, partialWrites: 0, kinds: [], examples: [] });
  }, 120_000);
});
