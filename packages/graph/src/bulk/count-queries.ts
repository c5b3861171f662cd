import { defineQuery } from '../query.ts';
import type { CypherQuery } from '../query.ts';
import type { CypherRunner } from '../runner.ts';
import { allNodeTables, allRelationshipTables } from './tables.ts';

type CountRow = { n: number };

/** One count per label and per relationship pair, generated from the model. */
const nodeCounts = allNodeTables().map(
  (t) =>
    [
      t.name,
      defineQuery<Record<string, never>, CountRow>(
        `bulk.count.${t.name}`,
        'read',
        `MATCH (x:${t.name}) RETURN count(x) AS n`,
      ),
    ] as const,
);
const relationshipCounts = allRelationshipTables().map(
  (t) =>
    [
      t.decl.type,
      defineQuery<Record<string, never>, CountRow>(
        `bulk.count.${t.decl.type}.${t.from.label}.${t.to.label}`,
        'read',
        `MATCH (:${t.from.label})-[r:${t.decl.type}]->(:${t.to.label}) RETURN count(r) AS n`,
      ),
    ] as const,
);

async function tally(
  runner: CypherRunner,
  queries: readonly (readonly [string, CypherQuery<Record<string, never>, CountRow>])[],
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, query] of queries) {
    const [row] = await runner.run(query, {});
    const n = row?.n ?? 0;
    if (n > 0) out[name] = (out[name] ?? 0) + n;
  }
  return out;
}

/** Non-zero counts per label and per relationship type now in the store (checks bulk loads). */
export async function countStoredRows(
  runner: CypherRunner,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  return {
    nodes: await tally(runner, nodeCounts),
    relationships: await tally(runner, relationshipCounts),
  };
}
