import { NodeStore, RelationshipStore } from '@kobling/graph';
import type { Graph, Link, NodeLabel, NodeRow, RelationshipType } from '@kobling/graph';
import { regionSeedGraph } from '../../../seeds/src/region/index.ts';

/*
 * Stand-in for @kobling/seeds' loadSeedGraph while it cannot load every label yet (a batch
 * whose column is null in every row fails on LadybugDB: the UNWIND column has no type).
 * Batches where every column has a value somewhere; row by row otherwise. Remove when the
 * seed loader handles that case (then import it from @kobling/seeds here, the one import site).
 */
function hasUntypedColumn(rows: readonly Record<string, unknown>[]): boolean {
  const first = rows[0];
  if (!first) return false;
  return Object.keys(first).some((k) => rows.every((r) => r[k] === null || r[k] === undefined));
}

export async function loadRegionSeed(graph: Graph): Promise<void> {
  const seed = regionSeedGraph();
  await graph.runner.write(async (tx) => {
    for (const [label, rows] of Object.entries(seed.nodes)) {
      const store = new NodeStore(label as NodeLabel);
      const typed = rows as unknown as NodeRow<NodeLabel>[];
      if (!hasUntypedColumn(rows)) await store.upsertMany(tx, typed);
      else for (const row of typed) await store.upsertMany(tx, [row]).catch(() => store.create(tx, row));
    }
    const groups = new Map<string, { store: RelationshipStore<RelationshipType>; links: Link<RelationshipType>[] }>();
    for (const r of seed.relationships) {
      const key = `${r.type}:${r.from.label}:${r.to.label}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          store: new RelationshipStore(r.type as RelationshipType, r.from.label as NodeLabel, r.to.label as NodeLabel),
          links: [],
        };
        groups.set(key, group);
      }
      group.links.push({ fromKey: r.from.key, toKey: r.to.key, ...r.properties } as Link<RelationshipType>);
    }
    for (const { store, links } of groups.values()) {
      if (!hasUntypedColumn(links as unknown as Record<string, unknown>[])) await store.merge(tx, links);
      else for (const link of links) await store.merge(tx, [link]);
    }
  });
}

/** Embedded mode starts with the region's data: seeds an empty store, leaves a used one alone. */
export async function seedIfEmpty(graph: Graph): Promise<boolean> {
  const actors = await graph.runner.read((tx) => graph.actors.nodes.count(tx));
  if (actors > 0) return false;
  await loadRegionSeed(graph);
  return true;
}
