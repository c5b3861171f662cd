import type { Graph } from '@kobling/graph';
import { openTestGraph } from '@kobling/graph/testing';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { expectGeneratedGraphLoads } from './testing/expect-generated-graph-loads.ts';

// COPY FROM a CSV file is LadybugDB's own bulk path; the portable UNWIND path is checked on
// every engine in bulk-load.int.test.ts.
describe('bulk load into LadybugDB with COPY', () => {
  let graph: Graph;
  beforeEach(async () => {
    graph = await openTestGraph({ bufferPoolBytes: 512 * 1024 * 1024 });
  });
  afterEach(async () => {
    await graph.close();
  });

  it(
    'loads a generated graph with COPY: counts in the store equal the generated counts',
    { timeout: 300_000 },
    () => expectGeneratedGraphLoads(graph.runner, 'copy'),
  );
});
