import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '@kobling/api';
import type { Api } from '@kobling/api';
import type { Graph } from '@kobling/graph';
import { openTestGraph } from '@kobling/graph/testing';
import { LiveProjection } from '@kobling/projection';
import { loadContextFor } from './load-context.ts';

const EMAIL = 'kari@example.test';
const VIEWER_EMAIL = '{ viewer { isSignedIn user { email } } }';

let graph: Graph;
let api: Api;
let server: Server;
let url: string;
let session: string;

/** What a site route would see: the context's viewer, and the API as it answers the route. */
async function seen(method: 'GET' | 'POST', cookie?: string) {
  const response = await fetch(url, {
    method,
    headers: cookie === undefined ? {} : { cookie },
  });
  return (await response.json()) as {
    viewer: { isSignedIn: boolean; user: { email: string; isAdmin: boolean } | null };
    fromApi: unknown;
    clientAddress: string;
  };
}

beforeAll(async () => {
  graph = await openTestGraph();
  const projection = LiveProjection.follow(graph, { pollMs: 0 });
  await projection.ready(120_000);
  api = createApi({ graph, projection });
  const signUp = await api.fetch(
    new Request('http://kobling.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: SignUpInput!) { signUp(input: $i) { __typename } }',
        variables: { i: { email: EMAIL, password: 'a-long-enough-password', name: 'Kari' } },
      }),
    }),
    {},
  );
  expect(signUp.status).toBe(200);
  // Sign-up mails a link and signs nobody in; an unconfirmed account may log in.
  const logIn = await api.fetch(
    new Request('http://kobling.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LogInInput!) { logIn(input: $i) { __typename } }',
        variables: { i: { email: EMAIL, password: 'a-long-enough-password' } },
      }),
    }),
    {},
  );
  session = (logIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  const loadContext = loadContextFor(api);
  const app = express();
  app.all('/{*path}', async (req, res) => {
    const context = await loadContext(req);
    // The site's API client forwards the browser's cookie with the CSRF header (api.server.ts).
    const headers = new Headers({ 'content-type': 'application/json', 'x-kobling-csrf': '1' });
    if (req.headers.cookie) headers.set('cookie', req.headers.cookie);
    const answer = await context.api.fetch(
      new Request(context.api.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: VIEWER_EMAIL }),
      }),
    );
    res.json({
      viewer: context.viewer,
      clientAddress: context.clientAddress,
      fromApi: ((await answer.json()) as { data: unknown }).data,
    });
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`;
});

afterAll(async () => {
  server?.close();
  await graph?.close();
});

describe('the load context', () => {
  it('carries the signed-in viewer, the same one the API sees, on pages and posts', async () => {
    expect(session).toMatch(/^kobling_session=/);
    for (const method of ['GET', 'POST'] as const) {
      const context = await seen(method, `lang=nb; ${session}`);
      expect(context.viewer).toMatchObject({
        isSignedIn: true,
        roles: ['USER'],
        user: { email: EMAIL, isAdmin: false },
      });
      expect(context.fromApi).toEqual({ viewer: { isSignedIn: true, user: { email: EMAIL } } });
      expect(context.clientAddress).toBe('127.0.0.1');
    }
  });

  it("carries a visitor's viewer without a session", async () => {
    for (const cookie of [undefined, 'lang=nb', 'kobling_session=forged.value']) {
      const context = await seen('GET', cookie);
      expect(context.viewer).toEqual({
        isSignedIn: false,
        roles: ['VISITOR'],
        user: null,
        actorIds: [],
      });
      expect(context.fromApi).toEqual({ viewer: { isSignedIn: false, user: null } });
    }
  });
});
