import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, OUTCOME_LOOP, outcomeWeights } from '@kobling/matchmaking';
import { buildProjection } from '@kobling/projection';
import { openTestApi } from '../testing/fixture.ts';
import type { TestApi } from '../testing/fixture.ts';

/*
 * The outcome loop over a real projection (issue 16): the seed holds 20 introductions, of which
 * 4 accepted, 4 completed and 4 declined — fewer answered than the loop waits for, so live
 * suggestions keep the default weights; with a smaller threshold the same answers move them.
 */

let t: TestApi;
beforeAll(async () => {
  t = await openTestApi();
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe('answered introductions and the weights', () => {
  it('leave the defaults while fewer were answered than the loop waits for', async () => {
    const projection = await buildProjection(t.graph.runner);
    expect(outcomeWeights(projection)).toEqual({ weights: DEFAULT_WEIGHTS, outcomes: 0 });
  });

  it('move the weights within their bounds once enough were answered both ways', async () => {
    const projection = await buildProjection(t.graph.runner);
    const learnt = outcomeWeights(projection, { ...OUTCOME_LOOP, minOutcomes: 12, minEach: 4 });
    expect(learnt.outcomes).toBe(12);
    expect(learnt.weights).not.toEqual(DEFAULT_WEIGHTS);
    for (const [feature, weight] of Object.entries(learnt.weights)) {
      const base = DEFAULT_WEIGHTS[feature as keyof typeof DEFAULT_WEIGHTS];
      expect(weight).toBeGreaterThanOrEqual(base * (1 - OUTCOME_LOOP.maxShift) - 1e-12);
      expect(weight).toBeLessThanOrEqual(base * (1 + OUTCOME_LOOP.maxShift) + 1e-12);
    }
  });
});
