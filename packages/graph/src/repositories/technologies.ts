import { nodeColumns } from '../model-queries.ts';
import { ascendingText, listPage } from '../list-page.ts';
import type { PagedQuery } from '../list-page.ts';
import type { NodeRow } from '../model-types.ts';
import { NodeStore } from '../node-store.ts';
import type { Page, PageRequest } from '../paging.ts';
import { defineQuery } from '../query.ts';
import { RelationshipStore } from '../relationship-store.ts';
import type { QueryExecutor } from '../runner.ts';

export type TechnologyRow = NodeRow<'Technology'>;
export type MilestoneRow = NodeRow<'Milestone'>;

export interface TechnologyFilter {
  stages?: readonly string[];
  trlMin?: number;
  trlMax?: number;
  origins?: readonly string[];
  text?: string;
}

type TechnologyFilterParams = {
  stages: string[];
  trlMin: number;
  trlMax: number;
  origins: string[];
  text: string;
};

const listTechnologies: PagedQuery<'Technology', TechnologyFilterParams, string> = defineQuery(
  'technology.list',
  'read',
  `MATCH (t:Technology)
WHERE (size($stages) = 0 OR t.stage IN $stages)
  AND t.trl >= $trlMin AND t.trl <= $trlMax
  AND ($text = '' OR toLower(t.title) CONTAINS $text)
  AND ${ascendingText('t.title', 't')}
WITH t WHERE (size($origins) = 0 OR EXISTS { MATCH (t)-[:ORIGINATED_AT]->(o:Actor) WHERE o.id IN $origins })
RETURN ${nodeColumns('Technology', 't')}, t.title AS sortKey
ORDER BY sortKey, id
LIMIT $limit`,
);

const stageCounts = defineQuery<Record<string, never>, { stage: string; technologies: number }>(
  'technology.stageCounts',
  'read',
  'MATCH (t:Technology) RETURN t.stage AS stage, count(t) AS technologies ORDER BY stage',
);

export class TechnologyRepository {
  readonly nodes = new NodeStore('Technology');
  readonly milestoneNodes = new NodeStore('Milestone');
  readonly milestones = new RelationshipStore('HAS_MILESTONE', 'Technology', 'Milestone');
  readonly topics = new RelationshipStore('HAS_TOPIC', 'Technology', 'Topic');
  readonly originatedAt = new RelationshipStore('ORIGINATED_AT', 'Technology', 'Actor');
  readonly commercialisedBy = new RelationshipStore('COMMERCIALISED_BY', 'Technology', 'Actor');
  readonly supportedBy = new RelationshipStore('SUPPORTED_BY', 'Technology', 'Actor');

  list(
    tx: QueryExecutor,
    filter: TechnologyFilter,
    page: PageRequest,
  ): Promise<Page<TechnologyRow>> {
    const params: TechnologyFilterParams = {
      stages: [...(filter.stages ?? [])],
      trlMin: filter.trlMin ?? 1,
      trlMax: filter.trlMax ?? 9,
      origins: [...(filter.origins ?? [])],
      text: (filter.text ?? '').trim().toLowerCase(),
    };
    return listPage(tx, listTechnologies, params, page, '');
  }

  /** The dated history of each technology, oldest first, in one round-trip per step. */
  async history(tx: QueryExecutor, technologyIds: readonly string[]): Promise<MilestoneRow[][]> {
    const links = await this.milestones.outgoing(tx, technologyIds);
    const rows = await this.milestoneNodes.getMany(
      tx,
      links.flat().map((l) => l.toKey),
    );
    const byId = new Map(rows.filter((r): r is MilestoneRow => r !== null).map((r) => [r.id, r]));
    return links.map((group) =>
      group
        .map((l) => byId.get(l.toKey))
        .filter((m): m is MilestoneRow => m !== undefined)
        .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id)),
    );
  }

  /** Adds a milestone and moves the technology to its stage and TRL (validated by the caller). */
  async addMilestone(
    tx: QueryExecutor,
    technologyId: string,
    milestone: MilestoneRow,
    now: number,
  ) {
    await this.nodes.require(tx, technologyId);
    await this.milestoneNodes.create(tx, milestone);
    await this.milestones.merge(tx, [{ fromKey: technologyId, toKey: milestone.id }]);
    const technology = await this.nodes.update(tx, technologyId, {
      stage: milestone.stage,
      trl: milestone.trl,
      updatedAt: now,
    });
    return technology;
  }

  stageCounts(tx: QueryExecutor) {
    return tx.run(stageCounts, {});
  }
}
