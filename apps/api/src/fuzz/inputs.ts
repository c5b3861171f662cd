import { isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import type { GraphQLInputField, GraphQLInputType } from 'graphql';
import type { SeededRandom } from '@kobling/domain';
import { hostileId, hostileLeaf, hostileString } from './hostile.ts';
import { entityFor, plausibleLeaf } from './plausible.ts';
import type { EntityPool } from './pool.ts';
import { list, object, scalar } from './values.ts';
import type { FuzzValue } from './values.ts';

/*
 * Argument values for any input type of the schema, in four strengths: plausible (all valid
 * as far as the type and the name tell), one bad spot in an otherwise plausible value (reaches
 * the deepest check that catches it), chaos (many bad spots, structural mistakes included), and
 * plausible with every id bad (ids are decoded by the relay plugin before any resolver runs).
 */

export type ArgMode = 'plausible' | 'one-bad' | 'chaos' | 'bad-ids';

export interface ValueContext {
  readonly rng: SeededRandom;
  readonly pool: EntityPool;
  /** The root field the value is for: a bare `id` argument means its entity. */
  readonly fieldName: string;
}

const enumNames = (type: GraphQLInputType): string[] =>
  isEnumType(type) ? type.getValues().map((v) => v.name) : [];

function leafName(type: GraphQLInputType): string {
  return 'name' in type ? type.name : String(type);
}

export function plausibleValue(ctx: ValueContext, type: GraphQLInputType, name: string): FuzzValue {
  if (isNonNullType(type)) return plausibleValue(ctx, type.ofType, name);
  if (isListType(type)) {
    const length = ctx.rng.int(1, 3);
    return list(Array.from({ length }, () => plausibleValue(ctx, type.ofType, name)));
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) || ctx.rng.chance(0.5),
    );
    return object(fields.map((f) => [f.name, plausibleValue(ctx, f.type, f.name)] as const));
  }
  return plausibleLeaf(
    ctx.rng,
    leafName(type),
    enumNames(type),
    { argName: name, fieldName: ctx.fieldName },
    ctx.pool,
  );
}

/** A bad value for the type: null where non-null, wrong shapes, and hostile leaves. */
export function hostileValue(ctx: ValueContext, type: GraphQLInputType, name: string): FuzzValue {
  const { rng } = ctx;
  if (isNonNullType(type)) {
    return rng.chance(0.2) ? scalar(null) : hostileValue(ctx, type.ofType, name);
  }
  if (isListType(type)) {
    const item = type.ofType;
    return rng.pick<() => FuzzValue>([
      () => list([]),
      () => list([scalar(null)]),
      // One value where a list is expected: GraphQL coerces it to a list of one.
      () => hostileValue(ctx, item, name),
      () => list([list([plausibleValue(ctx, item, name)])]),
      () =>
        list(
          Array.from({ length: rng.pick([101, 1_000, 3_000]) }, () =>
            plausibleValue(ctx, item, name),
          ),
        ),
      () => list(Array.from({ length: rng.int(1, 4) }, () => hostileValue(ctx, item, name))),
    ])();
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const plausibleFields = () =>
      fields.map((f) => [f.name, plausibleValue(ctx, f.type, f.name)] as const);
    return rng.pick<() => FuzzValue>([
      () => object([]),
      () => object([...plausibleFields(), [rng.pick(['nope', 'id', '__proto__']), scalar(1)]]),
      () =>
        object(
          fields.map(
            (f) =>
              [
                f.name,
                isNonNullType(f.type) ? scalar(null) : plausibleValue(ctx, f.type, f.name),
              ] as const,
          ),
        ),
      () => object(fields.map((f) => [f.name, hostileValue(ctx, f.type, f.name)] as const)),
      () => scalar(hostileString(rng)),
      () => list([object(plausibleFields())]),
    ])();
  }
  return hostileLeaf(
    rng,
    leafName(type),
    enumNames(type),
    ctx.pool,
    entityFor(name, ctx.fieldName),
  );
}

/** A plausible value with exactly one bad spot, somewhere down the structure. */
function oneBadValue(ctx: ValueContext, type: GraphQLInputType, name: string): FuzzValue {
  const { rng } = ctx;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (rng.chance(0.3)) return hostileValue(ctx, type, name);
  if (isListType(inner)) {
    const items = Array.from({ length: rng.int(1, 3) }, () =>
      plausibleValue(ctx, inner.ofType, name),
    );
    items[rng.int(0, items.length - 1)] = oneBadValue(ctx, inner.ofType, name);
    return list(items);
  }
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const bad = rng.pick(fields);
    const kept = fields.filter((f) => f === bad || isNonNullType(f.type) || rng.chance(0.5));
    return object(
      kept.map(
        (f: GraphQLInputField) =>
          [
            f.name,
            f === bad ? oneBadValue(ctx, f.type, f.name) : plausibleValue(ctx, f.type, f.name),
          ] as const,
      ),
    );
  }
  return hostileValue(ctx, type, name);
}

/** Bad spots everywhere, at every level. */
function chaosValue(ctx: ValueContext, type: GraphQLInputType, name: string): FuzzValue {
  const { rng } = ctx;
  if (rng.chance(0.4)) return hostileValue(ctx, type, name);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return list(Array.from({ length: rng.int(0, 3) }, () => chaosValue(ctx, inner.ofType, name)));
  }
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter(() => rng.chance(0.7));
    return object(fields.map((f) => [f.name, chaosValue(ctx, f.type, f.name)] as const));
  }
  return plausibleValue(ctx, inner, name);
}

/** Plausible, except that every ID is malformed, dangling or of another type. */
function badIdsValue(ctx: ValueContext, type: GraphQLInputType, name: string): FuzzValue {
  if (isNonNullType(type)) return badIdsValue(ctx, type.ofType, name);
  if (isListType(type)) {
    return list(
      Array.from({ length: ctx.rng.int(1, 3) }, () => badIdsValue(ctx, type.ofType, name)),
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) || ctx.rng.chance(0.7),
    );
    return object(fields.map((f) => [f.name, badIdsValue(ctx, f.type, f.name)] as const));
  }
  return leafName(type) === 'ID'
    ? scalar(hostileId(ctx.rng, ctx.pool, entityFor(name, ctx.fieldName)))
    : plausibleValue(ctx, type, name);
}

/** Whether an id appears anywhere in values of the type. */
export function takesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  if (isNonNullType(type) || isListType(type)) return takesId(type.ofType, seen);
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return false;
    seen.add(type.name);
    return Object.values(type.getFields()).some((f) => takesId(f.type, seen));
  }
  return leafName(type) === 'ID';
}

export function valueFor(
  mode: ArgMode,
  ctx: ValueContext,
  type: GraphQLInputType,
  name: string,
): FuzzValue {
  if (mode === 'plausible') return plausibleValue(ctx, type, name);
  if (mode === 'one-bad') return oneBadValue(ctx, type, name);
  if (mode === 'bad-ids') return badIdsValue(ctx, type, name);
  return chaosValue(ctx, type, name);
}
