import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { visitorCache } from './visitor-cache.ts';

/** A site behind the cache over real HTTP: each render is counted and may be held. */
async function site(ttlMs: number) {
  let renders = 0;
  let arrived = 0;
  let gate: Promise<void> = Promise.resolve();
  const app = express();
  app.use((_req, _res, next) => {
    arrived += 1;
    next();
  });
  app.use(visitorCache(ttlMs));
  app.post('/form', (_req, res) => {
    res.status(303).setHeader('location', '/').end();
  });
  app.get('/{*path}', async (req, res) => {
    renders += 1;
    await gate;
    if (req.path === '/missing') return void res.status(404).end('not here');
    if (req.path === '/cookie') res.setHeader('set-cookie', 'lang=nb');
    res.type('text/html').end(`<p>${req.path} render ${renders}</p>`);
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    renders: () => renders,
    arrived: () => arrived,
    hold(): () => void {
      let release = () => {};
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
    get: async (path: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${base}${path}`, { headers });
      return { cache: response.headers.get('x-kobling-cache'), body: await response.text() };
    },
    post: (path: string) =>
      fetch(`${base}${path}`, { method: 'POST', body: 'a=1', redirect: 'manual' }),
  };
}

let open: Server | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

describe('visitorCache', () => {
  it("reuses a visitor's page for other visitors, keyed by URL, cookies and language", async () => {
    const s = await site(60_000);
    open = s.server;
    const first = await s.get('/');
    expect(first.cache).toBe('miss');
    expect(await s.get('/')).toEqual({ cache: 'hit', body: first.body });
    expect((await s.get('/', { 'accept-language': 'nb' })).cache).toBe('miss');
    expect((await s.get('/', { cookie: 'lang=en' })).cache).toBe('miss');
    expect((await s.get('/other')).cache).toBe('miss');
    expect(s.renders()).toBe(4);
  });

  it('never shares the page of a signed-in user', async () => {
    const s = await site(60_000);
    open = s.server;
    const signedIn = { cookie: 'lang=nb; kobling_session=abc' };
    expect((await s.get('/', signedIn)).cache).toBe('bypass');
    expect((await s.get('/', signedIn)).cache).toBe('bypass');
    expect(s.renders()).toBe(2);
  });

  it('keeps only 200 answers without Set-Cookie', async () => {
    const s = await site(60_000);
    open = s.server;
    for (const path of ['/missing', '/cookie']) {
      expect((await s.get(path)).cache).toBe('miss');
      expect((await s.get(path)).cache).toBe('miss');
    }
    expect(s.renders()).toBe(4);
  });

  it('is cleared by a form post through the site', async () => {
    const s = await site(60_000);
    open = s.server;
    await s.get('/');
    expect((await s.get('/')).cache).toBe('hit');
    const posted = await s.post('/form');
    expect(posted.headers.get('x-kobling-cache')).toBe('bypass');
    expect((await s.get('/')).cache).toBe('miss');
  });

  it('lets visitors who miss at the same moment share one render', async () => {
    const s = await site(60_000);
    open = s.server;
    const release = s.hold();
    const pages = [s.get('/'), s.get('/'), s.get('/')];
    // All three are in the cache (the middleware before it is synchronous) while the first
    // one's render is held.
    await expect.poll(() => s.arrived()).toBe(3);
    expect(s.renders()).toBe(1);
    release();
    const answers = await Promise.all(pages);
    expect(s.renders()).toBe(1);
    expect(answers.map((a) => a.cache).sort()).toEqual(['hit', 'hit', 'miss']);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });

  it('is off with a TTL of 0', async () => {
    const s = await site(0);
    open = s.server;
    expect((await s.get('/')).cache).toBe('bypass');
    expect((await s.get('/')).cache).toBe('bypass');
    expect(s.renders()).toBe(2);
  });
});
