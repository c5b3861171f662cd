/**
 * A micro-cache of the pages visitors get (no session): what a caching reverse proxy would do in
 * front of the site. A visitor's page depends only on the URL, the cookies (the language) and
 * Accept-Language, which make the key; only 200 answers without Set-Cookie are kept. Any form
 * post through the site clears it; changes made through the API elsewhere show after at most the
 * TTL. Signed-in users always get a fresh page. Visitors who miss at the same moment share one
 * render (lru-cache's fetch). Every site answer says what happened in `x-kobling-cache`:
 * `hit`, `miss` (rendered now) or `bypass` (not cacheable: a session, a post, the cache off).
 */
import { sessionCookieIn } from '@kobling/api';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';

const MAX_PAGES = 500;
const HEADER = 'x-kobling-cache';

interface Page {
  readonly status: number;
  readonly headers: readonly (readonly [string, number | string | string[]])[];
  readonly body: Buffer;
}

/** The request that renders a page for everyone who asks for it meanwhile. */
interface Render {
  readonly res: Response;
  readonly next: NextFunction;
  /** Set once this request's own answer is the render (so it must not answer again). */
  rendered: boolean;
}

function keyOf(req: Request): string | null {
  if (req.method !== 'GET') return null;
  const cookie = req.headers.cookie ?? '';
  // A request without the API's session cookie comes from a visitor.
  if (sessionCookieIn(cookie) !== undefined) return null;
  const language = (req.headers['accept-language'] ?? '').slice(0, 100);
  return `${cookie}\n${language}\n${req.originalUrl}`;
}

/**
 * What the rest of the chain writes to `res`, kept as it goes out (React Router's Express handler
 * writes the page to `res` itself, so watching its writes is how the page is had); null when the
 * answer may not be shared (not a 200, sets a cookie, or the client went away before the end).
 */
function recordAnswer(res: Response): Promise<Page | null> {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string')
      chunks.push(
        Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
      );
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as Response['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as Response['end'];
  return new Promise((resolve) => {
    res.once('close', () => {
      const shareable =
        res.writableFinished && res.statusCode === 200 && res.getHeader('set-cookie') === undefined;
      if (!shareable) return resolve(null);
      resolve({
        status: res.statusCode,
        headers: Object.entries(res.getHeaders()).flatMap(([name, value]) =>
          value === undefined || name === HEADER ? [] : [[name, value] as const],
        ),
        body: Buffer.concat(chunks),
      });
    });
  });
}

function sendPage(res: Response, page: Page): void {
  res.status(page.status);
  for (const [name, value] of page.headers) res.setHeader(name, value);
  res.setHeader(HEADER, 'hit');
  res.end(page.body);
}

/** The cache as Express middleware in front of the site's request handler; ttlMs 0 = off. */
export function visitorCache(ttlMs: number): RequestHandler {
  const pages =
    ttlMs === 0
      ? null
      : new LRUCache<string, Page, Render>({
          max: MAX_PAGES,
          ttl: ttlMs,
          // The first visitor to miss renders through the rest of the chain; the page is kept
          // when that answer may be shared. A clear meanwhile (a form post) aborts the fetch,
          // so a page rendered before the post is not kept.
          fetchMethod: async (_key, _stale, { context }) => {
            context.rendered = true;
            context.res.setHeader(HEADER, 'miss');
            const answer = recordAnswer(context.res);
            context.next();
            return (await answer) ?? undefined;
          },
        });

  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // A post may change what visitors see: drop every page once its write is answered.
      res.once('finish', () => pages?.clear());
    }
    const key = pages === null ? null : keyOf(req);
    if (pages === null || key === null) {
      res.setHeader(HEADER, 'bypass');
      next();
      return;
    }
    const cached = pages.get(key);
    if (cached) {
      sendPage(res, cached);
      return;
    }
    const render: Render = { res, next, rendered: false };
    // Rejected when a form post cleared the cache during the render this request waited for.
    const page = await pages.fetch(key, { context: render }).catch(() => undefined);
    if (render.rendered) return;
    if (page) {
      sendPage(res, page);
      return;
    }
    // The render it waited for could not be shared: this visitor gets a page of its own.
    res.setHeader(HEADER, 'miss');
    next();
  };
}
