import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { nodes, relationships } from '@kobling/graph-schema';
import type { PropertyDecl } from '@kobling/graph-schema';
import * as enums from '../enums.ts';
import {
  ACTOR_KINDS,
  CLUSTER_LEVELS,
  COMPANY_STAGES,
  HELICES,
  IMPORT_JOB_STATUSES,
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
  LANGUAGES,
  ACCOUNT_TOKEN_PURPOSES,
  MAIL_KINDS,
  MAIL_STATUSES,
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
import { accountTokenSchema } from './account-token.ts';
import { mailMessageSchema } from './mail-message.ts';

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
  AccountToken: accountTokenSchema,
  MailMessage: mailMessageSchema,
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

/** Each property the model gives a closed vocabulary, and the domain's list for it. */
const vocabularies: [owner: string, property: string, values: readonly string[]][] = [
  ['Actor', 'kind', ACTOR_KINDS],
  ['Actor', 'helix', HELICES],
  ['Actor', 'stage', COMPANY_STAGES],
  ['Cluster', 'level', CLUSTER_LEVELS],
  ['Technology', 'stage', TECHNOLOGY_STAGES],
  ['Milestone', 'stage', TECHNOLOGY_STAGES],
  ['Opportunity', 'kind', OPPORTUNITY_KINDS],
  ['Opportunity', 'status', OPPORTUNITY_STATUSES],
  ['Opportunity', 'visibility', OPPORTUNITY_VISIBILITIES],
  ['Introduction', 'status', INTRODUCTION_STATUSES],
  ['ImportJob', 'status', IMPORT_JOB_STATUSES],
  ['OutboxEvent', 'op', OUTBOX_OPS],
  ['MEMBER_OF', 'status', MEMBERSHIP_STATUSES],
  ['MEMBER_OF', 'role', MEMBERSHIP_ROLES],
  ['PARTICIPATES_IN', 'role', PROJECT_ROLES],
  ['REPRESENTS', 'status', REPRESENTATION_STATUSES],
  ['User', 'language', LANGUAGES],
  ['AccountToken', 'purpose', ACCOUNT_TOKEN_PURPOSES],
  ['MailMessage', 'kind', MAIL_KINDS],
  ['MailMessage', 'status', MAIL_STATUSES],
  ['MailMessage', 'language', LANGUAGES],
  ...nodes
    .filter((n) => 'source' in n.properties)
    .map((n): [string, string, readonly string[]] => [n.label, 'source', SOURCES]),
];

const declsOf = (owner: string): Readonly<Record<string, PropertyDecl>> | undefined =>
  (nodes.find((n) => n.label === owner) ?? relationships.find((r) => r.type === owner))?.properties;

describe('the domain’s vocabularies are the model’s', () => {
  it.each(vocabularies)('%s.%s takes its values from the same array', (owner, property, values) => {
    expect(declsOf(owner)?.[property]?.values).toBe(values);
  });

  it('every property with a vocabulary is listed above', () => {
    const withValues = [...nodes, ...relationships].flatMap((decl) =>
      Object.entries(decl.properties as Readonly<Record<string, PropertyDecl>>)
        .filter(([, p]) => p.values !== undefined)
        .map(([name]) => `${'label' in decl ? decl.label : decl.type}.${name}`),
    );
    expect(withValues.sort()).toEqual(vocabularies.map(([o, p]) => `${o}.${p}`).sort());
  });

  it('every array the domain exports is one the model declares', () => {
    const modelArrays = new Set<unknown>([
      ...vocabularies.map(([, , values]) => values),
      enums.INTRODUCTION_OUTCOMES,
      enums.NODE_LABELS,
      // The values of a list property (User.mailOptOut), which the model cannot name for a list.
      enums.MAIL_TOPICS,
    ]);
    const exported = Object.entries(enums).filter(([, v]) => Array.isArray(v));
    expect(exported.filter(([, v]) => !modelArrays.has(v)).map(([name]) => name)).toEqual([]);
  });

  it.each(vocabularies.filter(([owner]) => owner in schemas))(
    '%s.%s: the entity schema accepts exactly the vocabulary',
    (owner, property, values) => {
      const field = (schemas[owner]!.shape as Record<string, z.ZodType>)[property]!;
      for (const value of values) expect(field.safeParse(value).success, value).toBe(true);
      expect(field.safeParse('NOT_IN_THE_VOCABULARY').success).toBe(false);
    },
  );
});
