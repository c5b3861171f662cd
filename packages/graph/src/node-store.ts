import { recordChange, recordChanges } from './change-feed.ts';
import type { FeedOptions } from './change-feed.ts';
import { GraphConstraintError, GraphNotFoundError } from './errors.ts';
import type { NodeKey, NodeLabel, NodeRow } from './model-types.ts';
import { nodeQueries } from './model-queries.ts';
import type { NodeQueries } from './model-queries.ts';
import type { QueryExecutor } from './runner.ts';

type Row = Record<string, unknown>;

/**
 * Standard reads and writes of one label, driven by the model. Every method takes the
 * transaction it joins, so repositories compose several steps into one atomic write; every
 * write records its change event (change-feed.ts) in that transaction.
 */
export class NodeStore<L extends NodeLabel> {
  readonly label: L;
  private readonly queries: NodeQueries;
  private readonly key: NodeKey<L> & string;

  constructor(label: L) {
    this.label = label;
    this.queries = nodeQueries(label);
    this.key = this.queries.decl.key as NodeKey<L> & string;
  }

  /** Rows in the order of `keys`, null where absent — the DataLoader contract. */
  async getMany(tx: QueryExecutor, keys: readonly string[]): Promise<(NodeRow<L> | null)[]> {
    if (keys.length === 0) return [];
    const rows = await tx.run(this.queries.getMany, { keys: [...new Set(keys)] });
    const byKey = new Map(rows.map((r) => [String(r[this.key]), r as NodeRow<L>]));
    return keys.map((k) => byKey.get(k) ?? null);
  }

  async get(tx: QueryExecutor, key: string): Promise<NodeRow<L> | null> {
    return (await this.getMany(tx, [key]))[0] ?? null;
  }

  async require(tx: QueryExecutor, key: string): Promise<NodeRow<L>> {
    const row = await this.get(tx, key);
    if (!row) throw new GraphNotFoundError(this.label, key);
    return row;
  }

  async findKey(tx: QueryExecutor, property: string, value: unknown): Promise<string | null> {
    const query = this.queries.findBy.get(property);
    if (!query) throw new Error(`${this.label}.${property} is not declared unique`);
    return (await tx.run(query, { value }))[0]?.key ?? null;
  }

  async create(tx: QueryExecutor, row: NodeRow<L>): Promise<NodeRow<L>> {
    const key = String((row as Row)[this.key]);
    if (await this.get(tx, key)) throw new GraphConstraintError(this.label, this.key, key);
    await this.assertUnique(tx, row as Row, key);
    await tx.run(this.queries.create, this.complete(row as Row));
    await recordChange(tx, this.label, key, 'UPSERT');
    return row;
  }

  /**
   * Holds the node for the rest of the write transaction, so what this transaction reads of it
   * next is what it writes over (Neo4j runs writers side by side); false when it does not exist.
   * Call it before reading a row that decides a write.
   */
  async lock(tx: QueryExecutor, key: string): Promise<boolean> {
    return (await tx.run(this.queries.lock, { key })).length > 0;
  }

  /** Merges the patch over the stored row and writes every property; the key never changes. */
  async update(tx: QueryExecutor, key: string, patch: Partial<NodeRow<L>>): Promise<NodeRow<L>> {
    await this.lock(tx, key);
    const current = await this.require(tx, key);
    const next = { ...current, ...patch, [this.key]: key } as NodeRow<L>;
    await this.assertUnique(tx, next as Row, key);
    await tx.run(this.queries.update, this.complete(next as Row));
    await recordChange(tx, this.label, key, 'UPSERT');
    return next;
  }

  /** Creates or replaces by key, in batches; for seeds and imports that own the rows they write. */
  async upsertMany(
    tx: QueryExecutor,
    rows: readonly NodeRow<L>[],
    options: FeedOptions = {},
  ): Promise<number> {
    if (rows.length === 0) return 0;
    const [result] = await tx.run(this.queries.upsertMany, {
      rows: rows.map((r) => this.complete(r as Row)),
    });
    if (options.recordChanges !== false) {
      await recordChanges(
        tx,
        rows.map((r) => ({ entity: this.label, entityId: String((r as Row)[this.key]) })),
        'UPSERT',
      );
    }
    return result?.count ?? 0;
  }

  /** Deletes the node and its relationships; false when it did not exist. */
  async delete(tx: QueryExecutor, key: string): Promise<boolean> {
    if (!(await this.get(tx, key))) return false;
    await tx.run(this.queries.delete, { key });
    await recordChange(tx, this.label, key, 'DELETE');
    return true;
  }

  async count(tx: QueryExecutor): Promise<number> {
    return (await tx.run(this.queries.count, {}))[0]?.count ?? 0;
  }

  /** Every key in key order, a page at a time: for walking a whole label (reindex, exports). */
  async keysAfter(tx: QueryExecutor, after: string, limit: number): Promise<string[]> {
    return (await tx.run(this.queries.keysAfter, { after, limit })).map((r) => r.key);
  }

  /** Every declared property is passed, absent ones as null, so one statement fits every row. */
  private complete(row: Row): Row {
    const out: Row = {};
    for (const p of this.queries.properties) out[p] = row[p] ?? null;
    return out;
  }

  private async assertUnique(tx: QueryExecutor, row: Row, ownKey: string): Promise<void> {
    for (const property of this.queries.findBy.keys()) {
      const value = row[property];
      if (value === null || value === undefined) continue;
      const holder = await this.findKey(tx, property, value);
      if (holder !== null && holder !== ownKey) {
        throw new GraphConstraintError(this.label, property, String(value));
      }
    }
  }
}
