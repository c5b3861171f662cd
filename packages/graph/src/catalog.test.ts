import { lintCypher } from '@kobling/graph-schema';
import { describe, expect, it } from 'vitest';
import { queryCatalog } from './catalog.ts';
import { queryTextFor } from './query.ts';

/**
 * Every catalogued query is checked against Neo4j's own Cypher semantics (the production
 * engine), with the schema generated from the model: zero errors, zero warnings.
 */
describe('query catalogue', () => {
  const queries = queryCatalog();

  it('holds every repository query', () => {
    expect(queries.length).toBeGreaterThan(150);
    const names = new Set(queries.map((q) => q.name));
    for (const name of [
      'actor.list',
      'Actor.create',
      'MEMBER_OF.Actor.Cluster.merge',
      'outbox.due',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('lints clean against Neo4j semantics', { timeout: 600_000 }, () => {
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
