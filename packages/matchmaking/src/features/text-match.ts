import type { Candidate } from '../candidate.ts';
import type { SeekerContext } from '../seeker-context.ts';
import type { FeatureResult, TextMatchEvidence } from './types.ts';

const NONE: TextMatchEvidence = { words: [] };

/** Actors taken from the search engine for one need: about three pages of suggestions. */
export const TEXT_MATCH_POOL = 50;

/** At this rank in the engine's answer an actor's text relevance has halved. */
const HALF_RELEVANCE_RANK = 10;

/**
 * An actor's text relevance from its rank in the search engine's answer (0 = first): ranks, not
 * engine scores, because the two engines score differently and both rank.
 */
export function relevanceAtRank(rank: number): number {
  return 1 / (1 + rank / HALF_RELEVANCE_RANK);
}

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
