import {
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_VISIBILITIES,
  isOneOf,
} from '@kobling/domain';
import type {
  ActorRow,
  ClusterRow,
  MunicipalityRow,
  OpportunityRow,
  PersonRow,
  ProjectRow,
  TopicRow,
} from '@kobling/graph';
import type { Projection } from '@kobling/projection';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { projectionFor } from '../matchmaking/projection.ts';
import { projectedType, servedNode } from './projected.ts';
import type { Projected } from './projected.ts';

/** The node types a request may read from the projection version it reads (projected.ts). */
export interface ProjectedNodes {
  readonly projection: Projection;
  readonly actors: Projected<ActorRow>;
  readonly topics: Projected<TopicRow>;
  readonly clusters: Projected<ClusterRow>;
  readonly municipalities: Projected<MunicipalityRow>;
  readonly projects: Projected<ProjectRow>;
  /** Listed people only: the others load through the viewer's access rule. */
  readonly people: Projected<PersonRow>;
  /** Public opportunities only: the others load through the viewer's access rule. */
  readonly opportunities: Projected<OpportunityRow>;
}

/** One description per projection version: fields of every node of a page resolve through it. */
const byVersion = new WeakMap<Projection, ProjectedNodes>();

export async function projectedNodes(ctx: Context): Promise<ProjectedNodes> {
  const projection = await projectionFor(ctx);
  let nodes = byVersion.get(projection);
  if (!nodes) {
    nodes = describe(projection);
    byVersion.set(projection, nodes);
  }
  return nodes;
}

type NodeTypes = Omit<ProjectedNodes, 'projection'>;
type RowOf<K extends keyof NodeTypes> = NodeTypes[K] extends Projected<infer Row> ? Row : never;

/** A field that names one node of a projected type: servedNode on this request's version. */
export async function servedById<K extends keyof NodeTypes>(
  ctx: Context,
  info: GraphQLResolveInfo,
  type: K,
  id: string,
): Promise<RowOf<K> | string> {
  return servedNode(info, (await projectedNodes(ctx))[type] as Projected<RowOf<K>>, id);
}

function describe(projection: Projection): ProjectedNodes {
  return {
    projection,
    actors: projectedType<ActorRow, 'id' | 'kind' | 'helix' | 'name' | 'slug' | 'source'>(
      ['id', 'kind', 'helix', 'name', 'slug', 'source'],
      // Resolved from the actor's id alone (schema/actor.ts).
      [
        'topics',
        'municipality',
        'memberships',
        'partOf',
        'parts',
        'people',
        'projects',
        'opportunities',
        'technologies',
        'viewerCanEdit',
      ],
      (id) => projection.actor(id),
    ),
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
    projects: projectedType<ProjectRow, 'id' | 'title' | 'startYear' | 'endYear' | 'funder'>(
      ['id', 'title', 'startYear', 'endYear', 'funder'],
      [],
      (id) => projection.project(id),
    ),
    people: projectedType<PersonRow, 'id' | 'name' | 'listed'>(
      ['id', 'name', 'listed'],
      [],
      (id) => {
        const p = projection.person(id);
        return p?.listed ? { id, name: p.name, listed: true } : null;
      },
    ),
    opportunities: projectedType<
      OpportunityRow,
      'id' | 'kind' | 'title' | 'status' | 'visibility' | 'createdAt'
    >(['id', 'kind', 'title', 'status', 'visibility', 'createdAt'], [], (id) => {
      const o = projection.opportunity(id);
      const { kind, status, visibility } = o ?? { kind: null, status: null, visibility: null };
      return o !== null &&
        visibility === 'PUBLIC' &&
        isOneOf(OPPORTUNITY_KINDS, kind) &&
        isOneOf(OPPORTUNITY_STATUSES, status) &&
        isOneOf(OPPORTUNITY_VISIBILITIES, visibility)
        ? { id, kind, title: o.title, status, visibility, createdAt: o.createdAt }
        : null;
    }),
  };
}
