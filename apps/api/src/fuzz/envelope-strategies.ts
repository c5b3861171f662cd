import { LIMITS } from '../limits.ts';
import { randomFieldBody } from './document-strategies.ts';
import { hostileString } from './hostile.ts';
import type { GeneratorContext, HttpPlan, Plan } from './plan.ts';

/*
 * The HTTP request around the document: bodies that are not JSON, JSON of the wrong shape,
 * other methods and content types, and bodies over the size limit with and without a declared
 * length. A mutation sent through any of these must either run normally or change nothing.
 */

const post = (
  body: string | Uint8Array | null,
  contentType: string | null = 'application/json',
): HttpPlan => ({
  method: 'POST',
  search: '',
  contentType,
  body,
  declareLength: true,
});

export function envelope(ctx: GeneratorContext): Plan {
  const { rng } = ctx;
  const base = randomFieldBody(ctx);
  const json = JSON.stringify(base.body);
  const { query } = base.body;
  const variants: [string, () => HttpPlan][] = [
    ['truncated-json', () => post(json.slice(0, rng.int(0, json.length - 1)))],
    [
      'query-not-string',
      () => post(JSON.stringify({ query: rng.pick<unknown>([5, null, true, [query], { query }]) })),
    ],
    [
      'variables-wrong-type',
      () =>
        post(
          JSON.stringify({
            query,
            variables: rng.pick<unknown>([
              'x',
              [1],
              5,
              true,
              JSON.stringify(base.body.variables ?? {}),
            ]),
          }),
        ),
    ],
    [
      'operation-name-wrong-type',
      () => post(JSON.stringify({ query, operationName: rng.pick<unknown>([5, {}, [], true]) })),
    ],
    [
      'extensions-wrong-type',
      () =>
        post(
          JSON.stringify({
            query,
            extensions: rng.pick<unknown>([
              'x',
              5,
              [],
              { persistedQuery: { version: 1, sha256Hash: 'x' } },
            ]),
          }),
        ),
    ],
    [
      'prototype-keys',
      () =>
        post(
          `{"query":${JSON.stringify(query)},"variables":{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}},"__proto__":{"x":1}}`,
        ),
    ],
    [
      'duplicate-keys',
      () => post(`{"query":"{ viewer { isSignedIn } }","query":${JSON.stringify(query)}}`),
    ],
    ['batch', () => post(JSON.stringify([base.body, base.body]))],
    ['empty-body', () => post(rng.pick(['', ' ', 'null', '{}', '[]', '""']))],
    ['text-plain', () => post(json, 'text/plain')],
    ['application-graphql', () => post(query, 'application/graphql')],
    [
      'form-urlencoded',
      () => post(new URLSearchParams({ query }).toString(), 'application/x-www-form-urlencoded'),
    ],
    [
      'multipart-junk',
      () =>
        post(
          `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${json}\r\n--x--`,
          rng.pick(['multipart/form-data; boundary=x', 'multipart/form-data']),
        ),
    ],
    ['no-content-type', () => post(json, null)],
    ['odd-charset', () => post(json, 'application/json; charset=utf-16')],
    [
      'not-utf8',
      () =>
        post(
          new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
        ),
    ],
    [
      'get',
      () => ({
        method: 'GET',
        search: `?${new URLSearchParams({ query, ...(base.body.variables ? { variables: JSON.stringify(base.body.variables) } : {}) })}`,
        contentType: null,
        body: null,
        declareLength: false,
      }),
    ],
    [
      'get-bad-variables',
      () => ({
        method: 'GET',
        search: `?${new URLSearchParams({ query, variables: hostileString(rng).slice(0, 500) })}`,
        contentType: null,
        body: null,
        declareLength: false,
      }),
    ],
    ['put', () => ({ ...post(json), method: 'PUT' })],
    [
      'over-limit',
      () => ({
        ...post(JSON.stringify({ ...base.body, padding: 'x'.repeat(LIMITS.maxBodyBytes) })),
        declareLength: rng.chance(0.5),
      }),
    ],
    [
      'at-limit',
      () => {
        const padding = Math.max(0, LIMITS.maxBodyBytes - json.length - 20);
        return post(JSON.stringify({ ...base.body, extensions: { padding: 'x'.repeat(padding) } }));
      },
    ],
    ['undeclared-length', () => ({ ...post(json), declareLength: false })],
  ];
  const [variant, build] = rng.pick(variants);
  return {
    strategy: 'envelope',
    target: `${variant} ${base.target}`,
    mutation: base.operation === 'mutation',
    http: build(),
  };
}
