import { GraphQLString, getNamedType, isLeafType, isNonNullType } from 'graphql';
import type { GraphQLInputType } from 'graphql';
import { valueFor } from './inputs.ts';
import type { ArgMode } from './inputs.ts';
import type { RootField } from './plan.ts';
import { selectionFor } from './selection.ts';
import type { SelectionContext } from './selection.ts';
import { scalar, toJson, toLiteral } from './values.ts';
import type { FuzzValue } from './values.ts';

/*
 * A GraphQL request for one root field: its arguments (inline or as variables), a selection of
 * its result, and optionally one structural mistake in the arguments.
 */

export type Operation = 'query' | 'mutation';

export interface GraphqlBody {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
}

/** Mistakes in how arguments are passed, each caught by a different check. */
export const ARGUMENT_TWISTS = [
  'missing-required',
  'unknown-argument',
  'null-for-non-null',
  'duplicate-argument',
  'wrong-variable-type',
  'undeclared-variable',
  'missing-variable',
] as const;
export type ArgumentTwist = (typeof ARGUMENT_TWISTS)[number];

export interface FieldRequestOptions {
  readonly mode: ArgMode;
  readonly useVariables: boolean;
  readonly twist: ArgumentTwist | null;
  readonly depth: number;
  readonly width: number;
}

interface PlannedArgument {
  readonly name: string;
  readonly type: GraphQLInputType;
  /** What the variable is declared as; the argument's own type unless a twist says otherwise. */
  readonly declared: string;
  readonly value: FuzzValue;
  readonly duplicate?: boolean;
  readonly undeclared?: boolean;
  readonly unsent?: boolean;
}

function planArguments(ctx: SelectionContext, field: RootField, mode: ArgMode): PlannedArgument[] {
  const { rng } = ctx;
  const valueCtx = { rng, pool: ctx.pool, fieldName: field.name };
  // One bad argument among plausible ones; the other modes apply to every argument.
  const bad = mode === 'one-bad' && field.args.length > 0 ? rng.pick(field.args) : null;
  return field.args
    .filter((a) => a === bad || isNonNullType(a.type) || rng.chance(0.5))
    .map((a) => {
      const argMode: ArgMode = mode !== 'one-bad' ? mode : a === bad ? 'one-bad' : 'plausible';
      const value = valueFor(argMode, valueCtx, a.type, a.name);
      return { name: a.name, type: a.type, declared: String(a.type), value };
    });
}

function applyTwist(
  ctx: SelectionContext,
  field: RootField,
  args: PlannedArgument[],
  twist: ArgumentTwist,
): PlannedArgument[] {
  const { rng } = ctx;
  const required = args.filter((a) => isNonNullType(a.type));
  const target = args.length > 0 ? rng.pick(args) : null;
  const replace = (one: PlannedArgument, next: PlannedArgument) =>
    args.map((a) => (a === one ? next : a));
  switch (twist) {
    case 'missing-required': {
      const gone = required.length > 0 ? rng.pick(required) : target;
      return args.filter((a) => a !== gone);
    }
    case 'unknown-argument': {
      const known = new Set(field.args.map((a) => a.name));
      const name = ['id', 'first', 'input', 'nope', '__proto__', 'where'].find(
        (n) => !known.has(n),
      );
      return [
        ...args,
        { name: name ?? 'nope', type: GraphQLString, declared: 'String', value: scalar('x') },
      ];
    }
    case 'null-for-non-null': {
      const one = required.length > 0 ? rng.pick(required) : target;
      return one ? replace(one, { ...one, value: scalar(null) }) : args;
    }
    case 'duplicate-argument':
      return target ? [...args, { ...target, duplicate: true }] : args;
    case 'wrong-variable-type': {
      if (!target) return args;
      const wrong = rng.pick([
        'String',
        'Int!',
        'ID',
        '[String!]!',
        'Boolean',
        'Nope',
        'DateTime!',
      ]);
      return replace(target, { ...target, declared: wrong === target.declared ? 'Float' : wrong });
    }
    case 'undeclared-variable':
      return target ? replace(target, { ...target, undeclared: true }) : args;
    case 'missing-variable':
      return target
        ? replace(target, {
            ...target,
            declared: isNonNullType(target.type) ? String(target.type) : `${String(target.type)}!`,
            unsent: true,
          })
        : args;
  }
}

/** Builds `operation Name($v0: T, …) { alias: field(args) { selection } }` for one root field. */
export function fieldRequest(
  ctx: SelectionContext,
  operation: Operation,
  field: RootField,
  options: FieldRequestOptions,
): GraphqlBody {
  const { rng } = ctx;
  let args = planArguments(ctx, field, options.mode);
  if (options.twist) args = applyTwist(ctx, field, args, options.twist);
  // Twists that only exist with variables force them on.
  const variablesOnly =
    options.twist === 'wrong-variable-type' ||
    options.twist === 'undeclared-variable' ||
    options.twist === 'missing-variable';
  const useVariables = options.useVariables || variablesOnly;
  const declarations: string[] = [];
  const variables: Record<string, unknown> = {};
  const rendered = args.map((a, i) => {
    if (!useVariables || a.duplicate) return `${a.name}: ${toLiteral(a.value)}`;
    const name = `v${i}`;
    if (!a.undeclared) declarations.push(`$${name}: ${a.declared}`);
    if (!a.unsent) variables[name] = toJson(a.value);
    return `${a.name}: $${name}`;
  });
  const named = getNamedType(field.type);
  const selection = isLeafType(named)
    ? ''
    : ` { ${selectionFor(ctx, named, options.depth, options.width)} }`;
  const alias = rng.chance(0.3) ? 'result: ' : '';
  const operationName = `Fuzz${field.name[0]?.toUpperCase()}${field.name.slice(1)}`;
  const header = `${operation} ${operationName}${declarations.length > 0 ? `(${declarations.join(', ')})` : ''}`;
  const argsText = rendered.length > 0 ? `(${rendered.join(', ')})` : '';
  return {
    query: `${header} { ${alias}${field.name}${argsText}${selection} }`,
    ...(useVariables ? { variables } : {}),
    ...(rng.chance(0.5) ? { operationName } : {}),
  };
}
