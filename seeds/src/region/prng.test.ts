import { describe, expect, it } from 'vitest';
import { seededRng } from './prng.ts';

describe('seededRng', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const rng = seededRng(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps draws in range', () => {
    const rng = seededRng(1);
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      expect(Number.isInteger(n)).toBe(true);
    }
    expect(new Set(rng.sample([1, 2, 3, 4], 10))).toEqual(new Set([1, 2, 3, 4]));
    expect(rng.weighted([['only', 1]] as const)).toBe('only');
  });
});
