import type { ActorRow } from '@kobling/graph';
import type { Suggestion } from '@kobling/matchmaking';
import {
  ERROR_CONFIDENCE,
  IMPACT_LABELS,
  NetworkAnalytics,
  WHERE,
  MAX_BUS_FACTOR,
  forEachTie,
  helixCode,
  isTied,
  helixName,
  tieImpact,
} from '@kobling/network-analytics';
import type {
  Alert,
  AsOf,
  EndBrokerage,
  HelixTrendPoint,
  ImpactLabel,
  ScopeAnalysis,
  ScopeImpact,
  TieVisibility,
} from '@kobling/network-analytics';
import type { Projection } from '@kobling/projection';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { NotFoundError, validationError } from '../errors.ts';
import { languageFor, textKey } from '../matchmaking/language.ts';
import { projectionFor } from '../matchmaking/projection.ts';
import { suggestionsFor } from '../network/gaps.ts';
import { dateSchema, dayOf, momentOf, trendYearsSchema, visibilityFor } from '../network/moment.ts';
import { z } from 'zod';
import { HelixEnum } from './enums.ts';
import { LanguageEnum } from './matchmaking.ts';
import { projectedNodes, servedById } from './projected-nodes.ts';
import { servedNode } from './projected.ts';
import { ActorRef, ClusterRef } from './refs.ts';
import { RegionRef } from './region.ts';

/*
 * Network analytics (issue 15): thin adapters over @kobling/network-analytics, which computes each
 * measure when a query first asks for it and keeps it with the projection version. Ties are the
 * public ones (co-participation in projects, by their years) for everyone but administrators,
 * who also see accepted introductions (network/moment.ts).
 */

builder.scalarType('Date', {
  description: 'A calendar day as ISO 8601 text, e.g. "2026-01-31"',
  serialize: (day) => day,
  parseValue: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
});

/** One network at one moment, as a query reads it. */
interface NetworkView {
  readonly projection: Projection;
  readonly scope: ScopeAnalysis;
  readonly asOf: AsOf;
  readonly visibility: TieVisibility;
}

interface MemberView {
  readonly view: NetworkView;
  readonly position: number;
}

const actorOf = async (ctx: Context, info: GraphQLResolveInfo, id: string) =>
  servedNode<ActorRow>(info, (await projectedNodes(ctx)).actors, id);

const idAt = (view: NetworkView, position: number) =>
  view.projection.actorIdAt(view.scope.network.keys[position]!);

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

const NetworkActorRef = builder.objectRef<MemberView>('NetworkActor').implement({
  description: 'An actor in a network with its position in it',
  fields: (t) => ({
    actor: t.field({
      type: ActorRef,
      resolve: (m, _args, ctx, info) => actorOf(ctx, info, idAt(m.view, m.position)),
    }),
    helix: t.field({
      type: HelixEnum,
      nullable: true,
      resolve: (m) => helixName(m.view.scope.network.helix[m.position]!),
    }),
    degree: t.int({
      description: 'Ties to others in this network',
      resolve: (m) =>
        m.view.scope.network.offsets[m.position + 1]! - m.view.scope.network.offsets[m.position]!,
    }),
    community: t.int({
      description: 'The Louvain community it belongs to (0 = the one holding the first actor)',
      resolve: (m) => m.view.scope.communities.labels[m.position]!,
    }),
    betweenness: t.float({
      description:
        'Share of shortest paths between other pairs through it, 0–1 (see NetworkBrokerage)',
      resolve: (m) => m.view.scope.betweenness.values[m.position]!,
    }),
    constraint: t.float({
      nullable: true,
      description:
        'Burt’s constraint: low = contacts that do not know each other; none without ties',
      resolve: (m) => finite(m.view.scope.holes.constraint[m.position]!),
    }),
    effectiveSize: t.float({
      description: 'Burt’s effective size: its non-redundant contacts',
      resolve: (m) => m.view.scope.holes.effectiveSize[m.position]!,
    }),
    isArticulationPoint: t.boolean({
      description: 'Its loss would split the network',
      resolve: (m) => m.view.scope.cuts.articulationPoints.includes(m.position),
    }),
  }),
});

const NetworkTieRef = builder
  .objectRef<{ view: NetworkView; a: number; b: number }>('NetworkTie')
  .implement({
    fields: (t) => ({
      a: t.field({
        type: ActorRef,
        resolve: (x, _args, ctx, info) => actorOf(ctx, info, idAt(x.view, x.a)),
      }),
      b: t.field({
        type: ActorRef,
        resolve: (x, _args, ctx, info) => actorOf(ctx, info, idAt(x.view, x.b)),
      }),
    }),
  });

const DegreeCountRef = builder
  .objectRef<{ degree: number; actors: number }>('DegreeCount')
  .implement({
    fields: (t) => ({ degree: t.exposeInt('degree'), actors: t.exposeInt('actors') }),
  });

const BrokerageMethodRef = builder.objectRef<ScopeAnalysis>('BetweennessMethod').implement({
  description:
    'How betweenness was computed: exactly (every actor a source), or from sampled sources with a bound on the error',
  fields: (t) => ({
    exact: t.boolean({ resolve: (s) => s.betweenness.exact }),
    sources: t.int({ resolve: (s) => s.betweenness.sources }),
    errorBound: t.float({
      description: 'Every value is within ± this of the exact one with the stated confidence',
      resolve: (s) => s.betweenness.errorBound,
    }),
    confidence: t.float({ resolve: () => ERROR_CONFIDENCE }),
  }),
});

const HelixBalanceRef = builder
  .objectRef<{ year: number; scope: ScopeAnalysis }>('HelixBalance')
  .implement({
    description:
      'Triple-helix balance: Krackhardt & Stern’s E-I index between helices and Leydesdorff’s T(UIG)',
    fields: (t) => ({
      year: t.exposeInt('year'),
      externalTies: t.int({ resolve: (b) => b.scope.ei.external }),
      internalTies: t.int({ resolve: (b) => b.scope.ei.internal }),
      eiIndex: t.float({
        nullable: true,
        description:
          '(E − I)/(E + I): +1 all ties across helices, −1 all within; none without ties',
        resolve: (b) => b.scope.ei.index,
      }),
      synergy: t.float({
        nullable: true,
        description:
          'T(UIG) in bits over the year’s co-participations: negative = synergy; none without projects',
        resolve: (b) => b.scope.tripleHelix,
      }),
      coParticipations: t.int({
        description: 'Projects running that year with a participant here',
        resolve: (b) => b.scope.cells.reduce((x, y) => x + y, 0),
      }),
    }),
  });

const GapSuggestionRef = builder.objectRef<Suggestion>('GapSuggestion').implement({
  description: 'A partner the matchmaking suggests to close a gap (see suggestPartners)',
  fields: (t) => ({
    actor: t.field({
      type: ActorRef,
      resolve: (s, _args, ctx, info) => actorOf(ctx, info, s.id),
    }),
    score: t.float({ resolve: (s) => s.score }),
  }),
});

const AlertCodeEnum = builder.enumType('NetworkAlertCode', {
  values: ['SOLE_BROKER', 'NO_TIES', 'MISSING_HELIX', 'TOPIC_WITHOUT_RND'] as const,
});

export const NetworkAlertRef = builder
  .objectRef<{ alert: Alert; view: NetworkView; language: 'en' | 'nb' }>('NetworkAlert')
  .implement({
    description: 'A gap in a cluster’s network and the suggestions that would close it',
    fields: (t) => ({
      code: t.field({ type: AlertCodeEnum, resolve: (a) => a.alert.code }),
      text: t.string({ resolve: (a) => a.alert.text[a.language] }),
      actors: t.field({
        type: [ActorRef],
        resolve: (a, _args, ctx, info) =>
          Promise.all(
            a.alert.actorKeys.map((k) => actorOf(ctx, info, a.view.projection.actorIdAt(k))),
          ),
      }),
      helix: t.field({ type: HelixEnum, nullable: true, resolve: (a) => a.alert.helix }),
      topicIds: t.idList({
        description: 'Topic ids it is about',
        resolve: (a) => [...a.alert.topicIds],
      }),
      suggestions: t.field({
        type: [GapSuggestionRef],
        resolve: (a) => [...suggestionsFor(a.view.projection, a.alert)],
      }),
    }),
  });

/** The most members (and the ties among them) one request may list: a picture's worth. */
export const MAX_LISTED_ACTORS = 2000;
const LISTED_BY_DEFAULT = 200;

/** `first` of a listing: LISTED_BY_DEFAULT unless asked, at most MAX_LISTED_ACTORS. */
const LISTED = {
  defaultValue: LISTED_BY_DEFAULT,
  validate: z.number().int().min(1).max(MAX_LISTED_ACTORS),
};

const NetworkRef = builder.objectRef<NetworkView>('Network').implement({
  description:
    'Network measures of a cluster or the region at one moment (docs/network-analytics.md)',
  fields: (t) => ({
    asOf: t.field({ type: 'Date', resolve: (v) => dayOf(v.asOf) }),
    includesPrivateTies: t.boolean({
      description: 'Accepted introductions count too (administrators only)',
      resolve: (v) => v.visibility === 'ALL',
    }),
    actors: t.int({ resolve: (v) => v.scope.structure.actors }),
    ties: t.int({ resolve: (v) => v.scope.structure.ties }),
    density: t.float({
      nullable: true,
      description: 'Ties present over ties possible',
      resolve: (v) => v.scope.structure.density,
    }),
    components: t.int({ resolve: (v) => v.scope.structure.components }),
    largestComponent: t.int({ resolve: (v) => v.scope.structure.largestComponent }),
    isolated: t.int({
      description: 'Actors without a tie',
      resolve: (v) => v.scope.structure.isolated,
    }),
    meanDegree: t.float({ resolve: (v) => v.scope.structure.meanDegree }),
    degreeDistribution: t.field({
      type: [DegreeCountRef],
      resolve: (v) => [...v.scope.structure.degreeDistribution],
    }),
    communityCount: t.int({
      description: 'Louvain communities (Blondel et al. 2008)',
      resolve: (v) => v.scope.communities.count,
    }),
    modularity: t.float({
      nullable: true,
      description: 'Newman’s modularity of the communities; none without ties',
      resolve: (v) => v.scope.communities.modularity,
    }),
    communitySizes: t.intList({
      description: 'Actors per community, by community number',
      resolve: (v) => {
        const sizes = new Array<number>(v.scope.communities.count).fill(0);
        for (const c of v.scope.communities.labels) sizes[c]! += 1;
        return sizes;
      },
    }),
    brokers: t.field({
      type: [NetworkActorRef],
      description: 'The strongest brokers: by betweenness, then lowest constraint',
      args: { first: t.arg.int({ defaultValue: 5, validate: z.number().int().min(1).max(50) }) },
      resolve: (v, args) =>
        v.scope.brokers(args.first ?? 5).map((position) => ({ view: v, position })),
    }),
    betweennessMethod: t.field({ type: BrokerageMethodRef, resolve: (v) => v.scope }),
    members: t.field({
      type: [NetworkActorRef],
      description: 'Actors with their measures, strongest broker first (those without ties last)',
      args: { first: t.arg.int(LISTED) },
      resolve: (v, args) =>
        Array.from(v.scope.ranking.subarray(0, args.first ?? LISTED_BY_DEFAULT), (position) => ({
          view: v,
          position,
        })),
    }),
    tieList: t.field({
      type: [NetworkTieRef],
      description: 'The ties among the first `first` members (as `members` lists them)',
      args: { first: t.arg.int(LISTED) },
      resolve: (v, args) => {
        const shown = new Uint8Array(v.scope.network.keys.length);
        for (const p of v.scope.ranking.subarray(0, args.first ?? LISTED_BY_DEFAULT)) shown[p] = 1;
        const out: { view: NetworkView; a: number; b: number }[] = [];
        forEachTie(v.scope.network, (a, b) => {
          if (shown[a] === 1 && shown[b] === 1) out.push({ view: v, a, b });
        });
        return out;
      },
    }),
    articulationPointCount: t.int({
      resolve: (v) => v.scope.cuts.articulationPoints.length,
    }),
    articulationPoints: t.field({
      type: [NetworkActorRef],
      description: 'Actors whose loss would split the network (the first `first` by position)',
      args: { first: t.arg.int(LISTED) },
      resolve: (v, args) =>
        v.scope.cuts.articulationPoints
          .slice(0, args.first ?? LISTED_BY_DEFAULT)
          .map((position) => ({ view: v, position })),
    }),
    bridgeCount: t.int({ resolve: (v) => v.scope.cuts.bridges.length }),
    bridges: t.field({
      type: [NetworkTieRef],
      description: 'Ties whose loss would split the network (the first `first`)',
      args: { first: t.arg.int(LISTED) },
      resolve: (v, args) =>
        v.scope.cuts.bridges
          .slice(0, args.first ?? LISTED_BY_DEFAULT)
          .map(([a, b]) => ({ view: v, a, b })),
    }),
    crossHelixTies: t.int({ resolve: (v) => v.scope.busFactor.crossHelixTies }),
    busFactor: t.int({
      nullable: true,
      description: `The fewest actors whose loss removes every cross-helix tie; none past ${MAX_BUS_FACTOR}`,
      resolve: (v) => v.scope.busFactor.size,
    }),
    soleHolders: t.field({
      type: [NetworkActorRef],
      description: 'Actors each of whom alone holds every cross-helix tie',
      resolve: (v) => v.scope.busFactor.soleHolders.map((position) => ({ view: v, position })),
    }),
    balance: t.field({
      type: HelixBalanceRef,
      resolve: (v) => ({ year: v.asOf.year, scope: v.scope }),
    }),
  }),
});

const LabelCodeEnum = builder.enumType('TieImpactLabelCode', { values: IMPACT_LABELS });

const ImpactLabelRef = builder
  .objectRef<{ label: ImpactLabel; language: 'en' | 'nb' }>('TieImpactLabel')
  .implement({
    fields: (t) => ({
      code: t.field({ type: LabelCodeEnum, resolve: (l) => l.label.code }),
      helices: t.field({ type: [HelixEnum], resolve: (l) => [...l.label.helices] }),
      text: t.string({ resolve: (l) => l.label.text[l.language] }),
    }),
  });

const EndBrokerageRef = builder
  .objectRef<{ end: EndBrokerage; projection: Projection }>('TieEndBrokerage')
  .implement({
    description: 'Burt’s constraint and effective size of one end, without and with the tie',
    fields: (t) => ({
      actor: t.field({
        type: ActorRef,
        resolve: (e, _args, ctx, info) => actorOf(ctx, info, e.projection.actorIdAt(e.end.key)),
      }),
      constraintBefore: t.float({ nullable: true, resolve: (e) => e.end.constraintBefore }),
      constraintAfter: t.float({ resolve: (e) => e.end.constraintAfter }),
      effectiveSizeBefore: t.float({ nullable: true, resolve: (e) => e.end.effectiveSizeBefore }),
      effectiveSizeAfter: t.float({ resolve: (e) => e.end.effectiveSizeAfter }),
    }),
  });

interface ImpactView {
  readonly impact: ScopeImpact;
  readonly projection: Projection;
  readonly language: 'en' | 'nb';
  /** The cluster it is about; null for the region. */
  readonly clusterId: string | null;
}

const ScopeImpactRef = builder.objectRef<ImpactView>('NetworkTieImpact').implement({
  description: 'What a proposed tie would change in one network (a cluster or the region)',
  fields: (t) => ({
    cluster: t.field({
      type: ClusterRef,
      nullable: true,
      // Its name and slug come from the projection: a match card's what-if costs no round-trip.
      resolve: (i, _args, ctx, info) =>
        i.clusterId === null ? null : servedById(ctx, info, 'clusters', i.clusterId),
    }),
    eiBefore: t.float({ nullable: true, resolve: (i) => i.impact.ei.before.index }),
    eiAfter: t.float({ nullable: true, resolve: (i) => i.impact.ei.after.index }),
    synergyBefore: t.float({ nullable: true, resolve: (i) => i.impact.tripleHelix.before }),
    synergyAfter: t.float({ nullable: true, resolve: (i) => i.impact.tripleHelix.after }),
    componentsBefore: t.int({ resolve: (i) => i.impact.components.before }),
    componentsAfter: t.int({ resolve: (i) => i.impact.components.after }),
    brokerage: t.field({
      type: [EndBrokerageRef],
      resolve: (i) => i.impact.brokerage.map((end) => ({ end, projection: i.projection })),
    }),
    labels: t.field({
      type: [ImpactLabelRef],
      resolve: (i) => i.impact.labels.map((label) => ({ label, language: i.language })),
    }),
  }),
});

export const TieImpactRef = builder
  .objectRef<{ alreadyTied: boolean; region: ImpactView; clusters: ImpactView[] }>('TieImpact')
  .implement({
    description:
      'What a tie between two actors would change: in the region and in each cluster either is a member of',
    fields: (t) => ({
      alreadyTied: t.exposeBoolean('alreadyTied'),
      region: t.field({ type: ScopeImpactRef, resolve: (x) => x.region }),
      clusters: t.field({ type: [ScopeImpactRef], resolve: (x) => x.clusters }),
      labels: t.field({
        type: [ImpactLabelRef],
        description: 'Every label of the clusters, then the region’s, for a match card',
        resolve: (x) =>
          [...x.clusters, x.region].flatMap((i) =>
            i.impact.labels.map((label) => ({ label, language: i.language })),
          ),
      }),
    }),
  });

builder.objectFields(ClusterRef, (t) => ({
  network: t.field({
    type: NetworkRef,
    description: 'The network among its members at a date (default: today)',
    args: { asOf: t.arg({ type: 'Date', validate: dateSchema.nullish() }) },
    resolve: async (c, args, ctx) => {
      const view = await viewOf(ctx, args.asOf);
      const scope = NetworkAnalytics.of(view.projection).cluster(c.id, view.asOf, view.visibility);
      if (!scope) throw new NotFoundError('Cluster', c.id);
      return { ...view, scope };
    },
  }),
  networkAlerts: t.field({
    type: [NetworkAlertRef],
    description:
      'Gaps in its network at a date (default: today), each with suggestions that would close it',
    args: {
      asOf: t.arg({ type: 'Date', validate: dateSchema.nullish() }),
      language: t.arg({ type: LanguageEnum, description: 'Default: Accept-Language, else NB' }),
    },
    resolve: async (c, args, ctx) => {
      const view = await viewOf(ctx, args.asOf);
      const analytics = NetworkAnalytics.of(view.projection);
      const alerts = analytics.clusterAlerts(c.id, view.asOf, view.visibility);
      const scope = analytics.cluster(c.id, view.asOf, view.visibility);
      if (!alerts || !scope) throw new NotFoundError('Cluster', c.id);
      const language = textKey(languageFor(ctx, args.language));
      return alerts.map((alert) => ({
        alert,
        view: { ...view, scope },
        language,
      }));
    },
  }),
}));

/** The projection version, moment and visibility a network question is answered on. */
export async function viewOf(ctx: Context, asOf: string | null | undefined) {
  return {
    projection: await projectionFor(ctx),
    asOf: momentOf(asOf, ctx.settings.now()),
    visibility: visibilityFor(ctx.viewer),
  };
}

builder.queryFields((t) => ({
  tieImpact: t.field({
    type: TieImpactRef,
    description:
      'What a tie between two actors would change (E-I, synergy, components, brokerage), in the region and in their clusters',
    args: {
      a: t.arg.globalID({ for: [ActorRef], required: true }),
      b: t.arg.globalID({ for: [ActorRef], required: true }),
      asOf: t.arg({ type: 'Date', validate: dateSchema.nullish() }),
      language: t.arg({ type: LanguageEnum, description: 'Default: Accept-Language, else NB' }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.a.id === args.b.id) throw validationError(['b'], 'Give two different actors');
      const view = await viewOf(ctx, args.asOf);
      const language = textKey(languageFor(ctx, args.language));
      return impactOf(view, args.a.id, args.b.id, language);
    },
  }),
}));

/** The region's and the clusters' impact of a tie between actors `a` and `b` (ids). */
export function impactOf(
  view: Omit<NetworkView, 'scope'>,
  a: string,
  b: string,
  language: 'en' | 'nb',
) {
  const { projection, asOf, visibility } = view;
  const end = (id: string) => {
    const key = projection.actorIndex(id);
    if (key === undefined) throw new NotFoundError('Actor', id);
    return { key, helix: helixCode(projection.helixAt(key)) };
  };
  const [ea, eb] = [end(a), end(b)];
  const analytics = NetworkAnalytics.of(projection);
  const region = analytics.region(asOf, visibility);
  const clusterIds = new Set<string>();
  for (const id of [a, b]) {
    for (const m of projection.actor(id)?.memberships ?? []) {
      if (m.status === 'ACTIVE' && (m.since === null || m.since <= asOf.at))
        clusterIds.add(m.clusterId);
    }
  }
  const clusters = [...clusterIds].sort().flatMap((clusterId) => {
    const scope = analytics.cluster(clusterId, asOf, visibility);
    if (!scope) return [];
    const impact = tieImpact(scope, ea, eb, WHERE.cluster);
    return [{ impact, projection, language, clusterId }];
  });
  const ties = analytics.tiesAt(asOf, visibility);
  return {
    alreadyTied: isTied(ties.network, ties.positionOf[ea.key]!, ties.positionOf[eb.key]!),
    region: {
      impact: tieImpact(region, ea, eb, WHERE.region, { communities: false }),
      projection,
      language,
      clusterId: null,
    },
    clusters,
  };
}

export const HelixTrendPointRef = builder.objectRef<HelixTrendPoint>('HelixTrendPoint').implement({
  description:
    'The triple-helix balance of the region or a cluster in one year (ties of projects running that year)',
  fields: (t) => ({
    year: t.exposeInt('year'),
    actors: t.exposeInt('actors'),
    ties: t.exposeInt('ties'),
    eiIndex: t.float({ nullable: true, resolve: (p) => p.ei.index }),
    externalTies: t.int({ resolve: (p) => p.ei.external }),
    internalTies: t.int({ resolve: (p) => p.ei.internal }),
    synergy: t.float({
      nullable: true,
      description: 'T(UIG) in bits: negative = synergy',
      resolve: (p) => p.tripleHelix,
    }),
    coParticipations: t.exposeInt('coParticipations'),
  }),
});

builder.objectFields(RegionRef, (t) => ({
  network: t.field({
    type: NetworkRef,
    description: 'The network of the actors located in the region at a date (default: today)',
    args: { asOf: t.arg({ type: 'Date', validate: dateSchema.nullish() }) },
    resolve: async (_r, args, ctx) => {
      const view = await viewOf(ctx, args.asOf);
      return {
        ...view,
        scope: NetworkAnalytics.of(view.projection).region(view.asOf, view.visibility),
      };
    },
  }),
  helixTrend: t.field({
    type: [HelixTrendPointRef],
    description: 'E-I index and synergy (T(UIG)) per year, one point a year from `from` to `to`',
    args: {
      from: t.arg.int({ required: true }),
      to: t.arg.int({ required: true }),
    },
    validate: trendYearsSchema,
    resolve: async (_r, args, ctx) => {
      const view = await viewOf(ctx, null);
      return NetworkAnalytics.of(view.projection).helixTrend(args.from, args.to, view.visibility);
    },
  }),
}));
