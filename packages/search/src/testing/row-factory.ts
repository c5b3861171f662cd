import type { ActorRow, PersonRow } from '../documents/rows.ts';

let sequence = 0;

export function buildActorRow(overrides: Partial<ActorRow> = {}): ActorRow {
  sequence += 1;
  return {
    id: `actor-${sequence}`,
    kind: 'COMPANY',
    helix: 'INDUSTRY',
    name: `Company ${sequence}`,
    slug: `company-${sequence}`,
    description: 'Aquaculture technology and energy systems.',
    isTech: sequence % 2 === 0,
    stage: 'STARTUP',
    municipality: { code: '5001', name: 'Trondheim' },
    topics: [{ slug: 'aquaculture', name: 'Aquaculture', nameNb: 'Havbruk' }],
    source: 'user',
    updatedAt: 1_000 + sequence,
    ...overrides,
  };
}

export function buildPersonRow(overrides: Partial<PersonRow> = {}): PersonRow {
  sequence += 1;
  return {
    id: `person-${sequence}`,
    name: `Person ${sequence}`,
    title: 'Researcher',
    expertise: 'Fish health',
    listed: true,
    email: `person${sequence}@example.no`,
    topics: [],
    source: 'user',
    updatedAt: 1_000 + sequence,
    ...overrides,
  };
}
