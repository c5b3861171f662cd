import type { Helix, MunicipalityRef, SharedCluster, SharedProject, TieRef } from '../candidate.ts';
import type { NamedTopic } from '../taxonomy.ts';

/** The features, in the fixed order every score sums them (floating-point determinism). */
export const FEATURES = [
  'topicOverlap',
  'complementarity',
  'proximity',
  'warmPath',
  'locality',
  'trackRecord',
  'responsiveness',
  'textMatch',
] as const;
export type FeatureName = (typeof FEATURES)[number];

/** A feature value in 0–1 and the named facts it rests on. */
export interface FeatureResult<E> {
  readonly value: number;
  readonly evidence: E;
}

export interface RelatedTopicEvidence {
  /** The candidate's topic. */
  readonly topic: NamedTopic;
  /** The seeker's topic it partly matches. */
  readonly wanted: NamedTopic;
  /** How the candidate's topic relates to the wanted one. */
  readonly relation: 'NARROWER' | 'BROADER';
}

export interface TopicOverlapEvidence {
  /** Topics both have, most informative first. */
  readonly shared: readonly NamedTopic[];
  /** Partial matches through the taxonomy. */
  readonly related: readonly RelatedTopicEvidence[];
}

export interface NeedAnswer {
  readonly need: { readonly id: string; readonly title: string };
  readonly by: 'OFFER' | 'CAPABILITY';
  /** The offer that answers it (by = OFFER). */
  readonly offer?: { readonly id: string; readonly title: string };
  /** The need's topics that are answered (exactly or through the taxonomy). */
  readonly topics: readonly NamedTopic[];
  /** Fraction 0–1 of the need (IDF-weighted) that is answered. */
  readonly coverage: number;
}

export interface ComplementarityEvidence {
  /** The seeker's need best answered by the candidate. */
  readonly answers?: NeedAnswer;
  /** The candidate's need best answered by the seeker. */
  readonly answeredBySeeker?: NeedAnswer;
  /** Present when the pair spans two helices. */
  readonly crossHelix?: { readonly seeker: Helix; readonly candidate: Helix };
}

export interface ProximityEvidence {
  readonly clusters: readonly SharedCluster[];
  readonly projects: readonly SharedProject[];
  readonly topics: readonly NamedTopic[];
  /**
   * Actors both have worked with (a project each side), when the value is the learned link score:
   * the common collaborators its evidence counts first. Empty for the Adamic-Adar value.
   */
  readonly collaborators: readonly { readonly id: string; readonly name: string }[];
  /** The raw Adamic-Adar sum before squashing to 0–1. */
  readonly adamicAdar: number;
}

export interface IntroducerEvidence {
  readonly id: string;
  readonly name: string;
  readonly withSeeker: TieRef;
  readonly withCandidate: TieRef;
  /** Path strength 0–1. */
  readonly strength: number;
}

export interface WarmPathEvidence {
  /** Strongest first. */
  readonly introducers: readonly IntroducerEvidence[];
}

export interface LocalityEvidence {
  /** UNKNOWN: the candidate's municipality is not recorded (missing data, not a place). */
  readonly match: 'SAME_MUNICIPALITY' | 'IN_REGION' | 'NONE' | 'UNKNOWN';
  readonly municipality?: MunicipalityRef;
}

export interface TrackRecordEvidence {
  readonly projects: number;
  readonly technologies: number;
}

export interface ResponsivenessEvidence {
  /** Accepted or completed introductions. */
  readonly positive: number;
  /** Introductions that got an outcome (accepted, completed, declined or expired). */
  readonly answered: number;
}

export interface TextMatchEvidence {
  /** The need's words found in the candidate's own description and ties. */
  readonly words: readonly string[];
}

export interface EvidenceByFeature {
  readonly topicOverlap: TopicOverlapEvidence;
  readonly complementarity: ComplementarityEvidence;
  readonly proximity: ProximityEvidence;
  readonly warmPath: WarmPathEvidence;
  readonly locality: LocalityEvidence;
  readonly trackRecord: TrackRecordEvidence;
  readonly responsiveness: ResponsivenessEvidence;
  readonly textMatch: TextMatchEvidence;
}

export type FeatureResults = { readonly [F in FeatureName]: FeatureResult<EvidenceByFeature[F]> };
