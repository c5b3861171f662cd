import type { Helix, MembershipStatus } from '@kobling/domain';
import { describe, expect, it } from 'vitest';
import { clusterNetwork, withAnalytics } from './network.ts';
import type { MemberInput, PartnerInput } from './network.ts';

let next = 0;
function member(overrides: {
  helix?: Helix;
  status?: MembershipStatus;
  topics?: string[];
  projects?: string[];
}): MemberInput {
  next += 1;
  return {
    status: overrides.status ?? 'ACTIVE',
    actor: {
      id: `a${next}`,
      name: `Actor ${next}`,
      slug: `actor-${next}`,
      helix: overrides.helix ?? 'INDUSTRY',
      source: 'synthetic',
      topics: (overrides.topics ?? []).map((slug) => ({ topic: { slug, name: slug } })),
      projects: (overrides.projects ?? []).map((id) => ({
        project: { id, title: `Project ${id}` },
      })),
    },
  };
}

describe('clusterNetwork', () => {
  it('ties members that share a project, naming the project', () => {
    const a = member({ projects: ['p1'] });
    const b = member({ helix: 'ACADEMIA', projects: ['p1', 'p2'] });
    const { ties } = clusterNetwork([a, b]);
    expect(ties).toEqual([
      {
        source: a.actor.id,
        target: b.actor.id,
        projects: ['Project p1'],
        topics: [],
        crossHelix: true,
        external: false,
      },
    ]);
  });

  it('ties members on two shared topics but not on one', () => {
    const a = member({ topics: ['x', 'y', 'z'] });
    const b = member({ topics: ['x', 'y'] });
    const c = member({ topics: ['z'] });
    const { ties } = clusterNetwork([a, b, c]);
    expect(ties.map((t) => [t.source, t.target])).toEqual([[a.actor.id, b.actor.id]]);
    expect(ties[0]?.topics).toEqual(['x', 'y']);
  });

  it('counts members by helix, active against pending, and the share of cross-helix ties', () => {
    const members = [
      member({ helix: 'INDUSTRY', projects: ['p'] }),
      member({ helix: 'ACADEMIA', projects: ['p'] }),
      member({ helix: 'INDUSTRY', projects: ['p'] }),
      member({ helix: 'GOVERNMENT', status: 'REQUESTED' }),
      member({ helix: 'GOVERNMENT', status: 'REMOVED', projects: ['p'] }),
    ];
    const { nodes, health } = clusterNetwork(members);
    expect(nodes).toHaveLength(4);
    expect(health.byHelix).toEqual({ INDUSTRY: 2, ACADEMIA: 1, GOVERNMENT: 0 });
    expect(health.active).toBe(3);
    expect(health.pending).toBe(1);
    expect(health.ties).toBe(3);
    expect(health.crossHelixTies).toBe(2);
    expect(health.crossHelixShare).toBeCloseTo(2 / 3);
  });

  it('adds partners outside the cluster tied by shared projects, apart from the health figures', () => {
    const a = member({ helix: 'INDUSTRY', projects: ['p1'] });
    const b = member({ helix: 'INDUSTRY', projects: ['p1'] });
    const partner: PartnerInput = {
      actor: { id: 'x', name: 'NTNU group', slug: 'ntnu-group', helix: 'ACADEMIA' },
      projects: [{ id: 'p1', title: 'Project p1' }],
    };
    const loner: PartnerInput = {
      actor: { id: 'y', name: 'Elsewhere', slug: 'elsewhere', helix: 'GOVERNMENT' },
      projects: [{ id: 'p9', title: 'Other' }],
    };
    const { nodes, ties, health } = clusterNetwork([a, b], [partner, loner]);
    expect(nodes.map((n) => [n.label, n.status])).toEqual([
      [a.actor.name, 'ACTIVE'],
      [b.actor.name, 'ACTIVE'],
      ['NTNU group', 'EXTERNAL'],
    ]);
    expect(ties.filter((t) => t.external).map((t) => [t.source, t.target])).toEqual([
      [a.actor.id, 'x'],
      [b.actor.id, 'x'],
    ]);
    expect(health.ties).toBe(1);
    expect(health.crossHelixShare).toBe(0);
    expect(health.externalPartners).toBe(1);
    expect(health.externalTies).toBe(2);
  });

  it('has no share without ties', () => {
    expect(clusterNetwork([member({})]).health.crossHelixShare).toBeNull();
  });
});

describe('withAnalytics', () => {
  const nodes = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
    id,
    label: id,
    slug: id,
    helix: 'INDUSTRY',
    status: 'ACTIVE',
    degree: 1,
  }));
  const analytics = {
    modularity: 0.2,
    members: [
      { community: 0, actor: { id: 'a' } },
      { community: 1, actor: { id: 'b' } },
      { community: 1, actor: { id: 'c' } },
      { community: 1, actor: { id: 'd' } },
      { community: 2, actor: { id: 'x' } },
      { community: 0, actor: { id: 'y' } },
      { community: 3, actor: { id: 'e' } },
    ],
    brokers: [
      { betweenness: 0.5, actor: { id: 'c' } },
      { betweenness: 0, actor: { id: 'a' } },
    ],
  };

  it('numbers the communities of two or more from the largest; one alone is no group', () => {
    const { nodes: out, groups } = withAnalytics(nodes, analytics);
    expect(groups).toEqual([
      { number: 1, size: 3 },
      { number: 2, size: 2 },
    ]);
    expect(out.map((n) => [n.id, n.group])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 1],
      ['d', 1],
      ['e', null],
    ]);
  });

  it('marks as brokers those on paths between others', () => {
    const { nodes: out } = withAnalytics(nodes, analytics);
    expect(out.filter((n) => n.broker).map((n) => [n.id, n.betweenness])).toEqual([['c', 0.5]]);
  });
});
