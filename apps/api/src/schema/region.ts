import type { KpiObservationRow } from '@kobling/graph';
import { builder } from '../builder.ts';
import { HelixEnum, ActorKindEnum } from './enums.ts';
import { loadAll } from './load.ts';
import { oncePerVersion } from './per-version.ts';
import { projectedNodes } from './projected-nodes.ts';
import { servedNodes } from './projected.ts';
import { MunicipalityRef } from './refs.ts';
import { REGION_GOALS, type ActorKind, type Helix } from '@kobling/domain';

interface ActorCount {
  kind: ActorKind;
  helix: Helix;
  count: number;
}

interface RegionCounts {
  actorCounts: ActorCount[];
  techCompanies: number;
  techEmployees: number;
}

/** Each figure is read when a query asks for it, once per projection version (per-version.ts). */
interface RegionShape {
  counts(): Promise<RegionCounts>;
  kpis(): Promise<KpiObservationRow[]>;
}

const ActorCountRef = builder.objectRef<ActorCount>('ActorCount').implement({
  fields: (t) => ({
    kind: t.field({ type: ActorKindEnum, resolve: (c) => c.kind }),
    helix: t.field({ type: HelixEnum, resolve: (c) => c.helix }),
    count: t.exposeInt('count'),
  }),
});

const KpiRef = builder.objectRef<KpiObservationRow>('KpiObservation').implement({
  description: 'A published figure for the region’s technology KPIs in one year',
  fields: (t) => ({
    year: t.exposeInt('year'),
    techCompanies: t.exposeInt('techCompanies', { nullable: true }),
    techEmployees: t.exposeInt('techEmployees', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    source: t.exposeString('source'),
    sourceRef: t.exposeString('sourceRef', { nullable: true }),
  }),
});

const GoalsRef = builder.objectRef<typeof REGION_GOALS>('RegionGoals').implement({
  description: 'The strategic business plan’s technology goals',
  fields: (t) => ({
    techCompanies: t.exposeInt('techCompanies'),
    techEmployees: t.exposeInt('techEmployees'),
    year: t.exposeInt('year'),
    sourceRef: t.exposeString('sourceRef'),
  }),
});

export const RegionRef = builder.objectRef<RegionShape>('Region').implement({
  description: 'Trondheimsregionen at a glance',
  fields: (t) => ({
    municipalities: t.field({
      type: [MunicipalityRef],
      description: 'In code order',
      resolve: async (_r, _args, ctx, info) => {
        const nodes = await projectedNodes(ctx);
        return servedNodes(
          info,
          nodes.municipalities,
          nodes.projection.regionMunicipalityCodes(),
          (codes) => loadAll(MunicipalityRef, ctx, codes),
          (row) => row.code,
        );
      },
    }),
    actorCounts: t.field({
      type: [ActorCountRef],
      description: 'Actors by kind and helix',
      resolve: async (r) => (await r.counts()).actorCounts,
    }),
    techCompanies: t.int({
      description: 'Actors counted as technology companies',
      resolve: async (r) => (await r.counts()).techCompanies,
    }),
    techEmployees: t.int({
      description: 'Their employees, where known',
      resolve: async (r) => (await r.counts()).techEmployees,
    }),
    kpis: t.field({
      type: [KpiRef],
      description: 'The published series, oldest first',
      resolve: (r) => r.kpis(),
    }),
    goals: t.field({ type: GoalsRef, resolve: () => REGION_GOALS }),
  }),
});

builder.queryFields((t) => ({
  region: t.field({
    type: RegionRef,
    resolve: (_root, _args, ctx) => {
      const tx = ctx.graph.runner;
      const readCounts = async (): Promise<RegionCounts> => {
        const rows = await ctx.graph.actors.regionCounts(tx);
        return {
          actorCounts: rows.map((c) => ({ kind: c.kind, helix: c.helix, count: c.actors })),
          techCompanies: rows.reduce((sum, c) => sum + c.techActors, 0),
          techEmployees: rows.reduce((sum, c) => sum + c.techEmployees, 0),
        };
      };
      return {
        counts: () => oncePerVersion(ctx, 'region.counts', readCounts),
        kpis: () => oncePerVersion(ctx, 'region.kpis', () => ctx.graph.kpis.series(tx)),
      };
    },
  }),
}));
