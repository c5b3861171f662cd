import { HELICES } from '@kobling/domain';
import type { Helix } from '@kobling/domain';
import type { Projection } from '@kobling/projection';
import { degreeOf, helixCode, helixName } from './network.ts';
import type { ScopeAnalysis } from './scope-analysis.ts';
import type { Text } from './text.ts';
import { HELIX_WORDS } from './text.ts';

export const ALERT_CODES = [
  'SOLE_BROKER',
  'NO_TIES',
  'MISSING_HELIX',
  'TOPIC_WITHOUT_RND',
] as const;
export type AlertCode = (typeof ALERT_CODES)[number];

/**
 * The suggestion request that would close a gap, run by the caller through the matchmaking it
 * already offers: partners for a member (of the given helices; any when empty), or partners for
 * an ad-hoc need on topics.
 */
export type AlertFix =
  | { readonly kind: 'PARTNERS'; readonly actorKey: number; readonly helices: readonly Helix[] }
  | {
      readonly kind: 'NEED';
      readonly topicIds: readonly string[];
      readonly helices: readonly Helix[];
    };

export interface Alert {
  readonly code: AlertCode;
  /** The members it is about (projection indices), ascending. */
  readonly actorKeys: readonly number[];
  readonly helix: Helix | null;
  readonly topicIds: readonly string[];
  readonly text: Text;
  readonly fix: AlertFix | null;
}

/** A cluster's topics: the ones most of its members hold, at most this many. */
export const CLUSTER_TOPICS = 5;

/**
 * A cluster manager's alerts and gaps for the cluster's network at one moment: one member holding
 * every cross-helix tie, members without ties, a helix no member belongs to, and topics of the
 * cluster no R&D partner works on with its members. `region` is the network at the same moment
 * (a member's R&D partner may be outside the cluster).
 */
export function clusterAlerts(
  projection: Projection,
  cluster: ScopeAnalysis,
  region: ScopeAnalysis,
): Alert[] {
  const net = cluster.network;
  const n = net.keys.length;
  const alerts: Alert[] = [];
  if (n === 0) return alerts;
  const topicsOf = topicReader(projection);
  const topics = clusterTopics(topicsOf, net.keys);

  const { soleHolders, crossHelixTies } = cluster.busFactor;
  if (crossHelixTies > 0 && soleHolders.length > 0) {
    // The best connected other member, asked for partners of the other helices.
    let other = -1;
    for (let i = 0; i < n; i += 1) {
      if (soleHolders.includes(i)) continue;
      if (other < 0 || degreeOf(net, i) > degreeOf(net, other)) other = i;
    }
    const otherHelix = other < 0 ? null : helixName(net.helix[other]!);
    alerts.push({
      code: 'SOLE_BROKER',
      actorKeys: soleHolders.map((i) => net.keys[i]!),
      helix: null,
      topicIds: [],
      text:
        crossHelixTies === 1
          ? {
              en: 'A single tie is all the cluster has across helices',
              nb: 'Klyngen har bare én kobling på tvers av sektorer',
            }
          : {
              en: 'One member holds every tie across helices: if it leaves, none is left',
              nb: 'Ett medlem har alle koblingene på tvers av sektorer: går det ut, er ingen igjen',
            },
      fix:
        other < 0
          ? null
          : {
              kind: 'PARTNERS',
              actorKey: net.keys[other]!,
              helices: HELICES.filter((h) => h !== otherHelix),
            },
    });
  }

  const isolated: number[] = [];
  for (let i = 0; i < n; i += 1) if (degreeOf(net, i) === 0) isolated.push(net.keys[i]!);
  if (isolated.length > 0) {
    isolated.sort((x, y) => x - y);
    alerts.push({
      code: 'NO_TIES',
      actorKeys: isolated,
      helix: null,
      topicIds: [],
      text: {
        en: `${isolated.length} member${isolated.length === 1 ? ' has' : 's have'} no ties with other members`,
        nb: `${isolated.length} medlem${isolated.length === 1 ? '' : 'mer'} har ingen koblinger til andre medlemmer`,
      },
      fix: { kind: 'PARTNERS', actorKey: isolated[0]!, helices: [] },
    });
  }

  const present = new Set(net.helix);
  for (const helix of HELICES) {
    if (present.has(helixCode(helix))) continue;
    alerts.push({
      code: 'MISSING_HELIX',
      actorKeys: [],
      helix,
      topicIds: [],
      text: {
        en: `No ${HELIX_WORDS[helix].en} member`,
        nb: `Ingen medlemmer fra ${HELIX_WORDS[helix].nb}`,
      },
      fix: topics.length === 0 ? null : { kind: 'NEED', topicIds: topics, helices: [helix] },
    });
  }

  for (const topicId of topics) {
    if (hasRndPartner(projection, topicsOf, cluster, region, topicId)) continue;
    const topic = projection.topic(topicId);
    alerts.push({
      code: 'TOPIC_WITHOUT_RND',
      actorKeys: [],
      helix: 'ACADEMIA',
      topicIds: [topicId],
      text: {
        en: `No R&D partner works on ${topic?.name ?? topicId} with the members`,
        nb: `Ingen FoU-partner arbeider med ${topic?.nameNb ?? topicId} sammen med medlemmene`,
      },
      fix: { kind: 'NEED', topicIds: [topicId], helices: ['ACADEMIA'] },
    });
  }
  return alerts;
}

type TopicsOf = (key: number) => ReadonlySet<string>;

/** An actor's topic ids, read from the projection once per actor for one computation. */
function topicReader(projection: Projection): TopicsOf {
  const seen = new Map<number, ReadonlySet<string>>();
  return (key) => {
    let topics = seen.get(key);
    if (!topics) {
      topics = new Set(projection.topicIdsAt(key));
      seen.set(key, topics);
    }
    return topics;
  };
}

/** The topics most members hold (ties broken by id), held by at least two. */
function clusterTopics(topicsOf: TopicsOf, members: ArrayLike<number>): string[] {
  const holders = new Map<string, number>();
  for (let i = 0; i < members.length; i += 1) {
    for (const t of topicsOf(members[i]!)) holders.set(t, (holders.get(t) ?? 0) + 1);
  }
  return [...holders]
    .filter(([, count]) => count >= 2)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, CLUSTER_TOPICS)
    .map(([id]) => id);
}

/** An academic member holds the topic, or a member holding it is tied to an academic holder. */
function hasRndPartner(
  projection: Projection,
  topicsOf: TopicsOf,
  cluster: ScopeAnalysis,
  region: ScopeAnalysis,
  topicId: string,
): boolean {
  // The academic holders of the topic, from the projection's topic → actor index.
  const academics = new Set<number>();
  projection.forEachActorWithTopic(topicId, (index) => {
    if (projection.helixAt(index) === 'ACADEMIA') academics.add(index);
  });
  if (academics.size === 0) return false;
  const net = cluster.network;
  const whole = region.network;
  for (let i = 0; i < net.keys.length; i += 1) {
    const key = net.keys[i]!;
    if (!topicsOf(key).has(topicId)) continue;
    if (academics.has(key)) return true;
    const r = region.positionOf(key);
    if (r === undefined) continue;
    for (let e = whole.offsets[r]!; e < whole.offsets[r + 1]!; e += 1) {
      if (academics.has(whole.keys[whole.targets[e]!]!)) return true;
    }
  }
  return false;
}
