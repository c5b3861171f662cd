import type { GraphQLSchema } from 'graphql';
import { seededRandom } from '@kobling/domain';
import { DOCUMENT_STRATEGIES } from './document-strategies.ts';
import { ARGUMENT_TWISTS, fieldRequest } from './documents.ts';
import type { Operation } from './documents.ts';
import { envelope } from './envelope-strategies.ts';
import { takesId } from './inputs.ts';
import type { ArgMode } from './inputs.ts';
import { jsonPost } from './plan.ts';
import type { GeneratorContext, Plan, RootField } from './plan.ts';
import type { EntityPool } from './pool.ts';
import { SHAPE_STRATEGIES } from './shape-strategies.ts';

/*
 * The request stream of a run: which strategy, which caller, which root field. It depends only
 * on the seed, the schema and the pool, never on earlier answers, so request N of a seed is
 * always the same request.
 */

export type CallerRole = 'visitor' | 'user' | 'admin';
export type AuthStyle = 'bearer' | 'cookie';

export interface FuzzRequest extends Plan {
  /** 1-based position in the run: replay with the same seed and `--requests` ≥ index. */
  readonly index: number;
  readonly caller: CallerRole;
  /** How a signed-in caller proves it (a visitor sends neither). */
  readonly auth: AuthStyle;
}

type Strategy = (ctx: GeneratorContext) => Plan;

const rootName = (operation: Operation) => (operation === 'query' ? 'Query' : 'Mutation');

/** Every root field in turn (in a seeded order), so a run of a few hundred covers them all. */
function fieldStrategy(ctx: GeneratorContext): Strategy {
  const fields = ctx.rng.shuffle<[Operation, RootField]>([
    ...ctx.queryFields.map((f): [Operation, RootField] => ['query', f]),
    ...ctx.mutationFields.map((f): [Operation, RootField] => ['mutation', f]),
  ]);
  let turn = 0;
  return () => {
    const { rng } = ctx;
    const [operation, field] = fields[turn % fields.length] as [Operation, RootField];
    turn += 1;
    const mode = rng.weighted<ArgMode>([
      ['plausible', 3],
      ['one-bad', 4],
      ['chaos', 3],
    ]);
    const twist = rng.chance(0.2) ? rng.pick(ARGUMENT_TWISTS) : null;
    const body = fieldRequest(ctx, operation, field, {
      mode,
      useVariables: rng.chance(0.5),
      twist,
      depth: rng.int(0, 3),
      width: rng.int(1, 5),
    });
    return {
      strategy: `field/${mode}${twist ? `+${twist}` : ''}`,
      target: `${rootName(operation)}.${field.name}`,
      mutation: operation === 'mutation',
      http: jsonPost(body),
    };
  };
}

/** Fields that take an id, with every id bad: the relay decoding and the lookups behind it. */
function idStrategy(ctx: GeneratorContext): Strategy {
  const fields: [Operation, RootField][] = [
    ...ctx.queryFields.map((f): [Operation, RootField] => ['query', f]),
    ...ctx.mutationFields.map((f): [Operation, RootField] => ['mutation', f]),
  ].filter(([, f]) => f.args.some((a) => takesId(a.type)));
  return () => {
    const { rng } = ctx;
    const [operation, field] = rng.pick(fields);
    const body = fieldRequest(ctx, operation, field, {
      mode: 'bad-ids',
      useVariables: rng.chance(0.5),
      twist: null,
      depth: rng.int(0, 2),
      width: rng.int(1, 4),
    });
    return {
      strategy: 'field/bad-ids',
      target: `${rootName(operation)}.${field.name}`,
      mutation: operation === 'mutation',
      http: jsonPost(body),
    };
  };
}

/** Shares of the stream, in percent. */
const SHARES = { field: 55, ids: 10, shape: 15, document: 12, envelope: 8 } as const;

function scaled(
  strategies: readonly (readonly [Strategy, number])[],
  share: number,
): [Strategy, number][] {
  const total = strategies.reduce((sum, [, w]) => sum + w, 0);
  return strategies.map(([s, w]) => [s, (share * w) / total]);
}

export function rootFields(schema: GraphQLSchema): { query: RootField[]; mutation: RootField[] } {
  return {
    query: Object.values(schema.getQueryType()?.getFields() ?? {}),
    mutation: Object.values(schema.getMutationType()?.getFields() ?? {}),
  };
}

/** The names requests can target, `Query.actor` … `Mutation.updateMyPerson`. */
export function rootFieldNames(schema: GraphQLSchema): string[] {
  const { query, mutation } = rootFields(schema);
  return [...query.map((f) => `Query.${f.name}`), ...mutation.map((f) => `Mutation.${f.name}`)];
}

export function requestGenerator(
  schema: GraphQLSchema,
  pool: EntityPool,
  seed: number,
): () => FuzzRequest {
  const { query, mutation } = rootFields(schema);
  const ctx: GeneratorContext = {
    // The run's one random source: every choice draws from it, so a seed replays the same
    // requests and a finding is reproduced by its seed and request number.
    rng: seededRandom(seed),
    schema,
    pool,
    queryFields: query,
    mutationFields: mutation,
  };
  const strategies: [Strategy, number][] = [
    [fieldStrategy(ctx), SHARES.field],
    [idStrategy(ctx), SHARES.ids],
    ...scaled(SHAPE_STRATEGIES, SHARES.shape),
    ...scaled(DOCUMENT_STRATEGIES, SHARES.document),
    [envelope, SHARES.envelope],
  ];
  let index = 0;
  return () => {
    index += 1;
    const { rng } = ctx;
    const caller = rng.pick<CallerRole>(['visitor', 'user', 'admin']);
    const auth: AuthStyle = rng.chance(0.5) ? 'bearer' : 'cookie';
    return { index, caller, auth, ...rng.weighted(strategies)(ctx) };
  };
}
