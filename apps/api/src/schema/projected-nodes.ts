import type { ClusterRow, MunicipalityRow, ProjectRow, TopicRow } from '@kobling/graph';
import type { Projection } from '@kobling/projection';
import type { Context } from '../context.ts';
import { projectionFor } from '../matchmaking/projection.ts';
import { projectedType } from './projected.ts';
import type { Projected } from './projected.ts';

/** The node types a request may read from the projection version it reads (projected.ts). */
export interface ProjectedNodes {
  readonly projection: Projection;
  readonly topics: Projected<TopicRow>;
  readonly clusters: Projected<ClusterRow>;
  readonly municipalities: Projected<MunicipalityRow>;
  readonly projects: Projected<ProjectRow>;
}

export async function projectedNodes(ctx: Context): Promise<ProjectedNodes> {
  const projection = await projectionFor(ctx);
  return {
    projection,
    // Not synonyms: the projection keeps them sorted for matching, the row in the order given.
    topics: projectedType<TopicRow, 'id' | 'slug' | 'name' | 'nameNb' | 'actorCount'>(
      ['id', 'slug', 'name', 'nameNb', 'actorCount'],
      ['broader', 'narrower'],
      (id) => projection.topic(id),
    ),
    clusters: projectedType<ClusterRow, 'id' | 'slug' | 'name' | 'startYear' | 'endYear'>(
      ['id', 'slug', 'name', 'startYear', 'endYear'],
      [],
      (id) => projection.cluster(id),
    ),
    municipalities: projectedType<MunicipalityRow, 'code' | 'name' | 'inRegion'>(
      ['code', 'name', 'inRegion'],
      ['id'],
      (code) => projection.municipality(code),
    ),
    projects: projectedType<ProjectRow, 'id' | 'title' | 'startYear' | 'endYear'>(
      ['id', 'title', 'startYear', 'endYear'],
      [],
      (id) => projection.project(id),
    ),
  };
}
