import type { ActorKind, Candidate, Helix, Seeker, TopicStats } from './candidate.ts';
import { MatchmakingError } from './errors.ts';
import { DEFAULT_MAX_REASONS, explain, type Explanation, type Quadrant } from './explain.ts';
import { computeFeatures } from './features/index.ts';
import { FEATURES, type FeatureResults } from './features/types.ts';
import { roundScore, scoreFeatures, scoreValue, type Component } from './score.ts';
import { prepareSeeker } from './seeker-context.ts';
import { weightsFor, type Weights } from './weights.ts';

export interface RankOptions {
  /** Topic names, actor counts and the taxonomy. */
  readonly topicStats: TopicStats;
  /** How many suggestions to return (default 20). */
  readonly limit?: number;
  /** Partial override merged over DEFAULT_WEIGHTS. */
  readonly weights?: Partial<Weights>;
  /** Include existing partners, marked, instead of leaving them out (default false). */
  readonly includeExistingPartners?: boolean;
  /** Reasons per explanation (default 3). */
  readonly maxReasons?: number;
}

export interface Suggestion {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly helix: Helix;
  /** 0–100, one decimal. */
  readonly score: number;
  /** Every feature's part, in fixed feature order. */
  readonly components: readonly Component[];
  readonly explanation: Explanation;
  readonly quadrant: Quadrant;
  readonly isExistingPartner: boolean;
}

export const DEFAULT_LIMIT = 20;

/**
 * Rank candidates for a seeker: filter (self, wanted kinds/helices, existing partners unless
 * asked for), compute features, score, order by score desc then id asc, and explain
 * the top `limit`. Pure and deterministic: the same input gives the same output, whatever the order
 * of `candidates` (a duplicated id keeps its best-scoring row).
 */
export function rankCandidates(
  seeker: Seeker,
  candidates: readonly Candidate[],
  options: RankOptions,
): Suggestion[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new MatchmakingError(
      'INVALID_INPUT',
      `limit must be a non-negative integer, got ${limit}`,
    );
  }
  const weights = weightsFor(seeker, options.weights);
  const ordered = scoreCandidates(seeker, candidates, { ...options, weights });
  const ctx = prepareSeeker(seeker, options.topicStats);
  return ordered.slice(0, limit).map(({ candidate, score, isExistingPartner }) => {
    // The evidence pass, only for what is shown; values are the same as in the ranking pass.
    const features = computeFeatures(ctx, candidate);
    const { components } = scoreFeatures(features, weights);
    const explanation = explain(features, components, options.maxReasons ?? DEFAULT_MAX_REASONS);
    return {
      id: candidate.id,
      name: candidate.name,
      kind: candidate.kind,
      helix: candidate.helix,
      score,
      components,
      explanation,
      quadrant: explanation.quadrant,
      isExistingPartner,
    };
  });
}

/** A candidate with its feature values (evidence not computed) and score, before explanation. */
export interface ScoredCandidate {
  readonly candidate: Candidate;
  readonly features: FeatureResults;
  /** 0–100, one decimal (what is shown). */
  readonly score: number;
  /** The unrounded score the order is decided on. */
  readonly rawScore: number;
  readonly isExistingPartner: boolean;
}

/**
 * Filter, score and order every candidate without explaining any: the whole ranking, for offline
 * evaluation and for callers that page. Same filtering and order as rankCandidates.
 */
export function scoreCandidates(
  seeker: Seeker,
  candidates: readonly Candidate[],
  options: Omit<RankOptions, 'limit' | 'maxReasons'>,
): ScoredCandidate[] {
  const weights = weightsFor(seeker, options.weights);
  const ctx = prepareSeeker(seeker, options.topicStats);
  const kinds = new Set(seeker.wantedKinds ?? []);
  const helices = new Set(seeker.wantedHelices ?? []);
  const includePartners = options.includeExistingPartners ?? false;
  let totalWeight = 0;
  for (const f of FEATURES) totalWeight += weights[f];

  const byId = new Map<string, ScoredCandidate>();
  for (const candidate of candidates) {
    if (candidate.id === seeker.actorId) continue;
    if (kinds.size > 0 && !kinds.has(candidate.kind)) continue;
    if (helices.size > 0 && !helices.has(candidate.helix)) continue;
    const isExistingPartner = candidate.isExistingPartner || ctx.partnerIds.has(candidate.id);
    if (isExistingPartner && !includePartners) continue;
    const features = computeFeatures(ctx, candidate, false);
    const rawScore = scoreValue(features, weights, totalWeight);
    const prev = byId.get(candidate.id);
    if (!prev || rawScore > prev.rawScore) {
      byId.set(candidate.id, {
        candidate,
        features,
        score: roundScore(rawScore),
        rawScore,
        isExistingPartner,
      });
    }
  }
  // Order on the unrounded score (rounding to 0.1 would turn real differences into id order),
  // then id: deterministic because the score is summed in a fixed feature order.
  return [...byId.values()].sort(
    (a, b) =>
      b.rawScore - a.rawScore ||
      (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
  );
}
