export { Projection } from './projection.ts';
export { SNAPSHOT_FORMAT, buildProjection, loadSnapshot } from './build.ts';
export type { BuildOptions, BuildProgress } from './build.ts';
export { ProjectedEntityNotFoundError, ProjectionNotReadyError } from './errors.ts';
export type {
  ActorFacts,
  ClusterFact,
  IntroductionCounts,
  IntroductionFact,
  MembershipFact,
  MunicipalityFact,
  OpportunityFact,
  ParticipationFact,
  PersonFacts,
  ProjectFact,
  TopicFact,
  TopicLink,
} from './facts.ts';
export { byId } from './facts.ts';
/** The code of an ACTIVE membership in the base's cluster adjacency (Base.actorClusters values). */
export { ACTIVE as ACTIVE_MEMBERSHIP } from './codes.ts';
export { LiveProjection } from './live-projection.ts';
export type {
  LiveProjectionOptions,
  ProjectionState,
  ProjectionStatus,
} from './live-projection.ts';
