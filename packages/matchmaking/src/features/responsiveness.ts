import type { Candidate } from '../candidate.ts';
import type { FeatureResult, ResponsivenessEvidence } from './types.ts';

/**
 * Beta prior for the acceptance rate: mean 0.5 with the weight of PRIOR_STRENGTH introductions.
 * A new actor scores exactly 0.5 (neutral); one decline moves it to 0.33, not to 0.
 */
export const PRIOR_MEAN = 0.5;
export const PRIOR_STRENGTH = 2;

/**
 * Responsiveness: Bayesian-smoothed share of introductions the candidate said yes to.
 *
 *   value = (accepted + completed + PRIOR_MEAN·PRIOR_STRENGTH) / (answered + PRIOR_STRENGTH)
 *
 * where answered = accepted + completed + declined + expired (an expiry is a silent no).
 */
export function responsiveness(candidate: Candidate): FeatureResult<ResponsivenessEvidence> {
  const o = candidate.introductions;
  const positive = Math.max(0, o.accepted) + Math.max(0, o.completed);
  const answered = positive + Math.max(0, o.declined) + Math.max(0, o.expired);
  return {
    value: (positive + PRIOR_MEAN * PRIOR_STRENGTH) / (answered + PRIOR_STRENGTH),
    evidence: { positive, answered },
  };
}
