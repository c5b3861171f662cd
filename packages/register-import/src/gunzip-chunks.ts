/**
 * Decompresses gzip in step with the consumer, at most one compressed chunk ahead: chunk n+1
 * inflates while the consumer takes chunk n's output, and chunk n+2 waits until it has. A stream
 * pipeline reads the compressed file far ahead of the parser (its buffers hold megabytes of
 * output), so "compressed bytes read" said 100 % at a tenth of the rows; here `onConsumed`
 * reports a chunk only once its output has been processed, so progress on compressed bytes is
 * honest (it may lag by a chunk, never lead).
 */
import { createGunzip } from 'node:zlib';
import { RegisterFileError } from './import-errors.ts';

export async function* gunzipChunks(
  compressed: AsyncIterable<Buffer>,
  onConsumed: (compressedBytes: number) => void,
): AsyncGenerator<Buffer> {
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const output: Buffer[] = [];
  gunzip.on('data', (b: Buffer) => output.push(b));
  // Settles on 'end' after end(), or fails on the first zlib error (which also fails a write).
  const finished = new Promise<void>((resolve, reject) => {
    gunzip.once('end', resolve);
    gunzip.once('error', reject);
  });
  finished.catch(() => {}); // observed below; this only keeps an early error from going unhandled
  // The previous chunk's output and size: it is handed on while the next chunk inflates (zlib
  // works off the main thread), and counted once the consumer has taken all of it.
  let previous: Buffer[] = [];
  let previousBytes = 0;
  try {
    for await (const chunk of compressed) {
      const written = new Promise<void>((resolve, reject) =>
        gunzip.write(chunk, (error) => (error ? reject(error) : resolve())),
      );
      written.catch(() => {}); // awaited below, once the previous output has been taken
      yield* previous;
      onConsumed(previousBytes);
      await Promise.race([written, finished]).catch(damaged);
      // Output arrives in order; whatever of this chunk comes late goes with the next one.
      previous = output.splice(0);
      previousBytes = chunk.length;
    }
    // The last chunk's output goes out before the end is checked, so the rows before damage
    // at the very end are read like those before damage anywhere else.
    gunzip.end();
    yield* previous;
    await finished.catch(damaged);
    yield* output.splice(0);
    onConsumed(previousBytes);
  } finally {
    gunzip.destroy();
  }
}

function damaged(error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error);
  throw new RegisterFileError(
    /unexpected end/i.test(reason)
      ? `the gzip data ends early: the file is truncated (zlib: ${reason})`
      : `the gzip data is damaged (zlib: ${reason})`,
  );
}
