import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
// The declared model is the source of truth; importing it by path keeps this a test-only
// link (graph-schema depends on this package, not the other way round).
import { nodes, relationships } from '../../../../graph-schema/src/model.ts';
import {
  ACTOR_KINDS,
  CLUSTER_LEVELS,
  COMPANY_STAGES,
  HELICES,
  INTRODUCTION_OUTCOMES,
  INTRODUCTION_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  NODE_LABELS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_VISIBILITIES,
  OUTBOX_OPS,
  PROJECT_ROLES,
  REPRESENTATION_STATUSES,
  SOURCES,
  TECHNOLOGY_STAGES,
} from '../enums.ts';
import { actorSchema } from './actor.ts';
import { clusterSchema } from './cluster.ts';
import { introductionSchema } from './introduction.ts';
import { kpiObservationSchema } from './kpi-observation.ts';
import { milestoneSchema } from './milestone.ts';
import { municipalitySchema } from './municipality.ts';
import { opportunitySchema } from './opportunity.ts';
import { outboxEventSchema } from './outbox-event.ts';
import { personSchema } from './person.ts';
import { projectSchema } from './project.ts';
import { sessionSchema } from './session.ts';
import { rateLimitSchema } from './rate-limit.ts';
import { importJobSchema } from './import-job.ts';
import { technologySchema } from './technology.ts';
import { topicSchema } from './topic.ts';
import { userSchema } from './user.ts';

const schemas: Record<string, z.ZodObject> = {
  Actor: actorSchema,
  Person: personSchema,
  Topic: topicSchema,
  Cluster: clusterSchema,
  Municipality: municipalitySchema,
  Project: projectSchema,
  Technology: technologySchema,
  Milestone: milestoneSchema,
  Opportunity: opportunitySchema,
  Introduction: introductionSchema,
  User: userSchema,
  Session: sessionSchema,
  RateLimit: rateLimitSchema,
  ImportJob: importJobSchema,
  KpiObservation: kpiObservationSchema,
  OutboxEvent: outboxEventSchema,
};

describe('entity schemas match graph-schema/src/model.ts', () => {
  it('NODE_LABELS lists every label of the model', () => {
    expect([...NODE_LABELS].sort()).toEqual(nodes.map((n) => n.label).sort());
  });

  for (const node of nodes.filter((n) => n.label !== 'Migration')) {
    it(`${node.label}: same properties, required ones non-null, optional ones nullable`, () => {
      const schema = schemas[node.label];
      expect(schema, `no schema for ${node.label}`).toBeDefined();
      const shape = schema!.shape as Record<string, z.ZodType>;
      expect(Object.keys(shape).sort()).toEqual(Object.keys(node.properties).sort());
      for (const [key, decl] of Object.entries(node.properties)) {
        const acceptsNull = shape[key]!.safeParse(null).success;
        const required = 'required' in decl && decl.required === true;
        expect(acceptsNull, `${node.label}.${key} nullable`).toBe(!required);
      }
    });
  }
});

/** The values a property's doc lists, and the vocabulary that should hold exactly those. */
const vocabularies: [owner: string, property: string, values: readonly string[]][] = [
  ['Actor', 'kind', ACTOR_KINDS],
  ['Actor', 'helix', HELICES],
  ['Actor', 'stage', COMPANY_STAGES],
  ['Actor', 'source', SOURCES],
  ['Cluster', 'level', CLUSTER_LEVELS],
  ['Technology', 'stage', TECHNOLOGY_STAGES],
  ['Opportunity', 'kind', OPPORTUNITY_KINDS],
  ['Opportunity', 'status', OPPORTUNITY_STATUSES],
  ['Opportunity', 'visibility', OPPORTUNITY_VISIBILITIES],
  ['Introduction', 'status', INTRODUCTION_STATUSES],
  ['Introduction', 'outcome', INTRODUCTION_OUTCOMES],
  ['OutboxEvent', 'op', OUTBOX_OPS],
  ['MEMBER_OF', 'status', MEMBERSHIP_STATUSES],
  ['MEMBER_OF', 'role', MEMBERSHIP_ROLES],
  ['PARTICIPATES_IN', 'role', PROJECT_ROLES],
  ['REPRESENTS', 'status', REPRESENTATION_STATUSES],
];

describe('vocabularies match the values documented in model.ts', () => {
  it.each(vocabularies)('%s.%s', (owner, property, values) => {
    const decl =
      nodes.find((n) => n.label === owner) ?? relationships.find((r) => r.type === owner);
    const props = decl?.properties as Record<string, { doc: string }> | undefined;
    const doc = props?.[property]?.doc;
    expect(doc, `${owner}.${property} documented`).toBeDefined();
    const documented =
      property === 'source'
        ? [...doc!.matchAll(/"([a-z]+)"/g)].map((m) => m[1])
        : [...doc!.matchAll(/\b[A-Z][A-Z_]+[A-Z]\b/g)].map((m) => m[0]);
    expect([...new Set(documented)].sort()).toEqual([...values].sort());
  });
});
