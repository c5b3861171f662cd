import { ladybugNodeTableStatement, ladybugSchemaStatements } from './ladybug-schema.ts';
import { model, nodes } from './model.ts';
import { neo4jSchemaStatements } from './neo4j-schema.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly neo4j: readonly string[];
  readonly ladybug: readonly string[];
}

/**
 * Schema migrations as data; the applier in packages/graph runs the statements for its engine
 * and records a `Migration` node (id = migrationId(version)) per applied version.
 *
 * Version 1 is generated from the current model, so a fresh database gets the whole current
 * schema from it and then also runs every later migration. Later migrations must therefore be
 * idempotent: they run both on databases that applied an older version 1 and on fresh ones
 * where version 1 already contains the change. To add a property `foo` to Actor:
 *   1. declare it in model.ts (version 1 now creates it on fresh databases);
 *   2. append
 *        { version: 2, name: 'Actor.foo',
 *          ladybug: ['ALTER TABLE Actor ADD IF NOT EXISTS foo STRING'],
 *          neo4j: [] }
 *      — Neo4j is schema-free, so it needs nothing, or, if `foo` is indexed or unique,
 *      the matching `CREATE RANGE INDEX actor_foo_index IF NOT EXISTS …` /
 *      `CREATE CONSTRAINT actor_foo_unique IF NOT EXISTS …` from neo4jSchemaStatements.
 * A new label or relationship type needs no new migration on LadybugDB beyond re-running the
 * `CREATE … TABLE IF NOT EXISTS` statement (copy it from ladybugSchemaStatements), and on
 * Neo4j its constraints; both are IF NOT EXISTS. Removing or renaming uses
 * `ALTER TABLE X DROP IF EXISTS p` / a data copy, guarded the same way.
 */
function nodeNamed(label: string) {
  const node = nodes.find((n) => n.label === label);
  if (!node) throw new Error(`model.ts must declare the ${label} label`);
  return node;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'Initial schema from the model',
    neo4j: neo4jSchemaStatements(model),
    ladybug: ladybugSchemaStatements(model),
  },
  {
    version: 2,
    name: 'RateLimit: login and sign-up limits kept in the store (issue 11)',
    neo4j: neo4jSchemaStatements({ nodes: [nodeNamed('RateLimit')], relationships: [] }),
    ladybug: [ladybugNodeTableStatement(nodeNamed('RateLimit'))],
  },
  {
    version: 3,
    name: 'ImportJob: register imports and their progress kept in the store (issue 11)',
    neo4j: neo4jSchemaStatements({ nodes: [nodeNamed('ImportJob')], relationships: [] }),
    ladybug: [ladybugNodeTableStatement(nodeNamed('ImportJob'))],
  },
  {
    version: 4,
    name: 'Mail (issue 14): verified addresses, mail language and preferences, account tokens, the mail queue',
    neo4j: neo4jSchemaStatements({
      nodes: [nodeNamed('AccountToken'), nodeNamed('MailMessage')],
      relationships: [],
    }),
    ladybug: [
      'ALTER TABLE User ADD IF NOT EXISTS emailVerifiedAt INT64',
      'ALTER TABLE User ADD IF NOT EXISTS language STRING',
      'ALTER TABLE User ADD IF NOT EXISTS mailOptOut STRING[]',
      ladybugNodeTableStatement(nodeNamed('AccountToken')),
      ladybugNodeTableStatement(nodeNamed('MailMessage')),
    ],
  },
];

const migrationNode = nodeNamed('Migration');

/**
 * Run before reading or recording applied migrations: it creates the `Migration` label itself
 * (idempotent; version 1 repeats these statements harmlessly).
 */
export const migrationBootstrap: Pick<Migration, 'neo4j' | 'ladybug'> = {
  neo4j: neo4jSchemaStatements({ nodes: [migrationNode], relationships: [] }),
  ladybug: [ladybugNodeTableStatement(migrationNode)],
};

/** The `Migration.id` recorded for a version: zero-padded to four digits, `1` → `"0001"`. */
export function migrationId(version: number): string {
  return String(version).padStart(4, '0');
}

/** Migrations not yet applied, in ascending version order. */
export function pendingMigrations(
  appliedVersions: Iterable<number>,
  all: readonly Migration[] = migrations,
): Migration[] {
  const applied = new Set(appliedVersions);
  return all.filter((m) => !applied.has(m.version)).sort((a, b) => a.version - b.version);
}
