import type { CypherRunner } from '@kobling/graph';
import { PROJECTION_TABLES } from '@kobling/graph/export';
import { BUILD_ORDER, BaseBuilder } from './base.ts';
import type { Base } from './base.ts';
import { EMPTY_OVERLAY } from './overlay.ts';
import { Projection } from './projection.ts';

export interface BuildProgress {
  readonly table: string;
  readonly rows: number;
}

/**
 * Exports every projected table from the store in one read transaction and builds the base from
 * the rows as they stream in. `startedAt` is taken before the export: every change event from then
 * on is applied after, which may re-apply one the export already saw — harmless, since applying
 * re-reads the entity.
 */
export async function exportBase(
  runner: CypherRunner,
  onProgress?: (progress: BuildProgress) => void,
): Promise<{ base: Base; startedAt: number }> {
  const startedAt = Date.now();
  const builder = new BaseBuilder();
  const tables = BUILD_ORDER.map((name) => PROJECTION_TABLES[name]);
  const counts = new Array<number>(tables.length).fill(0);
  await runner.exportTables(tables, (index, rows) => {
    builder.add(BUILD_ORDER[index]!, rows);
    counts[index]! += rows.length;
    onProgress?.({ table: BUILD_ORDER[index]!, rows: counts[index]! });
  });
  return { base: builder.finish(), startedAt };
}

/** The first version of a projection of the store. */
export async function buildProjection(
  runner: CypherRunner,
  onProgress?: (progress: BuildProgress) => void,
): Promise<Projection> {
  const { base, startedAt } = await exportBase(runner, onProgress);
  return new Projection(base, EMPTY_OVERLAY, 1, startedAt);
}
