import { lintCypher } from '@kobling/graph-schema/lint';
import { describe, expect, it } from 'vitest';
import { queryCatalog } from '../catalog.ts';
import { queryTextFor } from '../query.ts';

/**
 * Lints one shard of the catalogue against Neo4j's own Cypher semantics (the production
 * engine) with the schema generated from the model: zero errors, zero warnings. The catalogue
 * is split into shards only so the files run in parallel; together they cover every query.
 */
export function describeCatalogLint(shard: number, shards: number): void {
  const queries = queryCatalog().filter((_, i) => i % shards === shard);
  describe(`query catalogue lint, shard ${shard + 1} of ${shards}`, () => {
    it(`lints ${queries.length} queries clean`, { timeout: 600_000 }, () => {
      expect(queries.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const query of queries) {
        const text = queryTextFor(query, 'neo4j');
        for (const d of lintCypher(text)) {
          problems.push(
            `${query.name} [${d.severity}] ${d.message} @${d.offset}: ${text.slice(d.offset, d.offset + 40)}`,
          );
        }
      }
      expect(problems).toEqual([]);
    });
  });
}
