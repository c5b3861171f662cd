import { describe, expect, it } from 'vitest';
import { edgesOf, giantComponent, linkGraph, nodeGroups } from './link-graph.ts';

describe('link graph', () => {
  // 0—1, 0—2, 1—2, 1—3, 2—3, 3—4, with a repeat, a reversed repeat and a self-loop
  const g = linkGraph(6, [0, 1, 0, 2, 1, 2, 1, 3, 2, 3, 3, 4, 1, 0, 0, 1, 4, 4]);

  it('keeps each tie once, neighbours sorted, degrees and m', () => {
    expect(g.n).toBe(6);
    expect(g.m).toBe(6);
    expect(g.neighbors.map((l) => [...l])).toEqual([
      [1, 2],
      [0, 2, 3],
      [0, 1, 3],
      [1, 2, 4],
      [3],
      [],
    ]);
    expect([...g.degree]).toEqual([2, 3, 3, 3, 1, 0]);
    expect([...edgesOf(g)]).toEqual([0, 1, 0, 2, 1, 2, 1, 3, 2, 3, 3, 4]);
  });

  it('answers has() both ways, never for a node with itself', () => {
    expect(g.has(0, 1)).toBe(true);
    expect(g.has(1, 0)).toBe(true);
    expect(g.has(0, 3)).toBe(false);
    expect(g.has(4, 4)).toBe(false);
    expect(g.has(5, 0)).toBe(false);
  });

  it('refuses a node index outside 0…n−1', () => {
    expect(() => linkGraph(3, [0, 3])).toThrow(RangeError);
    expect(() => linkGraph(3, [0, 1.5])).toThrow(RangeError);
  });

  it('takes the giant component, renumbered in the old order', () => {
    // {0, 1, 2} a triangle, {3, 4} an edge, 5 alone, {6, 7, 8, 9} a path
    const gc = giantComponent(10, [0, 1, 1, 2, 0, 2, 3, 4, 6, 7, 7, 8, 8, 9]);
    expect(gc.n).toBe(4);
    expect([...gc.nodes]).toEqual([6, 7, 8, 9]);
    expect([...gc.edges]).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('indexes memberships both ways', () => {
    // node 0 in groups 0 and 1, node 2 in group 1 (twice), node 1 in none
    const groups = nodeGroups('clusters', 3, 2, [0, 1, 0, 0, 2, 1, 2, 1]);
    expect(groups.of.map((l) => [...l])).toEqual([[0, 1], [], [1]]);
    expect(groups.members.map((l) => [...l])).toEqual([[0], [0, 2]]);
  });
});
