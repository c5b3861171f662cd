/**
 * Every rejected row, one JSON object a line, in file order: the terminal and the summary list
 * only the first few, and a broken file can reject hundreds of thousands of rows. The file is
 * created (emptied) when the import starts, so a rerun never leaves an earlier run's rows
 * behind, and removed at the end when nothing was rejected.
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { RejectedRow } from './import-brreg.ts';
import { RegisterImportError } from './import-errors.ts';

export interface RejectsFile {
  readonly path: string;
  write(row: RejectedRow): Promise<void>;
  /** Flushes and closes; removes the file when no row was written. Returns the rows written. */
  close(): Promise<number>;
}

export async function openRejectsFile(path: string): Promise<RejectsFile> {
  const stream = createWriteStream(path, { flags: 'w' });
  try {
    await once(stream, 'open');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new RegisterImportError(`cannot write the rejects file ${path} (${code})`);
  }
  let rows = 0;
  let closed: Promise<number> | null = null;
  return {
    path,
    async write(row) {
      rows++;
      if (!stream.write(JSON.stringify(row) + '\n')) await once(stream, 'drain');
    },
    close() {
      closed ??= (async () => {
        stream.end();
        await finished(stream);
        if (rows === 0) await rm(path, { force: true });
        return rows;
      })();
      return closed;
    },
  };
}
