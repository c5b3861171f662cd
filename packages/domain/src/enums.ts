/**
 * The closed vocabularies of the graph model (graph-schema/src/model.ts), as `as const` arrays
 * with union types: erasable syntax, iterable for zod enums and allowlists.
 */

export const ACTOR_KINDS = [
  'COMPANY',
  'RESEARCH_GROUP',
  'INSTITUTION',
  'PUBLIC_ACTOR',
  'INVESTOR',
  'INTERMEDIARY',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const HELICES = ['INDUSTRY', 'ACADEMIA', 'GOVERNMENT'] as const;
export type Helix = (typeof HELICES)[number];

/**
 * The helix an actor of each kind belongs to unless told otherwise. Intermediaries (Innovasjon
 * Norge, Siva, Trondheim Tech Port, the regional council) are mostly publicly funded in this
 * region, so they default to GOVERNMENT; a private incubator overrides it.
 */
export const DEFAULT_HELIX: Readonly<Record<ActorKind, Helix>> = {
  COMPANY: 'INDUSTRY',
  RESEARCH_GROUP: 'ACADEMIA',
  INSTITUTION: 'ACADEMIA',
  PUBLIC_ACTOR: 'GOVERNMENT',
  INVESTOR: 'INDUSTRY',
  INTERMEDIARY: 'GOVERNMENT',
};

export const COMPANY_STAGES = ['IDEA', 'STARTUP', 'SCALEUP', 'ESTABLISHED'] as const;
export type CompanyStage = (typeof COMPANY_STAGES)[number];

export const CLUSTER_LEVELS = ['ARENA', 'ARENA_PRO', 'NCE', 'GCE', 'OTHER'] as const;
export type ClusterLevel = (typeof CLUSTER_LEVELS)[number];

export const TECHNOLOGY_STAGES = [
  'DISCLOSURE',
  'EVALUATION',
  'PROTECTION',
  'LICENSING',
  'SPIN_OFF',
  'FUNDED',
  'ON_MARKET',
  'DROPPED',
] as const;
export type TechnologyStage = (typeof TECHNOLOGY_STAGES)[number];

/** MEMBER_OF.status */
export const MEMBERSHIP_STATUSES = ['REQUESTED', 'INVITED', 'ACTIVE', 'REMOVED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** MEMBER_OF.role */
export const MEMBERSHIP_ROLES = ['MEMBER', 'PARTNER', 'BOARD'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** PARTICIPATES_IN.role */
export const PROJECT_ROLES = ['COORDINATOR', 'PARTNER'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

/** REPRESENTS.status: a claim until an administrator approves it */
export const REPRESENTATION_STATUSES = ['CLAIMED', 'APPROVED'] as const;
export type RepresentationStatus = (typeof REPRESENTATION_STATUSES)[number];

export const OPPORTUNITY_KINDS = ['NEED', 'OFFER', 'CHALLENGE'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const OPPORTUNITY_STATUSES = ['OPEN', 'CLOSED'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export const OPPORTUNITY_VISIBILITIES = ['PUBLIC', 'PRIVATE'] as const;
export type OpportunityVisibility = (typeof OPPORTUNITY_VISIBILITIES)[number];

export const INTRODUCTION_STATUSES = [
  'REQUESTED',
  'ACCEPTED',
  'DECLINED',
  'EXPIRED',
  'COMPLETED',
] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/** Introduction.outcome is one of these or free text. */
export const INTRODUCTION_OUTCOMES = ['MEETING', 'PROJECT', 'NO_FIT'] as const;
export type IntroductionOutcome = (typeof INTRODUCTION_OUTCOMES)[number];

/** Provenance of a fact: seeded from public sources, the business register, a user, or generated. */
export const SOURCES = ['seed', 'brreg', 'user', 'synthetic'] as const;
export type Source = (typeof SOURCES)[number];

export const OUTBOX_OPS = ['UPSERT', 'DELETE'] as const;
export type OutboxOp = (typeof OUTBOX_OPS)[number];

/** The node labels of the graph model; an outbox event names the label of the changed entity. */
export const NODE_LABELS = [
  'Actor',
  'Person',
  'Topic',
  'Cluster',
  'Municipality',
  'Project',
  'Technology',
  'Milestone',
  'Opportunity',
  'Introduction',
  'User',
  'Session',
  'RateLimit',
  'ImportJob',
  'KpiObservation',
  'OutboxEvent',
  'Migration',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
