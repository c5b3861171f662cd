import { migrationId, migrations } from '@kobling/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from './graph.ts';
import { applyMigrations } from './migrate.ts';
import { NodeStore } from './node-store.ts';
import { GraphConstraintError } from './errors.ts';
import { sampleRow } from './testing/factories.ts';
import { openTestGraph, testEngine } from './testing/test-graph.ts';

const everyVersion = migrations.map((m) => migrationId(m.version));

describe(`schema migrations on ${testEngine()}`, () => {
  let graph: Graph;
  const migrationNodes = new NodeStore('Migration');
  const recorded = async () =>
    (await graph.runner.read((tx) => migrationNodes.keysAfter(tx, '', 1000))).slice();

  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(() => graph.close());

  it('a new store has every version applied and recorded once', async () => {
    expect(await recorded()).toEqual(everyVersion);
    expect(await applyMigrations(graph.runner)).toEqual({ applied: [] });
    expect(await recorded()).toEqual(everyVersion);
  });

  it('a version whose record was lost (interrupted run) is applied again without error', async () => {
    const last = everyVersion.at(-1) ?? '';
    await graph.runner.write((tx) => migrationNodes.delete(tx, last));
    expect(await applyMigrations(graph.runner)).toEqual({ applied: [last] });
    expect(await recorded()).toEqual(everyVersion);
  });

  it('the schema it made enforces unique keys', async () => {
    const topic = sampleRow('Topic');
    const topics = new NodeStore('Topic');
    await graph.runner.write((tx) => topics.create(tx, topic));
    await expect(
      graph.runner.write((tx) => topics.create(tx, { ...topic, slug: `${topic.slug}-2` })),
    ).rejects.toThrow(GraphConstraintError);
    expect(await topics.count(graph.runner)).toBe(1);
  });
});
