/** A write broke a uniqueness rule; repositories turn it into a domain ConflictError. */
export class GraphConstraintError extends Error {
  override readonly name = 'GraphConstraintError';
  readonly field: string;
  readonly value: string;
  constructor(label: string, field: string, value: string) {
    super(`${label} with ${field} "${value}" already exists`);
    this.field = field;
    this.value = value;
  }
}

/** The embedded store is held by another process (LadybugDB allows one opener). */
export class StoreInUseError extends Error {
  override readonly name = 'StoreInUseError';
}

/**
 * The store was used after `close()`. Both engines refuse alike (the Neo4j driver would
 * otherwise open a fresh connection pool and carry on).
 */
export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError';
  constructor() {
    super('The graph store is closed');
  }
}

/** A query failed on the engine; carries the catalogue name so logs say which one. */
export class QueryFailedError extends Error {
  override readonly name = 'QueryFailedError';
  readonly queryName: string;
  constructor(queryName: string, cause: unknown) {
    super(
      `Query "${queryName}" failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.queryName = queryName;
  }
}

/** The node a write refers to does not exist; nothing was changed. */
export class GraphNotFoundError extends Error {
  override readonly name = 'GraphNotFoundError';
  readonly label: string;
  readonly key: string;
  constructor(label: string, key: string) {
    super(`${label} ${key} does not exist`);
    this.label = label;
    this.key = key;
  }
}
