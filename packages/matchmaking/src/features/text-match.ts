import type { Candidate } from '../candidate.ts';
import type { SeekerContext } from '../seeker-context.ts';
import type { FeatureResult, TextMatchEvidence } from './types.ts';

const NONE: TextMatchEvidence = { words: [] };

/**
 * Hybrid relevance: how well the candidate's own words (description, topics, projects,
 * technologies, people's expertise, as the search index holds them) answer the need's free text,
 * 0–1 from the search engine's ranking (the API turns rank into relevance). Zero without text.
 */
export function textMatch(
  ctx: SeekerContext,
  candidate: Candidate,
  withEvidence = true,
): FeatureResult<TextMatchEvidence> {
  const match = ctx.seeker.textMatches?.get(candidate.id);
  if (!match) return { value: 0, evidence: NONE };
  return { value: match.relevance, evidence: withEvidence ? { words: match.words } : NONE };
}
