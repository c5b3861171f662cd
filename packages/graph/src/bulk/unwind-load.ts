import type { CypherRunner } from '../runner.ts';
import { ProgressMeter } from './progress.ts';
import type { BulkChunk, BulkLoadOptions, BulkLoadResult, BulkSource } from './rows.ts';
import {
  checkNodeRow,
  checkRelationshipRow,
  nodeTable,
  relationshipTable,
  relationshipTableName,
} from './tables.ts';
import { nodeBatchQueries, relationshipBatchQueries } from './unwind-queries.ts';

const DEFAULT_BATCH = 5_000;

function slices<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Batched `UNWIND … CREATE` in write transactions of `batchSize` rows: the Neo4j bulk path (and
 * an alternative on LadybugDB). Relationships MATCH their endpoints, so every node must arrive
 * before any relationship that needs it; a node chunk after a relationship chunk is refused.
 * A failed batch rolls back only itself: batches already committed stay.
 */
export async function unwindLoad(
  runner: CypherRunner,
  source: BulkSource,
  options: BulkLoadOptions,
): Promise<BulkLoadResult> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const meter = new ProgressMeter('load', options.onProgress);
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  let sawRelationship = false;

  for await (const chunk of source as AsyncIterable<BulkChunk>) {
    if (chunk.kind === 'node') {
      if (sawRelationship) {
        throw new Error(
          `Bulk load: ${chunk.label} nodes arrived after relationships; send every node first`,
        );
      }
      const table = nodeTable(chunk.label);
      const query = nodeBatchQueries.get(table.name);
      if (!query) throw new Error(`Bulk load: no batch query for ${table.name}`);
      for (const batch of slices(chunk.rows, batchSize)) {
        // Every row carries every column (null when absent) so the maps are homogeneous.
        const rows = batch.map((row) => {
          checkNodeRow(table, row);
          const full: Record<string, unknown> = {};
          for (const [name] of table.columns) full[name] = row[name] ?? null;
          return full;
        });
        const [result] = await runner.write((tx) => tx.run(query, { rows }));
        if (result?.created !== rows.length) {
          throw new Error(`Bulk load: ${table.name} created ${result?.created} of ${rows.length}`);
        }
        nodes[table.name] = (nodes[table.name] ?? 0) + rows.length;
        meter.add(table.name, rows.length);
      }
    } else {
      sawRelationship = true;
      const table = relationshipTable(chunk.type, chunk.fromLabel, chunk.toLabel);
      const name = relationshipTableName(chunk.type, chunk.fromLabel, chunk.toLabel);
      const query = relationshipBatchQueries.get(name);
      if (!query) throw new Error(`Bulk load: no batch query for ${name}`);
      for (const batch of slices(chunk.rows, batchSize)) {
        const params: Record<string, unknown[]> = {
          fromKeys: batch.map((r) => r.from),
          toKeys: batch.map((r) => r.to),
        };
        for (const [prop] of table.columns) params[prop] = [];
        for (const row of batch) {
          checkRelationshipRow(table, row);
          for (const [prop] of table.columns) params[prop]?.push(row.properties?.[prop] ?? null);
        }
        const [result] = await runner.write((tx) => tx.run(query, params));
        if (result?.created !== batch.length) {
          // A MATCH found no endpoint: the relationship would silently be dropped.
          throw new Error(
            `Bulk load: ${name} created ${result?.created} of ${batch.length}; ` +
              'an endpoint key does not exist',
          );
        }
        relationships[table.decl.type] = (relationships[table.decl.type] ?? 0) + batch.length;
        meter.add(name, batch.length);
      }
    }
  }
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  const elapsedMs = performance.now() - started;
  return {
    nodes,
    relationships,
    nodeRows: sum(nodes),
    relationshipRows: sum(relationships),
    elapsedMs,
    stageMs: 0,
    loadMs: elapsedMs,
  };
}
