import type { ActorKind, Helix } from '@kobling/domain';

/*
 * A small region whose network measures are worked out by hand (analytics.test.ts, and on both
 * engines' projections in the API's network suite): six actors in the region and one outside,
 * one cluster, four projects and two introductions, dated so 2019, 2020 and 2021 differ.
 */

const at = (iso: string) => Date.parse(iso);

export const EXAMPLE_NETWORK = {
  municipalities: [
    { code: '5001', name: 'Trondheim', inRegion: true },
    { code: '3301', name: 'Drammen', inRegion: false },
  ],
  topics: [
    { id: 'nx-t-ai', name: 'AI', nameNb: 'KI' },
    { id: 'nx-t-battery', name: 'Batteries', nameNb: 'Batterier' },
  ],
  cluster: { id: 'nx-k1', name: 'Example cluster', startYear: 2015 },
  actors: [
    { id: 'nx-c1', kind: 'COMPANY', helix: 'INDUSTRY', place: '5001', topics: ['nx-t-ai'] },
    {
      id: 'nx-c2',
      kind: 'COMPANY',
      helix: 'INDUSTRY',
      place: '5001',
      topics: ['nx-t-ai', 'nx-t-battery'],
    },
    { id: 'nx-c3', kind: 'COMPANY', helix: 'INDUSTRY', place: '5001', topics: ['nx-t-battery'] },
    { id: 'nx-r1', kind: 'RESEARCH_GROUP', helix: 'ACADEMIA', place: '5001', topics: ['nx-t-ai'] },
    { id: 'nx-r2', kind: 'RESEARCH_GROUP', helix: 'ACADEMIA', place: '5001', topics: [] },
    { id: 'nx-g1', kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT', place: '5001', topics: ['nx-t-ai'] },
    { id: 'nx-x1', kind: 'COMPANY', helix: 'INDUSTRY', place: '3301', topics: [] },
  ] satisfies {
    id: string;
    kind: ActorKind;
    helix: Helix;
    place: string;
    topics: string[];
  }[],
  memberships: [
    { actorId: 'nx-c1', status: 'ACTIVE', since: at('2019-01-01') },
    { actorId: 'nx-c2', status: 'ACTIVE', since: at('2019-01-01') },
    { actorId: 'nx-c3', status: 'ACTIVE', since: at('2019-01-01') },
    { actorId: 'nx-r1', status: 'ACTIVE', since: at('2019-01-01') },
    { actorId: 'nx-g1', status: 'ACTIVE', since: at('2025-06-01') },
    { actorId: 'nx-r2', status: 'REMOVED', since: at('2019-01-01') },
  ],
  projects: [
    { id: 'nx-p1', startYear: 2018, endYear: 2020, participants: ['nx-c1', 'nx-r1'] },
    { id: 'nx-p2', startYear: 2019, endYear: 2022, participants: ['nx-c1', 'nx-c2'] },
    { id: 'nx-p3', startYear: 2021, endYear: null, participants: ['nx-c2', 'nx-g1', 'nx-r2'] },
    { id: 'nx-p4', startYear: 2019, endYear: 2019, participants: ['nx-c3', 'nx-x1'] },
  ],
  introductions: [
    {
      id: 'nx-i1',
      requester: 'nx-c3',
      receiver: 'nx-r1',
      status: 'ACCEPTED',
      respondedAt: at('2020-03-01'),
    },
    {
      id: 'nx-i2',
      requester: 'nx-c2',
      receiver: 'nx-r2',
      status: 'DECLINED',
      respondedAt: at('2020-03-01'),
    },
  ],
} as const;
