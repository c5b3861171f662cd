import { describe, expect, it } from 'vitest';
import { FEATURES, type FeatureName } from './features/types.ts';
import { OUTCOME_LOOP, outcomeOf, weightsFromOutcomes, type Outcome } from './outcome-weights.ts';
import { DEFAULT_WEIGHTS } from './weights.ts';

const values = (over: Partial<Record<FeatureName, number>>): Record<FeatureName, number> =>
  Object.fromEntries(FEATURES.map((f) => [f, over[f] ?? 0.5])) as Record<FeatureName, number>;
const outcomes = (n: number, accepted: boolean, over: Partial<Record<FeatureName, number>>) =>
  Array.from({ length: n }, (): Outcome => ({ accepted, values: values(over) }));

describe('the outcome loop', () => {
  it('moves no weight until enough introductions were answered both ways', () => {
    expect(weightsFromOutcomes(outcomes(40, true, {}))).toEqual({
      weights: DEFAULT_WEIGHTS,
      outcomes: 0,
    });
    const few = [...outcomes(10, true, {}), ...outcomes(4, false, {})];
    expect(weightsFromOutcomes(few).outcomes).toBe(0);
  });

  it('raises what accepted introductions had more of and lowers what declined ones had, within bounds', () => {
    const answered = [
      ...outcomes(12, true, { topicOverlap: 0.9, locality: 0.5 }),
      ...outcomes(12, false, { topicOverlap: 0.5, locality: 0.6 }),
    ];
    const { weights, outcomes: n } = weightsFromOutcomes(answered);
    expect(n).toBe(24);
    // Means differ by 0.4 and −0.1: ×1.4 and ×0.9; a feature that did not differ keeps its weight.
    expect(weights.topicOverlap).toBeCloseTo(DEFAULT_WEIGHTS.topicOverlap * 1.4, 12);
    expect(weights.locality).toBeCloseTo(DEFAULT_WEIGHTS.locality * 0.9, 12);
    expect(weights.warmPath).toBeCloseTo(DEFAULT_WEIGHTS.warmPath, 12);
  });

  it('never moves a weight past half or one and a half times its default', () => {
    const answered = [
      ...outcomes(12, true, { warmPath: 1, trackRecord: 0 }),
      ...outcomes(12, false, { warmPath: 0, trackRecord: 1 }),
    ];
    const { weights } = weightsFromOutcomes(answered);
    expect(weights.warmPath).toBeCloseTo(
      DEFAULT_WEIGHTS.warmPath * (1 + OUTCOME_LOOP.maxShift),
      12,
    );
    expect(weights.trackRecord).toBeCloseTo(
      DEFAULT_WEIGHTS.trackRecord * (1 - OUTCOME_LOOP.maxShift),
      12,
    );
  });

  it('reads yes from accepted and completed, no from declined, nothing from the rest', () => {
    expect(outcomeOf('ACCEPTED')).toBe(true);
    expect(outcomeOf('COMPLETED')).toBe(true);
    expect(outcomeOf('DECLINED')).toBe(false);
    expect(outcomeOf('EXPIRED')).toBeNull();
    expect(outcomeOf('REQUESTED')).toBeNull();
  });
});
