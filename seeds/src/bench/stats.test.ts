import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats.ts';

// Every benchmark (seeds, the API's, e2e's) reports this definition; a change moves their figures.
describe('percentile (nearest rank)', () => {
  it('is the sample at rank ⌈p/100 · n⌉ of the sorted samples, whatever their order', () => {
    const samples = [5, 1, 4, 2, 3, 9, 8, 7, 6, 10];
    expect([0, 10, 11, 50, 95, 99, 100].map((p) => percentile(samples, p))).toEqual([
      1, 1, 2, 5, 10, 10, 10,
    ]);
    expect(samples[0]).toBe(5);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
