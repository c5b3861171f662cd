import { describe, expect, it } from 'vitest';
import { computeFeatures } from './features/index.ts';
import { FEATURES } from './features/types.ts';
import { scoreFeatures, scoreValue } from './score.ts';
import { prepareSeeker } from './seeker-context.ts';
import { makeCandidate, makeSeeker, makeStats } from './test-support.ts';
import { DEFAULT_WEIGHTS, resolveWeights } from './weights.ts';
import { benchInput } from './bench/kernel-bench.ts';

describe('score', () => {
  it('is the weighted mean of the feature values × 100, with points that add up', () => {
    const ctx = prepareSeeker(makeSeeker(), makeStats());
    const f = computeFeatures(ctx, makeCandidate({ projectCount: 5 }));
    // locality 1, complementarity 0.3 (cross-helix), trackRecord 1 − e⁻¹, responsiveness 0.5
    const w = DEFAULT_WEIGHTS;
    const total = FEATURES.reduce((a, x) => a + w[x], 0);
    const expected =
      (100 *
        (w.locality * 1 +
          w.complementarity * 0.3 +
          w.trackRecord * (1 - Math.exp(-1)) +
          w.responsiveness * 0.5)) /
      total;
    const { score, components } = scoreFeatures(f, w);
    expect(score).toBeCloseTo(expected, 10);
    expect(components.map((c) => c.feature)).toEqual([...FEATURES]);
    expect(components.reduce((a, c) => a + c.points, 0)).toBeCloseTo(score, 10);
    expect(scoreValue(f, resolveWeights({ locality: 0 }), total - w.locality)).toBeCloseTo(
      (100 *
        (w.complementarity * 0.3 + w.trackRecord * (1 - Math.exp(-1)) + w.responsiveness * 0.5)) /
        (total - w.locality),
      10,
    );
  });

  it('the value-only pass gives exactly the values of the evidence pass', () => {
    const { seeker, rows, stats } = benchInput({ candidates: 300, seed: 9 });
    const ctx = prepareSeeker(seeker, stats);
    for (const row of rows) {
      const full = computeFeatures(ctx, row);
      const fast = computeFeatures(ctx, row, false);
      for (const feature of FEATURES) expect(fast[feature].value).toBe(full[feature].value);
    }
  });
});
