import type { NodeRow } from '../model-types.ts';
import { NodeStore } from '../node-store.ts';
import { defineQuery } from '../query.ts';
import type { QueryExecutor } from '../runner.ts';

export type ImportJobRow = NodeRow<'ImportJob'>;

/** The value of `runningSlot` while a register import runs: unique, so one runs at a time. */
export const REGISTER_IMPORT_SLOT = 'register-import';

const newestIds = defineQuery<{ limit: number }, { id: string }>(
  'importJob.newest',
  'read',
  'MATCH (j:ImportJob) RETURN j.id AS id, j.startedAt AS startedAt ORDER BY startedAt DESC, id DESC LIMIT $limit',
);

/** Register imports and their progress, in the store so every API instance sees them. */
export class ImportJobRepository {
  readonly nodes = new NodeStore('ImportJob');

  async newest(tx: QueryExecutor, limit: number): Promise<ImportJobRow[]> {
    const ids = (await tx.run(newestIds, { limit })).map((r) => r.id);
    return (await this.nodes.getMany(tx, ids)).filter((j): j is ImportJobRow => j !== null);
  }

  /** The import holding the running slot, if any. */
  async running(tx: QueryExecutor): Promise<ImportJobRow | null> {
    const id = await this.nodes.findKey(tx, 'runningSlot', REGISTER_IMPORT_SLOT);
    return id === null ? null : this.nodes.get(tx, id);
  }
}
