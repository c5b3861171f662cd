import type { ActorKind, Helix } from '@kobling/domain';
import type { Graph, NodeRow } from '@kobling/graph';
import { openTestGraph, sampleRow } from '@kobling/graph/testing';
import { ProjectedRetrieval } from '@kobling/matchmaking';
import { buildProjection } from '@kobling/projection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A small region where every fact retrieval should find is planted by hand:
 * seeker S (company, Trondheim) — topics aqua + sensors, cluster C, project P1 with M.
 * B: research group, shares aqua and cluster C, posts an OFFER on aqua, was asked twice.
 * D: shares no topic but did project P2 with M → reached through the warm path S–P1–M–P2–D.
 * H: holds only the hub topic; X: shares nothing at all.
 */
describe('candidate retrieval over the graph projection', () => {
  let graph: Graph;
  let retrieval: ProjectedRetrieval;
  const topic = (slug: string, actorCount: number, extra: Partial<NodeRow<'Topic'>> = {}) =>
    sampleRow('Topic', {
      id: `t-${slug}`,
      slug,
      name: slug,
      nameNb: `${slug}-nb`,
      actorCount,
      ...extra,
    });
  const actor = (id: string, kind: ActorKind, helix: Helix) =>
    sampleRow('Actor', { id, slug: id, name: id.toUpperCase(), kind, helix });

  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.runner.write(async (tx) => {
      const ocean = topic('ocean', 3);
      await graph.topics.nodes.create(tx, ocean);
      await graph.topics.nodes.create(tx, topic('aqua', 2));
      await graph.topics.nodes.create(tx, topic('sensors', 1));
      await graph.topics.nodes.create(tx, topic('hub', 10));
      await graph.topics.broader.merge(tx, [{ fromKey: 't-aqua', toKey: 't-ocean' }]);
      await graph.municipalities.nodes.create(
        tx,
        sampleRow('Municipality', { code: '5001', name: 'Trondheim', inRegion: true }),
      );
      for (const [id, kind, helix] of [
        ['s', 'COMPANY', 'INDUSTRY'],
        ['b', 'RESEARCH_GROUP', 'ACADEMIA'],
        ['d', 'COMPANY', 'INDUSTRY'],
        ['m', 'INTERMEDIARY', 'GOVERNMENT'],
        ['h', 'COMPANY', 'INDUSTRY'],
        ['x', 'COMPANY', 'INDUSTRY'],
      ] as const) {
        await graph.actors.nodes.create(tx, actor(id, kind, helix));
      }
      await graph.actors.setTopics(tx, 's', [
        { topicId: 't-aqua', weight: 1 },
        { topicId: 't-sensors', weight: 0.5 },
      ]);
      await graph.actors.setTopics(tx, 'b', [{ topicId: 't-aqua', weight: 0.8 }]);
      await graph.actors.setTopics(tx, 'h', [{ topicId: 't-hub', weight: 1 }]);
      await graph.actors.setTopics(tx, 'd', [{ topicId: 't-ocean', weight: 1 }]);
      await graph.actors.setMunicipality(tx, 's', '5001');
      await graph.actors.setMunicipality(tx, 'b', '5001');
      await graph.clusters.nodes.create(tx, sampleRow('Cluster', { id: 'c', name: 'Cluster C' }));
      await graph.clusters.setMembership(tx, 's', 'c', 'ACTIVE', 1);
      await graph.clusters.setMembership(tx, 'b', 'c', 'ACTIVE', 1);
      await graph.clusters.setMembership(tx, 'x', 'c', 'REQUESTED', 1);
      for (const id of ['p1', 'p2']) {
        await graph.projects.nodes.create(
          tx,
          sampleRow('Project', { id, title: id.toUpperCase() }),
        );
      }
      await graph.projects.participants.merge(tx, [
        { fromKey: 's', toKey: 'p1', role: 'PARTNER' },
        { fromKey: 'm', toKey: 'p1', role: 'COORDINATOR' },
        { fromKey: 'm', toKey: 'p2', role: 'COORDINATOR' },
        { fromKey: 'd', toKey: 'p2', role: 'PARTNER' },
      ]);
      await graph.opportunities.post(
        tx,
        'b',
        sampleRow('Opportunity', {
          id: 'offer',
          kind: 'OFFER',
          title: 'Fish sensing',
          status: 'OPEN',
          visibility: 'PUBLIC',
        }),
        [{ topicId: 't-aqua', weight: 1 }],
      );
      await graph.opportunities.post(
        tx,
        'b',
        sampleRow('Opportunity', {
          id: 'hidden',
          kind: 'OFFER',
          title: 'Private',
          status: 'OPEN',
          visibility: 'PRIVATE',
        }),
        [{ topicId: 't-aqua', weight: 1 }],
      );
      for (const [id, status] of [
        ['i1', 'ACCEPTED'],
        ['i2', 'DECLINED'],
      ] as const) {
        await graph.introductions.create(tx, sampleRow('Introduction', { id, status }), {
          requester: 'x',
          receiver: 'b',
          via: null,
          about: null,
        });
      }
      await graph.technologies.nodes.create(tx, sampleRow('Technology', { id: 'tech' }));
      await graph.technologies.originatedAt.merge(tx, [{ fromKey: 'tech', toKey: 'b' }]);
    });
    retrieval = new ProjectedRetrieval(await buildProjection(graph.runner));
  });
  afterAll(() => graph.close());

  it('builds the seeker from the graph', async () => {
    const seeker = retrieval.seekerFor('ACTOR', 's');
    expect(seeker).toMatchObject({
      type: 'ACTOR',
      actorId: 's',
      kind: 'COMPANY',
      helix: 'INDUSTRY',
      municipality: { code: '5001', name: 'Trondheim' },
      clusterIds: ['c'],
      projectIds: ['p1'],
      partnerIds: ['m'],
    });
    expect(seeker.topics).toEqual([
      { topicId: 't-aqua', weight: 1 },
      { topicId: 't-sensors', weight: 0.5 },
    ]);
  });

  it('finds topic, cluster, related-topic and warm-path candidates with their evidence', async () => {
    const candidates = retrieval.candidatesFor(retrieval.seekerFor('ACTOR', 's'));
    const byId = new Map(candidates.map((c) => [c.id, c]));
    expect([...byId.keys()].sort()).toEqual(['b', 'd', 'm']);
    expect(byId.get('b')).toEqual({
      id: 'b',
      name: 'B',
      kind: 'RESEARCH_GROUP',
      helix: 'ACADEMIA',
      municipality: { code: '5001', name: 'Trondheim' },
      inRegion: true,
      topics: [{ topicId: 't-aqua', weight: 0.8 }],
      sharedClusters: [{ id: 'c', name: 'Cluster C', memberCount: 2 }],
      sharedProjects: [],
      intermediaries: [],
      projectCount: 0,
      technologyCount: 1,
      introductions: { accepted: 1, declined: 1, expired: 0, completed: 0 },
      offers: [{ id: 'offer', title: 'Fish sensing', topicIds: ['t-aqua'] }],
      needs: [],
      isExistingPartner: false,
    });
    expect(byId.get('d')?.intermediaries).toEqual([
      {
        id: 'm',
        name: 'M',
        withSeeker: { kind: 'PROJECT', id: 'p1', name: 'P1' },
        withCandidate: { kind: 'PROJECT', id: 'p2', name: 'P2' },
        partnerCount: 2,
      },
    ]);
    expect(byId.get('m')).toMatchObject({
      isExistingPartner: true,
      sharedProjects: [{ id: 'p1', title: 'P1', participantCount: 2 }],
    });
  });

  it('respects wanted kinds and helices, and an ad-hoc need without an actor', async () => {
    const candidates = retrieval.candidatesFor(
      retrieval.seekerForNeed({
        topics: [{ topicId: 't-aqua', weight: 1 }],
        wantedHelices: ['ACADEMIA'],
      }),
    );
    expect(candidates.map((c) => c.id)).toEqual(['b']);
    expect(candidates[0]?.intermediaries).toEqual([]);
  });

  it('makes no store round-trip', async () => {
    const before = graph.runner.roundTrips;
    const seeker = retrieval.seekerForNeed({
      topics: ['t-aqua', 't-hub', 't-ocean', 't-sensors'].map((topicId) => ({
        topicId,
        weight: 1,
      })),
      onBehalfOf: 's',
    });
    expect(retrieval.candidatesFor(seeker).length).toBeGreaterThan(0);
    expect(graph.runner.roundTrips).toBe(before);
  });
});
