import { uuidv7 } from '@kobling/domain';
import { model } from '@kobling/graph-schema';
import type { NodeDecl, PropertyType } from '@kobling/graph-schema';
import type { NodeLabel, NodeRow } from '../model-types.ts';

const valueFor = (type: PropertyType, property: string, unique: string): unknown => {
  switch (type) {
    case 'STRING':
      return `${property}-${unique}`;
    case 'INT64':
      return 1_700_000_000_000;
    case 'DOUBLE':
      return 0.5;
    case 'BOOLEAN':
      return true;
    case 'STRING[]':
      return [`${property}-a`, `${property}-b`];
  }
};

export function declOf(label: string): NodeDecl {
  const decl = model.nodes.find((n) => n.label === label);
  if (!decl) throw new Error(`Unknown label ${label}`);
  return decl;
}

/**
 * A complete, valid row for any label, with every declared property filled and unique
 * values made unique, so the same suite runs against a shared Neo4j without collisions.
 */
export function sampleRow<L extends NodeLabel>(
  label: L,
  overrides: Partial<NodeRow<L>> = {},
): NodeRow<L> {
  const decl = declOf(label);
  const unique = uuidv7();
  const row: Record<string, unknown> = {};
  for (const [property, p] of Object.entries(decl.properties)) {
    row[property] = valueFor(p.type, property, unique);
  }
  row[decl.key] = `${label.toLowerCase()}-${unique}`;
  return { ...row, ...overrides } as NodeRow<L>;
}

/** The same row with every optional property null: proves absent values round-trip. */
export function minimalRow<L extends NodeLabel>(label: L, overrides: Partial<NodeRow<L>> = {}) {
  const decl = declOf(label);
  const full = sampleRow(label) as Record<string, unknown>;
  for (const [property, p] of Object.entries(decl.properties)) {
    if (!p.required && property !== decl.key) full[property] = null;
  }
  return { ...full, ...overrides } as NodeRow<L>;
}
