/**
 * Opens a register file for import and reads as far as its first row, so that a file that is
 * not a register at all — missing, empty, one JSON object, JSON read as CSV, a CSV header
 * without the columns the import writes, an empty array — fails here with a RegisterFileError,
 * before a store is opened or a row is written. The command line opens the file this way
 * before it opens the store; importBrreg does it itself when given a path or a stream.
 */
import type { Readable } from 'node:stream';
import { RegisterFileError } from './import-errors.ts';
import { openInput } from './input.ts';
import type { RegisterFormat } from './input.ts';
import type { ReadItem } from './raw-unit.ts';
import { readCsvUnits, readJsonUnits } from './readers.ts';

export interface RegisterSource {
  readonly format: RegisterFormat;
  readonly gzip: boolean;
  /** Every row of the file, from the first (which has been read already). */
  readonly items: AsyncIterable<ReadItem>;
  /** Source bytes (compressed for gzip) whose rows have been taken from `items`. */
  bytesRead(): number;
  /** Size of the source file, when the input is a path. */
  readonly totalBytes?: number;
  /** Releases the file; safe to call more than once. */
  close(): Promise<void>;
}

/** 'auto' reads the first significant character: '[' is the JSON download, anything else CSV. */
export async function openRegister(
  input: string | Readable,
  format: RegisterFormat | 'auto' = 'auto',
): Promise<RegisterSource> {
  const opened = await openInput(input);
  try {
    const first = opened.firstChar;
    if (first === '{' && format !== 'csv') {
      throw new RegisterFileError(
        "the file is one JSON object, not the register's array of units (the bulk download is a JSON array)",
      );
    }
    if (format === 'csv' && (first === '[' || first === '{')) {
      throw new RegisterFileError(`the file starts with '${first}': it is JSON, not CSV`);
    }
    const resolved: RegisterFormat = format === 'auto' ? (first === '[' ? 'json' : 'csv') : format;
    const rows = (resolved === 'json' ? readJsonUnits : readCsvUnits)(opened.chunks);
    const firstRow = await rows.next();
    if (firstRow.done === true) {
      throw new RegisterFileError(
        `the file holds no units (${resolved === 'json' ? 'an empty array' : 'only a header'})`,
      );
    }
    // The first row, then the reader's own iterator: a wrapping generator would add an await
    // per row, which on a million rows is measurable.
    let head: ReadItem | null = firstRow.value;
    const items: AsyncIterableIterator<ReadItem> = {
      [Symbol.asyncIterator]() {
        return items;
      },
      next() {
        if (head === null) return rows.next();
        const value = head;
        head = null;
        return Promise.resolve({ value, done: false });
      },
      return() {
        return rows.return(undefined);
      },
    };
    return {
      format: resolved,
      gzip: opened.gzip,
      items,
      bytesRead: () => opened.bytesRead(),
      ...(opened.totalBytes === undefined ? {} : { totalBytes: opened.totalBytes }),
      close: async () => {
        await rows.return(undefined);
        await opened.close();
      },
    };
  } catch (error) {
    await opened.close();
    throw error;
  }
}
