import type { Candidate } from '../candidate.ts';
import type { SeekerContext } from '../seeker-context.ts';
import type { FeatureResult, LocalityEvidence } from './types.ts';

/**
 * An unrecorded place scores the region's middle value: a research unit whose page names no
 * municipality is missing data, not an actor outside the region, and scoring it 0 would rank
 * every actor with a known address above it. It is never cited as a reason.
 */
export const LOCALITY_VALUE = {
  SAME_MUNICIPALITY: 1,
  IN_REGION: 0.5,
  NONE: 0,
  UNKNOWN: 0.5,
} as const;

/**
 * Locality: 1 in a preferred municipality (the seeker's preference, else its own municipality),
 * 0.5 elsewhere in Trondheimsregionen or where unknown, 0 outside. A meeting across the street
 * happens sooner.
 */
export function locality(
  ctx: SeekerContext,
  candidate: Candidate,
): FeatureResult<LocalityEvidence> {
  const m = candidate.municipality;
  const match =
    m === undefined
      ? 'UNKNOWN'
      : ctx.localMunicipalities.has(m.code)
        ? 'SAME_MUNICIPALITY'
        : candidate.inRegion
          ? 'IN_REGION'
          : 'NONE';
  return {
    value: LOCALITY_VALUE[match],
    evidence: { match, ...(m !== undefined && match !== 'NONE' ? { municipality: m } : {}) },
  };
}
