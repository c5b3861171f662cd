import { describe, expect, it } from 'vitest';
import { clusterAlerts } from './alerts.ts';
import { NetworkAnalytics } from './analytics.ts';
import { asOfDate, asOfYear } from './dated-ties.ts';
import { WHERE } from './text.ts';
import { tieImpact } from './tie-impact.ts';
import { EXAMPLE_NETWORK, exampleProjection } from './testing.ts';
import { helixCode } from './network.ts';

/*
 * The example network (example-network.ts) by hand. As of the end of 2020, publicly: projects p1
 * (c1, r1) and p2 (c1, c2) run; p3 starts in 2021, p4 ran in 2019 only. The cluster's members are
 * c1, c2, c3 and r1 (g1 joins in 2025, r2 was removed). Its ties: c1–r1 (across helices) and
 * c1–c2 (within industry); c3 has none.
 */
const projection = exampleProjection();
const analytics = NetworkAnalytics.of(projection);
const end2020 = asOfYear(2020);
const k1 = EXAMPLE_NETWORK.cluster.id;
const key = (id: string) => projection.actorIndex(id)!;
const ids = (keys: readonly number[]) => keys.map((k) => projection.actorIdAt(k)).sort();

describe('a cluster as of a date', () => {
  const cluster = analytics.cluster(k1, end2020, 'PUBLIC')!;

  it('has the members of that date and the ties of the projects then running', () => {
    expect(ids([...cluster.network.keys])).toEqual(['nx-c1', 'nx-c2', 'nx-c3', 'nx-r1']);
    expect(cluster.structure).toMatchObject({
      actors: 4,
      ties: 2,
      components: 2,
      largestComponent: 3,
      isolated: 1,
    });
    expect(cluster.structure.density).toBeCloseTo(4 / 12, 12);
  });

  it('E-I: one tie across, one within → 0; T(UIG) over p1 (U+I) and p2 (I): 0 bits', () => {
    // I is in every co-participation and G in none, so H_I = H_G = H_IG = 0 and
    // T = H_U − H_UI − H_UG + H_UIG = 1 − 1 − 1 + 1 = 0.
    expect(cluster.ei).toEqual({ external: 1, internal: 1, index: 0 });
    expect(cluster.tripleHelix).toBe(0);
  });

  it('c1 brokers between r1 and c2: betweenness 1/3, constraint 2·(1/2)², effective size 2', () => {
    const c1 = cluster.positionOf(key('nx-c1'))!;
    // Pairs without c1: (c2, r1), (c2, c3), (r1, c3); only c2–r1 is joined, through c1.
    expect(cluster.betweenness.values[c1]).toBeCloseTo(1 / 3, 12);
    expect(cluster.holes.constraint[c1]).toBeCloseTo(0.5, 12);
    expect(cluster.holes.effectiveSize[c1]).toBe(2);
    expect(ids(cluster.brokers(1).map((p) => cluster.network.keys[p]!))).toEqual(['nx-c1']);
    expect(ids(cluster.cuts.articulationPoints.map((p) => cluster.network.keys[p]!))).toEqual([
      'nx-c1',
    ]);
  });

  it('a member who joined later, or a cluster the version lacks, does not count', () => {
    const later = analytics.cluster(k1, asOfYear(2025), 'PUBLIC')!;
    expect(ids([...later.network.keys])).toContain('nx-g1');
    expect(analytics.cluster('nx-nope', end2020, 'PUBLIC')).toBeNull();
  });

  it('counts an accepted introduction only when private ties may count, from its answer on', () => {
    const all = analytics.cluster(k1, end2020, 'ALL')!;
    // + c3–r1: one component; r1 now holds both cross-helix ties.
    expect(all.structure).toMatchObject({ ties: 3, components: 1 });
    expect(all.ei.index).toBeCloseTo(1 / 3, 12);
    expect(ids(all.busFactor.soleHolders.map((p) => all.network.keys[p]!))).toEqual(['nx-r1']);
    const before = analytics.cluster(k1, asOfDate(new Date('2020-02-29')), 'ALL')!;
    expect(before.structure.ties).toBe(2);
  });

  it('is kept for the projection version', () => {
    expect(analytics.cluster(k1, end2020, 'PUBLIC')).toBe(cluster);
    expect(NetworkAnalytics.of(projection)).toBe(analytics);
  });
});

describe('the region', () => {
  it('holds the actors located in the region; an outside partner’s project is left out', () => {
    const region = analytics.region(asOfYear(2019), 'PUBLIC');
    expect(region.structure.actors).toBe(6);
    // c1–r1 and c1–c2; p4 joins c3 with x1, outside the region.
    expect(region.structure.ties).toBe(2);
    // p1 (U+I), p2 (I) and p4 as seen in the region (c3: I).
    expect(region.cells[1 | 2]).toBe(1);
    expect(region.cells[2]).toBe(2);
  });

  it('helix trend: one point a year', () => {
    const trend = analytics.helixTrend(2019, 2021, 'PUBLIC');
    expect(trend.map((p) => p.year)).toEqual([2019, 2020, 2021]);
    expect(trend[0]).toMatchObject({ ties: 2, coParticipations: 3, ei: { index: 0 } });
    // 2021: p2 (c1–c2) and p3 (c2, g1, r2): three ties across, one within → (3 − 1)/4.
    expect(trend[2]).toMatchObject({ ties: 4, coParticipations: 2, ei: { index: 0.5 } });
    expect(trend[2]!.tripleHelix).toBe(0);
  });

  it('a municipality holds its own actors', () => {
    expect(analytics.municipality('3301', end2020, 'PUBLIC')!.structure.actors).toBe(1);
    expect(analytics.municipality('0000', end2020, 'PUBLIC')).toBeNull();
  });
});

describe('what a proposed tie would change', () => {
  const cluster = analytics.cluster(k1, end2020, 'PUBLIC')!;
  const end = (id: string) => ({ key: key(id), helix: helixCode(projection.helixAt(key(id))) });

  it('c3–c1 joins c3’s lone part to the rest, and c1 gains a third open contact', () => {
    const impact = tieImpact(cluster, end('nx-c3'), end('nx-c1'), WHERE.cluster);
    expect(impact.components).toEqual({ before: 2, after: 1 });
    // One more tie within industry: (1 − 2)/3.
    expect(impact.ei.after.index).toBeCloseTo(-1 / 3, 12);
    expect(impact.labels.map((l) => l.code)).toEqual(['JOINS_COMPONENTS', 'LINKS_COMMUNITIES']);
    expect(impact.labels[1]!.text.en).toBe('links two communities in this cluster');
    const [c3, c1] = impact.brokerage;
    expect(c3).toMatchObject({ constraintBefore: null, constraintAfter: 1, effectiveSizeAfter: 1 });
    expect(c1.constraintBefore).toBeCloseTo(1 / 2, 12);
    expect(c1.constraintAfter).toBeCloseTo(1 / 3, 12);
    expect(c1.effectiveSizeAfter).toBe(3);
  });

  it('c3–g1 (not yet a member) is the cluster’s first public-sector tie', () => {
    const impact = tieImpact(cluster, end('nx-c3'), end('nx-g1'), WHERE.cluster);
    expect(impact.labels.map((l) => [l.code, l.helices])).toEqual([
      ['FIRST_HELIX_TIE', ['GOVERNMENT']],
      ['FIRST_HELIX_PAIR_TIE', ['INDUSTRY', 'GOVERNMENT']],
    ]);
    expect(impact.labels[0]!.text).toEqual({
      en: 'first public-sector tie in this cluster',
      nb: 'første kobling med offentlig sektor i denne klyngen',
    });
    expect(impact.components).toEqual({ before: 2, after: 2 });
    expect(impact.ei.after).toEqual({ external: 2, internal: 1, index: 1 / 3 });
  });

  it('an existing tie changes nothing', () => {
    const impact = tieImpact(cluster, end('nx-c1'), end('nx-r1'), WHERE.cluster);
    expect(impact.alreadyTied).toBe(true);
    expect(impact.ei.after).toEqual(impact.ei.before);
    expect(impact.labels.map((l) => l.code)).toEqual(['ALREADY_TIED']);
  });
});

describe('alerts and gaps', () => {
  it('names the single cross-helix tie, the member without ties, the missing helix and the topic without R&D', () => {
    const cluster = analytics.cluster(k1, end2020, 'PUBLIC')!;
    const region = analytics.region(end2020, 'PUBLIC');
    const alerts = clusterAlerts(projection, cluster, region);
    expect(alerts.map((a) => a.code)).toEqual([
      'SOLE_BROKER',
      'NO_TIES',
      'MISSING_HELIX',
      'TOPIC_WITHOUT_RND',
    ]);
    const [sole, lonely, missing, topic] = alerts;
    expect(ids(sole!.actorKeys)).toEqual(['nx-c1', 'nx-r1']);
    // The best connected other member (c2) asked for partners outside industry.
    expect(sole!.fix).toEqual({
      kind: 'PARTNERS',
      actorKey: key('nx-c2'),
      helices: ['ACADEMIA', 'GOVERNMENT'],
    });
    expect(ids(lonely!.actorKeys)).toEqual(['nx-c3']);
    expect(lonely!.fix).toEqual({ kind: 'PARTNERS', actorKey: key('nx-c3'), helices: [] });
    // The cluster's topics: AI (c1, c2, r1) then batteries (c2, c3).
    expect(missing).toMatchObject({
      helix: 'GOVERNMENT',
      fix: { kind: 'NEED', topicIds: ['nx-t-ai', 'nx-t-battery'], helices: ['GOVERNMENT'] },
    });
    // AI has r1; nobody academic works on batteries with c2 or c3.
    expect(topic).toMatchObject({
      topicIds: ['nx-t-battery'],
      fix: { kind: 'NEED', topicIds: ['nx-t-battery'], helices: ['ACADEMIA'] },
    });
  });
});
