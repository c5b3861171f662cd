import type { Candidate } from '../candidate.ts';
import type { FeatureResult, TrackRecordEvidence } from './types.ts';

/** A technology taken to (or towards) market counts as much as this many projects. */
export const TECHNOLOGY_AS_PROJECTS = 2;
/** Saturation scale: 5 project-equivalents give 1 − e⁻¹ ≈ 0.63; 15 give 0.95. */
export const TRACK_RECORD_SCALE = 5;

/** Track record: value = 1 − exp(−(projects + 2·technologies) / 5); saturates, never exceeds 1. */
export function trackRecord(candidate: Candidate): FeatureResult<TrackRecordEvidence> {
  const projects = Math.max(0, candidate.projectCount);
  const technologies = Math.max(0, candidate.technologyCount);
  const x = projects + TECHNOLOGY_AS_PROJECTS * technologies;
  return { value: 1 - Math.exp(-x / TRACK_RECORD_SCALE), evidence: { projects, technologies } };
}
