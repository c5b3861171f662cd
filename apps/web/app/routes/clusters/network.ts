/*
 * The cluster's network, shaped from API data for the picture and its table: one node per
 * member, a tie between two members that share a project or at least MIN_SHARED_TOPICS topics,
 * and the health figures the page shows. Pure, so it is tested without a server; its inputs
 * are the fragments the cluster page's operation spreads.
 */
import type { ResultOf } from 'gql.tada';
import { graphql } from '../../lib/graphql.ts';

/* Unmasked: the page also lists the members; the picture's shaping reads the same fields. */
export const NetworkMemberFragment = graphql(`
  fragment NetworkMember on ClusterMembership @_unmask {
    status
    actor {
      id
      name
      slug
      helix
      source
      topics {
        topic {
          slug
          name
        }
      }
      projects {
        project {
          id
          title
        }
      }
    }
  }
`);

/** An actor outside the cluster that shares a project with an active member. */
export const NetworkPartnerFragment = graphql(`
  fragment NetworkPartner on ClusterProjectPartner @_unmask {
    actor {
      id
      name
      slug
      helix
    }
    projects {
      id
      title
    }
  }
`);

export type MemberInput = ResultOf<typeof NetworkMemberFragment>;
export type PartnerInput = ResultOf<typeof NetworkPartnerFragment>;

export interface NetworkNode {
  readonly id: string;
  readonly label: string;
  readonly slug: string;
  readonly helix: string;
  /** The membership status, or EXTERNAL for a partner outside the cluster. */
  readonly status: string;
  readonly degree: number;
}

export interface NetworkTie {
  readonly source: string;
  readonly target: string;
  readonly projects: readonly string[];
  readonly topics: readonly string[];
  readonly crossHelix: boolean;
  /** A tie from a member to a partner outside the cluster. */
  readonly external: boolean;
}

export interface ClusterHealth {
  readonly byHelix: Readonly<Record<string, number>>;
  readonly active: number;
  readonly pending: number;
  /** Ties between members (external ties are counted apart). */
  readonly ties: number;
  readonly crossHelixTies: number;
  /** Cross-helix ties / all ties between members, 0–1; null without ties. */
  readonly crossHelixShare: number | null;
  readonly externalPartners: number;
  readonly externalTies: number;
}

export const MIN_SHARED_TOPICS = 2;
const SHOWN_STATUSES = new Set(['ACTIVE', 'REQUESTED', 'INVITED']);

export function clusterNetwork(
  members: readonly MemberInput[],
  partners: readonly PartnerInput[] = [],
): {
  nodes: NetworkNode[];
  ties: NetworkTie[];
  health: ClusterHealth;
} {
  const shown = members.filter((m) => SHOWN_STATUSES.has(m.status));
  const ties: NetworkTie[] = [];
  for (let i = 0; i < shown.length; i++) {
    const a = shown[i]!;
    const aProjects = new Map(a.actor.projects.map((p) => [p.project.id, p.project.title]));
    const aTopics = new Map(a.actor.topics.map((t) => [t.topic.slug, t.topic.name]));
    for (let j = i + 1; j < shown.length; j++) {
      const b = shown[j]!;
      const projects = b.actor.projects
        .filter((p) => aProjects.has(p.project.id))
        .map((p) => p.project.title);
      const topics = b.actor.topics
        .filter((t) => aTopics.has(t.topic.slug))
        .map((t) => t.topic.name);
      if (projects.length === 0 && topics.length < MIN_SHARED_TOPICS) continue;
      ties.push({
        source: a.actor.id,
        target: b.actor.id,
        projects: projects.sort(),
        topics: topics.sort(),
        crossHelix: a.actor.helix !== b.actor.helix,
        external: false,
      });
    }
  }
  const internalTies = ties.length;
  const memberIds = new Set(shown.map((m) => m.actor.id));
  const outside = partners.filter((p) => !memberIds.has(p.actor.id));
  const linkedPartners = new Set<string>();
  for (const m of shown) {
    const mine = new Set(m.actor.projects.map((p) => p.project.id));
    for (const p of outside) {
      const projects = p.projects.filter((x) => mine.has(x.id)).map((x) => x.title);
      if (projects.length === 0) continue;
      linkedPartners.add(p.actor.id);
      ties.push({
        source: m.actor.id,
        target: p.actor.id,
        projects: projects.sort(),
        topics: [],
        crossHelix: m.actor.helix !== p.actor.helix,
        external: true,
      });
    }
  }
  const degree = new Map<string, number>();
  for (const tie of ties) {
    degree.set(tie.source, (degree.get(tie.source) ?? 0) + 1);
    degree.set(tie.target, (degree.get(tie.target) ?? 0) + 1);
  }
  const nodes: NetworkNode[] = [
    ...shown.map((m) => ({
      id: m.actor.id,
      label: m.actor.name,
      slug: m.actor.slug,
      helix: m.actor.helix,
      status: m.status,
      degree: degree.get(m.actor.id) ?? 0,
    })),
    ...outside
      .filter((p) => linkedPartners.has(p.actor.id))
      .map(({ actor: p }) => ({
        id: p.id,
        label: p.name,
        slug: p.slug,
        helix: p.helix,
        status: 'EXTERNAL',
        degree: degree.get(p.id) ?? 0,
      })),
  ];
  const byHelix: Record<string, number> = { INDUSTRY: 0, ACADEMIA: 0, GOVERNMENT: 0 };
  let active = 0;
  let pending = 0;
  for (const m of shown) {
    if (m.status === 'ACTIVE') {
      active++;
      byHelix[m.actor.helix] = (byHelix[m.actor.helix] ?? 0) + 1;
    } else {
      pending++;
    }
  }
  const crossHelixTies = ties.filter((t) => !t.external && t.crossHelix).length;
  return {
    nodes,
    ties,
    health: {
      byHelix,
      active,
      pending,
      ties: internalTies,
      crossHelixTies,
      crossHelixShare: internalTies === 0 ? null : crossHelixTies / internalTies,
      externalPartners: linkedPartners.size,
      externalTies: ties.length - internalTies,
    },
  };
}

/* What the network analytics (issue 15) say about the members: communities and brokers. */
export const NetworkAnalyticsFragment = graphql(`
  fragment NetworkAnalytics on Network @_unmask {
    modularity
    members {
      community
      actor {
        id
      }
    }
    brokers(first: 5) {
      betweenness
      actor {
        id
      }
    }
  }
`);

export type AnalyticsInput = ResultOf<typeof NetworkAnalyticsFragment>;

/** A group of members (a Louvain community of at least two), numbered from the largest. */
export interface NetworkGroup {
  readonly number: number;
  readonly size: number;
}

export interface AnalysedNode extends NetworkNode {
  /** Its group's number, or null (alone in its community, or not in the analysed network). */
  readonly group: number | null;
  /** Its betweenness (0–1) when it is one of the brokers, else null. */
  readonly betweenness: number | null;
  readonly broker: boolean;
}

/**
 * The picture's nodes with their group and broker mark. A community of one member (no tie in a
 * running project) is no group; a broker is one of the API's strongest brokers that lies on some
 * path between others (betweenness above zero).
 */
export function withAnalytics(
  nodes: readonly NetworkNode[],
  analytics: AnalyticsInput,
): { nodes: AnalysedNode[]; groups: NetworkGroup[] } {
  const sizes = new Map<number, number>();
  for (const m of analytics.members) sizes.set(m.community, (sizes.get(m.community) ?? 0) + 1);
  const ordered = [...sizes]
    .filter(([, size]) => size >= 2)
    .sort(([a, x], [b, y]) => y - x || a - b);
  const numberOf = new Map(ordered.map(([community], i) => [community, i + 1]));
  const groupOf = new Map(
    analytics.members.map((m) => [m.actor.id, numberOf.get(m.community) ?? null]),
  );
  const brokers = new Map(
    analytics.brokers.filter((b) => b.betweenness > 0).map((b) => [b.actor.id, b.betweenness]),
  );
  return {
    nodes: nodes.map((n) => ({
      ...n,
      group: groupOf.get(n.id) ?? null,
      betweenness: brokers.get(n.id) ?? null,
      broker: brokers.has(n.id),
    })),
    groups: ordered.map(([, size], i) => ({ number: i + 1, size })),
  };
}
