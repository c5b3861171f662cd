import { describe, expect, it } from 'vitest';
import { commonNeighboursScorer } from './classic-scorers.ts';
import { linkGraph } from './link-graph.ts';
import { AucCounter, TopScores, meanSd, quantise, scoreRun } from './protocol.ts';

describe('link-prediction protocol', () => {
  it('AUC counts a tie as ½', () => {
    // probe scores 1 and 3 against non-existent 0, 1, 3, 4:
    // 0 → 2 above; 1 → 1 above + ½; 3 → ½; 4 → 0; (2 + 1.5 + 0.5 + 0) / (4 · 2) = 0.5
    const auc = new AucCounter(Float64Array.from([1, 3]));
    for (const s of [0, 1, 3, 4]) auc.add(s);
    expect(auc.value()).toBe(0.5);
  });

  it('precision@L counts the pairs tied at the cut-off by their probe share', () => {
    const top = new TopScores(2);
    // one pair above the cut-off (a probe), three tied at it (one probe), then lower ones
    top.add(5, true);
    for (const [s, p] of [
      [2, false],
      [2, true],
      [2, false],
      [1, true],
      [0, false],
    ] as const) {
      top.add(s, p);
    }
    // 1 + 1 · (1/3) probes in the top 2
    expect(top.expectedPrecision()).toBeCloseTo((1 + 1 / 3) / 2, 12);
  });

  it('scores one split by hand: a path, one tie in the probe', () => {
    // training 0—1—2—3—4, probe (0, 2); non-training pairs and their CN:
    // (0,2) 1 · (0,3) 0 · (0,4) 0 · (1,3) 1 · (1,4) 0 · (2,4) 1
    const training = linkGraph(5, [0, 1, 1, 2, 2, 3, 3, 4]);
    const r = scoreRun(training, [[2, 0]], commonNeighboursScorer, 2);
    // against the five non-existent pairs: three below (1 each), two tied (½ each)
    expect(r.auc).toBeCloseTo(4 / 5, 12);
    // top 2 of six pairs: all three CN = 1 pairs tie, one of them the probe
    expect(r.precision).toBeCloseTo(1 / 3, 12);
  });

  it('quantising keeps the order and merges rounding noise', () => {
    expect(quantise(0.1 + 0.2)).toBe(quantise(0.3));
    expect(quantise(1) < quantise(1.001)).toBe(true);
    expect(quantise(-2) < quantise(-1)).toBe(true);
    expect(() => quantise(Number.NaN)).toThrow(RangeError);
  });

  it('summarises runs as mean and sample standard deviation', () => {
    expect(meanSd([1, 2, 3])).toEqual({ mean: 2, sd: 1 });
    expect(meanSd([4])).toEqual({ mean: 4, sd: 0 });
  });
});
