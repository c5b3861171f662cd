import type { Candidate } from '../candidate.ts';
import type { SeekerContext } from '../seeker-context.ts';
import { complementarity } from './complementarity.ts';
import { locality } from './locality.ts';
import { proximity } from './proximity.ts';
import { responsiveness } from './responsiveness.ts';
import { topicOverlap } from './topic-overlap.ts';
import { trackRecord } from './track-record.ts';
import type { FeatureResults } from './types.ts';
import { warmPath } from './warm-path.ts';

/** All features of one candidate. */
export function computeFeatures(ctx: SeekerContext, candidate: Candidate): FeatureResults {
  return {
    topicOverlap: topicOverlap(ctx, candidate),
    complementarity: complementarity(ctx, candidate),
    proximity: proximity(ctx, candidate),
    warmPath: warmPath(candidate),
    locality: locality(ctx, candidate),
    trackRecord: trackRecord(candidate),
    responsiveness: responsiveness(candidate),
  };
}
