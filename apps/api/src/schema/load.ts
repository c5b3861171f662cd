import type { Context } from '../context.ts';

/** Loads ids through a ref's per-request DataLoader and drops the ones the viewer may not see. */
export async function loadAll<T>(
  ref: {
    getDataloader: (ctx: Context) => {
      loadMany: (keys: readonly string[]) => Promise<(T | Error | null)[]>;
    };
  },
  ctx: Context,
  ids: readonly string[],
): Promise<T[]> {
  const rows = await ref.getDataloader(ctx).loadMany([...new Set(ids)]);
  const out: T[] = [];
  for (const row of rows) {
    if (row instanceof Error) throw row;
    if (row !== null && row !== undefined) out.push(row);
  }
  return out;
}

export async function loadOne<T>(
  ref: { getDataloader: (ctx: Context) => { load: (key: string) => Promise<T | null> } },
  ctx: Context,
  id: string | null | undefined,
): Promise<T | null> {
  if (!id) return null;
  return (await ref.getDataloader(ctx).load(id)) ?? null;
}
