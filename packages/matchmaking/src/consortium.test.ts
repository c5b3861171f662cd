import { describe, expect, it } from 'vitest';
import { seededRandom } from '@kobling/domain';
import { assembleConsortium, pairTie, type ConsortiumCandidate } from './consortium.ts';
import { MatchmakingError } from './errors.ts';
import { makeCandidate, makeStats } from './test-support.ts';

const stats = makeStats();
const TOPICS = ['aqua', 'sensors', 'ai', 'robotics', 'fish', 'ocean'];

function member(
  id: string,
  topics: string[],
  over: Partial<ConsortiumCandidate> = {},
): ConsortiumCandidate {
  return {
    ...makeCandidate({
      id,
      name: id.toUpperCase(),
      topics: topics.map((topicId) => ({ topicId, weight: 1 })),
    }),
    clusters: [],
    projects: [],
    ...over,
  };
}

function pool(seed: number, prefix: string, n: number): ConsortiumCandidate[] {
  const rng = seededRandom(seed);
  return Array.from({ length: n }, (_, i) =>
    member(`${prefix}${String(i).padStart(2, '0')}`, rng.shuffle(TOPICS).slice(0, rng.int(1, 3)), {
      clusters: rng.next() < 0.5 ? [{ id: 'k1', name: 'Ocean Tech' }] : [],
      projects: rng.next() < 0.3 ? [{ id: `p${rng.int(1, 4)}`, name: 'Project' }] : [],
    }),
  );
}

const wanted = [
  { topicId: 'aqua', weight: 1 },
  { topicId: 'sensors', weight: 1 },
  { topicId: 'robotics', weight: 0.5 },
];

describe('assembleConsortium', () => {
  it('finds the triad that covers every topic, with coverage and explanation', () => {
    const triads = assembleConsortium({
      topics: wanted,
      topicStats: stats,
      candidates: {
        company: [member('co-sensors', ['sensors']), member('co-ai', ['ai'])],
        research: [member('rg-aqua', ['aqua']), member('rg-ocean', ['ocean'])],
        publicSupport: [member('pub-robot', ['robotics']), member('pub-none', ['ai'])],
      },
    });
    const best = triads[0]!;
    expect(best.members.map((m) => m.id)).toEqual(['co-sensors', 'rg-aqua', 'pub-robot']);
    expect(best.members.map((m) => m.role)).toEqual(['company', 'research', 'publicSupport']);
    expect(best.coverage.missing).toEqual([]);
    expect(best.coverage.fraction).toBeCloseTo(1, 12);
    expect(best.coverage.covered.map((c) => [c.topic.name, c.exact])).toEqual([
      ['Aquaculture', true],
      ['Robotics', true],
      ['Sensors', true],
    ]);
    expect(best.explanation[0]).toEqual({
      en: 'Covers 3 of 3 topics: Aquaculture, Robotics, Sensors',
      nb: 'Dekker 3 av 3 tema: Havbruk, Robotikk, Sensorer',
    });
    // A broader topic covers partly.
    const partial = triads.find(
      (t) =>
        t.members.some((m) => m.id === 'rg-ocean') &&
        t.members.some((m) => m.id === 'co-sensors') &&
        t.members.some((m) => m.id === 'pub-robot'),
    );
    expect(partial?.coverage.covered.find((c) => c.topic.id === 'aqua')?.exact).toBe(false);
  });

  it('returns at most 10 distinct triads, one member per role, each actor in at most 3', () => {
    const triads = assembleConsortium({
      topics: wanted,
      topicStats: stats,
      candidates: {
        company: pool(1, 'co', 30),
        research: pool(2, 'rg', 30),
        publicSupport: pool(3, 'pu', 30),
      },
    });
    expect(triads.length).toBe(10);
    const keys = new Set(triads.map((t) => t.members.map((m) => m.id).join('|')));
    expect(keys.size).toBe(triads.length);
    const uses = new Map<string, number>();
    for (const t of triads) {
      expect(new Set(t.members.map((m) => m.id)).size).toBe(3);
      expect(t.members[0].id.startsWith('co')).toBe(true);
      expect(t.members[1].id.startsWith('rg')).toBe(true);
      expect(t.members[2].id.startsWith('pu')).toBe(true);
      for (const m of t.members) uses.set(m.id, (uses.get(m.id) ?? 0) + 1);
    }
    expect(Math.max(...uses.values())).toBeLessThanOrEqual(3);
    for (let i = 1; i < triads.length; i++)
      expect(triads[i - 1]!.score).toBeGreaterThanOrEqual(triads[i]!.score);
    // Deterministic.
    expect(
      assembleConsortium({
        topics: wanted,
        topicStats: stats,
        candidates: {
          company: pool(1, 'co', 30),
          research: pool(2, 'rg', 30),
          publicSupport: pool(3, 'pu', 30),
        },
      }),
    ).toEqual(triads);
  });

  it('names only members, topics and ties present in the input', () => {
    const input = {
      topics: wanted,
      topicStats: stats,
      candidates: {
        company: pool(4, 'co', 12),
        research: pool(5, 'rg', 12),
        publicSupport: pool(6, 'pu', 12),
      },
    };
    const all = [
      ...input.candidates.company,
      ...input.candidates.research,
      ...input.candidates.publicSupport,
    ];
    for (const t of assembleConsortium(input)) {
      for (const m of t.members) {
        const row = all.find((c) => c.id === m.id)!;
        for (const topic of m.covers)
          expect(row.topics.some((x) => x.topicId === topic.id)).toBe(true);
      }
      for (const p of t.pairs) {
        const a = all.find((c) => c.id === p.a)!;
        const b = all.find((c) => c.id === p.b)!;
        for (const k of p.sharedClusters) {
          expect(
            a.clusters.some((c) => c.id === k.id) && b.clusters.some((c) => c.id === k.id),
          ).toBe(true);
        }
      }
    }
  });

  it('returns nothing when a role is empty, and refuses empty topics', () => {
    expect(
      assembleConsortium({
        topics: wanted,
        topicStats: stats,
        candidates: { company: pool(1, 'co', 3), research: [], publicSupport: pool(3, 'pu', 3) },
      }),
    ).toEqual([]);
    expect(() =>
      assembleConsortium({
        topics: [],
        topicStats: stats,
        candidates: { company: [], research: [], publicSupport: [] },
      }),
    ).toThrow(MatchmakingError);
  });

  it('pair tie by hand: one shared project and one cluster, same municipality', () => {
    const a = member('a', [], {
      projects: [{ id: 'p', name: 'P' }],
      clusters: [{ id: 'k', name: 'K' }],
    });
    const b = member('b', [], {
      projects: [{ id: 'p', name: 'P' }],
      clusters: [{ id: 'k', name: 'K' }],
    });
    expect(pairTie(a, b).value).toBeCloseTo(0.7 * (1 - Math.exp(-1.5)) + 0.3, 12);
  });
});
