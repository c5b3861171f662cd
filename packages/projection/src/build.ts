import { existsSync } from 'node:fs';
import type { CypherRunner } from '@kobling/graph';
import { storeCreatedAt } from '@kobling/graph';
import { PROJECTION_TABLES } from '@kobling/graph/export';
import { BUILD_ORDER } from './base.ts';
import type { BuildProgress, SnapshotMeta } from './build-protocol.ts';
import { BuildWorkerClient } from './build-worker-client.ts';
import { EMPTY_OVERLAY } from './overlay.ts';
import { Projection } from './projection.ts';

export type { BuildProgress } from './build-protocol.ts';

/** The layout version of the Base a snapshot holds; a snapshot of another one is rebuilt. */
export const SNAPSHOT_FORMAT = 6;

export interface BuildOptions {
  readonly onProgress?: (progress: BuildProgress) => void;
  /** Where the snapshot of the built base is written (and read at the next start). */
  readonly snapshotPath?: string;
}

/**
 * Exports every projected table from the store in one read transaction and builds a projection
 * of it in a worker thread, so the server keeps answering meanwhile. Its `exportedAt` is taken
 * before the export: every change event from then on is applied after, which may re-apply one the
 * export already saw — harmless, since applying re-reads the entity.
 */
export async function buildProjection(
  runner: CypherRunner,
  options: BuildOptions = {},
): Promise<Projection> {
  const exportedAt = Date.now();
  const created = options.snapshotPath ? await storeCreatedAt(runner) : null;
  const worker = new BuildWorkerClient((table, rows) => options.onProgress?.({ table, rows }));
  try {
    const tables = BUILD_ORDER.map((name) => PROJECTION_TABLES[name]);
    await runner.exportTables(tables, {
      rows: (index, rows) => worker.rows(BUILD_ORDER[index]!, rows),
      csvFile: (index, path) => worker.file(BUILD_ORDER[index]!, path, tables[index]!.columns),
    });
    const meta: SnapshotMeta = {
      format: SNAPSHOT_FORMAT,
      engine: runner.engine,
      storeCreatedAt: created,
      exportedAt,
    };
    const base = await worker.finish(
      options.snapshotPath ? { path: options.snapshotPath, meta } : undefined,
    );
    return new Projection(base, EMPTY_OVERLAY, 1, exportedAt);
  } finally {
    await worker.close();
  }
}

/**
 * The projection of a snapshot written by an earlier build of this same store, or null when
 * there is none, it is of another layout or store, or it is older than `maxAgeMs` (the change
 * feed no longer holds every event since).
 */
export async function loadSnapshot(
  runner: CypherRunner,
  path: string,
  maxAgeMs: number,
): Promise<Projection | null> {
  if (!existsSync(path)) return null;
  const worker = new BuildWorkerClient();
  let loaded: Awaited<ReturnType<BuildWorkerClient['load']>>;
  try {
    loaded = await worker.load(path);
  } catch {
    // A damaged or unreadable snapshot is only a slower start.
    return null;
  } finally {
    await worker.close();
  }
  const { base, meta } = loaded;
  const usable =
    meta.format === SNAPSHOT_FORMAT &&
    meta.engine === runner.engine &&
    meta.storeCreatedAt === (await storeCreatedAt(runner)) &&
    Date.now() - meta.exportedAt < maxAgeMs;
  return usable ? new Projection(base, EMPTY_OVERLAY, 1, meta.exportedAt) : null;
}
