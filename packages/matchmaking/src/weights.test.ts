import { describe, expect, it } from 'vitest';
import { MatchmakingError } from './errors.ts';
import { FEATURES } from './features/types.ts';
import { DEFAULT_WEIGHTS, resolveWeights } from './weights.ts';

describe('weights', () => {
  it('defaults cover every feature, are non-negative and weigh the text as the topics', () => {
    expect(Object.keys(DEFAULT_WEIGHTS).sort()).toEqual([...FEATURES].sort());
    for (const f of FEATURES) expect(DEFAULT_WEIGHTS[f]).toBeGreaterThanOrEqual(0);
    expect(DEFAULT_WEIGHTS.textMatch).toBe(DEFAULT_WEIGHTS.topicOverlap);
  });

  it('merges a partial override over the defaults', () => {
    const w = resolveWeights({ locality: 0, warmPath: 2 });
    expect(w).toEqual({ ...DEFAULT_WEIGHTS, locality: 0, warmPath: 2 });
  });

  it.each([
    [{ locality: -0.1 }],
    [{ locality: Number.NaN }],
    [{ locality: Number.POSITIVE_INFINITY }],
    [{ nonsense: 1 }],
    [Object.fromEntries(FEATURES.map((f) => [f, 0]))],
  ])('rejects %j with INVALID_WEIGHTS', (override) => {
    expect(() => resolveWeights(override)).toThrow(MatchmakingError);
    try {
      resolveWeights(override);
    } catch (e) {
      expect((e as MatchmakingError).code).toBe('INVALID_WEIGHTS');
    }
  });
});
