export type {
  NodeDecl,
  NodeLabel,
  PropertyDecl,
  PropertyType,
  RelationshipDecl,
  RelationshipType,
} from './model.ts';
export { model, nodes, relationships } from './model.ts';
export type { GraphModel } from './graph-model.ts';
export { neo4jSchemaStatements } from './neo4j-schema.ts';
export { ladybugSchemaStatements, ladybugTypes } from './ladybug-schema.ts';
export type { Migration } from './migrations.ts';
export { migrationBootstrap, migrationId, migrations, pendingMigrations } from './migrations.ts';
export { renderModelDoc } from './model-doc.ts';
