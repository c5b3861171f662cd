/**
 * The plain data format of a seed graph, and its validation against the graph model.
 *
 * A seed graph is data only: rows keyed by label, and relationships that point at nodes by
 * label and key. Loaders MERGE on the key, so loading the same graph twice gives the same graph.
 * Every row carries every property its label declares (null when unknown), so a loader can
 * write a label's rows with one `UNWIND $rows` of homogeneous maps.
 */

export type SeedValue = string | number | boolean | string[] | null;

/** One node or relationship's properties, named exactly as in the model. */
export type Row = Record<string, SeedValue>;

/** A node addressed by its label and the value of the label's key property. */
export interface NodeRef {
  label: string;
  key: string;
}

export interface SeedRelationship {
  type: string;
  from: NodeRef;
  to: NodeRef;
  properties: Row;
}

export interface SeedGraph {
  nodes: { [label: string]: Row[] };
  relationships: SeedRelationship[];
}

/** The slice of `graph-schema`'s model the validator reads (structural, so tests pass the real one). */
export interface ModelPropertyLike {
  readonly type: string;
  readonly required?: boolean;
  readonly unique?: boolean;
}
export interface ModelLike {
  readonly nodes: readonly {
    readonly label: string;
    readonly key: string;
    readonly properties: Readonly<Record<string, ModelPropertyLike>>;
  }[];
  readonly relationships: readonly {
    readonly type: string;
    readonly endpoints: readonly (readonly [string, string])[];
    readonly properties: Readonly<Record<string, ModelPropertyLike>>;
  }[];
}

/** createdAt / updatedAt of every seeded row: fixed, so the seed is deterministic. */
export const SEED_TIME = Date.UTC(2026, 0, 1);

/** sourceRef of the topic taxonomy: curated by Kobling, not taken from a public source. */
export const TAXONOMY_SOURCE_REF = 'kobling:taxonomy';

export function rel(
  type: string,
  from: NodeRef,
  to: NodeRef,
  properties: Row = {},
): SeedRelationship {
  return { type, from, to, properties };
}

export const ref = (label: string, key: string): NodeRef => ({ label, key });

function typeError(type: string, value: SeedValue): string | null {
  switch (type) {
    case 'STRING':
      return typeof value === 'string' ? null : 'expected a string';
    case 'INT64':
      return typeof value === 'number' && Number.isSafeInteger(value)
        ? null
        : 'expected an integer';
    case 'DOUBLE':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'expected a number';
    case 'BOOLEAN':
      return typeof value === 'boolean' ? null : 'expected a boolean';
    case 'STRING[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? null
        : 'expected a list of strings';
    default:
      return `unknown model type ${type}`;
  }
}

function checkProperties(
  where: string,
  row: Row,
  declared: Readonly<Record<string, ModelPropertyLike>>,
  requireAll: boolean,
  errors: string[],
): void {
  for (const name of Object.keys(row)) {
    if (!(name in declared)) errors.push(`${where}: property ${name} is not in the model`);
  }
  for (const [name, decl] of Object.entries(declared)) {
    const value = row[name];
    if (value === undefined) {
      if (decl.required || requireAll) errors.push(`${where}: property ${name} is missing`);
      continue;
    }
    if (value === null) {
      if (decl.required) errors.push(`${where}: required property ${name} is null`);
      continue;
    }
    const problem = typeError(decl.type, value);
    if (problem) errors.push(`${where}: property ${name}: ${problem}`);
  }
}

/**
 * Checks every row and relationship against the model. Returns the problems found (empty when
 * the graph is valid): undeclared or missing properties (nodes carry every declared property,
 * null when unknown), required ones null, wrong types, duplicate keys and unique values, unknown
 * labels and types, endpoints that do not exist or that the model does not allow, and duplicate
 * relationships (a loader MERGEs them into one).
 */
export function validateSeedGraph(graph: SeedGraph, model: ModelLike): string[] {
  const errors: string[] = [];
  const keys = new Map<string, Set<string>>();

  for (const [label, rows] of Object.entries(graph.nodes)) {
    const decl = model.nodes.find((n) => n.label === label);
    if (!decl) {
      errors.push(`unknown label ${label}`);
      continue;
    }
    const seen = new Set<string>();
    keys.set(label, seen);
    const uniques = Object.entries(decl.properties)
      .filter(([name, p]) => p.unique && name !== decl.key)
      .map(([name]) => ({ name, values: new Set<SeedValue>() }));
    rows.forEach((row, i) => {
      const key = row[decl.key];
      const where = `${label}[${typeof key === 'string' ? key : `#${i}`}]`;
      checkProperties(where, row, decl.properties, true, errors);
      if (typeof key === 'string') {
        if (seen.has(key)) errors.push(`${where}: duplicate key`);
        seen.add(key);
      }
      for (const u of uniques) {
        const value = row[u.name];
        if (value === null || value === undefined) continue;
        if (u.values.has(value)) errors.push(`${where}: duplicate ${u.name} ${String(value)}`);
        u.values.add(value);
      }
    });
  }

  const relSeen = new Set<string>();
  graph.relationships.forEach((r, i) => {
    const where = `${r.type} #${i} ${r.from.label}[${r.from.key}]→${r.to.label}[${r.to.key}]`;
    const decl = model.relationships.find((d) => d.type === r.type);
    if (!decl) {
      errors.push(`${where}: unknown relationship type`);
      return;
    }
    if (!decl.endpoints.some(([f, t]) => f === r.from.label && t === r.to.label)) {
      errors.push(`${where}: the model does not allow these endpoints`);
    }
    if (!keys.get(r.from.label)?.has(r.from.key)) errors.push(`${where}: no such start node`);
    if (!keys.get(r.to.label)?.has(r.to.key)) errors.push(`${where}: no such end node`);
    checkProperties(where, r.properties, decl.properties, false, errors);
    const id = `${r.type}|${r.from.label}|${r.from.key}|${r.to.label}|${r.to.key}`;
    if (relSeen.has(id)) errors.push(`${where}: duplicate relationship`);
    relSeen.add(id);
  });
  return errors;
}
