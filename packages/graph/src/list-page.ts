import type { NodeLabel, NodeRow } from './model-types.ts';
import { pageParams, toPage } from './paging.ts';
import type { Page, PageRequest } from './paging.ts';
import type { CypherQuery, Params } from './query.ts';
import type { QueryExecutor } from './runner.ts';

/** A filtered page query: the rows themselves (nodeColumns) and the sort key, in order. */
export type PagedQuery<
  L extends NodeLabel,
  F extends Params,
  K extends string | number,
> = CypherQuery<
  F & { afterKey: K; afterId: string; limit: number },
  NodeRow<L> & { id: string; sortKey: K }
>;

/** Runs a filtered page query: one round-trip for the page and its rows. */
export async function listPage<L extends NodeLabel, F extends Params, K extends string | number>(
  tx: QueryExecutor,
  query: PagedQuery<L, F, K>,
  filters: F,
  page: PageRequest,
  start: K,
): Promise<Page<NodeRow<L>>> {
  const params = pageParams(page, start);
  const rows = await tx.run(query, { ...filters, ...params });
  const items = rows.slice(0, params.limit - 1).map((r) => {
    const { sortKey: _sortKey, ...row } = r;
    // The row without its sort key: TypeScript cannot see that of a generic intersection.
    return row as unknown as NodeRow<L>;
  });
  return toPage(rows, page, items);
}

/** Ascending order by a text key, then id. */
export const ascendingText = (sortExpression: string, variable: string): string =>
  `(${sortExpression} > $afterKey OR (${sortExpression} = $afterKey AND ${variable}.id > $afterId))`;

/** Descending order by a number key (newest first), then id. */
export const descendingNumber = (sortExpression: string, variable: string): string =>
  `(${sortExpression} < $afterKey OR (${sortExpression} = $afterKey AND ${variable}.id < $afterId))`;
