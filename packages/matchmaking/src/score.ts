import { FEATURES, type FeatureName, type FeatureResults } from './features/types.ts';
import type { Weights } from './weights.ts';

/** One feature's part in a score. */
export interface Component {
  readonly feature: FeatureName;
  /** Feature value 0–1. */
  readonly value: number;
  /** The weight's share of the total weight (0–1). */
  readonly weight: number;
  /** Points of the 0–100 score this feature earned: 100 · share · value. */
  readonly points: number;
}

/** Raw score 0–100 (unrounded) and its components, in FEATURES order. */
export function scoreFeatures(
  features: FeatureResults,
  weights: Weights,
): { score: number; components: Component[] } {
  let total = 0;
  for (const f of FEATURES) total += weights[f];
  const components: Component[] = [];
  for (const f of FEATURES) {
    const share = total > 0 ? weights[f] / total : 0;
    const value = clamp01(features[f].value);
    const points = 100 * share * value;
    components.push({ feature: f, value, weight: share, points });
  }
  // The same arithmetic as scoreValue, so ranking and display never disagree by a rounding.
  return { score: scoreValue(features, weights, total), components };
}

/** Only the numeric score, without allocating components: the hot path of ranking. */
export function scoreValue(
  features: FeatureResults,
  weights: Weights,
  totalWeight: number,
): number {
  if (!(totalWeight > 0)) return 0;
  // Spelled out in FEATURES order (a loop over string keys is measurably slower on this path).
  const s =
    weights.topicOverlap * clamp01(features.topicOverlap.value) +
    weights.complementarity * clamp01(features.complementarity.value) +
    weights.proximity * clamp01(features.proximity.value) +
    weights.warmPath * clamp01(features.warmPath.value) +
    weights.locality * clamp01(features.locality.value) +
    weights.trackRecord * clamp01(features.trackRecord.value) +
    weights.responsiveness * clamp01(features.responsiveness.value) +
    weights.textMatch * clamp01(features.textMatch.value);
  return Math.min(100, Math.max(0, (100 * s) / totalWeight));
}

/** Scores are shown at one decimal; the order is decided on the unrounded score, then id. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
