import { defineQuery } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import { sampleRow } from '@kobling/graph/testing';
import {
  ProjectedRetrieval,
  collaborationGraph,
  linkGraph,
  linkModelFor,
  linkModelReady,
  linkScoreValue,
  nodeGroups,
  rankCandidates,
  withLinkScores,
} from '@kobling/matchmaking';
import type { LinkGraph, Suggestion } from '@kobling/matchmaking';
import { LiveProjection, buildProjection } from '@kobling/projection';
import type { Projection } from '@kobling/projection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededGraph } from '../testing/fixture.ts';
import { suggestPartners, suggestionForPair } from './service.ts';

/*
 * The graph feature of live suggestions (issue 16): proximity is the learned link scorer on the
 * collaboration graph of the projection version a request reads. Checked against the same model
 * on a graph read straight from the store with Cypher (projects, ACTIVE clusters, topics), before
 * and after a new collaboration is written — which the next version's feature follows without
 * training the model again.
 */

const participations = defineQuery<Record<string, never>, { actorId: string; groupId: string }>(
  'test.linkFeature.participations',
  'read',
  `MATCH (a:Actor)-[:PARTICIPATES_IN]->(p:Project)
RETURN a.id AS actorId, p.id AS groupId`,
);
const activeMemberships = defineQuery<Record<string, never>, { actorId: string; groupId: string }>(
  'test.linkFeature.memberships',
  'read',
  `MATCH (a:Actor)-[m:MEMBER_OF]->(c:Cluster)
WHERE m.status = 'ACTIVE'
RETURN a.id AS actorId, c.id AS groupId`,
);
const topicLinks = defineQuery<Record<string, never>, { actorId: string; groupId: string }>(
  'test.linkFeature.topics',
  'read',
  `MATCH (a:Actor)-[:HAS_TOPIC]->(t:Topic)
RETURN a.id AS actorId, t.id AS groupId`,
);

/** The collaboration graph as the store holds it, numbered as the version numbers its actors. */
async function storeGraph(graph: Graph, version: Projection): Promise<LinkGraph> {
  const [projects, clusters, topics] = await graph.runner.read(async (tx) => [
    await tx.run(participations, {}),
    await tx.run(activeMemberships, {}),
    await tx.run(topicLinks, {}),
  ]);
  const n = version.actorIndexLimit;
  const node = (id: string) => {
    const index = version.actorIndex(id);
    if (index === undefined) throw new Error(`the version lacks actor ${id}`);
    return index;
  };
  const byGroup = (rows: readonly { actorId: string; groupId: string }[]) => {
    const groups = new Map<string, number[]>();
    for (const r of rows)
      groups.set(r.groupId, [...(groups.get(r.groupId) ?? []), node(r.actorId)]);
    return [...groups.values()];
  };
  const ties: number[] = [];
  for (const members of byGroup(projects)) {
    for (const a of members) for (const b of members) if (a < b) ties.push(a, b);
  }
  const memberships = (name: string, rows: readonly { actorId: string; groupId: string }[]) => {
    const groups = byGroup(rows);
    return nodeGroups(
      name,
      n,
      groups.length,
      groups.flatMap((members, g) => members.flatMap((a) => [a, g])),
    );
  };
  return linkGraph(n, ties, [memberships('clusters', clusters), memberships('topics', topics)]);
}

const proximityOf = (s: Suggestion): number =>
  s.components.find((c) => c.feature === 'proximity')!.value;

describe('the learned link scorer as the graph feature of live suggestions', () => {
  let graph: Graph;
  let live: LiveProjection;
  let seekerId: string;

  beforeAll(async () => {
    graph = await seededGraph();
    live = LiveProjection.follow(graph, { pollMs: 0 });
    const version = await live.ready(120_000);
    // The seeded actor with the most collaborators (ties by id): its candidates have evidence.
    let most = -1;
    for (let i = 0; i < version.actorIndexLimit; i += 1) {
      if (!version.hasActorAt(i)) continue;
      const id = version.actorIdAt(i);
      const count = version.coParticipantCount(id);
      if (count > most) [most, seekerId] = [count, id];
    }
  }, 120_000);

  afterAll(async () => {
    live.close();
    await graph.close();
  });

  it('gives each suggestion the learned likelihood of a tie on the store’s collaborations', async () => {
    const version = await live.fresh(10_000);
    const model = await linkModelReady(version);
    const suggestions = suggestPartners(version, { type: 'ACTOR', id: seekerId }, {}, 50);
    expect(suggestions.length).toBeGreaterThan(10);
    const g = await storeGraph(graph, version);
    const scores = model.scoreBatch(
      g,
      new Int32Array(suggestions.length).fill(version.actorIndex(seekerId)!),
      Int32Array.from(suggestions, (s) => version.actorIndex(s.id)!),
    );
    suggestions.forEach((s, i) => {
      expect(proximityOf(s)).toBeCloseTo(linkScoreValue(g, scores[i]!), 12);
    });
    // Not one value for everyone: the scorer tells the candidates apart.
    expect(new Set(suggestions.map((s) => proximityOf(s).toFixed(6))).size).toBeGreaterThan(5);
  });

  it('follows a new collaboration in the next version, with the same model', async () => {
    const before = await live.fresh(10_000);
    const model = await linkModelReady(before);
    const partners = new ProjectedRetrieval(before).seekerFor('ACTOR', seekerId).partnerIds ?? [];
    const via = [...partners].sort()[0]!;
    const viaPartners = new Set(
      new ProjectedRetrieval(before).seekerFor('ACTOR', via).partnerIds ?? [],
    );
    // A suggested actor that has worked with neither: the new project makes `via` a collaborator
    // both share.
    const candidate = suggestPartners(before, { type: 'ACTOR', id: seekerId }, {}, 50).find(
      (s) => s.id !== via && !viaPartners.has(s.id),
    )!.id;
    const valueBefore = proximityOf(
      suggestionForPair(before, seekerId, candidate, null)!.suggestion,
    );

    await graph.runner.write(async (tx) => {
      await graph.projects.nodes.create(
        tx,
        sampleRow('Project', { id: 'project-link-feature', title: 'Link feature test project' }),
      );
      await graph.projects.participants.merge(tx, [
        { fromKey: via, toKey: 'project-link-feature', role: 'COORDINATOR' },
        { fromKey: candidate, toKey: 'project-link-feature', role: 'PARTNER' },
      ]);
    });
    const after = await live.fresh(10_000);
    expect(after).not.toBe(before);
    // One tie more is far from a tenth of the graph: the next version keeps the model.
    expect(linkModelFor(after)).toBe(model);

    const pair = suggestionForPair(after, seekerId, candidate, null)!.suggestion;
    expect(proximityOf(pair)).toBeGreaterThan(valueBefore);
    const g = await storeGraph(graph, after);
    const [score] = model.scoreBatch(
      g,
      Int32Array.from([after.actorIndex(seekerId)!]),
      Int32Array.from([after.actorIndex(candidate)!]),
    );
    expect(proximityOf(pair)).toBeCloseTo(linkScoreValue(g, score!), 12);
    // The version's graph, patched from its base's, is the graph of a projection built anew.
    const patched = collaborationGraph(after);
    const rebuilt = collaborationGraph(await buildProjection(graph.runner));
    expect(patched.neighbors).toEqual(rebuilt.neighbors);
    expect(patched.groups!.map((k) => [k.of, k.members])).toEqual(
      rebuilt.groups!.map((k) => [k.of, k.members]),
    );

    // The reason names the collaborator both now share.
    const retrieval = new ProjectedRetrieval(after);
    const seeker = retrieval.seekerFor('ACTOR', seekerId);
    const [explained] = rankCandidates(
      seeker,
      withLinkScores(after, seeker, retrieval.candidatesByIds(seeker, [candidate])),
      {
        topicStats: retrieval.topicStats(),
        limit: 1,
        maxReasons: 8,
        includeExistingPartners: true,
      },
    );
    const reason = explained!.explanation.reasons.find((r) => r.feature === 'proximity')!;
    expect(reason.text.en).toContain(after.actorName(via)!);
  });
});
