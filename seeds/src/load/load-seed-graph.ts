/**
 * Loads a SeedGraph into a store: every node upserted by key, every relationship merged, both
 * in batches inside write transactions; then every topic's actorCount is recounted.
 *
 * Idempotent in the strict sense: a row that already equals the stored one is not written (no
 * write, no outbox event), so a second load reports every row unchanged and leaves the store as
 * it was. Relationships already stored with the same properties are not written either; the
 * others use MERGE, so they are never duplicated. Fields a person edited by hand
 * (`editedFields`, on Actor) keep their stored values, as in the register import.
 */
import { model } from '@kobling/graph-schema';
import { GraphConstraintError, NodeStore, RelationshipStore } from '@kobling/graph';
import type {
  Graph,
  Link,
  NodeLabel,
  NodeRow,
  QueryExecutor,
  RelationshipType,
} from '@kobling/graph';
import type { Row, SeedGraph, SeedRelationship } from '../region/index.ts';
import { validateSeedGraph } from '../region/index.ts';
import { regionSeedGraph } from '../region/index.ts';

export const DEFAULT_BATCH_SIZE = 500;

export interface LabelSummary {
  readonly label: string;
  readonly rows: number;
  /** Rows with a public source (source ≠ "synthetic"). */
  readonly facts: number;
  readonly synthetic: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface RelationshipSummary {
  readonly type: string;
  /** Relationships of the type in the seed graph (all merged; none duplicated). */
  readonly count: number;
}

export interface SeedLoadSummary {
  readonly nodes: readonly LabelSummary[];
  readonly relationships: readonly RelationshipSummary[];
  /** Topics whose actorCount the recount changed. */
  readonly topicsCounted: number;
  readonly durationMs: number;
}

export type SeedLoadProgress =
  | {
      readonly phase: 'nodes';
      readonly label: string;
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly phase: 'relationships';
      readonly type: string;
      readonly done: number;
      readonly total: number;
    }
  | { readonly phase: 'topics' };

export interface LoadSeedOptions {
  readonly onProgress?: (progress: SeedLoadProgress) => void;
  /** Rows or relationships per write transaction (default 500). */
  readonly batchSize?: number;
}

/** The seed graph is not valid against the model; nothing was written. */
export class InvalidSeedGraphError extends Error {
  override readonly name = 'InvalidSeedGraphError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      `The seed graph is not valid against the model (${problems.length} problems): ` +
        problems.slice(0, 5).join('; '),
    );
    this.problems = problems;
  }
}

/** A relationship pointed at a node the store does not have (MERGE matched nothing). */
export class SeedEndpointError extends Error {
  override readonly name = 'SeedEndpointError';
}

type Stored = Record<string, unknown>;

const nodeDecl = (label: string) => {
  const decl = model.nodes.find((n) => n.label === label);
  if (!decl) throw new Error(`Unknown label ${label}`);
  return decl;
};

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (Array.isArray(x) && Array.isArray(y)) {
    return x.length === y.length && x.every((v, i) => sameValue(v, y[i]));
  }
  return x === y;
}

/**
 * Splits rows into groups LadybugDB can bind as one list parameter. Its Node binding types a
 * whole-number JS number as INT64 and any other as DOUBLE, and refuses a list of maps mixing the
 * two in one field ("incompatible STRUCT"), so rows whose DOUBLE fields differ in that respect
 * (e.g. scores 92.3 and 88, weights 0.5 and 1) go to separate writes.
 */
export function bindableGroups<T>(
  rows: readonly T[],
  doubles: readonly string[],
  valuesOf: (row: T) => Record<string, unknown>,
): T[][] {
  if (doubles.length === 0) return rows.length === 0 ? [] : [[...rows]];
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const values = valuesOf(row);
    const signature = doubles
      .map((p) => {
        const v = values[p];
        return typeof v !== 'number' ? 'n' : Number.isInteger(v) ? 'i' : 'f';
      })
      .join('');
    const group = groups.get(signature) ?? [];
    group.push(row);
    groups.set(signature, group);
  }
  return [...groups.values()];
}

const doublesOf = (properties: Readonly<Record<string, { readonly type: string }>>): string[] =>
  Object.entries(properties)
    .filter(([, p]) => p.type === 'DOUBLE')
    .map(([name]) => name);

const TIMESTAMPS = new Set(['createdAt', 'updatedAt']);

const linkId = (l: { fromKey: string; toKey: string }) => `${l.fromKey}\u0000${l.toKey}`;

function sameProperties(a: object, b: object, properties: readonly string[]): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return properties.every((p) => sameValue(x[p], y[p]));
}

/**
 * What the stored row should become: the seed row, except fields a person edited (kept as
 * stored) and timestamps (createdAt as stored; updatedAt never goes backwards). null when
 * nothing but timestamps would change.
 */
function nextRow(seed: Row, stored: Stored, properties: readonly string[]): Stored | null {
  const edited = Array.isArray(stored.editedFields) ? (stored.editedFields as string[]) : [];
  const next: Stored = { ...seed };
  for (const field of edited) {
    if (properties.includes(field)) next[field] = stored[field] ?? null;
  }
  if (edited.length > 0) next.editedFields = stored.editedFields;
  const changed = properties.some((p) => !TIMESTAMPS.has(p) && !sameValue(next[p], stored[p]));
  if (!changed) return null;
  if (properties.includes('createdAt')) next.createdAt = stored.createdAt ?? seed.createdAt ?? null;
  if (properties.includes('updatedAt')) {
    next.updatedAt = Math.max(Number(seed.updatedAt ?? 0), Number(stored.updatedAt ?? 0));
  }
  return next;
}

async function assertUnique(
  tx: QueryExecutor,
  store: NodeStore<NodeLabel>,
  key: string,
  uniques: readonly string[],
  rows: readonly { row: Stored; stored: Stored | null }[],
): Promise<void> {
  // Only new or changed unique values are looked up, so a repeated load makes no lookups.
  for (const { row, stored } of rows) {
    for (const property of uniques) {
      const value = row[property];
      if (value === null || value === undefined) continue;
      if (stored !== null && sameValue(stored[property], value)) continue;
      const holder = await store.findKey(tx, property, value);
      if (holder !== null && holder !== String(row[key])) {
        throw new GraphConstraintError(store.label, property, String(value));
      }
    }
  }
}

async function loadLabel(
  graph: Graph,
  label: string,
  rows: readonly Row[],
  batchSize: number,
  onProgress: LoadSeedOptions['onProgress'],
): Promise<LabelSummary> {
  const decl = nodeDecl(label);
  const store = new NodeStore(decl.label as NodeLabel);
  const properties = Object.keys(decl.properties);
  const uniques = Object.entries(decl.properties)
    .filter(([name, p]) => 'unique' in p && p.unique === true && name !== decl.key)
    .map(([name]) => name);
  const doubles = doublesOf(decl.properties);
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  let done = 0;
  for (const batch of chunks(rows, batchSize)) {
    await graph.runner.write(async (tx) => {
      const keys = batch.map((r) => String(r[decl.key]));
      const stored = (await store.getMany(tx, keys)) as (Stored | null)[];
      const writes: { row: Stored; stored: Stored | null }[] = [];
      batch.forEach((row, i) => {
        const current = stored[i] ?? null;
        if (current === null) {
          created++;
          writes.push({ row: { ...row }, stored: null });
          return;
        }
        const next = nextRow(row, current, properties);
        if (next === null) unchanged++;
        else {
          updated++;
          writes.push({ row: next, stored: current });
        }
      });
      await assertUnique(tx, store, decl.key, uniques, writes);
      for (const group of bindableGroups(writes, doubles, (w) => w.row)) {
        await store.upsertMany(
          tx,
          group.map((w) => w.row as NodeRow<NodeLabel>),
        );
      }
    });
    done += batch.length;
    onProgress?.({ phase: 'nodes', label, done, total: rows.length });
  }
  const synthetic = rows.filter((r) => r.source === 'synthetic').length;
  return {
    label,
    rows: rows.length,
    facts: rows.length - synthetic,
    synthetic,
    created,
    updated,
    unchanged,
  };
}

async function loadRelationships(
  graph: Graph,
  relationships: readonly SeedRelationship[],
  batchSize: number,
  onProgress: LoadSeedOptions['onProgress'],
): Promise<RelationshipSummary[]> {
  // One store per (type, from, to): the model-generated MERGE is per endpoint pair.
  const groups = new Map<string, SeedRelationship[]>();
  for (const r of relationships) {
    const id = `${r.type}\u0000${r.from.label}\u0000${r.to.label}`;
    const list = groups.get(id) ?? [];
    list.push(r);
    groups.set(id, list);
  }
  const perType = new Map<string, number>();
  const doneByType = new Map<string, number>();
  const totalByType = new Map<string, number>();
  for (const r of relationships) totalByType.set(r.type, (totalByType.get(r.type) ?? 0) + 1);

  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined) continue;
    const store = new RelationshipStore(
      first.type as RelationshipType,
      first.from.label as NodeLabel,
      first.to.label as NodeLabel,
    );
    const decl = model.relationships.find((d) => d.type === first.type);
    const doubles = decl === undefined ? [] : doublesOf(decl.properties);
    for (const batch of chunks(group, batchSize)) {
      const links = batch.map(
        (r) =>
          ({ ...r.properties, fromKey: r.from.key, toKey: r.to.key }) as Link<RelationshipType>,
      );
      const properties = Object.keys(decl?.properties ?? {});
      const { merged, changed } = await graph.runner.write(async (tx) => {
        // Links stored with the same properties are not written again (no write, no event).
        const fromKeys = [...new Set(links.map((l) => l.fromKey))];
        const stored = new Map(
          (await store.outgoing(tx, fromKeys)).flat().map((l) => [linkId(l), l]),
        );
        const changes = links.filter((l) => {
          const current = stored.get(linkId(l));
          return current === undefined || !sameProperties(l, current, properties);
        });
        let count = 0;
        for (const part of bindableGroups(changes, doubles, (l) => l as Record<string, unknown>)) {
          count += await store.merge(tx, part);
        }
        return { merged: count, changed: changes.length };
      });
      if (merged !== changed) {
        throw new SeedEndpointError(
          `${first.type} ${first.from.label}→${first.to.label}: ${changed - merged} of ` +
            `${links.length} relationships point at nodes the store does not have`,
        );
      }
      perType.set(first.type, (perType.get(first.type) ?? 0) + links.length);
      const done = (doneByType.get(first.type) ?? 0) + batch.length;
      doneByType.set(first.type, done);
      onProgress?.({
        phase: 'relationships',
        type: first.type,
        done,
        total: totalByType.get(first.type) ?? done,
      });
    }
  }
  return [...perType].map(([type, count]) => ({ type, count }));
}

/**
 * Upserts every node and merges every relationship of the seed graph, then recounts every
 * topic's actorCount. Validates the graph against the model first; an invalid graph writes
 * nothing. Each batch is its own transaction: a failure leaves the earlier batches in place and
 * a rerun completes the load.
 */
export async function loadSeedGraph(
  graph: Graph,
  seedGraph: SeedGraph,
  options: LoadSeedOptions = {},
): Promise<SeedLoadSummary> {
  const started = performance.now();
  const problems = validateSeedGraph(seedGraph, model);
  if (problems.length > 0) throw new InvalidSeedGraphError(problems);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);

  const nodes: LabelSummary[] = [];
  for (const [label, rows] of Object.entries(seedGraph.nodes)) {
    nodes.push(await loadLabel(graph, label, rows, batchSize, options.onProgress));
  }
  const relationships = await loadRelationships(
    graph,
    seedGraph.relationships,
    batchSize,
    options.onProgress,
  );
  options.onProgress?.({ phase: 'topics' });
  const topicsCounted = await graph.runner.write((tx) => graph.topics.refreshAllActorCounts(tx));
  return {
    nodes,
    relationships,
    topicsCounted,
    durationMs: Math.round(performance.now() - started),
  };
}

/**
 * For `npm start`: loads the region seed only when the store has no Actor yet (a fresh embedded
 * store). Returns the summary when it seeded, null when the store already had data.
 */
export async function ensureSeeded(
  graph: Graph,
  options: LoadSeedOptions = {},
): Promise<SeedLoadSummary | null> {
  const actors = await graph.runner.read((tx) => graph.actors.nodes.count(tx));
  if (actors > 0) return null;
  return loadSeedGraph(graph, regionSeedGraph(), options);
}
