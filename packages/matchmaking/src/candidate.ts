/**
 * The input shapes of the matchmaking kernel. Candidate retrieval (Cypher in packages/graph) fills
 * them; nothing here does I/O. Every name an explanation shows comes from these rows, so a
 * retrieval that fills them honestly gets explanations a person can check.
 */

// The vocabularies are the domain's; re-exported so the kernel's inputs read as one module.
export { ACTOR_KINDS, HELICES } from '@kobling/domain';
export type { ActorKind, Helix } from '@kobling/domain';
import type { ActorKind, Helix } from '@kobling/domain';

/** A HAS_TOPIC edge: the topic id and its strength 0–1. */
export interface WeightedTopic {
  readonly topicId: string;
  readonly weight: number;
}

/** A seeker topic; `fromText` marks topics derived from free text (shown, not weighted differently). */
/** How well an actor's own words answer a need's text: 0–1 by the search engine's ranking. */
export interface TextMatch {
  readonly relevance: number;
  /** The need's words the engine matched in the actor's document, as it marked them. */
  readonly words: readonly string[];
}

export interface SeekerTopic extends WeightedTopic {
  readonly fromText?: boolean;
  /** The need's words that named it, when it was read from free text. */
  readonly words?: readonly string[];
}

export interface MunicipalityRef {
  /** kommunenummer */
  readonly code: string;
  readonly name: string;
}

/** An open NEED or OFFER opportunity, reduced to what matching needs. */
export interface OpportunityRef {
  readonly id: string;
  readonly title: string;
  readonly topicIds: readonly string[];
}

/**
 * Who is looking: an actor, a person (matching on behalf of the actor they work at, with their own
 * expertise topics), or an ad-hoc need (topics from a form and/or from free text).
 */
export interface Seeker {
  readonly type: 'ACTOR' | 'PERSON' | 'NEED';
  /** Actor or person id; absent for an ad-hoc need. */
  readonly id?: string;
  /** The actor the seeker is (ACTOR) or works at (PERSON); never suggested to itself. */
  readonly actorId?: string;
  readonly name?: string;
  readonly kind?: ActorKind;
  readonly helix?: Helix;
  readonly municipality?: MunicipalityRef;
  /** What the seeker is about (actor/person) or asks for (need). */
  readonly topics: readonly SeekerTopic[];
  /** The free text of an ad-hoc need, kept for the explanation. */
  readonly text?: string;
  /**
   * What the search engine found for that text among actors' own descriptions, topics, projects,
   * technologies and people (hybrid relevance): each actor's relevance and the words that matched.
   */
  readonly textMatches?: ReadonlyMap<string, TextMatch>;
  /** The seeker's open needs; an ad-hoc need with none is treated as one need of its topics. */
  readonly needs?: readonly OpportunityRef[];
  /** The seeker's open offers (they may answer a candidate's needs). */
  readonly offers?: readonly OpportunityRef[];
  /** Hard filters: only these kinds / helices are suggested (empty or absent = all). */
  readonly wantedKinds?: readonly ActorKind[];
  readonly wantedHelices?: readonly Helix[];
  /** Municipality codes preferred for locality; when absent, the seeker's own municipality. */
  readonly municipalityPreference?: readonly string[];
  readonly clusterIds?: readonly string[];
  readonly projectIds?: readonly string[];
  /** Actors the seeker already works with (co-participation); marks candidates as partners. */
  readonly partnerIds?: readonly string[];
}

/** A cluster both the seeker and the candidate are ACTIVE members of. */
export interface SharedCluster {
  readonly id: string;
  readonly name: string;
  /** Active members: the neighbour's degree for Adamic-Adar. */
  readonly memberCount: number;
}

/** A project both participate in. */
export interface SharedProject {
  readonly id: string;
  readonly title: string;
  readonly participantCount: number;
}

/** One tie of a warm path. */
export interface TieRef {
  readonly kind: 'PROJECT' | 'CLUSTER';
  readonly id: string;
  readonly name: string;
}

/** An actor who has worked with both sides: the introducer of a warm path. */
export interface Intermediary {
  readonly id: string;
  readonly name: string;
  /** How the intermediary knows the seeker (strongest tie: a project beats a cluster). */
  readonly withSeeker: TieRef;
  /** How the intermediary knows the candidate. */
  readonly withCandidate: TieRef;
  /** Distinct actors the intermediary has co-participated with; a hub is a weaker bridge. */
  readonly partnerCount: number;
}

/** Outcomes of introductions asked of the candidate (REQUESTED ones are not counted). */
export interface IntroductionOutcomes {
  readonly accepted: number;
  readonly declined: number;
  readonly expired: number;
  readonly completed: number;
}

/** One retrieved candidate, with everything the features need. */
export interface Candidate {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly helix: Helix;
  readonly municipality?: MunicipalityRef;
  readonly inRegion: boolean;
  /**
   * All of the candidate's topics with weights. Shared topics are derived from these and the
   * seeker's topics (one source of truth), so retrieval must not cap them below ~30.
   */
  readonly topics: readonly WeightedTopic[];
  readonly sharedClusters: readonly SharedCluster[];
  readonly sharedProjects: readonly SharedProject[];
  readonly intermediaries: readonly Intermediary[];
  /** Track record: projects participated in, technologies originated or commercialised. */
  readonly projectCount: number;
  readonly technologyCount: number;
  readonly introductions: IntroductionOutcomes;
  /** The candidate's open public offers whose topics touch the seeker's needs. */
  readonly offers: readonly OpportunityRef[];
  /** The candidate's open public needs whose topics touch the seeker's offers or topics. */
  readonly needs: readonly OpportunityRef[];
  readonly isExistingPartner: boolean;
  /**
   * The link scorer's likelihood 0–1 that seeker and candidate form a new tie (linkScoreValue of
   * `linkScorer` on the collaboration graph with shared clusters and topics), when the caller
   * scored the pair; proximity then uses it instead of its Adamic-Adar sum.
   */
  readonly linkScore?: number;
}

/** One taxonomy node with its document frequency. */
export interface TopicInfo {
  readonly id: string;
  readonly name: string;
  readonly nameNb: string;
  /** Actors having this topic (Topic.actorCount). */
  readonly actorCount: number;
  /** The broader topic (BROADER edge), if any. */
  readonly broaderId?: string;
}

/** Topic names and frequencies, and the total actor count, for IDF weighting and explanations. */
export interface TopicStats {
  readonly totalActors: number;
  readonly topics: ReadonlyMap<string, TopicInfo>;
}

export function topicStats(totalActors: number, topics: readonly TopicInfo[]): TopicStats {
  return { totalActors, topics: new Map(topics.map((t) => [t.id, t])) };
}

export const NO_INTRODUCTIONS: IntroductionOutcomes = {
  accepted: 0,
  declined: 0,
  expired: 0,
  completed: 0,
};
