export type { CypherQuery, Engine, Params, QueryMode, QueryText } from './query.ts';
export { defineQuery, queryTextFor } from './query.ts';
export type { CypherRunner, QueryExecutor } from './runner.ts';
export { queryCatalog } from './catalog.ts';
export { openLadybugRunner } from './runners/ladybug.ts';
export type { LadybugRunnerOptions } from './runners/ladybug.ts';
export { openNeo4jRunner } from './runners/neo4j.ts';
export type { Neo4jRunnerOptions } from './runners/neo4j.ts';
export { applyMigrations, storeCreatedAt } from './migrate.ts';
export { graphOver, openGraph } from './graph.ts';
export type { Graph, GraphConfig } from './graph.ts';
export {
  GraphConstraintError,
  GraphNotFoundError,
  QueryFailedError,
  StoreClosedError,
  StoreInUseError,
} from './errors.ts';
export { InvalidCursorError, MAX_PAGE_SIZE, decodeCursor, encodeCursor } from './paging.ts';
export type { Page, PageRequest } from './paging.ts';
export type {
  NodeKey,
  NodeLabel,
  NodeRow,
  RelationshipProps,
  RelationshipType,
} from './model-types.ts';
export { NodeStore } from './node-store.ts';
export {
  CHANGE_FEED_RETENTION_MS,
  FOLLOWED_LABELS,
  REBUILD_EVENT,
  recordChange,
  recordChanges,
  recordRebuild,
} from './change-feed.ts';
export type { Change, ChangeOp, FeedOp, FeedOptions } from './change-feed.ts';
export { RelationshipStore } from './relationship-store.ts';
export type { Link } from './relationship-store.ts';
export type { ChangeEventRow, OutboxEventRow } from './outbox-queries.ts';
export type { ActorFilter, ActorRow, TopicWeight } from './repositories/actors.ts';
export type { PersonFilter, PersonRow } from './repositories/people.ts';
export type { TopicRow } from './repositories/topics.ts';
export type { ClusterRow, Membership } from './repositories/clusters.ts';
export type { MunicipalityRow } from './repositories/municipalities.ts';
export type { ProjectRow } from './repositories/projects.ts';
export type { MilestoneRow, TechnologyFilter, TechnologyRow } from './repositories/technologies.ts';
export type { OpportunityFilter, OpportunityRow } from './repositories/opportunities.ts';
export type { IntroductionEnds, IntroductionRow } from './repositories/introductions.ts';
export type { SessionRow, UserRow } from './repositories/accounts.ts';
export type {
  AccountTokenRow,
  DigestOpportunity,
  MailMessageRow,
  MailRecipient,
} from './repositories/mail.ts';
export type { KpiObservationRow } from './repositories/kpis.ts';
export type { RateWindow } from './repositories/rate-limits.ts';
export { REGISTER_IMPORT_SLOT } from './repositories/import-jobs.ts';
export type { ImportJobRow } from './repositories/import-jobs.ts';
export { benchQueries, bulkLoad, countStoredRows } from './bulk/index.ts';
export type {
  BulkChunk,
  BulkLoadOptions,
  BulkLoadResult,
  BulkNodeChunk,
  BulkNodeRow,
  BulkProgress,
  BulkRelationshipChunk,
  BulkRelationshipRow,
  BulkSource,
  BulkValue,
} from './bulk/index.ts';
