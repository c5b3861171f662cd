export type {
  NodeDecl,
  NodeLabel,
  PropertyDecl,
  PropertyType,
  RelationshipDecl,
  RelationshipType,
} from './model.ts';
export { model, nodes, relationships, NODE_LABELS } from './model.ts';
export {
  ACTOR_KINDS,
  HELICES,
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
  LANGUAGES,
  ACCOUNT_TOKEN_PURPOSES,
  MAIL_KINDS,
  MAIL_TOPICS,
  MAIL_STATUSES,
} from './vocabularies.ts';
export type { GraphModel } from './graph-model.ts';
export { neo4jSchemaStatements } from './neo4j-schema.ts';
export { ladybugSchemaStatements, ladybugTypes } from './ladybug-schema.ts';
export type { Migration } from './migrations.ts';
export { migrationBootstrap, migrationId, migrations, pendingMigrations } from './migrations.ts';
export { renderModelDoc } from './model-doc.ts';
