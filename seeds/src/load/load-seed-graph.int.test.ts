import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { model } from '@kobling/graph-schema';
import { NodeStore, RelationshipStore } from '@kobling/graph';
import { openTestGraph, testEngine } from '@kobling/graph/testing';
import type { Graph, NodeLabel, RelationshipType } from '@kobling/graph';
import { regionSeedGraph } from '../region/index.ts';
import type { SeedGraph } from '../region/index.ts';
import { ensureSeeded, loadSeedGraph } from './load-seed-graph.ts';

const SEED_LABELS = model.nodes
  .map((n) => n.label)
  .filter((l) => l !== 'OutboxEvent' && l !== 'Migration');

/** Count of every node label and every relationship (type, from, to) in the store. */
async function storeCounts(graph: Graph): Promise<Record<string, number>> {
  return graph.runner.read(async (tx) => {
    const counts: Record<string, number> = {};
    for (const label of SEED_LABELS) {
      counts[label] = await new NodeStore(label as NodeLabel).count(tx);
    }
    for (const rel of model.relationships) {
      for (const [from, to] of rel.endpoints) {
        const store = new RelationshipStore(
          rel.type as RelationshipType,
          from as NodeLabel,
          to as NodeLabel,
        );
        // The store holds only seed nodes (node counts above prove it), so their keys cover every start.
        const links = await store.outgoing(tx, seedKeys.get(from) ?? []);
        counts[`${rel.type}:${from}:${to}`] = links.reduce((t, l) => t + l.length, 0);
      }
    }
    return counts;
  });
}

let seedKeys: Map<string, string[]>;

function seedCounts(seed: SeedGraph): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const label of SEED_LABELS) counts[label] = seed.nodes[label]?.length ?? 0;
  for (const rel of model.relationships) {
    for (const [from, to] of rel.endpoints) {
      counts[`${rel.type}:${from}:${to}`] = seed.relationships.filter(
        (r) => r.type === rel.type && r.from.label === from && r.to.label === to,
      ).length;
    }
  }
  return counts;
}

describe(`loadSeedGraph (${testEngine()})`, () => {
  let graph: Graph;
  const seed = regionSeedGraph();

  beforeEach(async () => {
    graph = await openTestGraph();
    seedKeys = new Map(
      Object.entries(seed.nodes).map(([label, rows]) => {
        const key = model.nodes.find((n) => n.label === label)?.key ?? 'id';
        return [label, rows.map((r) => String(r[key]))];
      }),
    );
  });
  afterEach(async () => {
    await graph.close();
  });

  it('loads every node and relationship of the region seed: counts equal the SeedGraph', async () => {
    const summary = await loadSeedGraph(graph, seed);
    for (const n of summary.nodes) {
      expect(n.created, n.label).toBe(seed.nodes[n.label]?.length);
      expect(n.facts + n.synthetic).toBe(n.rows);
    }
    expect(summary.relationships.reduce((t, r) => t + r.count, 0)).toBe(seed.relationships.length);
    expect(await storeCounts(graph)).toEqual(seedCounts(seed));
  });

  it('is idempotent: a second load reports every row unchanged and changes no count or row', async () => {
    await loadSeedGraph(graph, seed);
    const before = await storeCounts(graph);
    const sample = async () =>
      graph.runner.read(async (tx) => {
        const out: Record<string, unknown[]> = {};
        for (const [label, keys] of seedKeys) {
          out[label] = await new NodeStore(label as NodeLabel).getMany(
            tx,
            keys.filter((_, i) => i % 7 === 0),
          );
        }
        out.topicsOfNtnu = await graph.actors.topics.outgoing(tx, ['actor:ntnu']);
        return out;
      });
    const rowsBefore = await sample();
    const outboxBefore = await graph.runner.read((tx) => new NodeStore('OutboxEvent').count(tx));

    const again = await loadSeedGraph(graph, regionSeedGraph());
    for (const n of again.nodes) expect([n.label, n.created, n.updated]).toEqual([n.label, 0, 0]);
    expect(await storeCounts(graph)).toEqual(before);
    expect(await sample()).toEqual(rowsBefore);
    // Unchanged rows are not written, so no search work is queued either.
    expect(await graph.runner.read((tx) => new NodeStore('OutboxEvent').count(tx))).toBe(
      outboxBefore,
    );
  });

  it('gives every non-synthetic node in the store a sourceRef', async () => {
    await loadSeedGraph(graph, seed);
    await graph.runner.read(async (tx) => {
      for (const [label, keys] of seedKeys) {
        const rows = (await new NodeStore(label as NodeLabel).getMany(tx, keys)) as (Record<
          string,
          unknown
        > | null)[];
        for (const row of rows) {
          expect(row, label).not.toBeNull();
          if (row?.source === 'synthetic') continue;
          expect(typeof row?.sourceRef, `${label} ${JSON.stringify(row?.id ?? row?.code)}`).toBe(
            'string',
          );
          expect(String(row?.sourceRef).length).toBeGreaterThan(0);
        }
      }
    });
  });

  it('keeps topic actorCount equal to the actors holding each topic', async () => {
    await loadSeedGraph(graph, seed);
    const topics = await graph.runner.read((tx) => graph.topics.all(tx));
    const expected = new Map((seed.nodes.Topic ?? []).map((t) => [t.id, t.actorCount]));
    expect(topics.length).toBe(expected.size);
    for (const t of topics) expect(t.actorCount, t.id).toBe(expected.get(t.id));
  });

  it('keeps fields a person edited when the seed is loaded again', async () => {
    await loadSeedGraph(graph, seed);
    await graph.runner.write((tx) =>
      graph.actors.nodes.update(tx, 'actor:ntnu', {
        description: 'Edited by hand',
        editedFields: ['description'],
      }),
    );
    const again = await loadSeedGraph(graph, seed);
    expect(again.nodes.find((n) => n.label === 'Actor')?.updated).toBe(0);
    const ntnu = await graph.runner.read((tx) => graph.actors.nodes.get(tx, 'actor:ntnu'));
    expect(ntnu?.description).toBe('Edited by hand');
  });

  it('ensureSeeded seeds an empty store once and then leaves it alone', async () => {
    const first = await ensureSeeded(graph);
    expect(first?.nodes.find((n) => n.label === 'Actor')?.created).toBe(seed.nodes.Actor?.length);
    expect(await ensureSeeded(graph)).toBeNull();
  });
});
