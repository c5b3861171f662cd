import { describe, expect, it } from 'vitest';
import {
  adamicAdarScorer,
  commonNeighboursScorer,
  resourceAllocationScorer,
} from './classic-scorers.ts';
import { linkGraph, nodeGroups } from './link-graph.ts';
import { LocalEvidence } from './local-evidence.ts';

// a=0, b=1, c=2, d=3, e=4: a—b, a—c, b—c, b—d, c—d, d—e; degrees a2 b3 c3 d3 e1
const g = linkGraph(5, [0, 1, 0, 2, 1, 2, 1, 3, 2, 3, 3, 4]);

describe('local evidence, worked by hand', () => {
  it('(a, d): common neighbours b and c, both of degree 3', () => {
    const e = new LocalEvidence(5);
    e.load(g, 0, true, false);
    expect(e.cn[3]).toBe(2);
    expect(e.aa[3]).toBeCloseTo(2 / Math.log(3), 12);
    expect(e.ra[3]).toBeCloseTo(2 / 3, 12);
  });

  it('(a, e): no common neighbour, two paths of length 3 through d', () => {
    const e = new LocalEvidence(5);
    e.load(g, 0, true, false);
    expect(e.cn[4]).toBe(0);
    // a–b–d–e and a–c–d–e, each weighted 1/√(d_b·d_d) = 1/√(d_c·d_d) = 1/3
    expect(e.l3[4]).toBeCloseTo(2 / 3, 12);
  });

  it('(b, e): one common neighbour d; loading another source clears the last one', () => {
    const e = new LocalEvidence(5);
    e.load(g, 0, true, false);
    e.load(g, 4, true, false);
    expect(e.cn[1]).toBe(1);
    expect(e.ra[1]).toBeCloseTo(1 / 3, 12);
    // paths e–d–b–a and e–d–c–a: 1/√(3·3) each
    expect(e.l3[0]).toBeCloseTo(2 / 3, 12);
    expect(e.cn[3]).toBe(0);
  });

  it('shared groups: Adamic-Adar over the groups both belong to', () => {
    // group 0 = {a, e}, group 1 = {a, c, e}
    const withGroups = linkGraph(
      5,
      [0, 1, 0, 2, 1, 2, 1, 3, 2, 3, 3, 4],
      [nodeGroups('clusters', 5, 2, [0, 0, 4, 0, 0, 1, 2, 1, 4, 1])],
    );
    const e = new LocalEvidence(5, 1);
    e.load(withGroups, 0, false, true);
    expect(e.group[0]?.[4]).toBeCloseTo(1 / Math.log(2) + 1 / Math.log(3), 12);
    expect(e.group[0]?.[2]).toBeCloseTo(1 / Math.log(3), 12);
    expect(e.group[0]?.[1]).toBe(0);
  });

  it('the classic scorers read the same sums, one per pair, any source order', () => {
    const us = Int32Array.from([0, 4, 0, 1]);
    const vs = Int32Array.from([3, 1, 4, 4]);
    expect([...commonNeighboursScorer.scoreBatch(g, us, vs)]).toEqual([2, 1, 0, 1]);
    const aa = adamicAdarScorer.scoreBatch(g, us, vs);
    expect(aa[0]).toBeCloseTo(2 / Math.log(3), 12);
    expect(aa[2]).toBe(0);
    const ra = resourceAllocationScorer.scoreBatch(g, us, vs);
    expect(ra[1]).toBeCloseTo(1 / 3, 12);
    expect(ra[3]).toBeCloseTo(1 / 3, 12);
  });
});
