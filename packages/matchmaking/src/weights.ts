import type { Seeker } from './candidate.ts';
import { MatchmakingError } from './errors.ts';
import { FEATURES, type FeatureName } from './features/types.ts';

export type Weights = { readonly [F in FeatureName]: number };

/**
 * The default feature weights — the one place they are set. score = 100 · Σ wᵢ·vᵢ / Σ wᵢ, so only
 * their ratios matter.
 *
 * Why these values (docs/matchmaking.md §Weights has the evaluation behind them). The five a
 * collaboration history can measure — topicOverlap, warmPath, proximity, locality, trackRecord —
 * are the best setting of a grid by MRR on planted graphs of both reported sizes with seeds 1–3
 * (`npm run tune -w @kobling/matchmaking`, src/eval/tune.ts), never the reported seed 2026 nor
 * the region seed. The other three are set by judgement.
 * - topicOverlap 0.2 — what the seeker asked for; the strongest content signal offline (the grid's
 *   anchor: only ratios matter).
 * - proximity 0.16 — the learned link scorer (src/link/): the likelihood of a tie from shared
 *   collaborators, paths, clusters and topics. Since it became the graph feature the grid gives it
 *   twice its old weight and takes the same from warmPath, whose signal it contains.
 * - warmPath 0.08 — an introducer who worked with both: Adamic-Adar on the collaboration graph,
 *   which proximity now also counts; kept for the introduction it offers.
 * - locality 0.12 — same municipality carried real signal offline; a regional platform's premise.
 * - trackRecord 0.08 — active actors collaborate more (the popularity baseline's signal).
 * - complementarity 0.08 — an answered need or a helix difference; not measurable offline (no
 *   needs in a collaboration history, and every evaluated pair is cross-helix), so set by judgement.
 * - responsiveness 0.04 — neutral 0.5 for everyone without history; small by design so a few
 *   declines cannot bury an actor. Not measurable offline either.
 * - textMatch 0.2 — as much as topicOverlap, for a need written as text: how well an actor's own
 *   words (description, projects, technologies, people) answer it, from the search engine. It is
 *   what finds an actor whose topics miss the need's words, and answers a need that names no topic
 *   at all. A seeker without searched text (an actor, a person, a need given as topics) has no
 *   such evidence, so weightsFor leaves the feature out instead of letting it count zero for
 *   everyone: the other seven then score exactly as they would without it.
 */
export const DEFAULT_WEIGHTS: Weights = {
  topicOverlap: 0.2,
  complementarity: 0.08,
  proximity: 0.16,
  warmPath: 0.08,
  locality: 0.12,
  trackRecord: 0.08,
  responsiveness: 0.04,
  textMatch: 0.2,
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

/**
 * The weights for one seeker, without the features it gives no evidence for: textMatch counts
 * only for a need whose text was searched, locality only for a seeker with a place (its own
 * municipality or the places it asked for) — a need typed by a visitor says nothing of where.
 */
export function weightsFor(
  seeker: Seeker,
  override: Partial<Record<string, number>> = {},
): Weights {
  const weights = resolveWeights(override);
  const placed =
    seeker.municipality !== undefined || (seeker.municipalityPreference?.length ?? 0) > 0;
  return {
    ...weights,
    ...(seeker.textMatches === undefined ? { textMatch: 0 } : {}),
    ...(placed ? {} : { locality: 0 }),
  };
}
