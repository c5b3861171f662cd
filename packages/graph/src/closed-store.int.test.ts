import { describe, expect, it } from 'vitest';
import { StoreClosedError } from './errors.ts';
import { openTestGraph, openClosedTestGraph } from './testing/test-graph.ts';

describe('a closed store', () => {
  it('refuses every kind of call with StoreClosedError', async () => {
    const graph = await openClosedTestGraph();
    await expect(graph.actors.nodes.count(graph.runner)).rejects.toThrow(StoreClosedError);
    await expect(graph.runner.read((tx) => graph.actors.nodes.count(tx))).rejects.toThrow(
      StoreClosedError,
    );
    await expect(
      graph.runner.write((tx) => graph.actors.nodes.delete(tx, 'absent')),
    ).rejects.toThrow(StoreClosedError);
    await expect(graph.runner.runSchemaStatement('RETURN 1')).rejects.toThrow(StoreClosedError);
  });

  it('closes twice without complaint, and leaves the store usable by the next opener', async () => {
    const first = await openTestGraph();
    await first.close();
    await first.close();
    const next = await openTestGraph();
    try {
      expect(await next.actors.nodes.count(next.runner)).toBe(0);
    } finally {
      await next.close();
    }
  });
});
