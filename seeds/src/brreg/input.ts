/**
 * Opens the register download as a stream of plain bytes: a path or a Readable, gzip detected by
 * its magic bytes (1f 8b) rather than the file name, with the raw byte count kept for progress.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

export type RegisterFormat = 'json' | 'csv';

export interface OpenedInput {
  /** Decompressed bytes, in order. */
  readonly chunks: AsyncIterable<Buffer>;
  readonly gzip: boolean;
  /** Format guessed from the first non-blank byte: '[' means JSON, anything else CSV. */
  readonly sniffedFormat: RegisterFormat;
  /** Raw (possibly compressed) bytes read from the source so far. */
  bytesRead(): number;
  /** Size of the source file, when the input is a path. */
  readonly totalBytes?: number;
}

export async function openInput(input: string | Readable): Promise<OpenedInput> {
  let totalBytes: number | undefined;
  let source: Readable;
  if (typeof input === 'string') {
    totalBytes = (await stat(input)).size;
    source = createReadStream(input, { highWaterMark: 256 * 1024 });
  } else source = input;

  let raw = 0;
  const rawIterator = (source as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const nextRaw = async (): Promise<Buffer | null> => {
    const r = await rawIterator.next();
    if (r.done === true) return null;
    const b = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    raw += b.length;
    return b;
  };

  // Peek until we have two bytes for the gzip magic.
  const head: Buffer[] = [];
  let headLength = 0;
  while (headLength < 2) {
    const b = await nextRaw();
    if (b === null) break;
    head.push(b);
    headLength += b.length;
  }
  const first = Buffer.concat(head);
  const gzip = first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b;

  async function* rawChunks(): AsyncGenerator<Buffer> {
    try {
      if (first.length > 0) yield first;
      for (;;) {
        const b = await nextRaw();
        if (b === null) return;
        yield b;
      }
    } finally {
      // Closes the file when the consumer stops early.
      await rawIterator.return?.();
    }
  }

  let chunks: AsyncIterable<Buffer>;
  if (gzip) {
    // pipeline() tears both sides down together: a source error surfaces through the gunzip
    // iterator, and a consumer that stops early destroys the source.
    chunks = pipeline(
      Readable.from(rawChunks(), { objectMode: false }),
      createGunzip({ chunkSize: 256 * 1024 }),
      () => {},
    );
  } else chunks = rawChunks();

  // Sniff the format from the first decompressed bytes, then replay them.
  const it = chunks[Symbol.asyncIterator]();
  const replay: Buffer[] = [];
  let sniffedFormat: RegisterFormat = 'csv';
  for (;;) {
    const r = await it.next();
    if (r.done === true) break;
    replay.push(r.value);
    const text = r.value.toString('latin1');
    const m = /[^\s\u00ef\u00bb\u00bf]/.exec(text);
    if (m !== null) {
      sniffedFormat = m[0] === '[' ? 'json' : 'csv';
      break;
    }
  }
  async function* replayed(): AsyncGenerator<Buffer> {
    try {
      yield* replay;
      for (;;) {
        const r = await it.next();
        if (r.done === true) return;
        yield r.value;
      }
    } finally {
      await it.return?.();
    }
  }

  return {
    chunks: replayed(),
    gzip,
    sniffedFormat,
    bytesRead: () => raw,
    ...(totalBytes === undefined ? {} : { totalBytes }),
  };
}
