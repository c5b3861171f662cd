import { describe, expect, it } from 'vitest';
import { buildAdjacency, scorePair, topKLinks } from './link-prediction.ts';

// a—b, a—c, b—c, b—d, c—d, d—e ; degrees: a2 b3 c3 d3 e1
const adj = buildAdjacency([
  ['a', 'b'],
  ['a', 'c'],
  ['b', 'c'],
  ['b', 'd'],
  ['c', 'd'],
  ['d', 'e'],
  ['a', 'b'], // repeated
  ['e', 'e'], // self-loop
]);

describe('link prediction', () => {
  it('builds a symmetric adjacency without loops or repeats', () => {
    expect([...(adj.get('a') ?? [])].sort()).toEqual(['b', 'c']);
    expect([...(adj.get('e') ?? [])]).toEqual(['d']);
  });

  it('scores (a, d) by hand: common neighbours b and c, both of degree 3', () => {
    expect(scorePair(adj, 'a', 'd', 'commonNeighbours')).toBe(2);
    // Γ(a) = {b, c}, Γ(d) = {b, c, e}: |∩| = 2, |∪| = 3
    expect(scorePair(adj, 'a', 'd', 'jaccard')).toBeCloseTo(2 / 3, 12);
    expect(scorePair(adj, 'a', 'd', 'adamicAdar')).toBeCloseTo(2 / Math.log(3), 12);
    expect(scorePair(adj, 'a', 'd', 'resourceAllocation')).toBeCloseTo(2 / 3, 12);
  });

  it('scores (b, e) and unknown nodes', () => {
    expect(scorePair(adj, 'b', 'e', 'adamicAdar')).toBeCloseTo(1 / Math.log(3), 12);
    expect(scorePair(adj, 'b', 'e', 'jaccard')).toBeCloseTo(1 / 3, 12);
    expect(scorePair(adj, 'x', 'y', 'jaccard')).toBe(0);
    expect(scorePair(adj, 'a', 'x', 'adamicAdar')).toBe(0);
  });

  it('top-k proposes non-neighbours two hops away, best first, ties by id', () => {
    expect(topKLinks(adj, 'a', 5, 'adamicAdar')).toEqual([{ node: 'd', score: 2 / Math.log(3) }]);
    expect(topKLinks(adj, 'e', 5, 'commonNeighbours')).toEqual([
      { node: 'b', score: 1 },
      { node: 'c', score: 1 },
    ]);
    expect(topKLinks(adj, 'e', 1, 'commonNeighbours', { candidates: (n) => n !== 'b' })).toEqual([
      { node: 'c', score: 1 },
    ]);
    expect(
      topKLinks(adj, 'a', 5, 'commonNeighbours', { includeNeighbours: true }).map((x) => x.node),
    ).toEqual(['d', 'b', 'c']);
  });
});
