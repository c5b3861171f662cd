import type { Graph } from '@kobling/graph';
import { ensureSeeded, loadSeedGraph, regionSeedGraph } from '@kobling/seeds';

/** Loads the region's seed graph (facts, taxonomy, synthetic data) into a store. */
export async function loadRegionSeed(graph: Graph): Promise<void> {
  await loadSeedGraph(graph, regionSeedGraph());
}

/** Embedded mode starts with the region's data: seeds an empty store, leaves a used one alone. */
export async function seedIfEmpty(graph: Graph): Promise<boolean> {
  return (await ensureSeeded(graph)) !== null;
}
