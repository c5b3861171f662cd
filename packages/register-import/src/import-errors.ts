/**
 * The failures an import expects, each with a message written for the person running it: the
 * command line prints the message alone (no stack trace) and the admin page shows it as is.
 */
import type { WriteCounts } from './unit-writer.ts';

const nf = new Intl.NumberFormat('en-US');

/** An expected failure of a register import; anything else is a bug and keeps its stack. */
export class RegisterImportError extends Error {
  override readonly name: string = 'RegisterImportError';
}

/**
 * The register file cannot be imported: missing, empty, not the register's shape, a CSV header
 * without a column the import writes, or damaged. Found before the first write when the damage
 * is at the start; when it is further in, it arrives as the cause of an ImportStoppedError.
 */
export class RegisterFileError extends RegisterImportError {
  override readonly name = 'RegisterFileError';
}

/**
 * The import stopped part-way (damaged input further in, or the store failed). Each batch is one
 * transaction, so what was written before stays written and nothing after it was; an import is
 * idempotent by org number, so running it again with a complete file finishes the job.
 */
export class ImportStoppedError extends RegisterImportError {
  override readonly name = 'ImportStoppedError';
  /** Units in the batches that were committed before the stop. */
  readonly written: WriteCounts;
  /** Rows read when it stopped. */
  readonly rowsRead: number;

  constructor(cause: unknown, state: { rowsRead: number; written: WriteCounts; dryRun: boolean }) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const { created, updated, unchanged } = state.written;
    const units = created + updated + unchanged;
    const outcome = state.dryRun
      ? 'Nothing was written (dry run).'
      : units === 0
        ? 'Nothing was written.'
        : `${nf.format(units)} units were imported before it stopped (created ${nf.format(created)}, ` +
          `updated ${nf.format(updated)}, unchanged ${nf.format(unchanged)}) and stay in the store. ` +
          'Run the import again with the complete file to finish it: units already imported are then unchanged.';
    super(`import stopped after row ${nf.format(state.rowsRead)}: ${reason}. ${outcome}`, {
      cause,
    });
    this.written = state.written;
    this.rowsRead = state.rowsRead;
  }
}
