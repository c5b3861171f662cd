import { NodeStore } from '../node-store.ts';
import type { NodeRow } from '../model-types.ts';
import { defineQuery } from '../query.ts';
import type { QueryExecutor } from '../runner.ts';

export type MunicipalityRow = NodeRow<'Municipality'>;

const listCodes = defineQuery<{ inRegion: boolean[] }, { code: string }>(
  'municipality.listCodes',
  'read',
  `MATCH (m:Municipality) WHERE size($inRegion) = 0 OR m.inRegion IN $inRegion
RETURN m.code AS code ORDER BY code`,
);

export class MunicipalityRepository {
  readonly nodes = new NodeStore('Municipality');

  /** Municipalities are few (hundreds at most): listed whole, ordered by code. */
  async list(tx: QueryExecutor, filter: { inRegion?: boolean } = {}): Promise<MunicipalityRow[]> {
    const inRegion = filter.inRegion === undefined ? [] : [filter.inRegion];
    const codes = (await tx.run(listCodes, { inRegion })).map((r) => r.code);
    return (await this.nodes.getMany(tx, codes)).filter((m): m is MunicipalityRow => m !== null);
  }
}
