import { MatchmakingError } from './errors.ts';
import { FEATURES, type FeatureName } from './features/types.ts';

export type Weights = { readonly [F in FeatureName]: number };

/**
 * The default feature weights — the one place they are set. score = 100 · Σ wᵢ·vᵢ / Σ wᵢ, so only
 * their ratios matter; they are written to sum to 1 so each reads as a share of the 100 points.
 *
 * Why these values (docs/matchmaking.md §Weights has the evaluation behind them):
 * - topicOverlap 0.30 — what the seeker asked for; the strongest single signal offline.
 * - warmPath 0.20 — an introducer who worked with both is the best predictor of a new
 *   collaboration offline (it is Adamic-Adar on the collaboration graph) and makes contact easy.
 * - proximity 0.15 — shared clusters/projects/niche topics; adds the cluster signal.
 * - complementarity 0.15 — an answered need; not measurable offline (no needs in the
 *   collaboration history), so set by judgement rather than tuned.
 * - locality 0.10 — same municipality helped offline and matters for a regional platform.
 * - trackRecord 0.05 — active actors collaborate more (the popularity baseline's signal), kept
 *   small so newcomers still surface.
 * - responsiveness 0.05 — neutral (0.5) for everyone without history; small by design so a few
 *   declines cannot bury an actor.
 */
export const DEFAULT_WEIGHTS: Weights = {
  topicOverlap: 0.3,
  complementarity: 0.15,
  proximity: 0.15,
  warmPath: 0.2,
  locality: 0.1,
  trackRecord: 0.05,
  responsiveness: 0.05,
};

/**
 * Merge a partial override over the defaults and validate: every weight a finite number ≥ 0, at
 * least one > 0, no unknown feature names. Throws MatchmakingError('INVALID_WEIGHTS').
 */
export function resolveWeights(override: Partial<Record<string, number>> = {}): Weights {
  for (const key of Object.keys(override)) {
    if (!(FEATURES as readonly string[]).includes(key)) {
      throw new MatchmakingError('INVALID_WEIGHTS', `Unknown feature weight "${key}"`);
    }
  }
  const merged: Record<FeatureName, number> = { ...DEFAULT_WEIGHTS };
  for (const f of FEATURES) {
    const v = override[f];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new MatchmakingError(
        'INVALID_WEIGHTS',
        `Weight "${f}" must be a finite number ≥ 0, got ${String(v)}`,
      );
    }
    merged[f] = v;
  }
  if (FEATURES.every((f) => merged[f] === 0)) {
    throw new MatchmakingError('INVALID_WEIGHTS', 'At least one weight must be > 0');
  }
  return merged;
}
