import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { parseEvalGraph } from './graph.ts';

describe('the region seed hold-out (docs/matchmaking.md, "On the region seed")', () => {
  it('the combined score beats every baseline on MRR, at the reported seed and hold-out', () => {
    const graph = parseEvalGraph(
      JSON.parse(
        readFileSync(new URL('../../data/region-eval-graph.json', import.meta.url), 'utf8'),
      ) as unknown,
    );
    const { results } = evaluate({ graph, holdOutFraction: 0.2, seed: 2026 });
    const mrr = (method: string) => results.find((r) => r.method === method)!.mrr;
    for (const baseline of ['random', 'popularity', 'topic-only', 'graph-only']) {
      expect(mrr('combined'), baseline).toBeGreaterThan(mrr(baseline));
    }
  });
});
