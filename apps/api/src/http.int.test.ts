import { openClosedTestGraph } from '@kobling/graph/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LiveProjection } from '@kobling/projection';
import { LoginRateLimiter } from './auth/rate-limit.ts';
import { MAIL_ON_ITS_WAY } from '@kobling/use-cases';
import { LIMITS } from './limits.ts';
import { TEST_PASSWORD, mutate, openTestApi } from './testing/fixture.ts';
import type { TestApi } from './testing/fixture.ts';
import { createApi } from './yoga.ts';

let t: TestApi;
let prod: TestApi;
beforeAll(async () => {
  t = await openTestApi({
    settings: {
      loginLimiter: new LoginRateLimiter({ perAccount: 3, perAddress: 6, windowMs: 60_000 }),
    },
  });
  prod = await openTestApi({
    graph: t.graph,
    settings: { production: true, sessionSecret: 'x'.repeat(40) },
  });
});
afterAll(async () => {
  await t.close();
});

const STACK = /\n\s+at |\.ts:\d+|\.js:\d+/;

async function raw(api: TestApi, init: RequestInit & { path?: string }) {
  const response = await api.api.fetch(`http://kobling.test${init.path ?? '/graphql'}`, init);
  const text = await response.text();
  expect(text).not.toMatch(STACK);
  return { status: response.status, text, headers: response.headers };
}

describe('malformed requests get clear errors and no stack traces', () => {
  it('bad JSON', async () => {
    const r = await raw(t, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ viewer',
    });
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/invalid JSON/i);
  });

  it('no query, an unknown operation, a syntax error, an unknown field', async () => {
    const cases: [unknown, RegExp][] = [
      [{}, /Must provide query string/],
      [
        { query: 'query A { viewer { roles } }', operationName: 'B' },
        /Could not determine what operation to execute|Unknown operation named "B"/,
      ],
      [{ query: '{ viewer { ' }, /Syntax Error/],
      [{ query: '{ viewer { nope } }' }, /Cannot query field \\"nope\\"/],
    ];
    for (const [body, message] of cases) {
      const r = await raw(t, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(r.status).toBeGreaterThanOrEqual(200);
      expect(r.text).toMatch(message);
    }
  });

  it('over the limits: depth, aliases, tokens, cost, body size', async () => {
    const deep = `{ topics { edges { node { broader { broader { broader { broader { broader { broader { broader { broader { name } } } } } } } } } } } }`;
    const aliases = `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: viewer { isSignedIn }`).join(' ')} }`;
    const tokens = `{ ${Array.from({ length: LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    const costly = `{ actors(first: 100) { edges { node { people { worksAt { people { worksAt { topics { topic { narrower { name slug nameNb } } } } } } } } } } }`;
    for (const [query, message] of [
      [deep, /depth limit of 10/i],
      [aliases, /Aliases limit of 15/i],
      [tokens, /Token limit of 2000/i],
      [costly, new RegExp(`Cost limit of ${LIMITS.maxCost}`, 'i')],
    ] as const) {
      const r = await raw(t, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(r.text).toMatch(message);
    }
    const big = await raw(t, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(LIMITS.maxBodyBytes + 1),
      },
      body: 'x'.repeat(LIMITS.maxBodyBytes + 1),
    });
    expect(big.status).toBe(413);
  });

  it('a chunked body (no Content-Length) over the limit is refused after the limit, not read whole', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(
      `{"query":"mutation { a: __typename }", "x":"${'y'.repeat(16_000)}`,
    );
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 20 MB on offer; the server must stop asking long before.
        if (sent >= 20_000_000) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const r = await raw(t, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(sent).toBeLessThan(LIMITS.maxBodyBytes + 5 * chunk.byteLength);
  });

  it('a malformed or wrong-type global id is a BAD_USER_INPUT error naming the id', async () => {
    const topic = Buffer.from('Topic:topic:ai').toString('base64');
    for (const [id, message] of [
      ['!!!', /Invalid global ID: !!!/],
      ['', /Invalid global ID/],
      [Buffer.from('nope').toString('base64'), /Invalid global ID/],
      [topic, /is not of type: Actor/],
    ] as const) {
      const { body } = await t.gql(
        'mutation($a: ID!, $c: ID!) { requestMembership(actorId: $a, clusterId: $c) { __typename } }',
        { a: id, c: Buffer.from('Cluster:cluster:tequity').toString('base64') },
      );
      expect(body.errors?.[0]?.message).toMatch(message);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const node = await t.gql('query($id: ID!) { node(id: $id) { id } }', { id: '!!!' });
    expect(node.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a body that is not valid UTF-8 is refused, not silently repaired', async () => {
    const json = Buffer.from('{"query":"mutation { logOut }","variables":{"x":"');
    const body = Buffer.concat([json, Buffer.from([0xc3, 0x28]), Buffer.from('"}}')]);
    const r = await raw(t, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).errors[0]).toMatchObject({
      message: 'Request body is not valid UTF-8',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('an id naming no Node type, or an object key, is BAD_USER_INPUT, not a schema error', async () => {
    for (const raw of ['Nope:1', 'person:x', '__proto__:x', 'constructor:prototype']) {
      const { body } = await t.gql('query($id: ID!) { node(id: $id) { id } }', {
        id: Buffer.from(raw).toString('base64'),
      });
      expect(body.errors?.[0]?.extensions?.code, raw).toBe('BAD_USER_INPUT');
    }
  });

  it('a document nested thousands deep is refused before the parser recurses into it', async () => {
    const query = `{ nodes(ids: ${'['.repeat(5_000)}"x"${']'.repeat(5_000)}) { id } }`;
    const r = await raw(t, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(JSON.parse(r.text).errors[0]).toMatchObject({
      message: 'Nesting limit of 64 exceeded, found 5002.',
      extensions: { code: 'QUERY_LIMIT_EXCEEDED' },
    });
  });

  it('a client mistake is answered with a code and not logged as a server error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const query of [
      `{ ${Array.from({ length: 17 }, (_, i) => `a${i}: viewer { isSignedIn }`).join(' ')} }`,
      'subscription S { viewer { isSignedIn } }',
      'query($n: Int!) { actors(first: $n) { totalCount } }',
      'query($id: ID!) { node(id: $id) { id } }',
      'query($f: ActorFilter) { actors(filter: $f) { totalCount } }',
    ]) {
      const { body } = await t.gql(query, { n: 'many', id: { value: 1 }, f: 7 });
      expect(body.errors?.[0]?.extensions?.code).toBeTypeOf('string');
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('aliases of __typename count against the alias limit', async () => {
    const query = `{ ${Array.from({ length: 600 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const r = await raw(t, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(r.text).toMatch(/Aliases limit of 15 exceeded, found 600/);
  });

  it('grants no cross-origin access: no CORS headers on a preflight or a request', async () => {
    const preflight = await raw(t, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:8080',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-kobling-csrf',
      },
    });
    const post = await raw(t, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:8080' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    for (const response of [preflight, post]) {
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('access-control-allow-headers')).toBeNull();
    }
  });

  it('an unexpected failure is masked and logged through console.warn', async () => {
    const api = createApi({ graph: await openClosedTestGraph() });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const response = await api.fetch('http://kobling.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ region { techCompanies } }' }),
    });
    const text = await response.text();
    expect(JSON.parse(text).errors[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(text).not.toMatch(STACK);
    expect(text).not.toMatch(/Query|ladybug|closed/i);
    expect(warn).toHaveBeenCalled();
  });
});

describe('readiness', () => {
  it('says ready once the graph projection is built', async () => {
    const ready = await raw(t, { method: 'GET', path: '/ready' });
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toMatchObject({ ready: true, projection: { state: 'ready' } });
  });

  it('says not ready, and matchmaking answers PROJECTION_NOT_READY, while there is no projection', async () => {
    // A projection that can never be built: its store is closed.
    const projection = LiveProjection.follow(await openClosedTestGraph(), { pollMs: 0 });
    const api = createApi({ graph: t.graph, projection });
    const ready = await api.fetch('http://kobling.test/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false });
    const response = await api.fetch('http://kobling.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ suggestForNeed(input: { text: "aquaculture" }) { suggestions { score } } }',
      }),
    });
    expect((await response.json()).errors[0]).toMatchObject({
      extensions: { code: 'PROJECTION_NOT_READY' },
    });
  });
});

describe('development and production', () => {
  it('GraphiQL outside production only; introspection in both', async () => {
    const dev = await raw(t, { method: 'GET', headers: { accept: 'text/html' } });
    expect(dev.text).toMatch(/graphiql/i);
    const p = await raw(prod, { method: 'GET', headers: { accept: 'text/html' } });
    expect(p.text).not.toMatch(/graphiql/i);
    const { body } = await prod.gql('{ __schema { queryType { name } } }');
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('field suggestions only outside production', async () => {
    const dev = await t.gql('{ viewr { roles } }');
    expect(dev.body.errors?.[0]?.message).toMatch(/Did you mean/);
    const p = await prod.gql('{ viewr { roles } }');
    expect(p.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

const SIGN_UP = { decl: '$i: SignUpInput!', call: 'input: $i' };

describe('accounts and sessions', () => {
  it('sign up mails instead of signing in; log in sets an httpOnly SameSite=Lax cookie (Secure in production) and returns a bearer token', async () => {
    const signUp = await t.api.fetch('http://kobling.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($i: SignUpInput!) { signUp(input: $i) { __typename ... on MutationSignUpSuccess { data { message } } } }',
        variables: { i: { email: 'Kari@Example.no', password: TEST_PASSWORD, name: 'Kari' } },
      }),
    });
    const accepted = (await signUp.json()) as {
      data: { signUp: { data: { message: string } } };
    };
    expect(accepted.data.signUp.data.message).toBe(MAIL_ON_ITS_WAY);
    expect(signUp.headers.get('set-cookie')).toBeNull();
    const response = await t.api.fetch('http://kobling.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($i: LogInInput!) { logIn(input: $i) { __typename ... on MutationLogInSuccess { data { token user { email } } } } }',
        variables: { i: { email: 'kari@example.no', password: TEST_PASSWORD } },
      }),
    });
    const body = (await response.json()) as {
      data: { logIn: { data: { token: string; user: { email: string } } } };
    };
    expect(body.data.logIn.data.user.email).toBe('kari@example.no');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^kobling_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const token = body.data.logIn.data.token;
    const me = await t.gql('{ viewer { isSignedIn user { email } } }', {}, { user: null, token });
    expect(me.body.data?.viewer).toEqual({ isSignedIn: true, user: { email: 'kari@example.no' } });

    const p = await prod.api.fetch('http://kobling.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LogInInput!) { logIn(input: $i) { __typename } }',
        variables: { i: { email: 'kari@example.no', password: TEST_PASSWORD } },
      }),
    });
    expect(p.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('sign up rejects a weak password, and answers a taken email as any other, creating nothing', async () => {
    const before = await t.graph.accounts.list(t.graph.runner, 1000);
    const weak = await mutate(
      t,
      'signUp',
      { ...SIGN_UP, variables: { i: { email: 'new@example.no', password: 'short', name: 'N' } } },
      'message',
    );
    expect(weak.typename).toBe('ValidationError');
    expect(weak.fields?.[0]?.path).toEqual(['input', 'password']);
    const taken = await mutate(
      t,
      'signUp',
      {
        ...SIGN_UP,
        variables: { i: { email: 'KARI@example.no', password: TEST_PASSWORD, name: 'K' } },
      },
      'message',
    );
    expect(taken.typename).toBe('MutationSignUpSuccess');
    expect((await t.graph.accounts.list(t.graph.runner, 1000)).length).toBe(before.length);
  });

  it('cookie sessions need the CSRF header; bearer tokens do not; log out ends the session everywhere', async () => {
    const login = await t.api.fetch('http://kobling.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.1' },
      body: JSON.stringify({
        query:
          'mutation($i: LogInInput!) { logIn(input: $i) { ... on MutationLogInSuccess { data { token } } } }',
        variables: { i: { email: 'kari@example.no', password: TEST_PASSWORD } },
      }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const token = ((await login.json()) as { data: { logIn: { data: { token: string } } } }).data
      .logIn.data.token;
    const withCookie = (extra: Record<string, string>) =>
      raw(t, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, ...extra },
        body: JSON.stringify({ query: '{ viewer { isSignedIn } }' }),
      });
    const forged = await withCookie({});
    expect(forged.status).toBe(403);
    expect(forged.text).toMatch(/x-kobling-csrf/);
    expect(
      JSON.parse((await withCookie({ 'x-kobling-csrf': '1' })).text).data.viewer.isSignedIn,
    ).toBe(true);
    expect(
      JSON.parse((await withCookie({ 'apollo-require-preflight': 'true' })).text).data.viewer
        .isSignedIn,
    ).toBe(true);
    const tampered = `${cookie.slice(0, -3)}abc`;
    const bad = await raw(t, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: tampered, 'x-kobling-csrf': '1' },
      body: JSON.stringify({ query: '{ viewer { isSignedIn } }' }),
    });
    expect(JSON.parse(bad.text).data.viewer.isSignedIn).toBe(false);

    const out = await t.gql('mutation { logOut }', {}, { user: null, token });
    expect(out.body.data).toEqual({ logOut: true });
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    const after = await t.gql('{ viewer { isSignedIn } }', {}, { user: null, token });
    expect(after.body.data?.viewer).toEqual({ isSignedIn: false });
    expect((await t.gql('mutation { logOut }')).body.data).toEqual({ logOut: false });
  });

  it('the same answer for an unknown account and a wrong password', async () => {
    const wrong = await t.gql(
      'mutation($i: LogInInput!) { logIn(input: $i) { __typename ... on Error { message } ... on ValidationError { fields { path message } } } }',
      { i: { email: 'kari@example.no', password: 'wrong password 123' } },
      undefined,
      { 'x-forwarded-for': '10.0.0.2' },
    );
    const unknown = await t.gql(
      'mutation($i: LogInInput!) { logIn(input: $i) { __typename ... on Error { message } ... on ValidationError { fields { path message } } } }',
      { i: { email: 'nobody@example.no', password: 'wrong password 123' } },
      undefined,
      { 'x-forwarded-for': '10.0.0.2' },
    );
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.data?.logIn).toMatchObject({
      __typename: 'ValidationError',
      message: 'Email or password is incorrect',
    });
  });

  it('login attempts are limited per account and per address', async () => {
    const attempt = (email: string, password: string, address: string) =>
      t.gql(
        'mutation($i: LogInInput!) { logIn(input: $i) { __typename ... on RateLimitedError { retryAfterSeconds } } }',
        { i: { email, password } },
        undefined,
        { 'x-forwarded-for': address },
      );
    const { user } = await t.makeUser();
    for (let i = 0; i < 3; i++)
      expect(
        (await attempt(user.email, 'wrong password 123', `10.1.0.${i}`)).body.data?.logIn,
      ).toMatchObject({ __typename: 'ValidationError' });
    // the account is locked now, even with the right password and from a new address
    const locked = await attempt(user.email, TEST_PASSWORD, '10.1.0.99');
    expect(locked.body.data?.logIn).toMatchObject({ __typename: 'RateLimitedError' });
    // one address trying many accounts
    for (let i = 0; i < 6; i++)
      await attempt(`someone${i}@example.no`, 'wrong password 123', '10.2.0.1');
    const fromAddress = await attempt('other@example.no', 'wrong password 123', '10.2.0.1');
    expect(fromAddress.body.data?.logIn).toMatchObject({ __typename: 'RateLimitedError' });
  });
});
