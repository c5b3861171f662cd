import { describe, expect, it } from 'vitest';
import { lintCypher } from './lint-cypher.ts';

// Each call runs Neo4j's parser and semantic analysis (the first about a second), so the cases
// are grouped into few tests.

describe('lintCypher', () => {
  it('passes portable repository queries with zero diagnostics, declaring their $parameters', () => {
    const good = [
      'UNWIND $rows AS row MERGE (a:Actor {id: row.id}) ON CREATE SET a.name = row.name, a.createdAt = $now SET a.updatedAt = $now RETURN count(a) AS n',
      'MATCH (a:Actor)-[:HAS_TOPIC]->(t:Topic)<-[:HAS_TOPIC]-(b:Actor) WHERE a.id = $id AND b.id <> a.id RETURN b.id AS id, count(t) AS shared ORDER BY shared DESC SKIP $skip LIMIT $limit',
      "MATCH (a:Actor) WHERE (size($kinds) = 0 OR a.kind IN $kinds) AND ($q = '' OR toLower(a.name) CONTAINS $q) RETURN a.id AS id",
      'MATCH (a:Actor {id: $id}) OPTIONAL MATCH (a)-[:MEMBER_OF]->(c:Cluster) RETURN a.id AS id, coalesce(collect(c.id), []) AS clusters',
      'MATCH (i:Introduction {id: $id})-[:TO]->(a:Actor) WHERE EXISTS { MATCH (a)-[:PART_OF*1..3]->(:Actor) } RETURN i.id AS id',
      'MATCH (u:User {id: $a}) MATCH (p:Person {id: $p}) MERGE (u)-[:IS]->(p)',
    ];
    for (const text of good)
      expect({ text, diagnostics: lintCypher(text) }).toEqual({ text, diagnostics: [] });
  });

  it.each([
    [
      'a misspelt property',
      'MATCH (a:Actor) WHERE a.nmae = $x RETURN a.id AS id',
      'warning',
      /nmae is not present/,
      'nmae',
    ],
    [
      'an unknown label',
      'MATCH (a:Actr) RETURN a.id AS id',
      'warning',
      /Label Actr is not present/,
      'Actr',
    ],
    [
      'an unknown relationship type',
      'MATCH (a:Actor)-[:LOCATED]->(m:Municipality) RETURN m.code AS c',
      'warning',
      /Relationship type LOCATED is not present/,
      'LOCATED',
    ],
    [
      'an unknown function',
      'MATCH (a:Actor) RETURN toLowr(a.name) AS n',
      'error',
      /Function toLowr is not present/,
      'toLowr',
    ],
    [
      'a wrong direction',
      'MATCH (t:Topic)-[:HAS_TOPIC]->(a:Actor) RETURN a.id AS id',
      'warning',
      /\(:Actor\) has no incoming \[:HAS_TOPIC\]/,
      '-[:HAS_TOPIC]',
    ],
    [
      'a syntax error',
      'MATCH (a:Actor RETURN a.id AS id',
      'error',
      /Invalid input 'RETURN'/,
      'RETURN',
    ],
    [
      'an undefined variable',
      'MATCH (a:Actor) WITH a.id AS id RETURN a.name AS n',
      'error',
      /Variable `a` not defined/,
      'a.name',
    ],
  ] as const)('reports %s', (_what, text, severity, message, near) => {
    const found = lintCypher(text).find((d) => message.test(d.message));
    expect(found).toMatchObject({ severity });
    // The offset points into the query, at or shortly before the offending token.
    const at = text.indexOf(near);
    expect(found?.offset).toBeGreaterThanOrEqual(0);
    expect(found?.offset).toBeLessThanOrEqual(at);
  });

  // Known blind spots of the linter (2.0.0-next.38), kept as a test so docs/model.md's claims
  // stay true; the LadybugDB contract suite (schema-full tables) catches these at run time.
  it('does not check written properties, created labels, MERGE directions or label ownership', () => {
    const unseen = [
      'MATCH (a:Actor {id: $id}) SET a.nmae = $x',
      'CREATE (a:Actr {id: $id}) RETURN a.id AS id',
      'MATCH (t:Topic {id: $t}) MATCH (a:Actor {id: $a}) MERGE (t)-[:HAS_TOPIC]->(a)',
      'MATCH (a:Actor) RETURN a.weight AS w',
    ];
    for (const text of unseen) expect(lintCypher(text)).toEqual([]);
  });
});
