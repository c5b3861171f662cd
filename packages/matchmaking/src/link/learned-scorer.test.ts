import { seededRandom } from '@kobling/domain';
import { describe, expect, it } from 'vitest';
import { resourceAllocationScorer } from './classic-scorers.ts';
import {
  createLearnedLinkScorer,
  linkScorer,
  linkScoreValue,
  LINK_FEATURES,
} from './learned-scorer.ts';
import { linkGraph, nodeGroups } from './link-graph.ts';
import { evaluateLinkPrediction } from './protocol.ts';

/**
 * Planted structure where the classic indices are blind: two sides (say companies and research
 * groups) in four communities; ties run only across the sides, mostly inside a community. A
 * company and a group never share a neighbour, so every candidate tie has RA = 0, while paths
 * of length 3 (company – group – company – group) follow the communities.
 */
function plantedBipartite(seed: number): { n: number; edges: number[] } {
  const rng = seededRandom(seed);
  const side = 100;
  const communities = 4;
  const edges: number[] = [];
  for (let a = 0; a < side; a++) {
    for (let b = 0; b < side; b++) {
      const same = a % communities === b % communities;
      if (rng.chance(same ? 0.16 : 0.006)) edges.push(a, side + b);
    }
  }
  return { n: 2 * side, edges };
}

/** Four communities of 50 nodes: ties mostly inside, so shared neighbours predict ties. */
function plantedCommunities(seed: number): { n: number; edges: number[] } {
  const rng = seededRandom(seed);
  const n = 200;
  const edges: number[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (rng.chance(a % 4 === b % 4 ? 0.12 : 0.004)) edges.push(a, b);
    }
  }
  return { n, edges };
}

describe('learned link scorer', () => {
  it('beats resource allocation on a graph with planted structure (AUC and precision@100)', () => {
    const { n, edges } = plantedBipartite(3);
    const r = evaluateLinkPrediction(n, edges, [resourceAllocationScorer, linkScorer], { runs: 3 });
    const [ra, learned] = r.methods;
    expect(ra?.auc.mean).toBeCloseTo(0.5, 1);
    expect(learned!.auc.mean).toBeGreaterThan(ra!.auc.mean + 0.2);
    expect(learned!.precision.mean).toBeGreaterThan(ra!.precision.mean);
  });

  it('returns one finite score per pair, the same for the same graph', () => {
    const { n, edges } = plantedBipartite(5);
    const g = linkGraph(n, edges);
    const us = Int32Array.from([0, 0, 7, 150]);
    const vs = Int32Array.from([100, 104, 199, 3]);
    const a = createLearnedLinkScorer().scoreBatch(g, us, vs);
    const b = createLearnedLinkScorer().scoreBatch(g, us, vs);
    expect(a).toHaveLength(4);
    expect([...a].every(Number.isFinite)).toBe(true);
    expect(a).toEqual(b);
    // same community (0 and 104 ≡ 0 mod 4) above another community (0 and 101)
    const [same, other] = linkScorer.scoreBatch(
      g,
      Int32Array.from([0, 0]),
      Int32Array.from([104, 101]),
    );
    expect(same).toBeGreaterThan(other!);
  });

  it('learns evidence weights that never lower a score', () => {
    const { n, edges } = plantedBipartite(7);
    for (const model of createLearnedLinkScorer().modelsOf(linkGraph(n, edges))) {
      expect(model.weights).toHaveLength(LINK_FEATURES.length);
      for (const j of [0, 1, 2, 3]) expect(model.weights[j]).toBeGreaterThanOrEqual(0);
    }
  });

  it('reads a score as a 0–1 value against an average pair of the graph', () => {
    // 5 nodes, 4 ties: 10 pairs, average odds 4 / 6
    const g = linkGraph(5, [0, 1, 1, 2, 2, 3, 3, 4]);
    expect(linkScoreValue(g, Math.log(4 / 6))).toBeCloseTo(0.5, 12);
    expect(linkScoreValue(g, 50)).toBeCloseTo(1, 12);
    expect(linkScoreValue(g, -50)).toBeCloseTo(0, 12);
    expect(linkScoreValue(linkGraph(3, []), 1)).toBe(0);
  });

  it('falls back to resource allocation order on a graph too small to learn from', () => {
    // a—b, a—c, b—d: (c, b) shares a, (c, d) shares nothing
    const g = linkGraph(4, [0, 1, 0, 2, 1, 3]);
    const [cb, cd] = linkScorer.scoreBatch(g, Int32Array.from([2, 2]), Int32Array.from([1, 3]));
    expect(cb).toBeGreaterThan(cd!);
  });

  it('scores a later version of the graph with the model trained on an earlier one', () => {
    const { n, edges } = plantedCommunities(9);
    const scorer = createLearnedLinkScorer();
    const before = linkGraph(n, edges);
    const model = scorer.train(before);
    expect(scorer.train(before)).toBe(model);
    // 0 and 1 (other communities) gain three common neighbours, 150–152
    const after = linkGraph(n, [...edges, 0, 150, 1, 150, 0, 151, 1, 151, 0, 152, 1, 152]);
    const us = Int32Array.from([0]);
    const vs = Int32Array.from([1]);
    // on the graph it was trained on, the model scores as the scorer does
    expect(model.scoreBatch(before, us, vs)).toEqual(scorer.scoreBatch(before, us, vs));
    expect(model.scoreBatch(after, us, vs)[0]).toBeGreaterThan(
      model.scoreBatch(before, us, vs)[0]!,
    );
    expect(model.trainedTies).toBe(before.m);
  });

  it('refuses a graph whose membership kinds differ from the ones it learnt', () => {
    const { n, edges } = plantedBipartite(9);
    const model = createLearnedLinkScorer().train(linkGraph(n, edges));
    const grouped = linkGraph(n, edges, [nodeGroups('clusters', n, 1, [0, 0, 1, 0])]);
    expect(() => model.scoreBatch(grouped, Int32Array.from([0]), Int32Array.from([1]))).toThrow(
      /membership kinds/,
    );
  });
});
