import type { Candidate } from '../candidate.ts';
import type { SeekerContext } from '../seeker-context.ts';
import type { FeatureResult, LocalityEvidence } from './types.ts';

export const LOCALITY_VALUE = { SAME_MUNICIPALITY: 1, IN_REGION: 0.5, NONE: 0 } as const;

/**
 * Locality: 1 in a preferred municipality (the seeker's preference, else its own municipality),
 * 0.5 elsewhere in Trondheimsregionen, 0 outside. A meeting across the street happens sooner.
 */
export function locality(
  ctx: SeekerContext,
  candidate: Candidate,
): FeatureResult<LocalityEvidence> {
  const m = candidate.municipality;
  const match =
    m !== undefined && ctx.localMunicipalities.has(m.code)
      ? 'SAME_MUNICIPALITY'
      : candidate.inRegion
        ? 'IN_REGION'
        : 'NONE';
  return {
    value: LOCALITY_VALUE[match],
    evidence: { match, ...(m !== undefined && match !== 'NONE' ? { municipality: m } : {}) },
  };
}
