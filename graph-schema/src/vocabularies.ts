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

/** The languages the site and its mail speak (bokmål, English); User.language. */
export const LANGUAGES = ['nb', 'en'] as const;

/** AccountToken.purpose: what a mailed single-use link proves. */
export const ACCOUNT_TOKEN_PURPOSES = ['VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL'] as const;

/** MailMessage.kind: one template each (packages/mail). */
export const MAIL_KINDS = [
  'VERIFY_EMAIL',
  'SIGN_UP_EXISTING',
  'RESET_PASSWORD',
  'CHANGE_EMAIL',
  'CHANGE_EMAIL_EXISTING',
  'INTRODUCTION_REQUESTED',
  'INTRODUCTION_ANSWERED',
  'INTRODUCTION_EXPIRING',
  'MEMBERSHIP_REQUESTED',
  'MEMBERSHIP_APPROVED',
  'MEMBERSHIP_INVITED',
  'CLAIM_APPROVED',
  'WEEKLY_DIGEST',
] as const;

/**
 * The notification groups a user can turn off (User.mailOptOut); account mail (verification,
 * password reset, email change) cannot be turned off.
 */
export const MAIL_TOPICS = ['INTRODUCTIONS', 'MEMBERSHIPS', 'CLAIMS', 'DIGEST'] as const;

/**
 * MailMessage.status: QUEUED until a worker's send is confirmed (SENT) or given up: BOUNCED when
 * the relay refused the recipient for good (5xx), FAILED after the last retry, DROPPED when the
 * recipient turned the notification off or the account is gone before it was sent.
 */
export const MAIL_STATUSES = ['QUEUED', 'SENT', 'FAILED', 'BOUNCED', 'DROPPED'] as const;
