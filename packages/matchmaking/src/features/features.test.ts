import { describe, expect, it } from 'vitest';
import { prepareSeeker } from '../seeker-context.ts';
import { makeCandidate, makeSeeker, makeStats } from '../test-support.ts';
import { complementarity } from './complementarity.ts';
import { locality } from './locality.ts';
import { proximity } from './proximity.ts';
import { responsiveness } from './responsiveness.ts';
import { topicOverlap } from './topic-overlap.ts';
import { trackRecord } from './track-record.ts';
import { warmPath } from './warm-path.ts';

const stats = makeStats();
// idf(t) = ln(1 + 100 / (1 + df))
const IDF_AQUA = Math.log(1 + 100 / 10); // df 9
const IDF_SENSORS = Math.log(1 + 100 / 20); // df 19
const ctx = (over = {}) => prepareSeeker(makeSeeker(over), stats);

describe('topicOverlap', () => {
  it('is the IDF-weighted share of seeker topics the candidate has', () => {
    const r = topicOverlap(ctx(), makeCandidate({ topics: [{ topicId: 'sensors', weight: 1 }] }));
    expect(r.value).toBeCloseTo(IDF_SENSORS / (IDF_AQUA + IDF_SENSORS), 10);
    expect(r.evidence.shared.map((t) => t.name)).toEqual(['Sensors']);
    expect(r.evidence.related).toEqual([]);
  });

  it('counts a narrower topic at half, scaled by the candidate weight', () => {
    const r = topicOverlap(
      ctx(),
      makeCandidate({
        topics: [
          { topicId: 'fish', weight: 0.8 },
          { topicId: 'sensors', weight: 1 },
        ],
      }),
    );
    const expected = (IDF_AQUA * 0.5 * 0.8 + IDF_SENSORS) / (IDF_AQUA + IDF_SENSORS);
    expect(r.value).toBeCloseTo(expected, 10);
    expect(r.evidence.related).toEqual([
      {
        topic: { id: 'fish', name: 'Fish health', nameNb: 'Fiskehelse' },
        wanted: { id: 'aqua', name: 'Aquaculture', nameNb: 'Havbruk' },
        relation: 'NARROWER',
      },
    ]);
  });

  it('counts the broader topic at half too, and an exact match wins over a related one', () => {
    const broader = topicOverlap(
      ctx(),
      makeCandidate({ topics: [{ topicId: 'ocean', weight: 1 }] }),
    );
    expect(broader.value).toBeCloseTo((0.5 * IDF_AQUA) / (IDF_AQUA + IDF_SENSORS), 10);
    expect(broader.evidence.related[0]?.relation).toBe('BROADER');
    const both = topicOverlap(
      ctx(),
      makeCandidate({
        topics: [
          { topicId: 'ocean', weight: 1 },
          { topicId: 'aqua', weight: 1 },
        ],
      }),
    );
    expect(both.evidence.shared.map((t) => t.id)).toEqual(['aqua']);
    expect(both.evidence.related).toEqual([]);
  });

  it('is 1 for a full match and 0 for none; grandparents do not count', () => {
    expect(
      topicOverlap(
        ctx(),
        makeCandidate({
          topics: [
            { topicId: 'aqua', weight: 1 },
            { topicId: 'sensors', weight: 1 },
          ],
        }),
      ).value,
    ).toBeCloseTo(1, 12);
    const grand = topicOverlap(
      ctx({ topics: [{ topicId: 'fish', weight: 1 }] }),
      makeCandidate({ topics: [{ topicId: 'ocean', weight: 1 }] }),
    );
    expect(grand.value).toBe(0);
  });
});

describe('complementarity', () => {
  const need = { id: 'n1', title: 'Monitor fish welfare', topicIds: ['fish', 'sensors'] };
  const IDF_FISH = Math.log(1 + 100 / 5);

  it('an offer answering the whole need gives 1 and names need and offer', () => {
    const r = complementarity(
      ctx({ needs: [need] }),
      makeCandidate({
        offers: [{ id: 'o1', title: 'Underwater sensing', topicIds: ['fish', 'sensors'] }],
      }),
    );
    expect(r.value).toBeCloseTo(1, 12);
    expect(r.evidence.answers?.need.title).toBe('Monitor fish welfare');
    expect(r.evidence.answers?.offer?.title).toBe('Underwater sensing');
    expect(r.evidence.crossHelix).toEqual({ seeker: 'INDUSTRY', candidate: 'ACADEMIA' });
  });

  it('capability counts 0.7 of its coverage, combined with cross-helix by noisy-OR', () => {
    const r = complementarity(
      ctx({ needs: [need] }),
      makeCandidate({ topics: [{ topicId: 'sensors', weight: 1 }] }),
    );
    const cover = IDF_SENSORS / (IDF_FISH + IDF_SENSORS);
    expect(r.value).toBeCloseTo(1 - (1 - 0.7 * cover) * (1 - 0.3), 10);
    expect(r.evidence.answers?.by).toBe('CAPABILITY');
    expect(r.evidence.answers?.topics.map((t) => t.name)).toEqual(['Sensors']);
  });

  it('a same-helix candidate with nothing to offer is 0; cross-helix alone is 0.3', () => {
    expect(
      complementarity(ctx(), makeCandidate({ helix: 'INDUSTRY', kind: 'COMPANY' })).value,
    ).toBe(0);
    expect(complementarity(ctx(), makeCandidate()).value).toBeCloseTo(0.3, 12);
  });

  it('the candidate need answered by the seeker counts half', () => {
    const r = complementarity(
      ctx({ offers: [{ id: 'so', title: 'Robot arms', topicIds: ['robotics'] }] }),
      makeCandidate({
        helix: 'INDUSTRY',
        needs: [{ id: 'cn', title: 'Automate feeding', topicIds: ['robotics'] }],
      }),
    );
    expect(r.value).toBeCloseTo(0.5, 12);
    expect(r.evidence.answeredBySeeker?.offer?.title).toBe('Robot arms');
  });

  it('an ad-hoc need is one need of its topics', () => {
    const r = complementarity(
      prepareSeeker(
        { type: 'NEED', topics: [{ topicId: 'sensors', weight: 1 }], text: 'sensing' },
        stats,
      ),
      makeCandidate({ topics: [{ topicId: 'sensors', weight: 1 }] }),
    );
    expect(r.value).toBeCloseTo(0.7, 12);
  });
});

describe('proximity', () => {
  it('is 1 − exp(−AA/2) over shared clusters, projects and topics', () => {
    const r = proximity(
      ctx(),
      makeCandidate({
        topics: [{ topicId: 'sensors', weight: 1 }],
        sharedClusters: [{ id: 'c1', name: 'Ocean Tech', memberCount: 50 }],
        sharedProjects: [{ id: 'p1', title: 'FishSense', participantCount: 3 }],
      }),
    );
    const aa = 1 / Math.log(50) + 1 / Math.log(3) + 1 / Math.log(19);
    expect(r.evidence.adamicAdar).toBeCloseTo(aa, 12);
    expect(r.value).toBeCloseTo(1 - Math.exp(-aa / 2), 12);
    expect(r.evidence.clusters[0]?.name).toBe('Ocean Tech');
    expect(r.evidence.topics.map((t) => t.id)).toEqual(['sensors']);
  });

  it('is 0 with nothing shared and clamps tiny degrees to 2', () => {
    expect(proximity(ctx(), makeCandidate()).value).toBe(0);
    const r = proximity(
      ctx(),
      makeCandidate({ sharedProjects: [{ id: 'p', title: 'P', participantCount: 1 }] }),
    );
    expect(r.evidence.adamicAdar).toBeCloseTo(1 / Math.log(2), 12);
  });

  it("takes the link scorer's value when the row carries one; the evidence stays the facts", () => {
    const shared = { sharedClusters: [{ id: 'c1', name: 'Ocean Tech', memberCount: 50 }] };
    const r = proximity(ctx(), makeCandidate({ ...shared, linkScore: 0.73 }));
    expect(r.value).toBe(0.73);
    expect(r.evidence.clusters[0]?.name).toBe('Ocean Tech');
    expect(proximity(ctx(), makeCandidate({ linkScore: 0.73 }), false).value).toBe(0.73);
  });
});

describe('warmPath', () => {
  const tie = (kind: 'PROJECT' | 'CLUSTER', id: string) => ({ kind, id, name: id.toUpperCase() });
  it('one project-project introducer with few partners gives 0.6, two give 0.84', () => {
    const one = warmPath(
      makeCandidate({
        intermediaries: [
          {
            id: 'i1',
            name: 'NTNU',
            withSeeker: tie('PROJECT', 'p1'),
            withCandidate: tie('PROJECT', 'p2'),
            partnerCount: 2,
          },
        ],
      }),
    );
    expect(one.value).toBeCloseTo(0.6, 12);
    expect(one.evidence.introducers[0]?.name).toBe('NTNU');
    const two = warmPath(
      makeCandidate({
        intermediaries: [
          {
            id: 'i1',
            name: 'NTNU',
            withSeeker: tie('PROJECT', 'p1'),
            withCandidate: tie('PROJECT', 'p2'),
            partnerCount: 2,
          },
          {
            id: 'i2',
            name: 'SINTEF',
            withSeeker: tie('PROJECT', 'p3'),
            withCandidate: tie('PROJECT', 'p4'),
            partnerCount: 1,
          },
        ],
      }),
    );
    expect(two.value).toBeCloseTo(0.84, 12);
  });

  it('weakens cluster ties and hubs: 0.6 · 0.5 / ln(10)', () => {
    const r = warmPath(
      makeCandidate({
        intermediaries: [
          {
            id: 'i',
            name: 'Hub',
            withSeeker: tie('CLUSTER', 'c'),
            withCandidate: tie('PROJECT', 'p'),
            partnerCount: 10,
          },
          {
            id: 'i',
            name: 'Hub',
            withSeeker: tie('CLUSTER', 'c'),
            withCandidate: tie('CLUSTER', 'c2'),
            partnerCount: 10,
          },
        ],
      }),
    );
    expect(r.evidence.introducers).toHaveLength(1);
    expect(r.value).toBeCloseTo(0.6 * (0.5 / Math.log(10)), 12);
  });
});

describe('locality', () => {
  it('same municipality 1, region 0.5, outside 0; a preference replaces the own municipality', () => {
    expect(locality(ctx(), makeCandidate()).value).toBe(1);
    expect(
      locality(ctx(), makeCandidate({ municipality: { code: '5031', name: 'Malvik' } })).value,
    ).toBe(0.5);
    expect(
      locality(
        ctx(),
        makeCandidate({ municipality: { code: '0301', name: 'Oslo' }, inRegion: false }),
      ).value,
    ).toBe(0);
    const pref = ctx({ municipalityPreference: ['5031'] });
    expect(
      locality(pref, makeCandidate({ municipality: { code: '5031', name: 'Malvik' } })).evidence,
    ).toEqual({
      match: 'SAME_MUNICIPALITY',
      municipality: { code: '5031', name: 'Malvik' },
    });
    expect(locality(pref, makeCandidate()).value).toBe(0.5);
  });

  it('an unrecorded place is unknown, scored as the region middle, not as outside', () => {
    const unplaced = makeCandidate({ municipality: undefined, inRegion: false });
    expect(locality(ctx(), unplaced)).toEqual({ value: 0.5, evidence: { match: 'UNKNOWN' } });
  });
});

describe('trackRecord', () => {
  it('is 1 − exp(−(projects + 2·technologies)/5)', () => {
    expect(trackRecord(makeCandidate()).value).toBe(0);
    expect(trackRecord(makeCandidate({ projectCount: 3, technologyCount: 1 })).value).toBeCloseTo(
      1 - Math.exp(-1),
      12,
    );
  });
});

describe('responsiveness', () => {
  it('is neutral for a new actor and Bayesian-smoothed otherwise', () => {
    expect(responsiveness(makeCandidate()).value).toBe(0.5);
    const r = responsiveness(
      makeCandidate({ introductions: { accepted: 3, completed: 1, declined: 1, expired: 1 } }),
    );
    expect(r.value).toBeCloseTo((4 + 1) / (6 + 2), 12);
    expect(r.evidence).toEqual({ positive: 4, answered: 6 });
    expect(
      responsiveness(
        makeCandidate({ introductions: { accepted: 0, completed: 0, declined: 1, expired: 0 } }),
      ).value,
    ).toBeCloseTo(1 / 3, 12);
  });
});
