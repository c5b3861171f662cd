import {
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import type { GraphQLField, GraphQLNamedType, GraphQLSchema } from 'graphql';
import type { SeededRandom } from '@kobling/domain';
import { hostileValue, plausibleValue } from './inputs.ts';
import type { EntityPool } from './pool.ts';
import { toLiteral } from './values.ts';

/*
 * Selection sets walked from the schema's output types: small ones for argument fuzzing, and
 * the deep, wide and abstract ones that aim at the depth, cost and alias limits and at the
 * resolvers of nested fields (which load with the viewer's rights on every path).
 */

export interface SelectionContext {
  readonly rng: SeededRandom;
  readonly schema: GraphQLSchema;
  readonly pool: EntityPool;
}

/** Inline arguments of a nested field: required ones always, optional ones now and then. */
function nestedArguments(ctx: SelectionContext, field: GraphQLField<unknown, unknown>): string {
  const { rng } = ctx;
  const valueCtx = { rng, pool: ctx.pool, fieldName: field.name };
  const parts = field.args
    .filter((a) => isNonNullType(a.type) || rng.chance(0.4))
    .map((a) => {
      const value = rng.chance(0.8)
        ? plausibleValue(valueCtx, a.type, a.name)
        : hostileValue(valueCtx, a.type, a.name);
      return `${a.name}: ${toLiteral(value)}`;
    });
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

function fieldSelection(
  ctx: SelectionContext,
  field: GraphQLField<unknown, unknown>,
  depth: number,
  width: number,
): string | null {
  const named = getNamedType(field.type);
  const args = nestedArguments(ctx, field);
  if (isLeafType(named)) return `${field.name}${args}`;
  if (depth <= 0) return null;
  return `${field.name}${args} { ${selectionFor(ctx, named, depth - 1, width)} }`;
}

/**
 * The inside of a selection set on `type`: up to `width` fields per level, `depth` more levels
 * of objects below this one. Abstract types get `__typename` and inline fragments; a union gets
 * every member, so a mutation result always shows which member it is.
 */
export function selectionFor(
  ctx: SelectionContext,
  type: GraphQLNamedType,
  depth: number,
  width: number,
): string {
  const { rng } = ctx;
  if (isObjectType(type)) {
    const fields = rng.shuffle(Object.values(type.getFields())).slice(0, width);
    const parts = fields
      .map((f) => fieldSelection(ctx, f, depth, width))
      .filter((p): p is string => p !== null);
    return parts.length > 0 ? parts.join(' ') : '__typename';
  }
  if (isAbstractType(type)) {
    const members = ctx.schema.getPossibleTypes(type);
    const chosen = isUnionType(type) ? members : rng.shuffle(members).slice(0, Math.max(1, width));
    const own = isInterfaceType(type)
      ? Object.values(type.getFields())
          .filter((f) => isLeafType(getNamedType(f.type)))
          .map((f) => f.name)
      : [];
    const fragments = chosen.map(
      (m) => `... on ${m.name} { ${selectionFor(ctx, m, depth, width)} }`,
    );
    return ['__typename', ...own, ...fragments].join(' ');
  }
  return '__typename';
}

/**
 * One chain of object fields `depth` levels down from `type` (with a leaf at each level), the
 * shape that trips the depth limit, or a resolver that recurses.
 */
export function deepSelection(
  ctx: SelectionContext,
  type: GraphQLNamedType,
  depth: number,
): string {
  const { rng } = ctx;
  if (isAbstractType(type)) {
    const member = rng.pick(ctx.schema.getPossibleTypes(type));
    return `__typename ... on ${member.name} { ${deepSelection(ctx, member, depth)} }`;
  }
  if (!isObjectType(type)) return '__typename';
  const fields = Object.values(type.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const leaf = leaves.length > 0 ? rng.pick(leaves).name : '__typename';
  const composite = fields.filter((f) => !isLeafType(getNamedType(f.type)));
  if (depth <= 0 || composite.length === 0) return leaf;
  // Prefer fields that lead somewhere deeper, so the chain does not end at a leaf-only type.
  const onward = composite.filter((f) => hasCompositeField(getNamedType(f.type)));
  const next = rng.pick(onward.length > 0 ? onward : composite);
  return `${leaf} ${next.name}${nestedArguments(ctx, next)} { ${deepSelection(ctx, getNamedType(next.type), depth - 1)} }`;
}

function hasCompositeField(type: GraphQLNamedType): boolean {
  if (isAbstractType(type)) return true;
  return (
    isObjectType(type) &&
    Object.values(type.getFields()).some((f) => !isLeafType(getNamedType(f.type)))
  );
}
