export { ROLES, VISITOR } from './viewer.ts';
export type { Role, Viewer } from './viewer.ts';
export type { UseCaseDeps } from './deps.ts';
export {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
  forbidden,
  fromStoreError,
  ADDRESS_NOT_CONFIRMED,
  underArgument,
  validationError,
} from './errors.ts';
export { requestIntroduction } from './introductions/request.ts';
export type {
  ExplainPair,
  IntroductionRequest,
  KeptSuggestion,
  RequestIntroductionDeps,
  SuggestionNeed,
} from './introductions/request.ts';
export { recordIntroductionOutcome, respondToIntroduction } from './introductions/answer.ts';
export { expireDueIntroductions, expireDueLazily } from './introductions/expiry.ts';
export {
  approveMembership,
  assignClusterManager,
  inviteMember,
  removeMembership,
  requestMembership,
} from './memberships/memberships.ts';
export type { MembershipKey } from './memberships/memberships.ts';
export { closeOpportunity, postOpportunity } from './opportunities/opportunities.ts';
export type { OpportunityPost } from './opportunities/opportunities.ts';
export { setPersonListed, updateMyPerson } from './people/people.ts';
export type { MyPersonEdit } from './people/people.ts';
export { createActor, setActorTopics, updateActor } from './actors/actors.ts';
export type { ActorFields } from './actors/actors.ts';
export { approveRepresentation, claimActor } from './actors/representation.ts';
export {
  addMilestone,
  createTechnology,
  linkTechnologyActor,
} from './technologies/technologies.ts';
export type { TechnologyFields, TechnologyRelation } from './technologies/technologies.ts';
export {
  MAIL_ON_ITS_WAY,
  confirmEmailChange,
  deleteMyAccount,
  logIn,
  logOut,
  requestEmailChange,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signUp,
  verifyEmail,
} from './accounts/accounts.ts';
export type {
  AccountAttempt,
  AccountDeps,
  LoginLimiter,
  MailAccepted,
  PasswordHasher,
  SignedIn,
} from './accounts/accounts.ts';
export { ACCOUNT_TOKEN_TTL_MS, LINK_INVALID } from './accounts/account-tokens.ts';
export { queueMail } from './mail/queue.ts';
export { setMailPreferences, unsubscribe } from './mail/preferences.ts';
export type { UnsubscribeVerifier } from './mail/preferences.ts';
export {
  EXPIRY_REMINDER_MS,
  queueWeeklyDigests,
  remindExpiringIntroductions,
} from './mail/scheduled.ts';
export type { DigestDeps, DigestSuggestions } from './mail/scheduled.ts';
export { SESSION_TTL_MS, newSessionToken, sessionIdFor } from './accounts/session-tokens.ts';
export { maySeeOpportunity } from './visibility.ts';
