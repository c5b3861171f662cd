/**
 * Decompresses gzip one compressed chunk at a time, in step with the consumer: the next chunk
 * is inflated only when everything the previous one produced has been taken. A stream pipeline
 * reads the compressed file far ahead of the parser (its buffers hold megabytes of output), so
 * "compressed bytes read" said 100 % at a tenth of the rows; here `onConsumed` reports a chunk
 * only once its output has been processed, so progress on compressed bytes is honest.
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
  try {
    for await (const chunk of compressed) {
      const written = new Promise<void>((resolve, reject) =>
        gunzip.write(chunk, (error) => (error ? reject(error) : resolve())),
      );
      await Promise.race([written, finished]).catch(damaged);
      yield* output.splice(0);
      onConsumed(chunk.length);
    }
    gunzip.end();
    await finished.catch(damaged);
    yield* output.splice(0);
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
