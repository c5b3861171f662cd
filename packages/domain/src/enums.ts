/**
 * The closed vocabularies of the graph model with their union types. The lists are declared
 * once, in graph-schema (vocabularies.ts, named by the model's properties); this module gives
 * them the domain's types and rules, so zod schemas, the API's enums and the web's labels all
 * iterate the same arrays.
 */
import {
  ACTOR_KINDS,
  CLUSTER_LEVELS,
  COMPANY_STAGES,
  HELICES,
  IMPORT_JOB_STATUSES,
  INTRODUCTION_OUTCOMES,
  INTRODUCTION_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  NODE_LABELS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_VISIBILITIES,
  OUTBOX_OPS,
  PROJECT_ROLES,
  REPRESENTATION_STATUSES,
  SOURCES,
  TECHNOLOGY_STAGES,
  LANGUAGES,
  ACCOUNT_TOKEN_PURPOSES,
  MAIL_KINDS,
  MAIL_TOPICS,
  MAIL_STATUSES,
} from '@kobling/graph-schema';

export {
  ACTOR_KINDS,
  CLUSTER_LEVELS,
  COMPANY_STAGES,
  HELICES,
  IMPORT_JOB_STATUSES,
  INTRODUCTION_OUTCOMES,
  INTRODUCTION_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  NODE_LABELS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_VISIBILITIES,
  OUTBOX_OPS,
  PROJECT_ROLES,
  REPRESENTATION_STATUSES,
  SOURCES,
  TECHNOLOGY_STAGES,
  LANGUAGES,
  ACCOUNT_TOKEN_PURPOSES,
  MAIL_KINDS,
  MAIL_TOPICS,
  MAIL_STATUSES,
};

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Helix = (typeof HELICES)[number];
export type CompanyStage = (typeof COMPANY_STAGES)[number];
export type ClusterLevel = (typeof CLUSTER_LEVELS)[number];
export type TechnologyStage = (typeof TECHNOLOGY_STAGES)[number];
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export type ProjectRole = (typeof PROJECT_ROLES)[number];
export type RepresentationStatus = (typeof REPRESENTATION_STATUSES)[number];
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export type OpportunityVisibility = (typeof OPPORTUNITY_VISIBILITIES)[number];
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];
export type IntroductionOutcome = (typeof INTRODUCTION_OUTCOMES)[number];
export type Source = (typeof SOURCES)[number];
export type OutboxOp = (typeof OUTBOX_OPS)[number];
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];
export type NodeLabel = (typeof NODE_LABELS)[number];
export type Language = (typeof LANGUAGES)[number];
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];
export type MailKind = (typeof MAIL_KINDS)[number];
export type MailTopic = (typeof MAIL_TOPICS)[number];
export type MailStatus = (typeof MAIL_STATUSES)[number];

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

/** True when `value` is one of `list`'s values: narrows text from outside (a URL, a stored string). */
export function isOneOf<T extends string>(
  list: readonly T[],
  value: string | null | undefined,
): value is T {
  return value !== null && value !== undefined && (list as readonly string[]).includes(value);
}
