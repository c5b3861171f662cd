/** Factories for tests (not exported from the package). */
import {
  NO_INTRODUCTIONS,
  topicStats,
  type Candidate,
  type Seeker,
  type TopicInfo,
  type TopicStats,
} from './candidate.ts';

/**
 * A small taxonomy: Ocean > Aquaculture > Fish health; Sensors; AI (a hub); Robotics.
 * 100 actors in total.
 */
export function makeStats(overrides: Partial<Record<string, Partial<TopicInfo>>> = {}): TopicStats {
  const base: TopicInfo[] = [
    { id: 'ocean', name: 'Ocean', nameNb: 'Hav', actorCount: 40 },
    { id: 'aqua', name: 'Aquaculture', nameNb: 'Havbruk', actorCount: 9, broaderId: 'ocean' },
    { id: 'fish', name: 'Fish health', nameNb: 'Fiskehelse', actorCount: 4, broaderId: 'aqua' },
    { id: 'sensors', name: 'Sensors', nameNb: 'Sensorer', actorCount: 19 },
    { id: 'ai', name: 'AI', nameNb: 'KI', actorCount: 49 },
    { id: 'robotics', name: 'Robotics', nameNb: 'Robotikk', actorCount: 9 },
  ];
  return topicStats(
    100,
    base.map((t) => ({ ...t, ...overrides[t.id] })),
  );
}

export function makeSeeker(over: Partial<Seeker> = {}): Seeker {
  return {
    type: 'ACTOR',
    id: 'seeker',
    actorId: 'seeker',
    name: 'Seeker AS',
    kind: 'COMPANY',
    helix: 'INDUSTRY',
    municipality: { code: '5001', name: 'Trondheim' },
    topics: [
      { topicId: 'aqua', weight: 1 },
      { topicId: 'sensors', weight: 1 },
    ],
    ...over,
  };
}

export function makeCandidate(over: Partial<Candidate> = {}): Candidate {
  return {
    id: 'cand',
    name: 'Candidate',
    kind: 'RESEARCH_GROUP',
    helix: 'ACADEMIA',
    municipality: { code: '5001', name: 'Trondheim' },
    inRegion: true,
    topics: [],
    sharedClusters: [],
    sharedProjects: [],
    intermediaries: [],
    projectCount: 0,
    technologyCount: 0,
    introductions: NO_INTRODUCTIONS,
    offers: [],
    needs: [],
    isExistingPartner: false,
    ...over,
  };
}
