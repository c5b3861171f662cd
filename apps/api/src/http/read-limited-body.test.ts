import { describe, expect, it } from 'vitest';
import { chunksOf, readBodyWithin } from './read-limited-body.ts';

function chunked(
  chunks: number,
  size: number,
): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) {
        controller.close();
        return;
      }
      pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(120));
    },
  });
  return { stream, pulled: () => pulled };
}

describe('readBodyWithin', () => {
  it('returns the whole body when it fits', async () => {
    const { stream } = chunked(3, 10);
    expect((await readBodyWithin(chunksOf(stream), 30))?.byteLength).toBe(30);
    expect((await readBodyWithin(chunksOf(chunked(0, 1).stream), 10))?.byteLength).toBe(0);
  });

  it('stops reading as soon as the limit is passed, without a Content-Length', async () => {
    const { stream, pulled } = chunked(1000, 1024);
    expect(await readBodyWithin(chunksOf(stream), 4096)).toBeNull();
    expect(pulled()).toBeLessThanOrEqual(6);
  });
});
