/*
 * Factories for tests in this package: each returns a fresh, valid create input with
 * overrides applied. Not exported from index.ts.
 */
import type { ActorCreateInput } from './entities/actor.ts';
import type { ClusterCreateInput } from './entities/cluster.ts';
import type { IntroductionCreateInput } from './entities/introduction.ts';
import type { OpportunityCreateInput } from './entities/opportunity.ts';
import type { PersonCreateInput } from './entities/person.ts';
import type { ProjectCreateInput } from './entities/project.ts';
import type { TechnologyCreateInput } from './entities/technology.ts';
import type { TopicCreateInput } from './entities/topic.ts';

let n = 0;
const next = () => (n += 1);

export const DAY_MS = 86_400_000;

export function actorInput(overrides: Partial<ActorCreateInput> = {}): ActorCreateInput {
  return {
    kind: 'COMPANY',
    name: `Testselskap ${next()} AS`,
    website: 'https://example.no',
    orgNumber: '974760673',
    naceCode: '62.010',
    employees: 12,
    foundedYear: 2015,
    isTech: true,
    stage: 'STARTUP',
    ...overrides,
  };
}

export function personInput(overrides: Partial<PersonCreateInput> = {}): PersonCreateInput {
  return { name: `Kari Nordmann ${next()}`, email: 'kari@example.no', ...overrides };
}

export function topicInput(overrides: Partial<TopicCreateInput> = {}): TopicCreateInput {
  const i = next();
  return {
    name: `Ocean autonomy ${i}`,
    nameNb: `Havautonomi ${i}`,
    synonyms: ['Autonome skip'],
    ...overrides,
  };
}

export function clusterInput(overrides: Partial<ClusterCreateInput> = {}): ClusterCreateInput {
  return { name: `Test Cluster ${next()}`, level: 'ARENA', startYear: 2020, ...overrides };
}

export function projectInput(overrides: Partial<ProjectCreateInput> = {}): ProjectCreateInput {
  return {
    title: `Project ${next()}`,
    funder: 'Forskningsrådet',
    startYear: 2021,
    endYear: 2024,
    ...overrides,
  };
}

export function technologyInput(
  overrides: Partial<TechnologyCreateInput> = {},
): TechnologyCreateInput {
  return { title: `Subsea sensor ${next()}`, trl: 3, ...overrides };
}

export function opportunityInput(
  overrides: Partial<OpportunityCreateInput> = {},
): OpportunityCreateInput {
  return {
    kind: 'NEED',
    title: `Looking for a sensor partner ${next()}`,
    expiresAt: Date.now() + 30 * DAY_MS,
    ...overrides,
  };
}

export function introductionInput(
  overrides: Partial<IntroductionCreateInput> = {},
): IntroductionCreateInput {
  return {
    message: 'Would love to talk',
    explanation: JSON.stringify({ topics: ['ocean-autonomy'] }),
    score: 87.5,
    ...overrides,
  };
}
