/**
 * The site's form posts are limited like the API's bodies (LIMITS.maxBodyBytes), before React
 * Router reads them. A declared Content-Length is checked before anything is read, and is a
 * bound: Node's parser hands a request no more body than it declares. A body without a declared
 * length (chunked) is read, counting what arrives, only to tell a too large one (413) from one
 * that is not (411: every browser declares the length of a form post, so the site asks for it
 * rather than buffer bodies).
 */
import type { Request, RequestHandler, Response } from 'express';
import { readBodyWithin } from '@kobling/api';

/** How much of an oversized form post is read and dropped so the client sees its 413. */
const LINGER_MS = 1_000;
const LINGER_BYTES = 1_000_000;

/**
 * 413, then a lingering close: what the client is still sending is dropped (never buffered)
 * for a moment, because closing a socket with unread data resets the connection and the client
 * loses the answer; after LINGER_MS or LINGER_BYTES the connection is closed. (`Connection:
 * close` would make Node close it at once, with the same reset.)
 */
function sendTooLarge(req: Request, res: Response, maxBytes: number): void {
  res.status(413).type('text/plain').end(`The form is larger than ${maxBytes} bytes.`);
  let dropped = 0;
  const close = () => req.socket.destroy();
  const timer = setTimeout(close, LINGER_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) {
      clearTimeout(timer);
      close();
    }
  });
  req.on('end', () => clearTimeout(timer));
}

export function limitFormBodies(maxBytes: number): RequestHandler {
  return async (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    const declared = req.headers['content-length'];
    if (declared !== undefined) {
      if (Number(declared) > maxBytes) return sendTooLarge(req, res, maxBytes);
      return next();
    }
    const body = await readBodyWithin(req.iterator({ destroyOnReturn: false }), maxBytes);
    if (body === null) return sendTooLarge(req, res, maxBytes);
    res.status(411).type('text/plain').end('A form post must declare its length (Content-Length).');
  };
}
