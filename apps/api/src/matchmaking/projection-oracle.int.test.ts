import { mulberry32 } from '@kobling/domain';
import { bulkLoad } from '@kobling/graph';
import type { Graph, QueryExecutor } from '@kobling/graph';
import { openTestGraph } from '@kobling/graph/testing';
import { ProjectedRetrieval, rankCandidates } from '@kobling/matchmaking';
import type { Seeker, SeekerTopic } from '@kobling/matchmaking';
import { buildProjection } from '@kobling/projection';
import type { Projection } from '@kobling/projection';
import { actorId, generateGraph } from '@kobling/seeds';
import { CypherRetrieval } from '../testing/cypher-retrieval.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The projection answers exactly as the store did: on a generated graph, the Cypher candidate
 * retrieval (testing/cypher-retrieval.ts, kept as the oracle) and the retrieval over the projection give the
 * same seekers, the same candidates and the same top 20 with every explanation.
 */
const ACTORS = 1500;

describe('retrieval over the projection against the Cypher oracle', () => {
  let graph: Graph;
  let projection: Projection;
  let retrieval: ProjectedRetrieval;
  let cypher: CypherRetrieval;
  const random = mulberry32(3);
  const sample = (n: number) =>
    Array.from({ length: n }, () => actorId(Math.floor(random() * ACTORS)));

  beforeAll(async () => {
    graph = await openTestGraph();
    await bulkLoad(graph.runner, generateGraph({ actors: ACTORS, seed: 5 }).chunks());
    projection = await buildProjection(graph.runner);
    retrieval = new ProjectedRetrieval(projection);
    cypher = new CypherRetrieval(graph);
  }, 300_000);

  afterAll(async () => {
    await graph.close();
  });

  const oracle = <T>(work: (tx: QueryExecutor) => Promise<T>): Promise<T> =>
    graph.runner.read(work);

  it('holds the same topic statistics', async () => {
    const stats = await oracle((tx) => cypher.topicStats(tx));
    expect(retrieval.topicStats()).toEqual(stats);
  });

  it('gives every actor seeker the same candidates and the same top 20', async () => {
    const stats = retrieval.topicStats();
    let compared = 0;
    for (const id of sample(40)) {
      const expected = await oracle(async (tx) => {
        const seeker = await cypher.seekerFor(tx, 'ACTOR', id);
        return { seeker, candidates: await cypher.candidatesFor(tx, seeker, stats) };
      });
      const seeker = retrieval.seekerFor('ACTOR', id);
      expect(seeker).toEqual(expected.seeker);
      const candidates = retrieval.candidatesFor(seeker);
      expect(candidates).toEqual(expected.candidates);
      const top = (s: Seeker, c: typeof candidates) =>
        rankCandidates(s, c, { topicStats: stats, limit: 20 });
      expect(top(seeker, candidates)).toEqual(top(expected.seeker, expected.candidates));
      compared += candidates.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('gives needs (alone, filtered, and on behalf of an actor) the same candidates', async () => {
    const stats = retrieval.topicStats();
    const topicIds = [...stats.topics.keys()];
    for (const [i, onBehalfOf] of sample(12).entries()) {
      const topics: SeekerTopic[] = [0, 1, 2].map((k) => ({
        topicId: topicIds[(i * 7 + k * 13) % topicIds.length]!,
        weight: 1 - k * 0.3,
      }));
      const need = {
        topics,
        ...(i % 3 === 0 ? { wantedKinds: ['RESEARCH_GROUP', 'INSTITUTION'] as const } : {}),
        ...(i % 4 === 1 ? { wantedHelices: ['ACADEMIA'] as const } : {}),
        ...(i % 2 === 0 ? { onBehalfOf } : {}),
      };
      const expected = await oracle(async (tx) => {
        const seeker = await cypher.seekerForNeed(tx, need);
        return cypher.candidatesFor(tx, seeker, stats);
      });
      expect(retrieval.candidatesFor(retrieval.seekerForNeed(need))).toEqual(expected);
    }
  });

  it('finds the same most active actors and explains one pair the same way', async () => {
    const kinds = ['PUBLIC_ACTOR', 'INTERMEDIARY'] as const;
    const expected = await oracle((tx) => cypher.mostActive(tx, kinds, [], 30));
    expect(retrieval.mostActive(kinds, [], 30)).toEqual(expected);
    const [from, to] = sample(2);
    const seeker = retrieval.seekerFor('ACTOR', from!);
    const pair = await oracle((tx) => cypher.candidatesByIds(tx, seeker, [to!]));
    expect(retrieval.candidatesByIds(seeker, [to!])).toEqual(pair);
  });
});
