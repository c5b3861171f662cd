/**
 * The Cypher lint, a separate entry point (`@kobling/graph-schema/lint`): it loads Neo4j's
 * language support (seconds of start-up), which only tests and tools need, never a server.
 */
export { lintDbSchema } from './lint-schema.ts';
export type { CypherDiagnostic } from './lint-cypher.ts';
export { lintCypher } from './lint-cypher.ts';
