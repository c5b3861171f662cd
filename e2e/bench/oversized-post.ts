/**
 * A 20 MB POST, the way a client that ignores limits sends it: with its Content-Length, or
 * chunked with no length at all, so the server learns the size only by counting bytes. Sent
 * with node:http, not fetch, because the server answers 413 while the body is still going out
 * and fetch reports that as a failed upload; here the answer's status is seen as it arrives.
 */
import { request } from 'node:http';
import type { AttackOutcome } from './attack-outcome.ts';

const BODY_BYTES = 20_000_000;
/** What one write hands to the socket; backpressure decides when the next one goes. */
const SLICE_BYTES = 64 * 1024;
/** A request the server neither answers nor closes is counted as such, not waited for. */
const TIMEOUT_MS = 30_000;

export interface OversizedVariant {
  readonly kind: string;
  readonly path: string;
  readonly contentType: string;
  readonly body: Buffer;
  readonly chunked: boolean;
}

/** `head`, padded with `x` to 20 MB, then `tail`: a well-formed request that is just too big. */
function padded(head: string, tail: string): Buffer {
  const body = Buffer.alloc(BODY_BYTES, 'x');
  body.write(head, 0);
  body.write(tail, BODY_BYTES - Buffer.byteLength(tail));
  return body;
}

const GRAPHQL_BODY = padded('{"query":"{ __typename }","padding":"', '"}');
const FORM_BODY = padded('email=someone%40example.com&name=Someone&password=', '');

export const OVERSIZED_VARIANTS: readonly OversizedVariant[] = [
  [true, false],
  [true, true],
  [false, false],
  [false, true],
].map(([graphql, chunked]) => ({
  kind: `20 MB POST ${graphql ? '`/graphql`' : 'form `/signup`'}, ${chunked ? 'chunked' : 'Content-Length'}`,
  path: graphql ? '/graphql' : '/signup',
  contentType: graphql ? 'application/json' : 'application/x-www-form-urlencoded',
  body: graphql ? GRAPHQL_BODY : FORM_BODY,
  chunked: chunked === true,
}));

/**
 * Sends the body until the server answers or drops the connection; the outcome is the answer's
 * status, or the socket error (ECONNRESET, EPIPE) when no answer came first. The connection is
 * closed as soon as the outcome is known: the attacker has learnt all it will.
 */
export function postOversized(base: string, variant: OversizedVariant): Promise<AttackOutcome> {
  const start = performance.now();
  return new Promise((resolve) => {
    const req = request(new URL(variant.path, base), {
      method: 'POST',
      // A connection of its own, so the close after a 413 touches no other request.
      agent: false,
      headers: {
        'content-type': variant.contentType,
        ...(variant.chunked ? {} : { 'content-length': String(variant.body.length) }),
      },
    });
    let settled = false;
    const finish = (result: string) => {
      if (settled) return;
      settled = true;
      req.destroy();
      resolve({ kind: variant.kind, result, ms: performance.now() - start });
    };
    req.on('response', (res) => finish(`HTTP ${res.statusCode}`));
    req.on('error', (error: NodeJS.ErrnoException) => finish(error.code ?? error.message));
    req.setTimeout(TIMEOUT_MS, () => finish('no answer in 30 s'));
    let offset = 0;
    // One slice per turn of the event loop, so an answer that has arrived is read before the
    // next write (as curl does); writing on regardless would meet the server's close first and
    // report a broken pipe in place of the 413 that was sent.
    const write = () => {
      if (settled) return;
      if (offset >= variant.body.length) {
        req.end();
        return;
      }
      const slice = variant.body.subarray(offset, offset + SLICE_BYTES);
      offset += slice.length;
      if (req.write(slice)) setImmediate(write);
      else req.once('drain', write);
    };
    write();
  });
}
