import type { CypherQuery } from '../query.ts';

/** The type of one exported column, in RETURN order. */
export type ExportColumn = 'string' | 'int' | 'float' | 'bool';

export type ExportValue = string | number | boolean | null;

/**
 * A whole table read in bulk: a catalogued read query without parameters and the types of its
 * columns. A LadybugDB variant returns every `float` column multiplied by LADYBUG_FLOAT_SCALE and
 * cast to INT64 (see ladybug-export.ts for why).
 */
export interface ExportTable {
  readonly query: CypherQuery<Record<string, never>, unknown>;
  readonly columns: readonly ExportColumn[];
}

/** Receives each table (by its index in the list exported) as it is read. */
export interface ExportSink {
  /** A batch of the table's rows. */
  rows(table: number, rows: readonly (readonly ExportValue[])[]): void;
  /**
   * The whole table as a CSV file in LadybugDB's export format (read it with readCsvFile); the
   * file is deleted once the returned promise settles.
   */
  csvFile(table: number, path: string): Promise<void>;
}

/**
 * 2^60. LadybugDB's CSV writer prints a DOUBLE with six decimals; an integer prints every digit.
 * A weight w with 2^-8 ≤ |w| < 8 times 2^60 is a whole number below 2^63, so w survives the trip
 * exactly (smaller weights lose the bits below 2^-60).
 */
export const LADYBUG_FLOAT_SCALE = 1_152_921_504_606_846_976;

/** Rows handed to the sink at a time. */
export const EXPORT_BATCH_ROWS = 8_192;
