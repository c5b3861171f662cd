import { describe, expect, it } from 'vitest';
import { betweennessOf } from './betweenness.ts';
import { detectCommunities } from './communities.ts';
import { busFactorOf, cutsOf } from './fragility.ts';
import { buildNetwork } from './network.ts';
import { structuralHolesOf } from './structural-holes.ts';
import { componentLabels, structureOf } from './structure.ts';
import { HELIX, bowtie, networkOf, star } from './test-networks.ts';
import { eiIndexOf } from './triple-helix.ts';

const { I, A, G } = HELIX;

describe('network', () => {
  it('drops self-ties and repeats, whatever the order', () => {
    const net = buildNetwork([7, 8, 9], [0, 1, 2], [0, 1, 1, 2, 0], [1, 0, 2, 2, 1]);
    expect(net.ties).toBe(2);
    expect([...net.targets]).toEqual([1, 0, 2, 1]);
    expect([...net.keys]).toEqual([7, 8, 9]);
  });
});

describe('structure (hand-worked)', () => {
  it('bowtie: n = 6, m = 7, density 2·7/(6·5), degrees 2×4 and 3×2', () => {
    const s = structureOf(bowtie());
    expect(s).toMatchObject({
      actors: 6,
      ties: 7,
      components: 1,
      largestComponent: 6,
      isolated: 0,
    });
    expect(s.density).toBeCloseTo(14 / 30, 12);
    expect(s.degreeDistribution).toEqual([
      { degree: 2, actors: 4 },
      { degree: 3, actors: 2 },
    ]);
    expect(s.meanDegree).toBeCloseTo(14 / 6, 12);
  });

  it('counts components and isolates; density undefined below two actors', () => {
    const net = networkOf([I, I, A, G], [[0, 1]]);
    const s = structureOf(net);
    expect(s).toMatchObject({ components: 3, largestComponent: 2, isolated: 2 });
    expect([...componentLabels(net).labels]).toEqual([0, 0, 1, 2]);
    expect(structureOf(networkOf([I], [])).density).toBeNull();
  });
});

describe('communities (Louvain)', () => {
  it('bowtie: the two triangles, Q = 2·(3/7 − (7/14)²) = 5/14', () => {
    const c = detectCommunities(bowtie());
    expect(c.count).toBe(2);
    expect([...c.labels]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(c.modularity).toBeCloseTo(5 / 14, 12);
  });

  it('no ties: every actor alone, modularity undefined', () => {
    const c = detectCommunities(networkOf([I, A], []));
    expect(c).toMatchObject({ count: 2, modularity: null });
  });
});

describe('betweenness (hand-worked)', () => {
  it('bowtie: 2 and 3 each lie on 6 of the 10 pairs of the others', () => {
    const b = betweennessOf(bowtie());
    expect(b.exact).toBe(true);
    expect(b.errorBound).toBe(0);
    expect([...b.values].map((v) => +v.toFixed(12))).toEqual([0, 0, 0.6, 0.6, 0, 0]);
  });

  it('star: the centre lies on every pair of leaves', () => {
    expect([...betweennessOf(star()).values]).toEqual([1, 0, 0, 0]);
  });

  it('splits shortest paths evenly: a 4-cycle gives each node half of its opposite pair', () => {
    const cycle = networkOf(
      [I, I, I, I],
      [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 0],
      ],
    );
    // Pairs without v: 3; only the opposite pair passes v, on one of its two paths → 0.5 / 3.
    for (const v of betweennessOf(cycle).values) expect(v).toBeCloseTo(1 / 6, 12);
  });

  it('samples sources on a large network, within its stated bound of the exact values', () => {
    // A path of 5,000: exact work 5,000 × 2·4,999 is past the exact budget.
    const n = 5000;
    const from = Array.from({ length: n - 1 }, (_, i) => i);
    const path = buildNetwork(
      from.concat(n - 1),
      new Array<number>(n).fill(0),
      from,
      from.map((i) => i + 1),
    );
    const b = betweennessOf(path, 7);
    expect(b.exact).toBe(false);
    expect(b.sources).toBeLessThan(n);
    expect(b.errorBound).toBeGreaterThan(0);
    expect(b.errorBound).toBeLessThan(0.5);
    // On a path, node v lies on v·(n − 1 − v) pairs.
    const pairs = ((n - 1) * (n - 2)) / 2;
    for (const v of [1, 1000, 2500, 4998]) {
      expect(Math.abs(b.values[v]! - (v * (n - 1 - v)) / pairs)).toBeLessThanOrEqual(b.errorBound);
    }
  });
});

describe('structural holes (Burt 1992, hand-worked)', () => {
  it('bowtie: node 0 is constrained 4/9 + 9/16, the bridge end 2 only 1/4 + 1/4 + 1/9', () => {
    const h = structuralHolesOf(bowtie());
    expect(h.constraint[0]).toBeCloseTo(4 / 9 + 9 / 16, 12);
    expect(h.constraint[2]).toBeCloseTo(1 / 4 + 1 / 4 + 1 / 9, 12);
    // Effective size deg − 2t/deg: node 0 has 2 contacts tied to each other, node 2 three with one tie.
    expect(h.effectiveSize[0]).toBeCloseTo(1, 12);
    expect(h.effectiveSize[2]).toBeCloseTo(3 - 2 / 3, 12);
  });

  it('star: the centre 3 × (1/3)², every leaf fully constrained', () => {
    const h = structuralHolesOf(star());
    expect(h.constraint[0]).toBeCloseTo(1 / 3, 12);
    expect(h.effectiveSize[0]).toBe(3);
    expect(h.constraint[1]).toBe(1);
    expect(h.effectiveSize[1]).toBe(1);
  });

  it('an actor without ties has no constraint', () => {
    const h = structuralHolesOf(networkOf([I, A], []));
    expect(h.constraint[0]).toBeNaN();
    expect(h.effectiveSize[0]).toBe(0);
  });
});

describe('fragility', () => {
  it('bowtie: the bridge 2–3 and its two ends', () => {
    expect(cutsOf(bowtie())).toEqual({ articulationPoints: [2, 3], bridges: [[2, 3]] });
  });

  it('star: the centre, and every tie a bridge; a cycle has neither', () => {
    expect(cutsOf(star())).toEqual({
      articulationPoints: [0],
      bridges: [
        [0, 1],
        [0, 2],
        [0, 3],
      ],
    });
    const cycle = networkOf(
      [I, I, I],
      [
        [0, 1],
        [1, 2],
        [2, 0],
      ],
    );
    expect(cutsOf(cycle)).toEqual({ articulationPoints: [], bridges: [] });
  });

  it('bus factor: one cross-helix tie has two sole holders', () => {
    expect(busFactorOf(bowtie())).toEqual({ crossHelixTies: 1, size: 1, soleHolders: [2, 3] });
  });

  it('bus factor: the star’s centre holds every cross-helix tie', () => {
    expect(busFactorOf(star())).toEqual({ crossHelixTies: 3, size: 1, soleHolders: [0] });
  });

  it('bus factor: two separate cross-helix ties need two losses; five need more than four', () => {
    const two = networkOf(
      [I, A, I, A],
      [
        [0, 1],
        [2, 3],
      ],
    );
    expect(busFactorOf(two)).toEqual({ crossHelixTies: 2, size: 2, soleHolders: [] });
    const helices = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? I : G));
    const ties = Array.from({ length: 5 }, (_, k) => [2 * k, 2 * k + 1] as const);
    expect(busFactorOf(networkOf(helices, ties)).size).toBeNull();
    expect(busFactorOf(networkOf([I, I], [[0, 1]]))).toEqual({
      crossHelixTies: 0,
      size: 0,
      soleHolders: [],
    });
  });
});

describe('E-I index (Krackhardt & Stern 1988)', () => {
  it('bowtie: 1 external, 6 internal → (1 − 6)/7', () => {
    expect(eiIndexOf(bowtie())).toEqual({ external: 1, internal: 6, index: -5 / 7 });
  });

  it('star: every tie crosses helices → +1; no ties → undefined', () => {
    expect(eiIndexOf(star()).index).toBe(1);
    expect(eiIndexOf(networkOf([I, A], [])).index).toBeNull();
  });
});
