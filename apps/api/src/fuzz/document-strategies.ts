import { fieldRequest } from './documents.ts';
import type { GraphqlBody, Operation } from './documents.ts';
import { hostileString } from './hostile.ts';
import type { ArgMode } from './inputs.ts';
import { jsonPost } from './plan.ts';
import type { GeneratorContext, HttpPlan, Plan } from './plan.ts';

/*
 * Documents that are broken as documents: syntax errors, duplicate or missing operation names,
 * and documents that are huge or nested deep enough to exhaust a recursive parser or validator.
 */

export interface FieldBody {
  readonly operation: Operation;
  readonly target: string;
  readonly body: GraphqlBody;
}

/** A request for a random root field, as raw material for breaking it in other ways. */
export function randomFieldBody(ctx: GeneratorContext, mode: ArgMode = 'plausible'): FieldBody {
  const { rng } = ctx;
  const operation: Operation = rng.chance(0.5) ? 'query' : 'mutation';
  const field = rng.pick(operation === 'query' ? ctx.queryFields : ctx.mutationFields);
  const body = fieldRequest(ctx, operation, field, {
    mode,
    useVariables: rng.chance(0.5),
    twist: null,
    depth: rng.int(0, 2),
    width: rng.int(1, 4),
  });
  return {
    operation,
    target: `${operation === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
    body,
  };
}

const PUNCTUATION = [...'{}()[]:$@!."#\\|&=,'];

function corrupt(ctx: GeneratorContext, text: string): [string, string] {
  const { rng } = ctx;
  const at = rng.int(0, Math.max(0, text.length - 1));
  const variants: [string, () => string][] = [
    ['truncated', () => text.slice(0, at)],
    ['deleted', () => text.slice(0, at) + text.slice(at + 1)],
    ['inserted', () => text.slice(0, at) + rng.pick(PUNCTUATION) + text.slice(at)],
    ['braces', () => text.replace('{', rng.pick(['(', '[', '<', '']))],
    ['unterminated-string', () => `${text.slice(0, at)}"abc${text.slice(at)}`],
    ['bad-escape', () => `${text.slice(0, at)} "\\x41 \\uD800 \\u{110000}" ${text.slice(at)}`],
    ['block-string', () => `${text.slice(0, at)}"""${text.slice(at)}`],
    [
      'control-character',
      () => text.slice(0, at) + rng.pick(['\u0000', '\u0007', '\u001b', '\ud800']) + text.slice(at),
    ],
    ['non-ascii-name', () => text.replace(/\{ (\w)/u, '{ vï$1')],
    ['bom', () => `\ufeff${text}`],
    ['trailing', () => `${text} ${rng.pick(['}}}', '{', 'query', '...', '$', '"'])}`],
    [
      'bad-number',
      () =>
        text.slice(0, at) +
        rng.pick([' 01 ', ' 1. ', ' 0x10 ', ' 1e ', ' -', ' .5 ']) +
        text.slice(at),
    ],
    ['empty', () => rng.pick(['', ' ', '\n', '#only a comment', '{}', 'query', 'query {}'])],
  ];
  const [variant, build] = rng.pick(variants);
  return [variant, build()];
}

function syntax(ctx: GeneratorContext): Plan {
  const base = randomFieldBody(ctx);
  const [variant, query] = corrupt(ctx, base.body.query);
  return {
    strategy: `document/syntax`,
    target: `${variant} ${base.target}`,
    mutation: base.operation === 'mutation',
    http: jsonPost({ ...base.body, query }),
  };
}

function operationNames(ctx: GeneratorContext): Plan {
  const { rng } = ctx;
  const a = '{ viewer { isSignedIn } }';
  const b = '{ region { techCompanies } }';
  const many = () =>
    Array.from({ length: rng.int(20, 200) }, (_, i) => `query Q${i} ${a}`).join(' ');
  const variants: [string, GraphqlBody, boolean][] = [
    ['duplicate', { query: `query A ${a} query A ${b}`, operationName: 'A' }, false],
    ['duplicate-unnamed-call', { query: `query A ${a} query A ${b}` }, false],
    [
      'duplicate-across-types',
      { query: `mutation A { logOut } query A ${a}`, operationName: 'A' },
      true,
    ],
    ['anonymous-and-named', { query: `${a} query B ${b}`, operationName: 'B' }, false],
    ['two-anonymous', { query: `${a} ${b}` }, false],
    ['no-operation-name', { query: `query A ${a} query B ${b}` }, false],
    [
      'unknown-operation-name',
      { query: `query A ${a}`, operationName: rng.pick(['B', '', ' ', hostileString(rng)]) },
      false,
    ],
    ['many-operations', { query: many(), operationName: 'Q1' }, false],
    ['subscription', { query: `subscription S ${a}` }, false],
    ['mutation-by-name', { query: `query A ${a} mutation B { logOut }`, operationName: 'B' }, true],
  ];
  const [variant, body, mutation] = rng.pick(variants);
  return { strategy: 'document/operation-names', target: variant, mutation, http: jsonPost(body) };
}

/** `open` n times, the middle, `close` n times: the nesting a recursive parser walks. */
const nested = (open: string, middle: string, close: string, n: number) =>
  `${open.repeat(n)}${middle}${close.repeat(n)}`;

function huge(ctx: GeneratorContext): Plan {
  const { rng } = ctx;
  const n = rng.pick([50, 500, 5_000, 20_000]);
  const variants: [string, () => HttpPlan][] = [
    [
      'token-flood',
      () =>
        jsonPost({ query: `query H { viewer { ${'isSignedIn '.repeat(rng.int(1_000, 6_000))}} }` }),
    ],
    [
      'long-string-literal',
      () =>
        jsonPost({
          query: `query H { search(query: ${JSON.stringify(hostileString(rng))}) { totalCount } actors(filter: { text: ${JSON.stringify(hostileString(rng))} }) { edges { cursor } } }`,
        }),
    ],
    [
      'comment-padding',
      () =>
        jsonPost({
          query: `#${'x'.repeat(rng.pick([50_000, 98_000, 120_000]))}\nquery H { viewer { isSignedIn } }`,
        }),
    ],
    [
      'comma-padding',
      () =>
        jsonPost({
          query: `query H { viewer { isSignedIn${','.repeat(rng.pick([50_000, 98_000]))} } }`,
        }),
    ],
    [
      'nested-list-literal',
      () => jsonPost({ query: `query H { nodes(ids: ${nested('[', '"x"', ']', n)}) { id } }` }),
    ],
    [
      'nested-object-literal',
      () =>
        jsonPost({
          query: `query H { actors(filter: ${nested('{text: ', '"x"', '}', n)}) { edges { cursor } } }`,
        }),
    ],
    [
      'nested-selection',
      () => jsonPost({ query: `query H { viewer ${nested('{ user ', 'id', '}', n)} }` }),
    ],
    [
      'nested-variable-json',
      () => ({
        method: 'POST',
        search: '',
        contentType: 'application/json',
        // Built by hand: JSON.stringify itself would overflow the stack on this nesting.
        body: `{"query":"query H($x: [ID!]!) { nodes(ids: $x) { id } }","variables":{"x":${nested('[', '"x"', ']', n)}}}`,
        declareLength: true,
      }),
    ],
    [
      'many-variables',
      () => {
        const count = rng.int(100, 2_000);
        const declarations = Array.from({ length: count }, (_, i) => `$v${i}: Int`).join(', ');
        return jsonPost({ query: `query H(${declarations}) { viewer { isSignedIn } }` });
      },
    ],
    [
      'many-arguments',
      () => {
        const args = Array.from({ length: rng.int(50, 1_500) }, (_, i) => `a${i}: 1`).join(', ');
        return jsonPost({ query: `query H { actors(${args}) { edges { cursor } } }` });
      },
    ],
  ];
  const [variant, build] = rng.pick(variants);
  return { strategy: 'document/huge', target: variant, mutation: false, http: build() };
}

export const DOCUMENT_STRATEGIES: readonly (readonly [(ctx: GeneratorContext) => Plan, number])[] =
  [
    [syntax, 4],
    [operationNames, 2],
    [huge, 3],
  ];
