import { getIntrospectionQuery, getNamedType, isLeafType, isNonNullType } from 'graphql';
import { hostileString } from './hostile.ts';
import { plausibleValue } from './inputs.ts';
import { jsonPost } from './plan.ts';
import type { GeneratorContext, Plan, RootField } from './plan.ts';
import { deepSelection, selectionFor } from './selection.ts';
import { toLiteral } from './values.ts';

/*
 * Selections shaped to hit the request limits (depth 10, 15 aliases, 10 directives, cost,
 * 2,000 tokens) from just below to well above, and the fragment and directive rules of
 * validation. Arguments are plausible, so whatever passes the limits really executes.
 */

/** `field(args)` with plausible inline arguments. */
export function plausibleCall(ctx: GeneratorContext, field: RootField): string {
  const valueCtx = { rng: ctx.rng, pool: ctx.pool, fieldName: field.name };
  const args = field.args
    .filter((a) => isNonNullType(a.type))
    .map((a) => `${a.name}: ${toLiteral(plausibleValue(valueCtx, a.type, a.name))}`);
  return args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name;
}

const compositeQueries = (ctx: GeneratorContext) =>
  ctx.queryFields.filter((f) => !isLeafType(getNamedType(f.type)));

function query(strategy: string, target: string, text: string): Plan {
  return {
    strategy: `selection/${strategy}`,
    target,
    mutation: false,
    http: jsonPost({ query: text }),
  };
}

function deep(ctx: GeneratorContext): Plan {
  const field = ctx.rng.pick(compositeQueries(ctx));
  const depth = ctx.rng.int(4, 16);
  const selection = deepSelection(ctx, getNamedType(field.type), depth);
  return query(
    'deep',
    `Query.${field.name} depth ${depth}`,
    `query Deep { ${plausibleCall(ctx, field)} { ${selection} } }`,
  );
}

function wide(ctx: GeneratorContext): Plan {
  const { rng } = ctx;
  const fields = rng.shuffle(compositeQueries(ctx)).slice(0, rng.int(1, 8));
  const width = rng.int(10, 60);
  const depth = rng.int(1, 4);
  const parts = fields.map(
    (f, i) =>
      `q${i}: ${plausibleCall(ctx, f)} { ${selectionFor(ctx, getNamedType(f.type), depth, width)} }`,
  );
  return query(
    'wide',
    `${fields.length} fields × ${width} wide × ${depth} deep`,
    `query Wide { ${parts.join(' ')} }`,
  );
}

function aliases(ctx: GeneratorContext): Plan {
  const { rng } = ctx;
  const count = rng.int(2, 40);
  const kind = rng.pick(['root', 'nested', 'typename', 'mutation'] as const);
  if (kind === 'mutation') {
    const field = rng.pick(ctx.mutationFields);
    const call = plausibleCall(ctx, field);
    const named = getNamedType(field.type);
    const selection = isLeafType(named) ? '' : ` { __typename }`;
    const parts = Array.from(
      { length: Math.min(count, 20) },
      (_, i) => `m${i}: ${call}${selection}`,
    );
    return {
      strategy: 'selection/aliases',
      target: `Mutation.${field.name} × ${parts.length}`,
      mutation: true,
      http: jsonPost({ query: `mutation Aliases { ${parts.join(' ')} }` }),
    };
  }
  if (kind === 'typename') {
    const parts = Array.from({ length: count }, (_, i) => `t${i}: __typename`);
    return query('aliases', `__typename × ${count}`, `query Aliases { ${parts.join(' ')} }`);
  }
  const field = rng.pick(compositeQueries(ctx));
  const inner = selectionFor(ctx, getNamedType(field.type), 1, 3);
  if (kind === 'root') {
    const parts = Array.from(
      { length: count },
      (_, i) => `a${i}: ${plausibleCall(ctx, field)} { ${inner} }`,
    );
    return query(
      'aliases',
      `Query.${field.name} × ${count}`,
      `query Aliases { ${parts.join(' ')} }`,
    );
  }
  const parts = Array.from({ length: count }, (_, i) => `a${i}: viewer { roles isSignedIn }`);
  return query(
    'aliases',
    `nested viewer × ${count}`,
    `query Aliases { ${plausibleCall(ctx, field)} { ${inner} } region { techCompanies } ${parts.join(' ')} }`,
  );
}

function fragments(ctx: GeneratorContext): Plan {
  const { rng } = ctx;
  const field = rng.pick(compositeQueries(ctx));
  const named = getNamedType(field.type);
  const call = plausibleCall(ctx, field);
  const other = rng.pick(['Cluster', 'Topic', 'Viewer', 'Region']);
  const variants: [string, () => string][] = [
    [
      'named',
      () =>
        `query F { ${call} { ...A } } fragment A on ${named.name} { ${selectionFor(ctx, named, 2, 4)} ...B } fragment B on ${named.name} { __typename }`,
    ],
    [
      'cycle',
      () =>
        `query F { ${call} { ...A } } fragment A on ${named.name} { ...B } fragment B on ${named.name} { ...A }`,
    ],
    [
      'self-cycle',
      () => `query F { ${call} { ...A } } fragment A on ${named.name} { __typename ...A }`,
    ],
    ['unknown', () => `query F { ${call} { ...Missing } }`],
    ['wrong-type', () => `query F { ${call} { ...A } } fragment A on ${other} { __typename }`],
    [
      'unused',
      () => `query F { ${call} { __typename } } fragment Unused on ${named.name} { __typename }`,
    ],
    ['unknown-type', () => `query F { ${call} { ... on Nope { id } } }`],
    ['on-scalar', () => `query F { ${call} { ...A } } fragment A on String { length }`],
    [
      'repeated-spread',
      () =>
        `query F { ${call} { ${'...A '.repeat(rng.int(10, 900))} } } fragment A on ${named.name} { __typename }`,
    ],
    [
      'duplicate-name',
      () =>
        `query F { ${call} { ...A } } fragment A on ${named.name} { __typename } fragment A on ${named.name} { __typename }`,
    ],
  ];
  const [variant, build] = rng.pick(variants);
  return query('fragments', `${variant} on Query.${field.name}`, build());
}

function directives(ctx: GeneratorContext): Plan {
  const { rng } = ctx;
  const variants: [string, () => string][] = [
    [
      'many',
      () => `query D { viewer ${'@include(if: true) '.repeat(rng.int(1, 25))}{ isSignedIn } }`,
    ],
    [
      'many-skip',
      () =>
        `query D { viewer { ${Array.from({ length: rng.int(5, 30) }, (_, i) => `a${i}: isSignedIn @skip(if: false)`).join(' ')} } }`,
    ],
    ['unknown', () => `query D { viewer @nope { isSignedIn } }`],
    [
      'wrong-argument',
      () => `query D { viewer @skip(if: ${JSON.stringify(hostileString(rng))}) { isSignedIn } }`,
    ],
    ['missing-argument', () => `query D { viewer @include { isSignedIn } }`],
    ['wrong-location', () => `query D @skip(if: true) { viewer @deprecated { isSignedIn } }`],
    ['variable', () => `query D($show: Boolean!) { viewer @include(if: $show) { isSignedIn } }`],
  ];
  const [variant, build] = rng.pick(variants);
  return query('directives', variant, build());
}

function introspection(ctx: GeneratorContext): Plan {
  const { rng } = ctx;
  const variants: [string, () => string][] = [
    [
      'full',
      () => getIntrospectionQuery({ descriptions: rng.chance(0.5), inputValueDeprecation: true }),
    ],
    [
      'type',
      () =>
        `query I { __type(name: ${JSON.stringify(rng.chance(0.5) ? 'Actor' : hostileString(rng))}) { name fields { name args { name } } } }`,
    ],
    [
      'of-type',
      () => {
        const n = rng.int(1, 30);
        return `query I { __schema { types { ${'ofType { '.repeat(n)}name ${'} '.repeat(n)}} } }`;
      },
    ],
    [
      'nested',
      () => {
        const n = rng.int(1, 6);
        return `query I { __schema { types { ${'fields { type { '.repeat(n)}name ${'} } '.repeat(n)}} } }`;
      },
    ],
  ];
  const [variant, build] = rng.pick(variants);
  return query('introspection', variant, build());
}

export const SHAPE_STRATEGIES: readonly (readonly [(ctx: GeneratorContext) => Plan, number])[] = [
  [deep, 3],
  [wide, 2],
  [aliases, 3],
  [fragments, 3],
  [directives, 2],
  [introspection, 1],
];
