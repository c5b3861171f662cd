import { describe, expect, it } from 'vitest';
import { seededRandom, type SeededRandom } from '@kobling/domain';
import type { Candidate, Seeker } from './candidate.ts';
import { MatchmakingError } from './errors.ts';
import { COMPLEMENTARITY_THRESHOLD, SIMILARITY_THRESHOLD, quadrantOf } from './explain.ts';
import { rankCandidates } from './rank.ts';
import { makeCandidate, makeSeeker, makeStats } from './test-support.ts';

const stats = makeStats();
const TOPICS = ['ocean', 'aqua', 'fish', 'sensors', 'ai', 'robotics'];

/** A random but valid candidate row (for property tests). */
function randomCandidate(rng: SeededRandom, i: number): Candidate {
  const pick = <T>(xs: readonly T[], n: number) => rng.shuffle(xs).slice(0, n);
  return makeCandidate({
    id: `c${String(i).padStart(3, '0')}`,
    name: `Candidate ${i}`,
    helix: rng.pick(['INDUSTRY', 'ACADEMIA', 'GOVERNMENT'] as const),
    municipality: rng.pick([
      { code: '5001', name: 'Trondheim' },
      { code: '5031', name: 'Malvik' },
    ]),
    inRegion: rng.next() < 0.8,
    topics: pick(TOPICS, rng.int(0, 4)).map((topicId) => ({
      topicId,
      weight: rng.int(1, 10) / 10,
    })),
    sharedClusters: pick(['k1', 'k2', 'k3'], rng.int(0, 2)).map((id) => ({
      id,
      name: `Cluster ${id}`,
      memberCount: rng.int(2, 80),
    })),
    sharedProjects: pick(['p1', 'p2'], rng.int(0, 1)).map((id) => ({
      id,
      title: `Project ${id}`,
      participantCount: rng.int(2, 8),
    })),
    intermediaries: pick(['x1', 'x2', 'x3'], rng.int(0, 2)).map((id) => ({
      id,
      name: `Introducer ${id}`,
      withSeeker: { kind: 'PROJECT' as const, id: `ps-${id}`, name: `Seeker project ${id}` },
      withCandidate: { kind: 'CLUSTER' as const, id: `pc-${id}`, name: `Candidate cluster ${id}` },
      partnerCount: rng.int(1, 30),
    })),
    projectCount: rng.int(0, 12),
    technologyCount: rng.int(0, 3),
    introductions: {
      accepted: rng.int(0, 3),
      declined: rng.int(0, 3),
      expired: rng.int(0, 2),
      completed: rng.int(0, 1),
    },
    offers:
      rng.next() < 0.3 ? [{ id: `o${i}`, title: `Offer ${i}`, topicIds: pick(TOPICS, 2) }] : [],
    needs: rng.next() < 0.2 ? [{ id: `n${i}`, title: `Need ${i}`, topicIds: pick(TOPICS, 1) }] : [],
    isExistingPartner: rng.next() < 0.2,
    // Half the rows carry the learned link score (an actor seeker's rows in live suggestions).
    ...(rng.next() < 0.5 ? { linkScore: rng.next() } : {}),
  });
}

const seeker: Seeker = makeSeeker({
  needs: [{ id: 'sn', title: 'Monitor fish welfare', topicIds: ['fish', 'sensors'] }],
  offers: [{ id: 'so', title: 'Robot arms', topicIds: ['robotics'] }],
});

describe('rankCandidates', () => {
  it('scores 0–100, orders by score desc then id, and is deterministic under reordering', () => {
    const rng = seededRandom(7);
    const rows = Array.from({ length: 60 }, (_, i) => randomCandidate(rng, i));
    const a = rankCandidates(seeker, rows, { topicStats: stats, limit: 100 });
    const b = rankCandidates(seeker, seededRandom(99).shuffle(rows), {
      topicStats: stats,
      limit: 100,
    });
    expect(b).toEqual(a);
    expect(JSON.stringify(rankCandidates(seeker, rows, { topicStats: stats, limit: 100 }))).toBe(
      JSON.stringify(a),
    );
    for (let i = 0; i < a.length; i++) {
      const s = a[i]!;
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
      const points = s.components.reduce((x, c) => x + c.points, 0);
      expect(s.score).toBeCloseTo(points, 1);
      if (i > 0) expect(a[i - 1]!.score).toBeGreaterThanOrEqual(s.score);
    }
  });

  it('breaks exact ties by id', () => {
    const rows = ['b', 'c', 'a'].map((id) => makeCandidate({ id, name: id.toUpperCase() }));
    expect(rankCandidates(seeker, rows, { topicStats: stats }).map((s) => s.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('leaves existing partners out by default, and includes them marked on request', () => {
    const rows = [
      makeCandidate({ id: 'p', isExistingPartner: true }),
      makeCandidate({ id: 'q' }),
      makeCandidate({ id: 'r' }),
    ];
    const s = makeSeeker({ partnerIds: ['r'] });
    expect(rankCandidates(s, rows, { topicStats: stats }).map((x) => x.id)).toEqual(['q']);
    const all = rankCandidates(s, rows, { topicStats: stats, includeExistingPartners: true });
    expect(all.map((x) => [x.id, x.isExistingPartner])).toEqual([
      ['p', true],
      ['q', false],
      ['r', true],
    ]);
  });

  it('never suggests the seeker itself and applies wanted kinds and helices', () => {
    const rows = [
      makeCandidate({ id: 'seeker' }),
      makeCandidate({ id: 'gov', helix: 'GOVERNMENT', kind: 'PUBLIC_ACTOR' }),
      makeCandidate({ id: 'rg' }),
    ];
    expect(rankCandidates(seeker, rows, { topicStats: stats }).map((x) => x.id)).toEqual([
      'gov',
      'rg',
    ]);
    expect(
      rankCandidates(makeSeeker({ wantedHelices: ['GOVERNMENT'] }), rows, {
        topicStats: stats,
      }).map((x) => x.id),
    ).toEqual(['gov']);
    expect(
      rankCandidates(makeSeeker({ wantedKinds: ['RESEARCH_GROUP'] }), rows, {
        topicStats: stats,
      }).map((x) => x.id),
    ).toEqual(['rg']);
  });

  it('respects the limit and the weights', () => {
    const rng = seededRandom(3);
    const rows = Array.from({ length: 30 }, (_, i) => randomCandidate(rng, i));
    expect(rankCandidates(seeker, rows, { topicStats: stats, limit: 5 })).toHaveLength(5);
    const onlyTrack = rankCandidates(seeker, rows, {
      topicStats: stats,
      limit: 100,
      includeExistingPartners: true,
      weights: Object.fromEntries(
        [
          'topicOverlap',
          'complementarity',
          'proximity',
          'warmPath',
          'locality',
          'responsiveness',
        ].map((f) => [f, 0]),
      ),
    });
    const byRecord = [...rows].sort(
      (x, y) =>
        y.projectCount + 2 * y.technologyCount - (x.projectCount + 2 * x.technologyCount) ||
        (x.id < y.id ? -1 : 1),
    );
    expect(onlyTrack.map((s) => s.id)).toEqual(byRecord.map((r) => r.id));
  });

  it('gives an empty ad-hoc need a typed error', () => {
    const run = () =>
      rankCandidates({ type: 'NEED', topics: [] }, [makeCandidate()], { topicStats: stats });
    expect(run).toThrow(MatchmakingError);
    expect(run).toThrow(expect.objectContaining({ code: 'EMPTY_NEED' }));
  });

  it('explains with named evidence in both languages', () => {
    const row = makeCandidate({
      topics: [
        { topicId: 'aqua', weight: 1 },
        { topicId: 'sensors', weight: 1 },
      ],
      sharedClusters: [{ id: 'k', name: 'Ocean Tech', memberCount: 40 }],
      intermediaries: [
        {
          id: 'x',
          name: 'NTNU',
          withSeeker: { kind: 'PROJECT', id: 'p', name: 'FishSense' },
          withCandidate: { kind: 'PROJECT', id: 'q', name: 'AquaLab' },
          partnerCount: 2,
        },
      ],
    });
    const [s] = rankCandidates(makeSeeker(), [row], { topicStats: stats });
    // Every reason, to read each sentence (by default the top 3 are shown).
    const [all] = rankCandidates(makeSeeker(), [row], { topicStats: stats, maxReasons: 8 });
    const texts = all!.explanation.reasons.map((r) => r.text);
    expect(texts).toContainEqual({
      en: 'Shares 2 topics: Aquaculture, Sensors',
      nb: 'Deler 2 tema: Havbruk, Sensorer',
    });
    expect(texts).toContainEqual({
      en: 'Can be introduced by NTNU (with you: project "FishSense"; with them: project "AquaLab")',
      nb: 'Kan introduseres av NTNU (med dere: prosjektet «FishSense»; med dem: prosjektet «AquaLab»)',
    });
    expect(s!.explanation.reasons.length).toBeLessThanOrEqual(3);
    expect(s!.quadrant).toBe('PEER');
  });

  it('explanations cite only evidence present in the candidate row (property)', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const rng = seededRandom(seed);
      const rows = Array.from({ length: 20 }, (_, i) => randomCandidate(rng, i));
      const byId = new Map(rows.map((r) => [r.id, r]));
      const out = rankCandidates(seeker, rows, {
        topicStats: stats,
        includeExistingPartners: true,
        maxReasons: 7,
        limit: 100,
      });
      for (const s of out) {
        const row = byId.get(s.id)!;
        const topicIds = new Set(row.topics.filter((t) => t.weight > 0).map((t) => t.topicId));
        const offerIds = new Set(row.offers.map((o) => o.id));
        const needIds = new Set(row.needs.map((n) => n.id));
        for (const r of s.explanation.reasons) {
          switch (r.feature) {
            case 'topicOverlap':
              for (const t of r.evidence.shared) expect(topicIds.has(t.id)).toBe(true);
              for (const t of r.evidence.related) expect(topicIds.has(t.topic.id)).toBe(true);
              break;
            case 'complementarity':
              if (r.evidence.answers?.offer)
                expect(offerIds.has(r.evidence.answers.offer.id)).toBe(true);
              if (r.evidence.answers?.by === 'CAPABILITY') {
                // the named need topics are answered by something the candidate has (exactly or related)
                expect(r.evidence.answers.topics.length).toBeGreaterThan(0);
              }
              if (r.evidence.answeredBySeeker)
                expect(needIds.has(r.evidence.answeredBySeeker.need.id)).toBe(true);
              break;
            case 'proximity':
              for (const c of r.evidence.clusters)
                expect(row.sharedClusters.some((x) => x.id === c.id && x.name === c.name)).toBe(
                  true,
                );
              for (const p of r.evidence.projects)
                expect(row.sharedProjects.some((x) => x.id === p.id && x.title === p.title)).toBe(
                  true,
                );
              for (const t of r.evidence.topics) expect(topicIds.has(t.id)).toBe(true);
              for (const c of r.evidence.collaborators) {
                expect(row.linkScore).toBeDefined();
                expect(row.intermediaries.some((x) => x.id === c.id && x.name === c.name)).toBe(
                  true,
                );
              }
              break;
            case 'warmPath':
              for (const i of r.evidence.introducers) {
                expect(row.intermediaries.some((x) => x.id === i.id && x.name === i.name)).toBe(
                  true,
                );
              }
              break;
            case 'locality':
              if (r.evidence.municipality)
                expect(row.municipality).toEqual(r.evidence.municipality);
              break;
            case 'trackRecord':
              expect(r.evidence.projects).toBe(row.projectCount);
              break;
            case 'responsiveness':
              expect(r.evidence.answered).toBeGreaterThan(0);
              break;
          }
        }
      }
    }
  });
});

describe('quadrant', () => {
  it('splits at the documented thresholds (high means ≥)', () => {
    const s = SIMILARITY_THRESHOLD;
    const c = COMPLEMENTARITY_THRESHOLD;
    expect(quadrantOf(s, c)).toBe('STRATEGIC_FIT');
    expect(quadrantOf(s, c - 1e-9)).toBe('PEER');
    expect(quadrantOf(s - 1e-9, c)).toBe('COMPLEMENTARY');
    expect(quadrantOf(s - 1e-9, c - 1e-9)).toBe('EXPLORATORY');
    expect(quadrantOf(1, 1)).toBe('STRATEGIC_FIT');
    expect(quadrantOf(0, 0)).toBe('EXPLORATORY');
  });
});
