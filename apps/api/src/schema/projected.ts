import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/*
 * Serving a node from the graph projection instead of the store. The projection holds a few
 * fields of some node types (a topic's names, a cluster's name and slug, a project's title and
 * years); a query that asks for nothing else of such a node is answered from it, without loading
 * the row. A query that asks for one field more loads the row as before, so every field always
 * comes from a source that holds it.
 */

/** The selection sets under the current field, or under `path` below it (field names). */
function selectionsAt(info: GraphQLResolveInfo, path: readonly string[]): SelectionSetNode[] {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const fields = (set: SelectionSetNode): SelectionSetNode[] =>
      set.selections.flatMap((selection) => {
        if (selection.kind === 'Field')
          return selection.name.value === name && selection.selectionSet
            ? [selection.selectionSet]
            : [];
        if (selection.kind === 'InlineFragment') return fields(selection.selectionSet);
        const fragment = info.fragments[selection.name.value];
        return fragment ? fields(fragment.selectionSet) : [];
      });
    sets = sets.flatMap(fields);
  }
  return sets;
}

/**
 * True when every field selected under the current field (or under `path` below it) is in `held`,
 * through fragments. With `typeName`, fragments on other types are left out: they do not apply
 * to a node of this type.
 */
export function selectsOnly(
  info: GraphQLResolveInfo,
  held: ReadonlySet<string>,
  typeName?: string,
  path: readonly string[] = [],
): boolean {
  const applies = (condition: { name: { value: string } } | undefined): boolean =>
    typeName === undefined || condition === undefined || condition.name.value === typeName;
  const within = (set: SelectionSetNode): boolean =>
    set.selections.every((selection) => {
      switch (selection.kind) {
        case 'Field':
          return held.has(selection.name.value);
        case 'InlineFragment':
          return !applies(selection.typeCondition) || within(selection.selectionSet);
        case 'FragmentSpread': {
          const fragment = info.fragments[selection.name.value];
          if (fragment === undefined) return false;
          return !applies(fragment.typeCondition) || within(fragment.selectionSet);
        }
        default:
          return false;
      }
    });
  return selectionsAt(info, path).every(within);
}

/** How a node type is read from the projection: the GraphQL fields it answers and their values. */
export interface Projected<Row> {
  readonly held: ReadonlySet<string>;
  /** Made by projectedType, which checks the part's properties against Row. */
  part(id: string): object | null;
  /** Ties the type to its row type. */
  readonly row?: Row;
}

/**
 * A node type read from the projection: `properties` are row properties the projection holds
 * (each answers the GraphQL field of the same name), `byId` are further GraphQL fields resolved
 * from the id alone (`id`, relations loaded by id); `part` gives those properties of an id.
 */
export function projectedType<Row, K extends keyof Row & string>(
  properties: readonly K[],
  byId: readonly string[],
  part: (id: string) => Pick<Row, K> | null,
): Projected<Row> {
  return { held: new Set(['__typename', ...byId, ...properties]), part };
}

/**
 * The node for a field that returns an id: the projection's part of it when the query selects
 * only what that part holds, otherwise the id, which the node's DataLoader loads from the store.
 */
export function servedNode<Row>(
  info: GraphQLResolveInfo,
  projected: Projected<Row>,
  id: string,
): Row | string {
  if (!selectsOnly(info, projected.held)) return id;
  const part = projected.part(id);
  // Only fields in `held` are resolved on it (checked above), and it has each of them.
  return part === null ? id : (part as Row);
}

/**
 * The nodes for a list field of keys, in their order: parts where servedNode may serve them, the
 * rest loaded (and filtered by what the viewer may see) through `load` and matched by `keyOf`.
 */
export async function servedNodes<Row>(
  info: GraphQLResolveInfo,
  projected: Projected<Row>,
  ids: readonly string[],
  load: (ids: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): Promise<Row[]> {
  const served = ids.map((id) => servedNode(info, projected, id));
  const missing = served.filter((node): node is string => typeof node === 'string');
  const loaded = new Map(
    missing.length === 0 ? [] : (await load(missing)).map((row) => [keyOf(row), row]),
  );
  return served.flatMap((node) => {
    if (typeof node !== 'string') return [node];
    const row = loaded.get(node);
    return row ? [row] : [];
  });
}

/** The key of a row keyed by `id` (most are), for servedNodes. */
export const idOf = (row: { readonly id: string }): string => row.id;
