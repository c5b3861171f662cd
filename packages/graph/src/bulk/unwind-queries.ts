import type { PropertyDecl } from '@kobling/graph-schema';
import { defineQuery } from '../query.ts';
import type { CypherQuery } from '../query.ts';
import { allNodeTables, allRelationshipTables } from './tables.ts';
import type { NodeTable, RelationshipTable } from './tables.ts';

/**
 * Batched CREATE queries, one per label and one per relationship pair, generated from the model
 * (labels and property names come from the declarations only) and registered in the catalogue
 * so the lint test sees them.
 *
 * Nodes: `UNWIND $rows AS row CREATE (n:Label {p: row.p, …})` — rows are maps whose keys are
 * model property names. Relationships: the endpoint keys and each property travel as parallel
 * lists (`$fromKeys`, `$toKeys`, `$weight`, …) indexed by position, because a row map would need
 * keys such as `from` that are no property of the model (the Neo4j lint rejects those). Lists are
 * 0-based on Neo4j and 1-based on LadybugDB, hence two texts. DOUBLE values are wrapped in
 * `toFloat` on Neo4j: the runner sends whole numbers as integers, and 1.0 must stay a float.
 */

export type NodeBatchParams = { rows: Record<string, unknown>[] };
export type RelationshipBatchParams = Record<string, unknown[]>;
export type CreatedRow = { created: number };

function valueFor(decl: PropertyDecl, expression: string, engine: 'neo4j' | 'ladybug'): string {
  return decl.type === 'DOUBLE' && engine === 'neo4j' ? `toFloat(${expression})` : expression;
}

function nodeQueryText(table: NodeTable, engine: 'neo4j' | 'ladybug'): string {
  const props = table.columns
    .map(([name, decl]) => `${name}: ${valueFor(decl, `row.${name}`, engine)}`)
    .join(', ');
  return `UNWIND $rows AS row CREATE (n:${table.name} {${props}}) RETURN count(n) AS created`;
}

function relationshipQueryText(table: RelationshipTable, engine: 'neo4j' | 'ladybug'): string {
  const range = engine === 'neo4j' ? 'range(0, size($fromKeys) - 1)' : 'range(1, size($fromKeys))';
  const props = table.columns
    .map(([name, decl]) => `${name}: ${valueFor(decl, `$${name}[i]`, engine)}`)
    .join(', ');
  return (
    `UNWIND ${range} AS i ` +
    `MATCH (a:${table.from.label} {${table.from.key}: $fromKeys[i]}) ` +
    `MATCH (b:${table.to.label} {${table.to.key}: $toKeys[i]}) ` +
    `CREATE (a)-[r:${table.decl.type}${props ? ` {${props}}` : ''}]->(b) ` +
    'RETURN count(r) AS created'
  );
}

export const nodeBatchQueries: ReadonlyMap<
  string,
  CypherQuery<NodeBatchParams, CreatedRow>
> = new Map(
  allNodeTables().map((table) => [
    table.name,
    defineQuery<NodeBatchParams, CreatedRow>(`bulk.create.${table.name}`, 'write', {
      neo4j: nodeQueryText(table, 'neo4j'),
      ladybug: nodeQueryText(table, 'ladybug'),
    }),
  ]),
);

export const relationshipBatchQueries: ReadonlyMap<
  string,
  CypherQuery<RelationshipBatchParams, CreatedRow>
> = new Map(
  allRelationshipTables().map((table) => [
    table.name,
    defineQuery<RelationshipBatchParams, CreatedRow>(
      `bulk.create.${table.decl.type}.${table.from.label}.${table.to.label}`,
      'write',
      {
        neo4j: relationshipQueryText(table, 'neo4j'),
        ladybug: relationshipQueryText(table, 'ladybug'),
      },
    ),
  ]),
);
