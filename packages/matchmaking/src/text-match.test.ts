import { describe, expect, it } from 'vitest';
import { rankCandidates } from './rank.ts';
import { makeCandidate, makeSeeker, makeStats } from './test-support.ts';
import { DEFAULT_WEIGHTS, weightsFor } from './weights.ts';

const stats = makeStats();

describe('hybrid relevance: the need’s text against actors’ own words', () => {
  const need = makeSeeker({
    type: 'NEED',
    actorId: undefined,
    topics: [],
    text: 'icing on drone propellers',
    textMatches: new Map([
      ['icing-lab', { relevance: 1, words: ['icing', 'propellers'] }],
      ['drone-co', { relevance: 0.5, words: ['drone'] }],
    ]),
  });
  const candidates = [
    makeCandidate({ id: 'drone-co', topics: [] }),
    makeCandidate({ id: 'icing-lab', topics: [] }),
    makeCandidate({ id: 'unrelated', topics: [{ topicId: 'ocean', weight: 1 }] }),
  ];

  it('answers a need that names no topic, best text match first, with the words as the reason', () => {
    const ranked = rankCandidates(need, candidates, { topicStats: stats });
    expect(ranked.map((s) => s.id).slice(0, 2)).toEqual(['icing-lab', 'drone-co']);
    const reason = ranked[0]!.explanation.reasons.find((r) => r.feature === 'textMatch');
    expect(reason?.text.en).toBe('Its own description uses “icing”, “propellers” from your need');
    expect(reason?.text.nb).toBe('Egen beskrivelse bruker «icing», «propellers» fra behovet ditt');
  });

  it('counts only for a need whose text was searched: other seekers score as before it existed', () => {
    const actor = makeSeeker();
    const weights = weightsFor(actor);
    expect(weights.textMatch).toBe(0);
    // The other features keep their default weights: only textMatch is left out.
    expect(weights).toEqual({ ...DEFAULT_WEIGHTS, textMatch: 0 });
    expect(weightsFor(need).textMatch).toBe(DEFAULT_WEIGHTS.textMatch);
  });
});
