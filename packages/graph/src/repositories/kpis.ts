import { nodeColumns } from '../model-queries.ts';
import type { NodeRow } from '../model-types.ts';
import { NodeStore } from '../node-store.ts';
import { defineQuery } from '../query.ts';
import type { QueryExecutor } from '../runner.ts';

export type KpiObservationRow = NodeRow<'KpiObservation'>;

const kpiSeries = defineQuery<Record<string, never>, KpiObservationRow>(
  'kpi.series',
  'read',
  `MATCH (k:KpiObservation) RETURN ${nodeColumns('KpiObservation', 'k')} ORDER BY year, id`,
);

export class KpiRepository {
  readonly nodes = new NodeStore('KpiObservation');

  /** The published series, oldest year first. */
  series(tx: QueryExecutor): Promise<KpiObservationRow[]> {
    return tx.run(kpiSeries, {});
  }
}
