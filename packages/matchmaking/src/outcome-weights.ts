import type { IntroductionStatus } from '@kobling/domain';
import { FEATURES, type FeatureName } from './features/types.ts';
import { DEFAULT_WEIGHTS, type Weights } from './weights.ts';

/*
 * The outcome loop (issue 16): answered introductions move the score's weights. A feature whose
 * value was higher on accepted introductions than on declined ones gains weight, one that was
 * higher on declined ones loses it — each within fixed bounds around its default, and only once
 * enough introductions were answered both ways for the difference to mean something.
 */

export interface OutcomeLoop {
  readonly minOutcomes: number;
  readonly minEach: number;
  readonly rate: number;
  readonly maxShift: number;
}

export const OUTCOME_LOOP: OutcomeLoop = {
  /** Answered introductions needed before any weight moves. */
  minOutcomes: 20,
  /** Of each kind (accepted, declined). */
  minEach: 5,
  /** A weight moves by rate × (mean value when accepted − mean value when declined) … */
  rate: 1,
  /** … but never more than this share of its default, either way: bounds 0.5× to 1.5×. */
  maxShift: 0.5,
};

/** An answered introduction: its pair's feature values and whether the receiver said yes. */
export interface Outcome {
  readonly values: Readonly<Record<FeatureName, number>>;
  readonly accepted: boolean;
}

export interface OutcomeWeights {
  readonly weights: Weights;
  /** Answered introductions the weights were learnt from (0 when too few to move them). */
  readonly outcomes: number;
}

/** Accepted or completed say yes; declined says no; requested and expired say nothing. */
export function outcomeOf(status: IntroductionStatus): boolean | null {
  if (status === 'ACCEPTED' || status === 'COMPLETED') return true;
  return status === 'DECLINED' ? false : null;
}

export function weightsFromOutcomes(
  outcomes: readonly Outcome[],
  base: Weights = DEFAULT_WEIGHTS,
  loop: OutcomeLoop = OUTCOME_LOOP,
): OutcomeWeights {
  const accepted = outcomes.filter((o) => o.accepted);
  const declined = outcomes.filter((o) => !o.accepted);
  if (
    outcomes.length < loop.minOutcomes ||
    accepted.length < loop.minEach ||
    declined.length < loop.minEach
  ) {
    return { weights: base, outcomes: 0 };
  }
  const meanOf = (list: readonly Outcome[], f: FeatureName) =>
    list.reduce((sum, o) => sum + clamp(o.values[f], 0, 1), 0) / list.length;
  const weights = Object.fromEntries(
    FEATURES.map((f) => {
      const shift = clamp(
        loop.rate * (meanOf(accepted, f) - meanOf(declined, f)),
        -loop.maxShift,
        loop.maxShift,
      );
      return [f, base[f] * (1 + shift)];
    }),
  ) as Record<FeatureName, number>;
  return { weights, outcomes: outcomes.length };
}

function clamp(v: number, lo: number, hi: number): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : 0;
}
