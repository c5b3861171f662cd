import { recordChanges } from './change-feed.ts';
import type { FeedOptions } from './change-feed.ts';
import type { NodeLabel, RelationshipProps, RelationshipType } from './model-types.ts';
import { relationshipQueries } from './model-queries.ts';
import type { RelationshipQueries } from './model-queries.ts';
import type { QueryExecutor } from './runner.ts';

export type Link<T extends RelationshipType> = {
  fromKey: string;
  toKey: string;
} & RelationshipProps<T>;

type Pair = { readonly fromKey: string; readonly toKey: string };

/**
 * Standard writes and batched reads of one relationship type between two labels. A write
 * records an UPSERT of both ends (change-feed.ts) in its transaction: a relationship is a fact of
 * each endpoint to its followers.
 */
export class RelationshipStore<T extends RelationshipType> {
  readonly type: T;
  private readonly from: NodeLabel;
  private readonly to: NodeLabel;
  private readonly queries: RelationshipQueries;

  constructor(type: T, from: NodeLabel, to: NodeLabel) {
    this.type = type;
    this.from = from;
    this.to = to;
    this.queries = relationshipQueries(type, from, to);
  }

  /** Creates the links, or updates their properties; returns how many endpoints pairs matched. */
  async merge(
    tx: QueryExecutor,
    links: readonly Link<T>[],
    options: FeedOptions = {},
  ): Promise<number> {
    if (links.length === 0) return 0;
    const rows = links.map((l) => {
      const row: Record<string, unknown> = { fromKey: l.fromKey, toKey: l.toKey };
      for (const p of this.queries.properties) row[p] = (l as Record<string, unknown>)[p] ?? null;
      return row;
    });
    // LadybugDB types an UNWIND list by its elements: a whole number (INT64) and a fraction
    // (DOUBLE) in the same column make the list unconvertible, so rows go in batches of one
    // number shape each.
    const batches = new Map<string, Record<string, unknown>[]>();
    for (const row of rows) {
      const shape = this.queries.properties
        .map((p) => (typeof row[p] === 'number' ? (Number.isInteger(row[p]) ? 'i' : 'f') : '-'))
        .join('');
      const batch = batches.get(shape) ?? [];
      batch.push(row);
      batches.set(shape, batch);
    }
    let count = 0;
    for (const batch of batches.values()) {
      count += (await tx.run(this.queries.merge, { rows: batch }))[0]?.count ?? 0;
    }
    if (options.recordChanges !== false) await this.recordEnds(tx, links);
    return count;
  }

  async delete(
    tx: QueryExecutor,
    pairs: readonly Pair[],
    options: FeedOptions = {},
  ): Promise<number> {
    if (pairs.length === 0) return 0;
    const rows = pairs.map(({ fromKey, toKey }) => ({ fromKey, toKey }));
    const count = (await tx.run(this.queries.delete, { rows }))[0]?.count ?? 0;
    if (options.recordChanges !== false) await this.recordEnds(tx, pairs);
    return count;
  }

  /** Deletes every link leaving the key; the far ends it had are announced too. */
  async deleteAllFrom(tx: QueryExecutor, fromKey: string): Promise<number> {
    const removed = await tx.run(this.queries.deleteAllFrom, { key: fromKey });
    await this.recordEnds(
      tx,
      removed.map(({ toKey }) => ({ fromKey, toKey })),
    );
    return removed.length;
  }

  /** Links leaving each key, grouped in key order — one round-trip for any number of keys. */
  async outgoing(tx: QueryExecutor, fromKeys: readonly string[]): Promise<Link<T>[][]> {
    if (fromKeys.length > 0 && fromKeys.every((k) => k === fromKeys[0])) {
      const rows = (await tx.run(this.queries.outgoingOne, { key: fromKeys[0]! })) as Link<T>[];
      return fromKeys.map(() => rows);
    }
    return this.grouped(tx, this.queries.outgoing, fromKeys, 'fromKey');
  }

  /** Links arriving at each key, grouped in key order. */
  async incoming(tx: QueryExecutor, toKeys: readonly string[]): Promise<Link<T>[][]> {
    if (toKeys.length > 0 && toKeys.every((k) => k === toKeys[0])) {
      const rows = (await tx.run(this.queries.incomingOne, { key: toKeys[0]! })) as Link<T>[];
      return toKeys.map(() => rows);
    }
    return this.grouped(tx, this.queries.incoming, toKeys, 'toKey');
  }

  /** One event per distinct endpoint of the pairs, in one statement. */
  private recordEnds(tx: QueryExecutor, pairs: readonly Pair[]): Promise<void> {
    return recordChanges(
      tx,
      pairs.flatMap(({ fromKey, toKey }) => [
        { entity: this.from, entityId: fromKey },
        { entity: this.to, entityId: toKey },
      ]),
      'UPSERT',
    );
  }

  private async grouped(
    tx: QueryExecutor,
    query: RelationshipQueries['outgoing'],
    keys: readonly string[],
    side: 'fromKey' | 'toKey',
  ): Promise<Link<T>[][]> {
    if (keys.length === 0) return [];
    const rows = (await tx.run(query, { keys: [...new Set(keys)] })) as Link<T>[];
    const byKey = new Map<string, Link<T>[]>();
    for (const row of rows) {
      const list = byKey.get(row[side]) ?? [];
      list.push(row);
      byKey.set(row[side], list);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  }
}
