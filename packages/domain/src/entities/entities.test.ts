import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DomainValidationError, fromZodError } from '../errors.ts';
import { uuidv7 } from '../ids.ts';
import {
  DAY_MS,
  clusterInput,
  introductionInput,
  opportunityInput,
  projectInput,
  technologyInput,
  topicInput,
} from '../test-factories.ts';
import { applyUpdate } from './common.ts';
import { clusterCreateInput, clusterSchema, clusterUpdateInput, newCluster } from './cluster.ts';
import {
  INTRODUCTION_DEFAULT_TTL_MS,
  introductionCreateInput,
  introductionSchema,
  introductionTransitionError,
  newIntroduction,
} from './introduction.ts';
import {
  kpiObservationCreateInput,
  kpiObservationSchema,
  newKpiObservation,
} from './kpi-observation.ts';
import { milestoneCreateInput, newMilestone } from './milestone.ts';
import { municipalityCreateInput, municipalitySchema, newMunicipality } from './municipality.ts';
import {
  newOpportunity,
  opportunityCreateInput,
  opportunitySchema,
  opportunityUpdateInput,
} from './opportunity.ts';
import { newOutboxEvent, outboxEventSchema } from './outbox-event.ts';
import { newProject, projectCreateInput, projectSchema } from './project.ts';
import { sessionSchema } from './session.ts';
import {
  newTechnology,
  technologyCreateInput,
  technologySchema,
  technologyUpdateInput,
} from './technology.ts';
import { newTopic, topicCreateInput, topicSchema } from './topic.ts';
import { userCreateInput, userSchema, userUpdateInput } from './user.ts';

const NOW = Date.UTC(2025, 5, 1);
const issues = (result: { success: boolean; error?: unknown }) =>
  result.success ? [] : fromZodError(result.error as never).issues;

describe('Topic', () => {
  it('derives the slug, lower-cases synonyms and starts with no actors', () => {
    const topic = newTopic(topicCreateInput.parse(topicInput({ name: 'Ocean Autonomy' })), NOW);
    expect(topic.slug).toBe('ocean-autonomy');
    expect(topic.synonyms).toEqual(['autonome skip']);
    expect(topic.actorCount).toBe(0);
    expect(topicSchema.parse(topic)).toEqual(topic);
  });

  it('requires the bokmål name', () => {
    expect(issues(topicCreateInput.safeParse(topicInput({ nameNb: ' ' })))).toEqual([
      { path: ['nameNb'], message: 'Bokmål name must be 1–100 characters (got 0)' },
    ]);
  });
});

describe('Cluster', () => {
  it('builds and round-trips', () => {
    const cluster = newCluster(clusterCreateInput.parse(clusterInput({ level: 'NCE' })), NOW);
    expect(clusterSchema.parse(cluster)).toEqual(cluster);
  });

  it('rejects an unknown level and an end before the start', () => {
    expect(
      issues(clusterCreateInput.safeParse(clusterInput({ level: 'MEGA' as never })))[0]?.path,
    ).toEqual(['level']);
    expect(
      issues(clusterCreateInput.safeParse(clusterInput({ startYear: 2020, endYear: 2016 }))),
    ).toEqual([{ path: ['endYear'], message: 'Start year 2020 is after end year 2016' }]);
  });

  it('checks the year range again after an update', () => {
    const cluster = newCluster(clusterCreateInput.parse(clusterInput({ startYear: 2020 })), NOW);
    expect(() =>
      applyUpdate(clusterSchema, cluster, clusterUpdateInput.parse({ endYear: 2019 }), NOW),
    ).toThrow('endYear: Start year 2020 is after end year 2019');
  });
});

describe('Municipality', () => {
  it('fills name, county, region membership and former codes from the known list', () => {
    const m = newMunicipality(municipalityCreateInput.parse({ code: '5035', source: 'seed' }));
    expect(m).toMatchObject({ name: 'Stjørdal', county: 'Trøndelag', inRegion: true });
    expect(m.formerCodes).toContain('1714');
    expect(municipalitySchema.parse(m)).toEqual(m);
  });

  it('names an unknown or former code', () => {
    expect(issues(municipalityCreateInput.safeParse({ code: '9999' }))).toEqual([
      { path: ['code'], message: 'Unknown municipality code 9999' },
    ]);
    expect(issues(municipalityCreateInput.safeParse({ code: '1601' }))[0]?.message).toBe(
      'Municipality code 1601 is no longer in use; today it is 5001 (Trondheim)',
    );
  });
});

describe('Project', () => {
  it('builds, and rejects an end before the start', () => {
    const project = newProject(projectCreateInput.parse(projectInput()), NOW);
    expect(projectSchema.parse(project)).toEqual(project);
    expect(
      issues(projectCreateInput.safeParse(projectInput({ startYear: 2024, endYear: 2021 }))),
    ).toEqual([{ path: ['endYear'], message: 'Start year 2024 is after end year 2021' }]);
  });
});

describe('Technology and Milestone', () => {
  it('a technology starts at DISCLOSURE and has a TRL 1–9', () => {
    const tech = newTechnology(technologyCreateInput.parse(technologyInput()), NOW);
    expect(tech.stage).toBe('DISCLOSURE');
    expect(technologySchema.parse(tech)).toEqual(tech);
    expect(issues(technologyCreateInput.safeParse(technologyInput({ trl: 10 })))).toEqual([
      { path: ['trl'], message: 'TRL must be 1–9 (got 10)' },
    ]);
  });

  it('trl and stage change only through milestones', () => {
    expect(issues(technologyUpdateInput.safeParse({ trl: 5 }))[0]?.message).toBe(
      'Unrecognized key: "trl"',
    );
  });

  it('a milestone is checked against the history', () => {
    const history = [{ stage: 'LICENSING' as const, trl: 6, at: NOW - 5 * DAY_MS }];
    const ok = newMilestone(
      milestoneCreateInput.parse({ stage: 'FUNDED', trl: 7, at: NOW - DAY_MS, note: 'Seed round' }),
      history,
      NOW,
    );
    expect(ok.stage).toBe('FUNDED');
    const bad = milestoneCreateInput.parse({ stage: 'SPIN_OFF', trl: 6, at: NOW - DAY_MS });
    expect(() => newMilestone(bad, history, NOW)).toThrow(DomainValidationError);
    expect(() => newMilestone(bad, history, NOW)).toThrow(
      'stage: LICENSING and SPIN_OFF are alternatives: SPIN_OFF cannot follow LICENSING',
    );
  });
});

describe('Opportunity', () => {
  it('a new opportunity is OPEN and PUBLIC', () => {
    const o = newOpportunity(opportunityCreateInput.parse(opportunityInput()), Date.now());
    expect(o).toMatchObject({ status: 'OPEN', visibility: 'PUBLIC', closedAt: null });
    expect(opportunitySchema.parse(o)).toEqual(o);
  });

  it('must expire after it is created', () => {
    const result = opportunityCreateInput.safeParse(opportunityInput({ expiresAt: NOW }));
    expect(issues(result)).toEqual([
      {
        path: ['expiresAt'],
        message: expect.stringMatching(/^Expiry 2025-06-01T00:00:00\.000Z must be after creation /),
      },
    ]);
    const stored = newOpportunity(opportunityCreateInput.parse(opportunityInput()), NOW);
    const expired = { ...stored, expiresAt: NOW - 1 };
    expect(issues(opportunitySchema.safeParse(expired))).toEqual([
      {
        path: ['expiresAt'],
        message: 'Expiry 2025-05-31T23:59:59.999Z must be after creation 2025-06-01T00:00:00.000Z',
      },
    ]);
  });

  it('a closed opportunity needs closedAt', () => {
    const o = newOpportunity(opportunityCreateInput.parse(opportunityInput()), NOW);
    expect(() =>
      applyUpdate(opportunitySchema, o, opportunityUpdateInput.parse({ status: 'CLOSED' }), NOW),
    ).toThrow('closedAt: A closed opportunity needs closedAt');
    const closed = applyUpdate(
      opportunitySchema,
      o,
      { status: 'CLOSED', closedAt: NOW + 1 },
      NOW + 1,
    );
    expect(closed.status).toBe('CLOSED');
  });
});

describe('Introduction', () => {
  it('a request starts REQUESTED with a default expiry', () => {
    const intro = newIntroduction(introductionCreateInput.parse(introductionInput()), NOW);
    expect(intro.status).toBe('REQUESTED');
    expect(intro.expiresAt).toBe(NOW + INTRODUCTION_DEFAULT_TTL_MS);
    expect(introductionSchema.parse(intro)).toEqual(intro);
  });

  it('checks score and explanation', () => {
    expect(
      issues(
        introductionCreateInput.safeParse(introductionInput({ score: 120, explanation: '{' })),
      ),
    ).toEqual([
      { path: ['explanation'], message: 'Explanation must be valid JSON' },
      { path: ['score'], message: 'Score must be 0–100 (got 120)' },
    ]);
  });

  it('follows the double opt-in status flow', () => {
    expect(introductionTransitionError('REQUESTED', 'ACCEPTED')).toBeNull();
    expect(introductionTransitionError('ACCEPTED', 'COMPLETED')).toBeNull();
    expect(introductionTransitionError('REQUESTED', 'COMPLETED')).toBe(
      'An introduction that is REQUESTED can only become ACCEPTED or DECLINED or EXPIRED (asked for COMPLETED)',
    );
    expect(introductionTransitionError('DECLINED', 'ACCEPTED')).toBe(
      'An introduction that is DECLINED cannot change status (asked for ACCEPTED)',
    );
  });
});

describe('User and Session', () => {
  it('sign-up needs a valid email and a 12+ character password', () => {
    expect(
      userCreateInput.parse({ email: 'A@B.no', password: 'correct horse battery', name: 'A' })
        .email,
    ).toBe('a@b.no');
    expect(
      issues(userCreateInput.safeParse({ email: 'nope', password: 'short', name: 'A' })),
    ).toEqual([
      { path: ['email'], message: 'Invalid email address "nope"' },
      { path: ['password'], message: 'Password must be 12–256 characters (got 5)' },
    ]);
    expect(userUpdateInput.safeParse({ passwordHash: 'x' }).success).toBe(false);
  });

  it('stored user and session shapes', () => {
    const user = {
      id: uuidv7(),
      email: 'a@b.no',
      passwordHash: 'scrypt$x',
      name: 'A',
      isAdmin: false,
      createdAt: NOW,
      emailVerifiedAt: null,
      language: 'nb',
      mailOptOut: ['DIGEST'],
    };
    expect(userSchema.parse(user)).toEqual(user);
    const session = {
      id: createHash('sha256').update('token').digest('hex'),
      userId: user.id,
      createdAt: NOW,
      expiresAt: NOW + DAY_MS,
    };
    expect(sessionSchema.parse(session)).toEqual(session);
    expect(issues(sessionSchema.safeParse({ ...session, id: 'token' }))).toEqual([
      { path: ['id'], message: 'Session id must be the hex SHA-256 of the session token' },
    ]);
  });
});

describe('KpiObservation and OutboxEvent', () => {
  it('a KPI observation gets a deterministic id per year and source', () => {
    const kpi = newKpiObservation(
      kpiObservationCreateInput.parse({
        year: 2018,
        techCompanies: 706,
        techEmployees: 12242,
        source: 'seed',
        sourceRef: 'https://www.impelloanalysen.no/hovedfunn',
      }),
    );
    expect(kpi.id).toBe('kpi-2018-seed');
    expect(kpiObservationSchema.parse(kpi)).toEqual(kpi);
    expect(issues(kpiObservationCreateInput.safeParse({ year: 2018, techCompanies: -1 }))).toEqual([
      { path: ['techCompanies'], message: 'Tech companies must be a whole number ≥ 0 (got -1)' },
    ]);
  });

  it('an outbox event is pending and due at once', () => {
    const event = newOutboxEvent('Actor', 'actor-ntnu', 'UPSERT', NOW);
    expect(event).toMatchObject({ attempts: 0, nextAttemptAt: NOW, doneAt: 0, lastError: null });
    expect(outboxEventSchema.parse(event)).toEqual(event);
    expect(() => newOutboxEvent('Actor', '', 'DELETE', NOW)).toThrow('entityId must not be empty');
  });
});
