import type { NodeLabel, NodeRow } from './model-types.ts';
import type { NodeStore } from './node-store.ts';
import { pageParams, toPage } from './paging.ts';
import type { Page, PageRequest } from './paging.ts';
import type { CypherQuery, Params } from './query.ts';
import type { QueryExecutor } from './runner.ts';

export type PagedQuery<F extends Params, K extends string | number> = CypherQuery<
  F & { afterKey: K; afterId: string; limit: number },
  { id: string; sortKey: K }
>;

/** Runs a filtered page query (ids in order) and loads the rows in one more round-trip. */
export async function listPage<L extends NodeLabel, F extends Params, K extends string | number>(
  tx: QueryExecutor,
  store: NodeStore<L>,
  query: PagedQuery<F, K>,
  filters: F,
  page: PageRequest,
  start: K,
): Promise<Page<NodeRow<L>>> {
  const params = pageParams(page, start);
  const rows = await tx.run(query, { ...filters, ...params });
  const loaded = await store.getMany(
    tx,
    rows.slice(0, params.limit - 1).map((r) => r.id),
  );
  const items = loaded.filter((r): r is NodeRow<L> => r !== null);
  return toPage(rows, page, items);
}

/** Ascending order by a text key, then id. */
export const ascendingText = (sortExpression: string, variable: string): string =>
  `(${sortExpression} > $afterKey OR (${sortExpression} = $afterKey AND ${variable}.id > $afterId))`;

/** Descending order by a number key (newest first), then id. */
export const descendingNumber = (sortExpression: string, variable: string): string =>
  `(${sortExpression} < $afterKey OR (${sortExpression} = $afterKey AND ${variable}.id < $afterId))`;
