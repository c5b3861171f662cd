import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import lbug from '@ladybugdb/core';
import type { Connection, PreparedStatement, QueryResult } from '@ladybugdb/core';
import { QueryFailedError, StoreClosedError, StoreInUseError } from '../errors.ts';
import { copyTablesOut } from '../export/ladybug-export.ts';
import type { ExportSink, ExportTable } from '../export/export-table.ts';
import { queryTextFor } from '../query.ts';
import type { CypherQuery, Params } from '../query.ts';
import type { CypherRunner, QueryExecutor } from '../runner.ts';
import { Mutex } from './mutex.ts';
import { parameterNames, toPlainRow } from './plain-values.ts';

export interface LadybugRunnerOptions {
  /** A database file path (its folder is created), or ':memory:' for tests. */
  readonly path: string;
  /** Connections for concurrent reads; writes use their own connection. */
  readonly readConnections?: number;
  /** Buffer pool in bytes; LadybugDB's default takes most of the machine's memory. */
  readonly bufferPoolBytes?: number;
  /**
   * Column compression (default on). Bulk loads of DOUBLE columns are several times faster
   * without it, at the cost of a larger file: benchmarks and one-off loads may turn it off.
   */
  readonly compression?: boolean;
}

/** One connection with its own lock and statement cache: a connection runs one transaction at a time. */
interface Slot {
  readonly connection: Connection;
  readonly lock: Mutex;
  readonly prepared: Map<string, PreparedStatement>;
}

interface OwnerRecord {
  pid: number;
  command: string;
  startedAt: string;
}

const DEFAULT_BUFFER_POOL = 1024 * 1024 * 1024;

function ownerFileFor(path: string): string {
  return `${path}.owner.json`;
}

function describeOwner(path: string): string {
  try {
    const owner = JSON.parse(readFileSync(ownerFileFor(path), 'utf8')) as OwnerRecord;
    return `process ${owner.pid} (${owner.command}, since ${owner.startedAt})`;
  } catch {
    return 'another process';
  }
}

function openDatabase(options: LadybugRunnerOptions): lbug.Database {
  const inMemory = options.path === ':memory:';
  if (!inMemory) mkdirSync(dirname(options.path), { recursive: true });
  const database = new lbug.Database(options.path, options.bufferPoolBytes ?? DEFAULT_BUFFER_POOL);
  try {
    database.initSync();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!inMemory && /lock|\.wal|in use|concurrent/i.test(message)) {
      throw new StoreInUseError(
        `The embedded store at ${options.path} is in use by ${describeOwner(options.path)}. ` +
          'Stop it first, or run this command through the running server.',
      );
    }
    throw error;
  }
  if (!inMemory) {
    const owner: OwnerRecord = {
      pid: process.pid,
      command: process.argv.slice(1).join(' '),
      startedAt: new Date().toISOString(),
    };
    writeFileSync(ownerFileFor(options.path), JSON.stringify(owner));
  }
  return database;
}

async function resultRows(result: QueryResult | QueryResult[]): Promise<Record<string, unknown>[]> {
  const last = Array.isArray(result) ? result[result.length - 1] : result;
  if (!last) return [];
  const rows = await last.getAll();
  if (Array.isArray(result)) for (const r of result) r.close();
  else last.close();
  return rows.map((row) => toPlainRow(row));
}

class LadybugRunner implements CypherRunner {
  readonly engine = 'ladybug' as const;
  private count = 0;
  private writes = 0;
  private closed = false;
  private readonly database: lbug.Database;
  private readonly writeSlot: Slot;
  private readonly readSlots: Slot[];
  private readonly path: string;

  constructor(options: LadybugRunnerOptions) {
    this.path = options.path;
    this.database = openDatabase(options);
    const slot = (): Slot => ({
      connection: new lbug.Connection(this.database),
      lock: new Mutex(),
      prepared: new Map(),
    });
    this.writeSlot = slot();
    this.readSlots = Array.from({ length: Math.max(1, options.readConnections ?? 4) }, slot);
  }

  private refuseIfClosed(): void {
    if (this.closed) throw new StoreClosedError();
  }

  get roundTrips(): number {
    return this.count;
  }

  get writesCommitted(): number {
    return this.writes;
  }

  async run<P extends Params, R>(query: CypherQuery<P, R>, params: P): Promise<R[]> {
    this.refuseIfClosed();
    if (query.mode === 'write') return this.write((tx) => tx.run(query, params));
    const slot = this.leastBusyReadSlot();
    return slot.lock.runExclusive(() => this.execute(slot, query, params));
  }

  async read<T>(work: (tx: QueryExecutor) => Promise<T>): Promise<T> {
    this.refuseIfClosed();
    const slot = this.leastBusyReadSlot();
    return slot.lock.runExclusive(() =>
      this.inTransaction(slot, 'BEGIN TRANSACTION READ ONLY', work),
    );
  }

  async write<T>(work: (tx: QueryExecutor) => Promise<T>): Promise<T> {
    this.refuseIfClosed();
    const value = await this.writeSlot.lock.runExclusive(() =>
      this.inTransaction(this.writeSlot, 'BEGIN TRANSACTION', work),
    );
    this.writes += 1;
    return value;
  }

  async exportTables(tables: readonly ExportTable[], sink: ExportSink): Promise<void> {
    this.refuseIfClosed();
    const slot = this.leastBusyReadSlot();
    await copyTablesOut(
      tables,
      (table) => queryTextFor(table.query, 'ladybug'),
      (work) =>
        slot.lock.runExclusive(() =>
          this.inTransaction(slot, 'BEGIN TRANSACTION READ ONLY', () =>
            work(async (text) => {
              this.count += 1;
              await resultRows(await slot.connection.query(text));
            }),
          ),
        ),
      sink,
    );
  }

  async runSchemaStatement(text: string): Promise<void> {
    this.refuseIfClosed();
    await this.writeSlot.lock.runExclusive(async () => {
      this.count += 1;
      await resultRows(await this.writeSlot.connection.query(text));
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const slots = [this.writeSlot, ...this.readSlots];
    await Promise.all(slots.map((s) => s.lock.runExclusive(async () => undefined)));
    for (const s of slots) {
      for (const p of s.prepared.values()) (p as unknown as { close?: () => void }).close?.();
      s.connection.closeSync();
    }
    this.database.closeSync();
    if (this.path !== ':memory:' && existsSync(ownerFileFor(this.path))) {
      rmSync(ownerFileFor(this.path), { force: true });
    }
  }

  private leastBusyReadSlot(): Slot {
    let best = this.readSlots[0] as Slot;
    for (const s of this.readSlots) if (s.lock.queueLength < best.lock.queueLength) best = s;
    return best;
  }

  private async inTransaction<T>(
    slot: Slot,
    begin: string,
    work: (tx: QueryExecutor) => Promise<T>,
  ): Promise<T> {
    await resultRows(await slot.connection.query(begin));
    const executor: QueryExecutor = {
      run: (query, params) => this.execute(slot, query, params),
    };
    try {
      const value = await work(executor);
      await resultRows(await slot.connection.query('COMMIT'));
      return value;
    } catch (error) {
      // LadybugDB may already have aborted the transaction after a failed statement.
      await slot.connection.query('ROLLBACK').then(resultRows, () => []);
      throw error;
    }
  }

  private async execute<P extends Params, R>(
    slot: Slot,
    query: CypherQuery<P, R>,
    params: P,
  ): Promise<R[]> {
    const text = queryTextFor(query, 'ladybug');
    this.count += 1;
    try {
      const statement = await this.prepare(slot, text);
      const bound: Record<string, unknown> = {};
      for (const name of parameterNames(text)) {
        if (!(name in params)) throw new Error(`missing parameter $${name}`);
        bound[name] = params[name];
      }
      const result = await slot.connection.execute(
        statement,
        bound as Parameters<Connection['execute']>[1],
      );
      return (await resultRows(result)) as R[];
    } catch (error) {
      throw new QueryFailedError(query.name, error);
    }
  }

  private async prepare(slot: Slot, text: string): Promise<PreparedStatement> {
    const cached = slot.prepared.get(text);
    if (cached) return cached;
    const statement = await slot.connection.prepare(text);
    if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
    slot.prepared.set(text, statement);
    return statement;
  }
}

export function openLadybugRunner(options: LadybugRunnerOptions): CypherRunner {
  return new LadybugRunner(options);
}
