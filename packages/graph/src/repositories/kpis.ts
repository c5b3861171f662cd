import type { NodeRow } from '../model-types.ts';
import { NodeStore } from '../node-store.ts';
import { defineQuery } from '../query.ts';
import type { QueryExecutor } from '../runner.ts';

export type KpiObservationRow = NodeRow<'KpiObservation'>;

const kpiIds = defineQuery<Record<string, never>, { id: string }>(
  'kpi.idsByYear',
  'read',
  'MATCH (k:KpiObservation) RETURN k.id AS id, k.year AS year ORDER BY year, id',
);

export class KpiRepository {
  readonly nodes = new NodeStore('KpiObservation');

  /** The published series, oldest year first. */
  async series(tx: QueryExecutor): Promise<KpiObservationRow[]> {
    const ids = (await tx.run(kpiIds, {})).map((r) => r.id);
    return (await this.nodes.getMany(tx, ids)).filter((k): k is KpiObservationRow => k !== null);
  }
}
