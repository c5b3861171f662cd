import { migrationBootstrap, migrationId, pendingMigrations } from '@kobling/graph-schema';
import { defineQuery } from './query.ts';
import type { CypherRunner } from './runner.ts';

const appliedMigrations = defineQuery<Record<string, never>, { id: string }>(
  'migration.applied',
  'read',
  'MATCH (m:Migration) RETURN m.id AS id ORDER BY id',
);
const recordMigration = defineQuery<
  { id: string; name: string; appliedAt: number },
  { id: string }
>(
  'migration.record',
  'write',
  'MERGE (m:Migration {id: $id}) ON CREATE SET m.name = $name, m.appliedAt = $appliedAt RETURN m.id AS id',
);

const firstMigration = defineQuery<Record<string, never>, { appliedAt: number | null }>(
  'migration.first',
  'read',
  'MATCH (m:Migration) RETURN min(m.appliedAt) AS appliedAt',
);

/**
 * When the store's schema was first applied (its first migration), epoch ms: tells this store
 * from another one at the same address (a wiped and re-created data folder), e.g. for a snapshot
 * taken of it. Null before any migration.
 */
export async function storeCreatedAt(runner: CypherRunner): Promise<number | null> {
  return (await runner.run(firstMigration, {}))[0]?.appliedAt ?? null;
}

/**
 * Applies pending migrations in version order and records each in the graph. Safe to run
 * again: applied versions are skipped, and every statement is itself idempotent, so a
 * migration interrupted half-way is completed on the next run.
 */
export async function applyMigrations(
  runner: CypherRunner,
  now: () => number = Date.now,
): Promise<{ applied: string[] }> {
  for (const statement of migrationBootstrap[runner.engine]) {
    await runner.runSchemaStatement(statement);
  }
  const done = (await runner.run(appliedMigrations, {})).map((r) => Number(r.id));
  const applied: string[] = [];
  for (const migration of pendingMigrations(done)) {
    for (const statement of migration[runner.engine]) await runner.runSchemaStatement(statement);
    const id = migrationId(migration.version);
    await runner.run(recordMigration, { id, name: migration.name, appliedAt: now() });
    applied.push(id);
  }
  return { applied };
}
