/*
 * @kobling/domain: the vocabulary, entity shapes and rules of the Kobling graph, shared by the
 * API, the graph repositories, the importers and the web app. Named exports only.
 */

// Vocabularies
export {
  ACTOR_KINDS,
  HELICES,
  DEFAULT_HELIX,
  COMPANY_STAGES,
  CLUSTER_LEVELS,
  TECHNOLOGY_STAGES,
  MEMBERSHIP_STATUSES,
  MEMBERSHIP_ROLES,
  PROJECT_ROLES,
  REPRESENTATION_STATUSES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_VISIBILITIES,
  INTRODUCTION_STATUSES,
  INTRODUCTION_OUTCOMES,
  SOURCES,
  OUTBOX_OPS,
  IMPORT_JOB_STATUSES,
  NODE_LABELS,
  isOneOf,
  LANGUAGES,
  ACCOUNT_TOKEN_PURPOSES,
  MAIL_KINDS,
  MAIL_TOPICS,
  MAIL_STATUSES,
} from './enums.ts';
export type {
  ActorKind,
  Helix,
  CompanyStage,
  ClusterLevel,
  TechnologyStage,
  MembershipStatus,
  MembershipRole,
  ProjectRole,
  RepresentationStatus,
  OpportunityKind,
  OpportunityStatus,
  OpportunityVisibility,
  IntroductionStatus,
  IntroductionOutcome,
  Source,
  OutboxOp,
  ImportJobStatus,
  NodeLabel,
  Language,
  AccountTokenPurpose,
  MailKind,
  MailTopic,
  MailStatus,
} from './enums.ts';

// Ids and slugs
export {
  uuidv7,
  isUuidv7,
  uuidv7Timestamp,
  slugify,
  seedId,
  SLUG_PATTERN,
  SLUG_MAX_LENGTH,
} from './ids.ts';

// Errors
export {
  DomainValidationError,
  fromZodError,
  issuesFromZodError,
  formatIssues,
  parseOrThrow,
} from './errors.ts';
export type { DomainIssue } from './errors.ts';

// Validators (standalone checks and the zod schemas built from them)
export { refineWith } from './check.ts';
export type { Check } from './check.ts';
export { textSafetyError, wellFormedError } from './text-safety.ts';
export type { TextLines } from './text-safety.ts';
export {
  orgNumberError,
  isValidOrgNumber,
  orgNumberCheckDigit,
  normalizeOrgNumber,
  orgNumberSchema,
} from './org-number.ts';
export { trlError, isTrl, trlSchema, TRL_MIN, TRL_MAX } from './trl.ts';
export {
  MUNICIPALITIES,
  REGION_MUNICIPALITY_CODES,
  SPLIT_MUNICIPALITY_CODES,
  municipalityByCode,
  currentMunicipalityCode,
  isRegionMunicipality,
  municipalityCodeError,
  municipalityCodeSchema,
  municipalityCodeFormatError,
  municipalityCodeFormatSchema,
} from './municipalities.ts';
export type { MunicipalityFact } from './municipalities.ts';
export { validateMilestone, currentStage } from './milestones.ts';
export type { MilestonePoint } from './milestones.ts';
export {
  emailError,
  urlError,
  lengthError,
  yearError,
  foundedYearError,
  yearRangeError,
  countError,
  employeesError,
  epochMsError,
  naceCodeError,
  slugError,
  idError,
  scoreError,
  jsonTextError,
  expiryError,
  currentYear,
  emailSchema,
  urlSchema,
  slugSchema,
  idSchema,
  naceCodeSchema,
  employeesSchema,
  foundedYearSchema,
  scoreSchema,
  textSchema,
  multilineTextSchema,
  yearSchema,
  countSchema,
  epochMsSchema,
  jsonTextSchema,
  MIN_FOUNDED_YEAR,
} from './fields.ts';

// Entities: stored shape, create and update inputs, and a builder for new ones
export { applyUpdate, AT_LEAST_ONE_FIELD } from './entities/common.ts';
export {
  actorSchema,
  actorCreateInput,
  actorUpdateInput,
  actorStageError,
  newActor,
  ACTOR_EDITABLE_FIELDS,
} from './entities/actor.ts';
export type {
  Actor,
  ActorCreateInput,
  ActorCreate,
  ActorUpdateInput,
  ActorUpdate,
  ActorEditableField,
} from './entities/actor.ts';
export {
  personSchema,
  personCreateInput,
  personUpdateInput,
  personConsentError,
  newPerson,
} from './entities/person.ts';
export type {
  Person,
  PersonCreateInput,
  PersonCreate,
  PersonUpdateInput,
  PersonUpdate,
} from './entities/person.ts';
export { topicSchema, topicCreateInput, topicUpdateInput, newTopic } from './entities/topic.ts';
export type {
  Topic,
  TopicCreateInput,
  TopicCreate,
  TopicUpdateInput,
  TopicUpdate,
} from './entities/topic.ts';
export {
  clusterSchema,
  clusterCreateInput,
  clusterUpdateInput,
  newCluster,
} from './entities/cluster.ts';
export type {
  Cluster,
  ClusterCreateInput,
  ClusterCreate,
  ClusterUpdateInput,
  ClusterUpdate,
} from './entities/cluster.ts';
export {
  municipalitySchema,
  municipalityCreateInput,
  municipalityUpdateInput,
  newMunicipality,
} from './entities/municipality.ts';
export type {
  Municipality,
  MunicipalityCreateInput,
  MunicipalityCreate,
  MunicipalityUpdateInput,
  MunicipalityUpdate,
} from './entities/municipality.ts';
export {
  projectSchema,
  projectCreateInput,
  projectUpdateInput,
  newProject,
} from './entities/project.ts';
export type {
  Project,
  ProjectCreateInput,
  ProjectCreate,
  ProjectUpdateInput,
  ProjectUpdate,
} from './entities/project.ts';
export {
  technologySchema,
  technologyCreateInput,
  technologyUpdateInput,
  technologyStageSchema,
  newTechnology,
} from './entities/technology.ts';
export type {
  Technology,
  TechnologyCreateInput,
  TechnologyCreate,
  TechnologyUpdateInput,
  TechnologyUpdate,
} from './entities/technology.ts';
export { milestoneSchema, milestoneCreateInput, newMilestone } from './entities/milestone.ts';
export type { Milestone, MilestoneCreateInput, MilestoneCreate } from './entities/milestone.ts';
export {
  opportunitySchema,
  opportunityCreateInput,
  opportunityUpdateInput,
  newOpportunity,
} from './entities/opportunity.ts';
export type {
  Opportunity,
  OpportunityCreateInput,
  OpportunityCreate,
  OpportunityUpdateInput,
  OpportunityUpdate,
} from './entities/opportunity.ts';
export {
  introductionSchema,
  introductionCreateInput,
  introductionUpdateInput,
  introductionTransitionError,
  newIntroduction,
  INTRODUCTION_DEFAULT_TTL_MS,
} from './entities/introduction.ts';
export type {
  Introduction,
  IntroductionCreateInput,
  IntroductionCreate,
  IntroductionUpdateInput,
  IntroductionUpdate,
} from './entities/introduction.ts';
export {
  userSchema,
  userCreateInput,
  userUpdateInput,
  passwordSchema,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MAX_LENGTH,
} from './entities/user.ts';
export type {
  User,
  UserCreateInput,
  UserCreate,
  UserUpdateInput,
  UserUpdate,
} from './entities/user.ts';
export { sessionSchema } from './entities/session.ts';
export { accountTokenSchema } from './entities/account-token.ts';
export type { AccountToken } from './entities/account-token.ts';
export { mailMessageSchema } from './entities/mail-message.ts';
export { MAIL_KIND_TOPIC, mailDataSchemas } from './mail-data.ts';
export type { MailData } from './mail-data.ts';
export type { MailMessage } from './entities/mail-message.ts';
export { rateLimitSchema } from './entities/rate-limit.ts';
export { importJobSchema } from './entities/import-job.ts';
export type { Session } from './entities/session.ts';
export {
  kpiObservationSchema,
  kpiObservationCreateInput,
  kpiObservationUpdateInput,
  newKpiObservation,
} from './entities/kpi-observation.ts';
export type {
  KpiObservation,
  KpiObservationCreateInput,
  KpiObservationCreate,
  KpiObservationUpdateInput,
  KpiObservationUpdate,
} from './entities/kpi-observation.ts';
export { outboxEventSchema, newOutboxEvent } from './entities/outbox-event.ts';
export type { OutboxEvent } from './entities/outbox-event.ts';

// The plan's goals for the region (a sourced fact the API serves and the seed cites)
export { REGION_GOALS } from './region-goals.ts';

// Seeded randomness (generated data, benchmarks, evaluation, fuzzing)
export {
  mulberry32,
  intBetween,
  pick,
  weighted,
  Cdf,
  zipfWeights,
  seededRandom,
} from './random.ts';
export type { Random, SeededRandom } from './random.ts';
