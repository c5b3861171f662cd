/**
 * Reads a request body into memory, up to `maxBytes`. A declared Content-Length can be checked
 * before reading, but a chunked body has none: this counts what actually arrives and stops
 * reading the moment the limit is passed, so an oversized body costs at most `maxBytes` of
 * memory and time. Null means the body was too large: the caller answers 413 and closes the
 * connection. What stopping does to the source is the caller's choice of iterator (a Node
 * request read with `destroyOnReturn: false` stays open, so the answer can still be sent).
 */
export async function readBodyWithin(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > maxBytes) return null;
    parts.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

/**
 * The chunks of a web stream, for `readBodyWithin`. Stopping early releases the stream without
 * cancelling it: cancelling a body that comes from a Node socket destroys the socket before
 * the 413 could be sent.
 */
export async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
