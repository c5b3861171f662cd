import { NodeStore } from '@kobling/graph';
import type { Graph, NodeLabel, UserRow } from '@kobling/graph';
import { isAbstractType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { gid } from '../testing/fixture.ts';

/*
 * Real entities of the seeded store that generated requests point at. Requests that only ever
 * carried garbage would stop at validation; real ids (of the right type and of the wrong one),
 * slugs, codes and emails get requests into the resolvers and the write transactions.
 */

export interface EntityPool {
  /** Global ids of existing nodes, by GraphQL type name. */
  readonly ids: ReadonlyMap<string, readonly string[]>;
  /** Store keys by type name, to forge global ids of the wrong type around a real key. */
  readonly keys: ReadonlyMap<string, readonly string[]>;
  readonly slugs: readonly string[];
  readonly municipalityCodes: readonly string[];
  readonly orgNumbers: readonly string[];
  /** Existing accounts (the callers'), so sign-up conflicts and log-in succeeds sometimes. */
  readonly emails: readonly string[];
}

const PER_TYPE = 40;

/** The types behind `Node`: each one is a store label of the same name (schema/refs.ts). */
export function nodeTypeNames(schema: GraphQLSchema): string[] {
  const node = schema.getType('Node');
  if (!node || !isAbstractType(node)) throw new Error('The schema has no Node interface');
  return schema
    .getPossibleTypes(node)
    .map((t) => t.name)
    .sort();
}

export async function loadPool(graph: Graph, schema: GraphQLSchema): Promise<EntityPool> {
  const ids = new Map<string, string[]>();
  const keys = new Map<string, string[]>();
  const slugs: string[] = [];
  const municipalityCodes: string[] = [];
  const orgNumbers: string[] = [];
  const emails: string[] = [];
  await graph.runner.read(async (tx) => {
    for (const type of nodeTypeNames(schema)) {
      const store = new NodeStore(type as NodeLabel);
      const typeKeys = await store.keysAfter(tx, '', PER_TYPE);
      keys.set(type, typeKeys);
      ids.set(
        type,
        typeKeys.map((k) => gid(type, k)),
      );
      for (const row of await store.getMany(tx, typeKeys)) {
        const r = (row ?? {}) as Record<string, unknown>;
        if (typeof r.slug === 'string') slugs.push(r.slug);
        if (typeof r.code === 'string') municipalityCodes.push(r.code);
        if (typeof r.orgNumber === 'string') orgNumbers.push(r.orgNumber);
        if (typeof r.email === 'string') emails.push(r.email);
      }
    }
  });
  return { ids, keys, slugs, municipalityCodes, orgNumbers, emails };
}

/** The pool with these accounts added (the callers are made after the pool is read). */
export function withUsers(pool: EntityPool, users: readonly UserRow[]): EntityPool {
  const add = (map: ReadonlyMap<string, readonly string[]>, values: string[]) =>
    new Map([...map, ['User', [...(map.get('User') ?? []), ...values]]]);
  return {
    ...pool,
    ids: add(
      pool.ids,
      users.map((u) => gid('User', u.id)),
    ),
    keys: add(
      pool.keys,
      users.map((u) => u.id),
    ),
    emails: [...pool.emails, ...users.map((u) => u.email)],
  };
}
