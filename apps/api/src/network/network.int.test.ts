import type { Graph } from '@kobling/graph';
import { openTestGraph, sampleRow } from '@kobling/graph/testing';
import { EXAMPLE_NETWORK } from '@kobling/network-analytics/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, openTestApi } from '../testing/fixture.ts';
import type { TestApi } from '../testing/fixture.ts';

/*
 * Network analytics through GraphQL on the store of this run (LadybugDB, and a real Neo4j in the
 * neo4j project): the example network written into the store, the projection built from it, and
 * the values worked out by hand in packages/network-analytics/src/analytics.test.ts.
 */

let t: TestApi;

async function writeExample(graph: Graph): Promise<void> {
  const x = EXAMPLE_NETWORK;
  await graph.runner.write(async (tx) => {
    for (const m of x.municipalities) {
      await graph.municipalities.nodes.create(tx, sampleRow('Municipality', m));
    }
    for (const topic of x.topics) {
      await graph.topics.nodes.create(tx, sampleRow('Topic', { ...topic, slug: topic.id }));
    }
    for (const a of x.actors) {
      await graph.actors.nodes.create(
        tx,
        sampleRow('Actor', { id: a.id, slug: a.id, name: a.id, kind: a.kind, helix: a.helix }),
      );
      await graph.actors.setMunicipality(tx, a.id, a.place);
      await graph.actors.setTopics(
        tx,
        a.id,
        a.topics.map((topicId) => ({ topicId, weight: 1 })),
      );
    }
    await graph.clusters.nodes.create(
      tx,
      sampleRow('Cluster', { ...x.cluster, slug: x.cluster.id }),
    );
    for (const m of x.memberships) {
      await graph.clusters.setMembership(tx, m.actorId, x.cluster.id, m.status, m.since);
    }
    for (const p of x.projects) {
      await graph.projects.nodes.create(
        tx,
        sampleRow('Project', { id: p.id, title: p.id, startYear: p.startYear, endYear: p.endYear }),
      );
      await graph.projects.participants.merge(
        tx,
        p.participants.map((a) => ({ fromKey: a, toKey: p.id, role: 'PARTNER' as const })),
      );
    }
    for (const i of x.introductions) {
      await graph.introductions.create(
        tx,
        sampleRow('Introduction', { id: i.id, status: i.status, respondedAt: i.respondedAt }),
        { requester: i.requester, receiver: i.receiver, via: null, about: null },
      );
    }
  });
}

beforeAll(async () => {
  const graph = await openTestGraph();
  await writeExample(graph);
  t = await openTestApi({ graph });
});
afterAll(() => t.close());

const CLUSTER_NETWORK = /* GraphQL */ `
  query ($id: ID!, $asOf: Date) {
    node(id: $id) {
      ... on Cluster {
        network(asOf: $asOf) {
          asOf
          includesPrivateTies
          actors
          ties
          density
          components
          isolated
          communityCount
          brokers(first: 1) {
            actor {
              id
              name
            }
            betweenness
            constraint
            effectiveSize
            isArticulationPoint
          }
          betweennessMethod {
            exact
            errorBound
          }
          busFactor
          soleHolders {
            actor {
              name
            }
          }
          balance {
            year
            eiIndex
            synergy
            coParticipations
          }
        }
      }
    }
  }
`;

const k1 = gid('Cluster', EXAMPLE_NETWORK.cluster.id);

describe('Cluster.network', () => {
  it('a visitor sees the public network of the date, measured as worked out by hand', async () => {
    const { body } = await t.gql(CLUSTER_NETWORK, { id: k1, asOf: '2020-12-31' });
    expect(body.errors).toBeUndefined();
    const network = (body.data?.node as { network: Record<string, unknown> }).network;
    expect(network).toMatchObject({
      asOf: '2020-12-31',
      includesPrivateTies: false,
      actors: 4,
      ties: 2,
      components: 2,
      isolated: 1,
      communityCount: 2,
      betweennessMethod: { exact: true, errorBound: 0 },
      busFactor: 1,
      balance: { year: 2020, eiIndex: 0, synergy: 0, coParticipations: 2 },
    });
    expect(network.density).toBeCloseTo(1 / 3, 12);
    const [broker] = network.brokers as Record<string, unknown>[];
    expect(broker).toMatchObject({
      actor: { name: 'nx-c1' },
      constraint: 0.5,
      effectiveSize: 2,
      isArticulationPoint: true,
    });
    expect(broker!.betweenness).toBeCloseTo(1 / 3, 12);
    expect((network.soleHolders as { actor: { name: string } }[]).map((s) => s.actor.name)).toEqual(
      ['nx-c1', 'nx-r1'],
    );
  });

  it('an administrator also sees accepted introductions, from the day they were answered', async () => {
    const admin = await t.makeUser({ isAdmin: true });
    const after = await t.gql(CLUSTER_NETWORK, { id: k1, asOf: '2020-12-31' }, admin);
    expect(after.body.data?.node).toMatchObject({
      network: { includesPrivateTies: true, ties: 3, components: 1, busFactor: 1 },
    });
    const before = await t.gql(CLUSTER_NETWORK, { id: k1, asOf: '2020-02-29' }, admin);
    expect(before.body.data?.node).toMatchObject({ network: { ties: 2 } });
  });

  it('refuses a date that is no date, saying so', async () => {
    const { body } = await t.gql(CLUSTER_NETWORK, { id: k1, asOf: '2020-13-45' });
    expect(body.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });
});

describe('Cluster.networkAlerts', () => {
  it('lists the gaps of the date, each with suggestions from the matchmaking', async () => {
    const { body } = await t.gql(
      /* GraphQL */ `
        query ($id: ID!) {
          node(id: $id) {
            ... on Cluster {
              networkAlerts(asOf: "2020-12-31", language: EN) {
                code
                text
                helix
                topicIds
                actors {
                  name
                }
                suggestions {
                  actor {
                    name
                  }
                  score
                }
              }
            }
          }
        }
      `,
      { id: k1 },
    );
    expect(body.errors).toBeUndefined();
    const alerts = (body.data?.node as { networkAlerts: Record<string, unknown>[] }).networkAlerts;
    expect(alerts.map((a) => a.code)).toEqual([
      'SOLE_BROKER',
      'NO_TIES',
      'MISSING_HELIX',
      'TOPIC_WITHOUT_RND',
    ]);
    expect(alerts[1]).toMatchObject({ actors: [{ name: 'nx-c3' }] });
    expect(alerts[2]).toMatchObject({ helix: 'GOVERNMENT', text: 'No public-sector member' });
    expect(alerts[3]).toMatchObject({ topicIds: ['nx-t-battery'] });
    // Missing government: the public actor g1 is the one to suggest.
    expect((alerts[2]!.suggestions as { actor: { name: string } }[])[0]?.actor.name).toBe('nx-g1');
  });
});

describe('Region.network and Region.helixTrend', () => {
  it('the region’s network at a date, and one point a year', async () => {
    const { body } = await t.gql(/* GraphQL */ `
      {
        region {
          network(asOf: "2019-12-31") {
            actors
            ties
            balance {
              eiIndex
              coParticipations
            }
            brokers(first: 1) {
              actor {
                name
              }
            }
            articulationPointCount
            bridgeCount
            articulationPoints(first: 1) {
              actor {
                name
              }
            }
          }
          helixTrend(from: 2019, to: 2021) {
            year
            ties
            eiIndex
            synergy
            coParticipations
          }
        }
      }
    `);
    expect(body.errors).toBeUndefined();
    expect(body.data?.region).toEqual({
      // Six actors in the region; p4's partner x1 is outside it.
      network: {
        actors: 6,
        ties: 2,
        balance: { eiIndex: 0, coParticipations: 3 },
        brokers: [{ actor: { name: 'nx-c1' } }],
        // c1 joins r1 and c2; both its ties are bridges.
        articulationPointCount: 1,
        bridgeCount: 2,
        articulationPoints: [{ actor: { name: 'nx-c1' } }],
      },
      helixTrend: [
        { year: 2019, ties: 2, eiIndex: 0, synergy: 0, coParticipations: 3 },
        { year: 2020, ties: 2, eiIndex: 0, synergy: 0, coParticipations: 2 },
        { year: 2021, ties: 4, eiIndex: 0.5, synergy: 0, coParticipations: 2 },
      ],
    });
  });

  it('refuses years out of order, saying which', async () => {
    const { body } = await t.gql('{ region { helixTrend(from: 2022, to: 2020) { year } } }');
    expect(body.errors?.[0]?.message).toContain('`from` must not be after `to`');
  });
});

describe('tieImpact', () => {
  const IMPACT = /* GraphQL */ `
    query ($a: ID!, $b: ID!) {
      tieImpact(a: $a, b: $b, asOf: "2020-12-31", language: EN) {
        alreadyTied
        labels {
          code
          text
        }
        region {
          componentsBefore
          componentsAfter
          eiBefore
          eiAfter
        }
        clusters {
          cluster {
            id
          }
          componentsBefore
          componentsAfter
          brokerage {
            actor {
              name
            }
            constraintBefore
            constraintAfter
          }
        }
      }
    }
  `;

  it('c3–c1 joins the cluster’s two parts and links its two communities', async () => {
    const { body } = await t.gql(IMPACT, {
      a: gid('Actor', 'nx-c3'),
      b: gid('Actor', 'nx-c1'),
    });
    expect(body.errors).toBeUndefined();
    const impact = body.data?.tieImpact as Record<string, unknown>;
    expect(impact).toMatchObject({
      alreadyTied: false,
      clusters: [
        {
          cluster: { id: k1 },
          componentsBefore: 2,
          componentsAfter: 1,
          brokerage: [
            { actor: { name: 'nx-c3' }, constraintBefore: null, constraintAfter: 1 },
            { actor: { name: 'nx-c1' }, constraintBefore: 0.5 },
          ],
        },
      ],
      // The region (six actors; only c1–r1 and c1–c2 tied): four parts become three.
      region: { componentsBefore: 4, componentsAfter: 3, eiBefore: 0 },
    });
    expect((impact.labels as { code: string }[]).map((l) => l.code)).toEqual([
      'JOINS_COMPONENTS',
      'LINKS_COMMUNITIES',
      'JOINS_COMPONENTS',
    ]);
  });

  it('refuses the same actor twice and an unknown actor', async () => {
    const same = await t.gql(IMPACT, { a: gid('Actor', 'nx-c1'), b: gid('Actor', 'nx-c1') });
    expect(same.body.errors?.[0]?.message).toContain('two different actors');
    const unknown = await t.gql(IMPACT, { a: gid('Actor', 'nx-c1'), b: gid('Actor', 'nx-nope') });
    expect(unknown.body.errors?.[0]?.message).toContain('nx-nope');
  });
});

describe('Cluster.helixTrend', () => {
  it('one point a year, each what the cluster’s network at that year’s end says', async () => {
    const { body } = await t.gql(
      /* GraphQL */ `
        query ($id: ID!) {
          node(id: $id) {
            ... on Cluster {
              helixTrend(from: 2019, to: 2021) {
                year
                ties
                eiIndex
                synergy
                coParticipations
              }
              y2019: network(asOf: "2019-12-31") {
                ...Balance
              }
              y2020: network(asOf: "2020-12-31") {
                ...Balance
              }
              y2021: network(asOf: "2021-12-31") {
                ...Balance
              }
            }
          }
        }
        fragment Balance on Network {
          ties
          balance {
            year
            eiIndex
            synergy
            coParticipations
          }
        }
      `,
      { id: k1 },
    );
    expect(body.errors).toBeUndefined();
    const cluster = body.data?.node as Record<string, { ties: number; balance: object }>;
    expect(cluster.helixTrend).toEqual(
      [cluster.y2019!, cluster.y2020!, cluster.y2021!].map((n) => ({ ties: n.ties, ...n.balance })),
    );
    // 2020 by hand (analytics.test.ts): c1–r1 across, c1–c2 within; p1 and p2 running.
    expect((cluster.helixTrend as unknown as object[])[1]).toEqual({
      year: 2020,
      ties: 2,
      eiIndex: 0,
      synergy: 0,
      coParticipations: 2,
    });
  });

  it('refuses too many years, saying why', async () => {
    const { body } = await t.gql(
      'query ($id: ID!) { node(id: $id) { ... on Cluster { helixTrend(from: 1950, to: 2100) { year } } } }',
      { id: k1 },
    );
    expect(body.errors?.[0]?.message).toContain('at most 50 years');
  });
});

describe('PartnerSuggestion.impact', () => {
  const IMPACT_FIELDS = /* GraphQL */ `
    fragment Impact on TieImpact {
      alreadyTied
      labels {
        code
        text
      }
      region {
        eiBefore
        eiAfter
        synergyBefore
        synergyAfter
      }
      clusters {
        cluster {
          id
        }
        eiBefore
        eiAfter
      }
    }
  `;

  it('is tieImpact of the seeker actor and the suggested partner', async () => {
    const seeker = gid('Actor', 'nx-c3');
    const { body } = await t.gql(
      /* GraphQL */ `
        query ($seeker: ID!) {
          suggestPartners(seeker: { actorId: $seeker }, language: EN) {
            actor {
              id
            }
            impact {
              ...Impact
            }
          }
        }
        ${IMPACT_FIELDS}
      `,
      { seeker },
    );
    expect(body.errors).toBeUndefined();
    const suggestions = body.data?.suggestPartners as { actor: { id: string }; impact: object }[];
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      const direct = await t.gql(
        `query ($a: ID!, $b: ID!) { tieImpact(a: $a, b: $b, language: EN) { ...Impact } } ${IMPACT_FIELDS}`,
        { a: seeker, b: s.actor.id },
      );
      expect(s.impact).toEqual(direct.body.data?.tieImpact);
    }
  });

  it('is none for a need without a seeker actor', async () => {
    const { body } = await t.gql(/* GraphQL */ `
      {
        suggestForNeed(input: { text: "batteries" }) {
          suggestions {
            impact {
              alreadyTied
            }
          }
        }
      }
    `);
    expect(body.errors).toBeUndefined();
    const { suggestions } = body.data?.suggestForNeed as { suggestions: { impact: null }[] };
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((s) => s.impact === null)).toBe(true);
  });
});

describe('NetworkAlert.fix', () => {
  it('names the request behind each alert’s suggestions', async () => {
    const { body } = await t.gql(
      /* GraphQL */ `
        query ($id: ID!) {
          node(id: $id) {
            ... on Cluster {
              networkAlerts(asOf: "2020-12-31", language: EN) {
                code
                fix {
                  kind
                  actor {
                    name
                  }
                  topics {
                    name
                  }
                  helices
                }
              }
            }
          }
        }
      `,
      { id: k1 },
    );
    expect(body.errors).toBeUndefined();
    expect((body.data?.node as { networkAlerts: unknown[] }).networkAlerts).toEqual([
      // c1–r1 is the only tie across: partners of the other helices for c2, the best tied other.
      {
        code: 'SOLE_BROKER',
        fix: {
          kind: 'PARTNERS',
          actor: { name: 'nx-c2' },
          topics: [],
          helices: ['ACADEMIA', 'GOVERNMENT'],
        },
      },
      {
        code: 'NO_TIES',
        fix: { kind: 'PARTNERS', actor: { name: 'nx-c3' }, topics: [], helices: [] },
      },
      // The cluster's topics: AI (c1, c2, r1), then batteries (c2, c3).
      {
        code: 'MISSING_HELIX',
        fix: {
          kind: 'NEED',
          actor: null,
          topics: [{ name: 'AI' }, { name: 'Batteries' }],
          helices: ['GOVERNMENT'],
        },
      },
      {
        code: 'TOPIC_WITHOUT_RND',
        fix: { kind: 'NEED', actor: null, topics: [{ name: 'Batteries' }], helices: ['ACADEMIA'] },
      },
    ]);
  });
});
