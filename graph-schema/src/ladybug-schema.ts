import type { GraphModel } from './graph-model.ts';
import type { NodeDecl, PropertyDecl, PropertyType } from './model.ts';

/** Model property types as LadybugDB column types (the model uses LadybugDB's names). */
export const ladybugTypes = {
  STRING: 'STRING',
  INT64: 'INT64',
  DOUBLE: 'DOUBLE',
  BOOLEAN: 'BOOLEAN',
  'STRING[]': 'STRING[]',
} as const satisfies Record<PropertyType, string>;

function columns(properties: Readonly<Record<string, PropertyDecl>>): string[] {
  return Object.entries(properties).map(([name, prop]) => `${name} ${ladybugTypes[prop.type]}`);
}

/** One node table; the key is the PRIMARY KEY, the only constraint LadybugDB enforces. */
export function ladybugNodeTableStatement(node: NodeDecl): string {
  if (!(node.key in node.properties)) {
    throw new Error(`${node.label}: key "${node.key}" is not one of its properties`);
  }
  return (
    `CREATE NODE TABLE IF NOT EXISTS ${node.label}(` +
    `${[...columns(node.properties), `PRIMARY KEY(${node.key})`].join(', ')})`
  );
}

/**
 * LadybugDB DDL for the model: every node table, then every rel table (a rel table can only
 * name node tables that exist). One rel table joins all of its label pairs. `unique` beyond the
 * key and `required` are enforced by the repositories; `indexed` has no LadybugDB counterpart
 * (the primary key is the only index).
 */
export function ladybugSchemaStatements(model: GraphModel): string[] {
  const labels = new Set(model.nodes.map((n) => n.label));
  const nodeTables = model.nodes.map(ladybugNodeTableStatement);
  const relTables = model.relationships.map((rel) => {
    if (rel.endpoints.length === 0) throw new Error(`${rel.type}: no endpoints`);
    const pairs = rel.endpoints.map(([from, to]) => {
      for (const label of [from, to]) {
        if (!labels.has(label)) throw new Error(`${rel.type}: unknown label ${label}`);
      }
      return `FROM ${from} TO ${to}`;
    });
    return `CREATE REL TABLE IF NOT EXISTS ${rel.type}(${[...pairs, ...columns(rel.properties)].join(', ')})`;
  });
  return [...nodeTables, ...relTables];
}
