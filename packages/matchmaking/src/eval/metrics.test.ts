import { describe, expect, it } from 'vitest';
import { hitAtK, mean, ndcgAtK, precisionAtK, recallAtK, reciprocalRank } from './metrics.ts';

describe('ranking metrics (by hand)', () => {
  const ranked = ['a', 'b', 'c', 'd', 'e'];
  it('one query', () => {
    const rel = new Set(['c', 'e', 'z']);
    expect(precisionAtK(ranked, rel, 4)).toBeCloseTo(1 / 4, 12);
    expect(recallAtK(ranked, rel, 4)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank(ranked, rel)).toBeCloseTo(1 / 3, 12);
  });
  it('edge cases and the mean over queries', () => {
    expect(reciprocalRank(ranked, new Set(['z']))).toBe(0);
    expect(recallAtK(ranked, new Set(), 3)).toBe(0);
    expect(precisionAtK(ranked, new Set(['a']), 0)).toBe(0);
    // two queries: RR 1 and 1/2 → MRR 0.75
    expect(
      mean([reciprocalRank(ranked, new Set(['a'])), reciprocalRank(ranked, new Set(['b']))]),
    ).toBe(0.75);
    expect(mean([])).toBe(0);
  });
  it('nDCG and hit at k', () => {
    const rel = new Set(['c', 'e', 'z']);
    // DCG@4 = 1/log2(4) (c at rank 3); ideal for 3 relevant = 1 + 1/log2(3) + 1/log2(4).
    expect(ndcgAtK(ranked, rel, 4)).toBeCloseTo(0.5 / (1 + 1 / Math.log2(3) + 0.5), 12);
    expect(ndcgAtK(['c', 'e', 'z'], rel, 10)).toBeCloseTo(1, 12);
    expect(ndcgAtK(ranked, new Set(), 4)).toBe(0);
    expect(hitAtK(ranked, rel, 2)).toBe(0);
    expect(hitAtK(ranked, rel, 3)).toBe(1);
  });
});
