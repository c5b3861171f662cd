/**
 * The closed vocabularies of the graph model: each list is declared here once. The model
 * (model.ts) names the list a property takes its values from, the domain re-exports the lists
 * for its zod schemas and the API's enums, and the web labels them. `as const` arrays with
 * union types: erasable syntax, iterable for zod enums and allowlists.
 */

export const ACTOR_KINDS = [
  'COMPANY',
  'RESEARCH_GROUP',
  'INSTITUTION',
  'PUBLIC_ACTOR',
  'INVESTOR',
  'INTERMEDIARY',
] as const;

export const HELICES = ['INDUSTRY', 'ACADEMIA', 'GOVERNMENT'] as const;

export const COMPANY_STAGES = ['IDEA', 'STARTUP', 'SCALEUP', 'ESTABLISHED'] as const;

export const CLUSTER_LEVELS = ['ARENA', 'ARENA_PRO', 'NCE', 'GCE', 'OTHER'] as const;

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

/** MEMBER_OF.status */
export const MEMBERSHIP_STATUSES = ['REQUESTED', 'INVITED', 'ACTIVE', 'REMOVED'] as const;

/** MEMBER_OF.role */
export const MEMBERSHIP_ROLES = ['MEMBER', 'PARTNER', 'BOARD'] as const;

/** PARTICIPATES_IN.role */
export const PROJECT_ROLES = ['COORDINATOR', 'PARTNER'] as const;

/** REPRESENTS.status: a claim until an administrator approves it */
export const REPRESENTATION_STATUSES = ['CLAIMED', 'APPROVED'] as const;

export const OPPORTUNITY_KINDS = ['NEED', 'OFFER', 'CHALLENGE'] as const;

export const OPPORTUNITY_STATUSES = ['OPEN', 'CLOSED'] as const;

export const OPPORTUNITY_VISIBILITIES = ['PUBLIC', 'PRIVATE'] as const;

export const INTRODUCTION_STATUSES = [
  'REQUESTED',
  'ACCEPTED',
  'DECLINED',
  'EXPIRED',
  'COMPLETED',
] as const;

/** Introduction.outcome is one of these or free text, so the property is not closed. */
export const INTRODUCTION_OUTCOMES = ['MEETING', 'PROJECT', 'NO_FIT'] as const;

/** Provenance of a fact: seeded from public sources, the business register, a user, or generated. */
export const SOURCES = ['seed', 'brreg', 'user', 'synthetic'] as const;

export const OUTBOX_OPS = ['UPSERT', 'DELETE'] as const;

export const IMPORT_JOB_STATUSES = ['RUNNING', 'DONE', 'FAILED'] as const;
