import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { GraphConstraintError, QueryFailedError, StoreClosedError } from '../errors.ts';
import { EXPORT_BATCH_ROWS } from '../export/export-table.ts';
import type { ExportSink, ExportTable, ExportValue } from '../export/export-table.ts';
import { queryTextFor } from '../query.ts';
import type { CypherQuery, Params } from '../query.ts';
import type { CypherRunner, QueryExecutor } from '../runner.ts';
import { parameterNames, toPlainRow, toPlainValue } from './plain-values.ts';

export interface Neo4jRunnerOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string;
}

/** Integers and temporal values become plain numbers (temporal: epoch ms, or ISO text for local types). */
function convertNeo4jValue(value: object): unknown {
  if (neo4j.isInt(value)) return (value as neo4j.Integer).toNumber();
  if (neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value)) {
    const text = value.toString();
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? text : ms;
  }
  if (neo4j.isDuration(value) || neo4j.isTime(value) || neo4j.isLocalTime(value)) {
    return value.toString();
  }
  return undefined;
}

/**
 * JavaScript numbers would be sent as floats; whole numbers are sent as Neo4j integers so
 * INT64 properties stay integers, as they are on LadybugDB.
 */
function toNeo4jParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParam);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParam(v)]));
  }
  return value;
}

function isConstraintViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  );
}

class Neo4jRunner implements CypherRunner {
  readonly engine = 'neo4j' as const;
  private count = 0;
  private writes = 0;
  private closed = false;
  private readonly driver: Driver;
  private readonly database: string | undefined;

  constructor(options: Neo4jRunnerOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
    this.database = options.database;
  }

  get roundTrips(): number {
    return this.count;
  }

  get writesCommitted(): number {
    return this.writes;
  }

  run<P extends Params, R>(query: CypherQuery<P, R>, params: P): Promise<R[]> {
    const work = (tx: QueryExecutor) => tx.run(query, params);
    return query.mode === 'write' ? this.write(work) : this.read(work);
  }

  read<T>(work: (tx: QueryExecutor) => Promise<T>): Promise<T> {
    return this.withSession('READ', (session) =>
      session.executeRead((tx) => work(this.executor(tx))),
    );
  }

  async write<T>(work: (tx: QueryExecutor) => Promise<T>): Promise<T> {
    const value = await this.withSession('WRITE', (session) =>
      session.executeWrite((tx) => work(this.executor(tx))),
    );
    this.writes += 1;
    return value;
  }

  /** Streams every table's records through one explicit read transaction (no retries, no replays). */
  async exportTables(tables: readonly ExportTable[], sink: ExportSink): Promise<void> {
    await this.withSession('READ', async (session) => {
      const tx = session.beginTransaction();
      try {
        for (const [index, table] of tables.entries()) {
          this.count += 1;
          let batch: ExportValue[][] = [];
          for await (const record of tx.run(queryTextFor(table.query, 'neo4j'))) {
            batch.push(
              table.columns.map(
                (_, i) => toPlainValue(record.get(i), convertNeo4jValue) as ExportValue,
              ),
            );
            if (batch.length >= EXPORT_BATCH_ROWS) {
              sink.rows(index, batch);
              batch = [];
            }
          }
          if (batch.length > 0) sink.rows(index, batch);
        }
        await tx.commit();
      } catch (error) {
        await tx.rollback().catch(() => undefined);
        throw error;
      }
    });
  }

  async runSchemaStatement(text: string): Promise<void> {
    this.count += 1;
    await this.withSession('WRITE', (session) => session.run(text));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.driver.close();
  }

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    use: (s: Session) => Promise<T>,
  ): Promise<T> {
    if (this.closed) throw new StoreClosedError();
    const session = this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
    try {
      return await use(session);
    } finally {
      await session.close();
    }
  }

  private executor(tx: ManagedTransaction): QueryExecutor {
    return {
      run: async <P extends Params, R>(query: CypherQuery<P, R>, params: P): Promise<R[]> => {
        const text = queryTextFor(query, 'neo4j');
        const bound: Record<string, unknown> = {};
        for (const name of parameterNames(text)) bound[name] = toNeo4jParam(params[name]);
        this.count += 1;
        try {
          const result = await tx.run(text, bound);
          return result.records.map((r) => toPlainRow(r.toObject(), convertNeo4jValue)) as R[];
        } catch (error) {
          if (isConstraintViolation(error)) {
            const message = (error as Error).message;
            const match = /property `?(\w+)`? = '?([^']*)'?/.exec(message);
            throw new GraphConstraintError(query.name, match?.[1] ?? 'key', match?.[2] ?? '');
          }
          throw new QueryFailedError(query.name, error);
        }
      },
    };
  }
}

export function openNeo4jRunner(options: Neo4jRunnerOptions): CypherRunner {
  return new Neo4jRunner(options);
}
