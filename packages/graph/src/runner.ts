import type { ExportSink, ExportTable } from './export/export-table.ts';
import type { CypherQuery, Engine, Params } from './query.ts';

/** Runs catalogued queries; inside a transaction every call joins that transaction. */
export interface QueryExecutor {
  run<P extends Params, R>(query: CypherQuery<P, R>, params: P): Promise<R[]>;
}

/**
 * The port every repository depends on. Both runners return plain objects: numbers, strings,
 * booleans, arrays and null — never driver integers, temporal objects or nodes.
 */
export interface CypherRunner extends QueryExecutor {
  readonly engine: Engine;
  /** A read transaction; the work may run more than once on Neo4j (driver retries). */
  read<T>(work: (tx: QueryExecutor) => Promise<T>): Promise<T>;
  /** A write transaction: all of the work commits, or none of it. */
  write<T>(work: (tx: QueryExecutor) => Promise<T>): Promise<T>;
  /**
   * Reads whole tables in bulk, all in one read transaction (one consistent state), handing the
   * rows to the sink a batch at a time: the graph projection's build.
   */
  exportTables(tables: readonly ExportTable[], sink: ExportSink): Promise<void>;
  /** Schema statements (DDL) from graph-schema migrations; never user-controlled text. */
  runSchemaStatement(text: string): Promise<void>;
  /** Store round-trips made so far; lets tests prove there is no N+1. */
  readonly roundTrips: number;
  /**
   * Write transactions this runner has committed so far: a follower of the change feed in the
   * same process catches up when it changed, so a process reads its own writes at once.
   */
  readonly writesCommitted: number;
  close(): Promise<void>;
}
