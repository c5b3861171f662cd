/**
 * The shape bulk loading consumes: chunks of node rows per label and relationship rows per
 * (type, from label, to label). Producers (the seeds generator, importers) stream chunks so that
 * a million actors never sit in memory at once.
 */

export type BulkValue = string | number | boolean | readonly string[] | null | undefined;

/** A node: property name → value, names and types exactly as the model declares them. */
export type BulkNodeRow = Readonly<Record<string, BulkValue>>;

/** A relationship: the keys of its endpoints, and its properties. */
export interface BulkRelationshipRow {
  readonly from: string;
  readonly to: string;
  readonly properties?: Readonly<Record<string, BulkValue>>;
}

export interface BulkNodeChunk {
  readonly kind: 'node';
  readonly label: string;
  readonly rows: readonly BulkNodeRow[];
}

export interface BulkRelationshipChunk {
  readonly kind: 'relationship';
  readonly type: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly rows: readonly BulkRelationshipRow[];
}

export type BulkChunk = BulkNodeChunk | BulkRelationshipChunk;

/**
 * Chunks in any order for LadybugDB (files are copied nodes first). For Neo4j every node a
 * relationship refers to must come in an earlier chunk; bulkLoad refuses a node chunk that
 * arrives after a relationship chunk.
 */
export type BulkSource = Iterable<BulkChunk> | AsyncIterable<BulkChunk>;

export interface BulkProgress {
  /** `stage`: rows written to CSV files (LadybugDB); `load`: rows in the store. */
  readonly phase: 'stage' | 'load';
  /** A label, or `TYPE(From->To)` for relationships. */
  readonly table: string;
  /** Rows of this table done so far. */
  readonly rows: number;
  /** Rows of all tables done so far in this phase. */
  readonly totalRows: number;
  readonly elapsedMs: number;
  /** totalRows per second since the phase started. */
  readonly rowsPerSecond: number;
}

export interface BulkLoadOptions {
  readonly onProgress?: (progress: BulkProgress) => void;
  /**
   * `copy` (LadybugDB only): CSV files and COPY FROM. `unwind`: batched `UNWIND $rows … CREATE`
   * in write transactions, the only method on Neo4j. Default: copy on LadybugDB, unwind on Neo4j.
   */
  readonly method?: 'copy' | 'unwind';
  /** Rows per transaction for `unwind` (5,000 by default). */
  readonly batchSize?: number;
  /** Folder for the CSV files of `copy`; a fresh temp folder by default. Removed afterwards. */
  readonly tempDir?: string;
}

export interface BulkLoadResult {
  readonly nodes: Readonly<Record<string, number>>;
  readonly relationships: Readonly<Record<string, number>>;
  readonly nodeRows: number;
  readonly relationshipRows: number;
  readonly elapsedMs: number;
  /** Time spent writing CSV files (copy) — 0 for unwind. */
  readonly stageMs: number;
  /** Time spent in COPY statements or UNWIND transactions. */
  readonly loadMs: number;
}
