import { model } from '@kobling/graph-schema';
import type { NodeDecl, PropertyDecl, RelationshipDecl } from '@kobling/graph-schema';
import type { BulkNodeRow, BulkRelationshipRow, BulkValue } from './rows.ts';

/**
 * Bulk statements are built from these model declarations only: a chunk names a label or a
 * relationship pair, and it is looked up here; an unknown name is an error, never text.
 */
export interface NodeTable {
  readonly name: string;
  readonly decl: NodeDecl;
  readonly columns: readonly (readonly [string, PropertyDecl])[];
}

export interface RelationshipTable {
  readonly name: string;
  readonly decl: RelationshipDecl;
  readonly from: NodeDecl;
  readonly to: NodeDecl;
  readonly columns: readonly (readonly [string, PropertyDecl])[];
}

const nodeByLabel = new Map<string, NodeDecl>(model.nodes.map((n) => [n.label, n]));
const relByType = new Map<string, RelationshipDecl>(model.relationships.map((r) => [r.type, r]));

export function relationshipTableName(type: string, from: string, to: string): string {
  return `${type}(${from}->${to})`;
}

export function nodeTable(label: string): NodeTable {
  const decl = nodeByLabel.get(label);
  if (!decl) throw new Error(`Bulk load: "${label}" is not a label of the model`);
  return { name: decl.label, decl, columns: Object.entries(decl.properties) };
}

export function relationshipTable(type: string, from: string, to: string): RelationshipTable {
  const decl = relByType.get(type);
  if (!decl) throw new Error(`Bulk load: "${type}" is not a relationship type of the model`);
  if (!decl.endpoints.some(([f, t]) => f === from && t === to)) {
    throw new Error(`Bulk load: ${type} does not join ${from} to ${to} in the model`);
  }
  return {
    name: relationshipTableName(decl.type, from, to),
    decl,
    from: nodeTable(from).decl,
    to: nodeTable(to).decl,
    columns: Object.entries(decl.properties),
  };
}

/** All node tables, then all relationship pairs, in model order. */
export function allNodeTables(): NodeTable[] {
  return model.nodes.map((n) => nodeTable(n.label));
}

export function allRelationshipTables(): RelationshipTable[] {
  return model.relationships.flatMap((r) =>
    r.endpoints.map(([from, to]) => relationshipTable(r.type, from, to)),
  );
}

function checkValue(where: string, name: string, decl: PropertyDecl, value: BulkValue): void {
  if (value === null || value === undefined) {
    if (decl.required) throw new Error(`${where}: required property "${name}" is missing`);
    return;
  }
  const ok =
    decl.type === 'STRING'
      ? typeof value === 'string'
      : decl.type === 'INT64'
        ? Number.isSafeInteger(value)
        : decl.type === 'DOUBLE'
          ? typeof value === 'number' && Number.isFinite(value)
          : decl.type === 'BOOLEAN'
            ? typeof value === 'boolean'
            : Array.isArray(value) && value.every((v) => typeof v === 'string');
  if (!ok) {
    throw new Error(
      `${where}: property "${name}" must be ${decl.type}, got ${JSON.stringify(value)}`,
    );
  }
}

/** Every property declared, types right, required ones present. */
export function checkNodeRow(table: NodeTable, row: BulkNodeRow): void {
  const key = row[table.decl.key];
  const where = `${table.name} ${typeof key === 'string' ? `"${key}"` : '(no key)'}`;
  for (const name of Object.keys(row)) {
    if (!(name in table.decl.properties)) {
      throw new Error(`${where}: "${name}" is not a property of ${table.name}`);
    }
  }
  for (const [name, decl] of table.columns) checkValue(where, name, decl, row[name]);
}

export function checkRelationshipRow(table: RelationshipTable, row: BulkRelationshipRow): void {
  const where = `${table.name} "${String(row.from)}"->"${String(row.to)}"`;
  if (typeof row.from !== 'string' || typeof row.to !== 'string' || !row.from || !row.to) {
    throw new Error(`${where}: both endpoint keys must be non-empty strings`);
  }
  const properties = row.properties ?? {};
  for (const name of Object.keys(properties)) {
    if (!(name in table.decl.properties)) {
      throw new Error(`${where}: "${name}" is not a property of ${table.decl.type}`);
    }
  }
  for (const [name, decl] of table.columns) checkValue(where, name, decl, properties[name]);
}
