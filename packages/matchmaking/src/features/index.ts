import type { Candidate } from '../candidate.ts';
import type { SeekerContext } from '../seeker-context.ts';
import { complementarity } from './complementarity.ts';
import { locality } from './locality.ts';
import { proximity } from './proximity.ts';
import { responsiveness } from './responsiveness.ts';
import { textMatch } from './text-match.ts';
import { topicOverlap } from './topic-overlap.ts';
import { trackRecord } from './track-record.ts';
import type { FeatureResults } from './types.ts';
import { warmPath } from './warm-path.ts';

/**
 * All features of one candidate. With `withEvidence = false` the values are identical but the
 * evidence is left empty — the cheap pass that ranks every candidate before the top ones are
 * explained.
 */
export function computeFeatures(
  ctx: SeekerContext,
  candidate: Candidate,
  withEvidence = true,
): FeatureResults {
  return {
    topicOverlap: topicOverlap(ctx, candidate, withEvidence),
    complementarity: complementarity(ctx, candidate, withEvidence),
    proximity: proximity(ctx, candidate, withEvidence),
    warmPath: warmPath(candidate, withEvidence),
    locality: locality(ctx, candidate),
    trackRecord: trackRecord(candidate),
    responsiveness: responsiveness(candidate),
    textMatch: textMatch(ctx, candidate, withEvidence),
  };
}
