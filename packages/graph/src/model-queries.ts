/**
 * The standard queries of every label and relationship, generated once from the declared
 * model. Labels, relationship types and property names come only from graph-schema/model.ts
 * (an allowlist), never from input; every generated query is catalogued and linted like a
 * hand-written one. See docs/decisions/0002-model-generated-queries.md.
 */
import { model } from '@kobling/graph-schema';
import type { NodeDecl, PropertyDecl, RelationshipDecl } from '@kobling/graph-schema';
import { defineQuery } from './query.ts';
import type { CypherQuery } from './query.ts';

type Row = Record<string, unknown>;

export interface NodeQueries {
  readonly decl: NodeDecl;
  readonly properties: readonly string[];
  readonly create: CypherQuery<Row, Row>;
  readonly getMany: CypherQuery<{ keys: string[] }, Row>;
  readonly update: CypherQuery<Row, Row>;
  readonly lock: CypherQuery<{ key: string }, { key: string }>;
  readonly upsertMany: CypherQuery<{ rows: Row[] }, { count: number }>;
  readonly delete: CypherQuery<{ key: string }, { count: number }>;
  readonly count: CypherQuery<Record<string, never>, { count: number }>;
  readonly keysAfter: CypherQuery<{ after: string; limit: number }, { key: string }>;
  readonly findBy: ReadonlyMap<string, CypherQuery<{ value: unknown }, { key: string }>>;
}

export interface RelationshipQueries {
  readonly decl: RelationshipDecl;
  readonly from: string;
  readonly to: string;
  readonly properties: readonly string[];
  readonly merge: CypherQuery<{ rows: Row[] }, { count: number }>;
  readonly delete: CypherQuery<{ rows: { fromKey: string; toKey: string }[] }, { count: number }>;
  /** One row per deleted link, naming its far end (the change feed announces both ends). */
  readonly deleteAllFrom: CypherQuery<{ key: string }, { toKey: string }>;
  readonly outgoing: CypherQuery<{ keys: string[] }, Row>;
  readonly incoming: CypherQuery<{ keys: string[] }, Row>;
  /** One key: a key lookup LadybugDB follows through the adjacency list only (no scan). */
  readonly outgoingOne: CypherQuery<{ key: string }, Row>;
  readonly incomingOne: CypherQuery<{ key: string }, Row>;
}

/**
 * `row.p` in a batch write. LadybugDB cannot type a map field that is null in every row of the
 * batch (it becomes STRING, and SET on an INT64 / DOUBLE / BOOLEAN / STRING[] property fails;
 * or ANY, and the write fails at run time), so the LadybugDB text casts every field to its
 * declared type (a cast of null is null).
 */
function rowValue(decl: PropertyDecl | undefined, p: string, engine: 'neo4j' | 'ladybug'): string {
  return engine === 'ladybug' && decl !== undefined ? `CAST(row.${p} AS ${decl.type})` : `row.${p}`;
}

const keyOf = (label: string): string => {
  const decl = model.nodes.find((n) => n.label === label);
  if (!decl) throw new Error(`Unknown label ${label}`);
  return decl.key;
};

/** Every declared property of a node bound to `variable`, as RETURN columns (its row). */
function rowColumns(decl: NodeDecl, variable: string): string {
  return Object.keys(decl.properties)
    .map((p) => `${variable}.${p} AS ${p}`)
    .join(', ');
}

/**
 * A label's row as RETURN columns of `variable`, for a query that returns rows itself (a list
 * page) instead of keys to load. The label comes from the code, never from input.
 */
export function nodeColumns(label: string, variable: string): string {
  const decl = model.nodes.find((n) => n.label === label);
  if (!decl) throw new Error(`Unknown label ${label}`);
  return rowColumns(decl, variable);
}

function buildNodeQueries(decl: NodeDecl): NodeQueries {
  const { label, key } = decl;
  const properties = Object.keys(decl.properties);
  const others = properties.filter((p) => p !== key);
  const columns = rowColumns(decl, 'n');
  const name = (op: string) => `${label}.${op}`;
  const findBy = new Map(
    Object.entries(decl.properties)
      .filter(([, p]) => p.unique)
      .map(([prop]) => [
        prop,
        defineQuery<{ value: unknown }, { key: string }>(
          name(`findBy.${prop}`),
          'read',
          `MATCH (n:${label}) WHERE n.${prop} = $value RETURN n.${key} AS key`,
        ),
      ]),
  );
  const upsertText = (engine: 'neo4j' | 'ladybug') =>
    `UNWIND $rows AS row MERGE (n:${label} {${key}: row.${key}}) SET ${others
      .map((p) => `n.${p} = ${rowValue(decl.properties[p], p, engine)}`)
      .join(', ')} RETURN count(n) AS count`;
  return {
    decl,
    properties,
    findBy,
    create: defineQuery(
      name('create'),
      'write',
      `CREATE (n:${label} {${properties.map((p) => `${p}: $${p}`).join(', ')}}) RETURN n.${key} AS ${key}`,
    ),
    getMany: defineQuery(
      name('getMany'),
      'read',
      // UNWIND + key lookup: LadybugDB answers `n.key IN $keys` with a scan of the whole label
      // (≈ 1 s at 100k actors), and one key lookup per element this way (≈ 15 ms for 300 keys).
      `UNWIND $keys AS k MATCH (n:${label} {${key}: k}) RETURN ${columns}`,
    ),
    // A read-modify-write holds the node first. Neo4j runs write transactions side by side at
    // read committed: without the lock two updates read the same row and the later write drops
    // the earlier one's change. Writing the key to itself takes Neo4j's exclusive node lock until
    // the transaction ends; LadybugDB runs one write transaction at a time, so a read will do.
    lock: defineQuery(name('lock'), 'write', {
      neo4j: `MATCH (n:${label} {${key}: $key}) SET n.${key} = n.${key} RETURN n.${key} AS key`,
      ladybug: `MATCH (n:${label} {${key}: $key}) RETURN n.${key} AS key`,
    }),
    update: defineQuery(
      name('update'),
      'write',
      `MATCH (n:${label} {${key}: $${key}}) SET ${others.map((p) => `n.${p} = $${p}`).join(', ')} RETURN n.${key} AS ${key}`,
    ),
    upsertMany: defineQuery(name('upsertMany'), 'write', {
      neo4j: upsertText('neo4j'),
      ladybug: upsertText('ladybug'),
    }),
    delete: defineQuery(
      name('delete'),
      'write',
      `MATCH (n:${label} {${key}: $key}) DETACH DELETE n RETURN count(*) AS count`,
    ),
    count: defineQuery(name('count'), 'read', `MATCH (n:${label}) RETURN count(n) AS count`),
    keysAfter: defineQuery(
      name('keysAfter'),
      'read',
      `MATCH (n:${label}) WHERE n.${key} > $after RETURN n.${key} AS key ORDER BY key LIMIT $limit`,
    ),
  };
}

function buildRelationshipQueries(
  decl: RelationshipDecl,
  from: string,
  to: string,
): RelationshipQueries {
  const { type } = decl;
  const fromKey = keyOf(from);
  const toKey = keyOf(to);
  const properties = Object.keys(decl.properties);
  const name = (op: string) => `${type}.${from}.${to}.${op}`;
  const set = (engine: 'neo4j' | 'ladybug') =>
    properties.length > 0
      ? ` SET ${properties.map((p) => `r.${p} = ${rowValue(decl.properties[p], p, engine)}`).join(', ')}`
      : '';
  const mergeText = (engine: 'neo4j' | 'ladybug') =>
    `UNWIND $rows AS row MATCH (a:${from}) WHERE a.${fromKey} = row.fromKey MATCH (b:${to}) WHERE b.${toKey} = row.toKey MERGE (a)-[r:${type}]->(b)${set(engine)} RETURN count(r) AS count`;
  const propColumns = properties.map((p) => `, r.${p} AS ${p}`).join('');
  const pattern = `(a:${from})-[r:${type}]->(b:${to})`;
  // Bind the keyed side by key lookup first, then expand (OPTIONAL MATCH keeps LadybugDB from
  // joining against a scan of every relationship of the type, ≈ 10× faster at 100k actors).
  const list = (side: 'a' | 'b', sideKey: string) =>
    `UNWIND $keys AS k MATCH (${side}:${side === 'a' ? from : to} {${sideKey}: k}) OPTIONAL MATCH ${side === 'a' ? `(a)-[r:${type}]->(b:${to})` : `(a:${from})-[r:${type}]->(b)`} WITH a, r, b WHERE ${side === 'a' ? `b.${toKey}` : `a.${fromKey}`} IS NOT NULL RETURN a.${fromKey} AS fromKey, b.${toKey} AS toKey${propColumns} ORDER BY fromKey, toKey`;
  return {
    decl,
    from,
    to,
    properties,
    merge: defineQuery(name('merge'), 'write', {
      neo4j: mergeText('neo4j'),
      ladybug: mergeText('ladybug'),
    }),
    delete: defineQuery(
      name('delete'),
      'write',
      `UNWIND $rows AS row MATCH ${pattern} WHERE a.${fromKey} = row.fromKey AND b.${toKey} = row.toKey DELETE r RETURN count(*) AS count`,
    ),
    deleteAllFrom: defineQuery(
      name('deleteAllFrom'),
      'write',
      `MATCH (a:${from} {${fromKey}: $key})-[r:${type}]->(b:${to}) DELETE r RETURN b.${toKey} AS toKey`,
    ),
    outgoing: defineQuery(name('outgoing'), 'read', list('a', fromKey)),
    incoming: defineQuery(name('incoming'), 'read', list('b', toKey)),
    outgoingOne: defineQuery(
      name('outgoingOne'),
      'read',
      `MATCH (a:${from} {${fromKey}: $key})-[r:${type}]->(b:${to}) RETURN a.${fromKey} AS fromKey, b.${toKey} AS toKey${propColumns} ORDER BY toKey`,
    ),
    incomingOne: defineQuery(
      name('incomingOne'),
      'read',
      `MATCH (a:${from})-[r:${type}]->(b:${to} {${toKey}: $key}) RETURN a.${fromKey} AS fromKey, b.${toKey} AS toKey${propColumns} ORDER BY fromKey`,
    ),
  };
}

const nodeQueryMap = new Map<string, NodeQueries>(
  model.nodes.map((decl) => [decl.label, buildNodeQueries(decl)]),
);
const relationshipQueryMap = new Map<string, RelationshipQueries>(
  model.relationships.flatMap((decl) =>
    decl.endpoints.map(([from, to]) => [
      `${decl.type}:${from}:${to}`,
      buildRelationshipQueries(decl, from, to),
    ]),
  ),
);

export function nodeQueries(label: string): NodeQueries {
  const queries = nodeQueryMap.get(label);
  if (!queries) throw new Error(`Unknown label ${label}`);
  return queries;
}

export function relationshipQueries(type: string, from: string, to: string): RelationshipQueries {
  const queries = relationshipQueryMap.get(`${type}:${from}:${to}`);
  if (!queries) throw new Error(`The model has no ${type} from ${from} to ${to}`);
  return queries;
}
