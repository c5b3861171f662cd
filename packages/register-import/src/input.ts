/**
 * Opens the register download as a stream of plain bytes: a path or a Readable, gzip detected by
 * its magic bytes (1f 8b) rather than the file name. Everything that makes a file unreadable as
 * a whole (missing, a folder, empty, only white space, damaged gzip) is a RegisterFileError here,
 * before a single row is read. Progress counts source bytes whose content has been processed.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { gunzipChunks } from './gunzip-chunks.ts';
import { RegisterFileError } from './import-errors.ts';

export type RegisterFormat = 'json' | 'csv';

/**
 * Bytes per read of a file. Small enough that progress on a gzip file moves in steps of a few
 * hundred units, large enough that reading costs nothing next to parsing.
 */
const READ_CHUNK = 64 * 1024;

export interface OpenedInput {
  /** Decompressed bytes, in order, from the first. */
  readonly chunks: AsyncIterable<Buffer>;
  readonly gzip: boolean;
  /** The first character that is not white space or a byte-order mark ('[' for the JSON download). */
  readonly firstChar: string;
  /** Source bytes (compressed for gzip) whose content the consumer has taken and processed. */
  bytesRead(): number;
  /** Size of the source file, when the input is a path. */
  readonly totalBytes?: number;
  /** Releases the file; safe to call more than once and after the chunks ended. */
  close(): Promise<void>;
}

export async function openInput(input: string | Readable): Promise<OpenedInput> {
  const totalBytes = typeof input === 'string' ? await fileSize(input) : undefined;
  const source =
    typeof input === 'string' ? createReadStream(input, { highWaterMark: READ_CHUNK }) : input;
  let consumed = 0;
  const onConsumed = (bytes: number): void => {
    consumed += bytes;
  };
  try {
    const raw = readable(source)[Symbol.asyncIterator]();
    // Two bytes tell gzip (1f 8b) from plain text.
    const head: Buffer[] = [];
    let headLength = 0;
    while (headLength < 2) {
      const r = await raw.next();
      if (r.done === true) break;
      head.push(r.value);
      headLength += r.value.length;
    }
    if (headLength === 0) throw new RegisterFileError('the file is empty');
    const first = Buffer.concat(head);
    const gzip = first[0] === 0x1f && first[1] === 0x8b;
    const all = prepend(first, raw);
    const plain = (gzip ? gunzipChunks(all, onConsumed) : counted(all, onConsumed))[
      Symbol.asyncIterator
    ]();

    // Find the first significant character, keeping what was read to replay it.
    const replay: Buffer[] = [];
    let firstChar: string | null = null;
    while (firstChar === null) {
      const r = await plain.next();
      if (r.done === true) break;
      replay.push(r.value);
      firstChar = /[^\s\u00ef\u00bb\u00bf]/.exec(r.value.toString('latin1'))?.[0] ?? null;
    }
    if (firstChar === null) {
      await plain.return(undefined);
      throw new RegisterFileError(
        gzip
          ? replay.length === 0
            ? 'the file holds no data once decompressed'
            : 'the file holds only white space once decompressed'
          : 'the file holds only white space',
      );
    }

    async function* replayed(): AsyncGenerator<Buffer> {
      try {
        yield* replay.splice(0);
        for (;;) {
          const r = await plain.next();
          if (r.done === true) return;
          yield r.value;
        }
      } finally {
        await plain.return(undefined);
      }
    }
    return {
      chunks: replayed(),
      gzip,
      firstChar,
      bytesRead: () => consumed,
      ...(totalBytes === undefined ? {} : { totalBytes }),
      close: async () => {
        await plain.return(undefined);
        source.destroy();
      },
    };
  } catch (error) {
    source.destroy();
    throw error;
  }
}

/** The size of a readable file; a missing path or a folder is a RegisterFileError. */
async function fileSize(path: string): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RegisterFileError(
      code === 'ENOENT' ? 'no such file' : `the file cannot be read (${code ?? String(error)})`,
    );
  }
  if (info.isDirectory()) throw new RegisterFileError('a folder, not a file');
  return info.size;
}

/** The source's chunks as Buffers; a read error is a RegisterFileError. */
async function* readable(source: Readable): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of source as AsyncIterable<Buffer | string>) {
      yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new RegisterFileError(`the file cannot be read (${reason})`);
  }
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield first;
    for (;;) {
      const r = await rest.next();
      if (r.done === true) return;
      yield r.value;
    }
  } finally {
    await rest.return?.();
  }
}

/** Plain bytes: a chunk counts as consumed when the consumer asks for the next one. */
async function* counted(
  chunks: AsyncIterable<Buffer>,
  onConsumed: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    yield chunk;
    onConsumed(chunk.length);
  }
}
