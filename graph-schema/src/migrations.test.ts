import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryDb } from './test-ladybug.ts';
import { openMemoryDb } from './test-ladybug.ts';
import { ladybugSchemaStatements } from './ladybug-schema.ts';
import type { Migration } from './migrations.ts';
import { migrationBootstrap, migrationId, migrations, pendingMigrations } from './migrations.ts';
import { model } from './model.ts';
import { neo4jSchemaStatements } from './neo4j-schema.ts';

const migration = (version: number): Migration => ({
  version,
  name: `m${version}`,
  neo4j: [],
  ladybug: [],
});

describe('migrations', () => {
  it('start at version 1 = the generated schema, with strictly increasing versions', () => {
    expect(migrations[0]).toEqual({
      version: 1,
      name: expect.any(String),
      neo4j: neo4jSchemaStatements(model),
      ladybug: ladybugSchemaStatements(model),
    });
    migrations.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.name).not.toBe('');
    });
  });

  it('pendingMigrations returns the unapplied ones in version order', () => {
    const all = [migration(3), migration(1), migration(2)];
    expect(pendingMigrations([], all).map((m) => m.version)).toEqual([1, 2, 3]);
    expect(pendingMigrations(new Set([1, 3]), all).map((m) => m.version)).toEqual([2]);
    expect(pendingMigrations([1, 2, 3], all)).toEqual([]);
    expect(pendingMigrations([]).map((m) => m.version)).toEqual(migrations.map((m) => m.version));
  });

  it('migrationId zero-pads the version as Migration.id', () => {
    expect(migrationId(1)).toBe('0001');
    expect(migrationId(42)).toBe('0042');
  });

  it('bootstrap creates only the Migration label, on both engines', () => {
    expect(migrationBootstrap.ladybug).toEqual([
      'CREATE NODE TABLE IF NOT EXISTS Migration(id STRING, name STRING, appliedAt INT64, PRIMARY KEY(id))',
    ]);
    expect(migrationBootstrap.neo4j).toEqual([
      'CREATE CONSTRAINT migration_id_unique IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE',
    ]);
  });
});

describe('migrations on LadybugDB', () => {
  let db: MemoryDb;
  beforeEach(() => {
    db = openMemoryDb();
  });
  afterEach(async () => {
    await db.close();
  });

  it('bootstrap, then every migration, runs cleanly and can record itself', async () => {
    for (const s of migrationBootstrap.ladybug) await db.all(s);
    for (const m of pendingMigrations([])) {
      for (const s of m.ladybug) await db.all(s);
      await db.all(
        `CREATE (:Migration {id: '${migrationId(m.version)}', name: 'x', appliedAt: 1})`,
      );
    }
    const rows = await db.all('MATCH (m:Migration) RETURN m.id AS id');
    expect(rows).toEqual(migrations.map((m) => ({ id: migrationId(m.version) })));
  });

  it('the documented recipe for a new property works on old and fresh databases alike', async () => {
    // An "old" database whose version 1 predates Actor.foo, and a "fresh" one where it exists.
    await db.all('CREATE NODE TABLE IF NOT EXISTS Old(id STRING, PRIMARY KEY(id))');
    await db.all('CREATE NODE TABLE IF NOT EXISTS Fresh(id STRING, foo STRING, PRIMARY KEY(id))');
    for (const table of ['Old', 'Fresh']) {
      await db.all(`ALTER TABLE ${table} ADD IF NOT EXISTS foo STRING`);
      const cols = await db.all(`CALL table_info('${table}') RETURN name`);
      expect(cols.map((c) => c.name)).toEqual(['id', 'foo']);
    }
  });
});
