import { describe, expect, it } from 'vitest';
import { HELIX_BIT, emptyCells, tripleHelixInformation } from './triple-helix.ts';

const { ACADEMIA: U, INDUSTRY: I, GOVERNMENT: G } = HELIX_BIT;

const cellsOf = (records: readonly number[]) => {
  const cells = emptyCells();
  for (const bits of records) cells[bits]! += 1;
  return cells;
};

describe('T(UIG), Leydesdorff (2003)', () => {
  it('the textbook negative case: G present exactly when one of U, I is (G = U xor I) → −1 bit', () => {
    // McGill's (1954) three-way transmission, on which Leydesdorff (2003) builds T(UIG), is
    // negative here: each pair is independent (I(U;I) = 0), but knowing two fixes the third.
    // H_U = H_I = H_G = 1, each pair 2, all three 2: T = 3 − 6 + 2 = −1.
    expect(tripleHelixInformation(cellsOf([0, U | G, I | G, U | I]))).toBeCloseTo(-1, 12);
  });

  it('all three together or none → +1 bit (pure redundancy, no synergy)', () => {
    // H of each one variable, pair and triple is 1 bit: T = 3 − 3 + 1 = 1.
    expect(tripleHelixInformation(cellsOf([0, U | I | G]))).toBeCloseTo(1, 12);
  });

  it('independent helices → 0', () => {
    expect(tripleHelixInformation(cellsOf([0, 1, 2, 3, 4, 5, 6, 7]))).toBe(0);
  });

  it('projects of two helices each, hand-worked: UI, UG, IG once each → log₂3 − 2', () => {
    // P(U)=P(I)=P(G)=2/3 → H_U = H(1/3) = log₂3 − 2/3. Each pair takes 3 equally likely values
    // (11, 10, 01) → log₂3; all three: 3 equally likely cells → log₂3.
    // T = 3(log₂3 − 2/3) − 3 log₂3 + log₂3 = log₂3 − 2.
    expect(tripleHelixInformation(cellsOf([U | I, U | G, I | G]))).toBeCloseTo(
      Math.log2(3) - 2,
      12,
    );
  });

  it('no co-participation → undefined', () => {
    expect(tripleHelixInformation(emptyCells())).toBeNull();
  });
});
