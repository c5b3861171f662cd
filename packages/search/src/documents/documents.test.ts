import { describe, expect, it } from 'vitest';
import { actorDocument } from './actor.ts';
import { clusterDocument } from './cluster.ts';
import { opportunityDocument } from './opportunity.ts';
import { personDocument } from './person.ts';
import type { ActorRow, OpportunityRow, PersonRow, TopicRef } from './rows.ts';
import { technologyDocument } from './technology.ts';
import { topicDocument } from './topic.ts';
import { toSearchDocument } from './to-search-document.ts';

const aquaculture: TopicRef = { slug: 'aquaculture', name: 'Aquaculture', nameNb: 'Havbruk' };

const actorRow = (overrides: Partial<ActorRow> = {}): ActorRow => ({
  id: 'a1',
  kind: 'COMPANY',
  helix: 'INDUSTRY',
  name: 'Fjordlaks AS',
  slug: 'fjordlaks',
  description: 'Salmon farming.',
  isTech: false,
  stage: 'ESTABLISHED',
  municipality: { code: '5001', name: 'Trondheim' },
  topics: [aquaculture],
  clusters: ['Ocean Cluster'],
  source: 'seed',
  updatedAt: 42,
  ...overrides,
});

const personRow = (overrides: Partial<PersonRow> = {}): PersonRow => ({
  id: 'p1',
  name: 'Kari Nordmann',
  title: 'Researcher',
  expertise: 'Fish health',
  listed: true,
  email: 'kari.nordmann@example.no',
  actors: [{ name: 'SINTEF Ocean', slug: 'sintef-ocean' }],
  topics: [aquaculture],
  source: 'user',
  updatedAt: 7,
  ...overrides,
});

const opportunityRow = (overrides: Partial<OpportunityRow> = {}): OpportunityRow => ({
  id: 'o1',
  kind: 'NEED',
  title: 'Partner for sensor pilot',
  body: 'We need a partner.',
  status: 'OPEN',
  visibility: 'PUBLIC',
  expiresAt: 1_000,
  postedBy: { name: 'Fjordlaks AS', slug: 'fjordlaks' },
  topics: [aquaculture],
  source: 'user',
  updatedAt: 9,
  ...overrides,
});

describe('document mappers', () => {
  it('maps an actor with facets, topic names in both languages and its version', () => {
    expect(actorDocument(actorRow())).toEqual({
      id: 'actor:a1',
      type: 'actor',
      entityId: 'a1',
      title: 'Fjordlaks AS',
      body: 'Salmon farming.',
      slug: 'fjordlaks',
      kind: 'COMPANY',
      helix: 'INDUSTRY',
      municipality: '5001',
      municipalityName: 'Trondheim',
      topics: ['aquaculture'],
      topicNames: ['Aquaculture', 'Havbruk'],
      clusters: ['Ocean Cluster'],
      stage: 'ESTABLISHED',
      isTech: false,
      synthetic: false,
      updatedAt: 42,
    });
    expect(actorDocument(actorRow({ source: 'synthetic', municipality: null })).synthetic).toBe(
      true,
    );
    expect(actorDocument(actorRow({ municipality: null }))).not.toHaveProperty('municipality');
  });

  it("holds an actor's work: its projects, technologies and listed people's expertise", () => {
    const work = actorRow({
      projects: [
        { title: 'Lice counting with cameras', source: 'seed', updatedAt: 50 },
        { title: 'Invented project', source: 'synthetic', updatedAt: 60 },
      ],
      technologies: [{ title: 'Net-pen sonar', source: 'user', updatedAt: 43 }],
      people: [
        { expertise: 'Fish welfare', listed: true, source: 'user', updatedAt: 44 },
        { expertise: 'Private matters', listed: false, source: 'user', updatedAt: 70 },
      ],
    });
    const document = actorDocument(work);
    // Invented projects never describe a real actor; unlisted people are not shown at all.
    expect(document.work).toEqual(['Lice counting with cameras', 'Net-pen sonar', 'Fish welfare']);
    // Every piece counts for the version, shown or not, so a consent change reaches the index.
    expect(document.updatedAt).toBe(70);
    expect(actorDocument({ ...work, source: 'synthetic' }).work).toContain('Invented project');
    expect(actorDocument(actorRow()).work).toBeUndefined();
  });

  it('never puts an email into a person document', () => {
    const row = personRow();
    const document = personDocument(row);
    expect(document).not.toBeNull();
    const text = JSON.stringify(document);
    expect(text).not.toContain('kari.nordmann@example.no');
    expect(text).not.toContain('@');
    expect(document).not.toHaveProperty('email');
    expect(document?.body).toContain('SINTEF Ocean');
    // Also through the dispatcher, with an email in an unexpected field of the row.
    const sneaky = { ...row, expertise: 'Fish health', email: 'x@y.no' };
    expect(JSON.stringify(toSearchDocument({ label: 'Person', row: sneaky }))).not.toContain(
      'x@y.no',
    );
  });

  it('leaves out a person who has not consented to be listed', () => {
    expect(personDocument(personRow({ listed: false }))).toBeNull();
    expect(toSearchDocument({ label: 'Person', row: personRow({ listed: false }) })).toBeNull();
  });

  it('keeps only public, open, unexpired opportunities', () => {
    expect(opportunityDocument(opportunityRow())?.id).toBe('opportunity:o1');
    expect(opportunityDocument(opportunityRow({ visibility: 'PRIVATE' }))).toBeNull();
    expect(opportunityDocument(opportunityRow({ status: 'CLOSED' }))).toBeNull();
    expect(opportunityDocument(opportunityRow(), { now: 999 })).not.toBeNull();
    expect(opportunityDocument(opportunityRow(), { now: 1_000 })).toBeNull();
    expect(opportunityDocument(opportunityRow({ expiresAt: null }), { now: 5_000 })).not.toBeNull();
  });

  it('maps clusters, technologies and topics', () => {
    const cluster = clusterDocument({
      id: 'c1',
      slug: 'ocean',
      name: 'NCE Ocean',
      level: 'NCE',
      theme: 'Ocean space',
      description: null,
      source: 'seed',
      updatedAt: 1,
    });
    expect(cluster).toMatchObject({
      id: 'cluster:c1',
      level: 'NCE',
      body: 'Ocean space',
      topics: [],
    });

    const tech = technologyDocument({
      id: 't1',
      slug: 'sensor',
      title: 'Gill sensor',
      summary: 'Measures gills.',
      trl: 4,
      stage: 'EVALUATION',
      originatedAt: ['NTNU Biology'],
      topics: [aquaculture],
      source: 'seed',
      updatedAt: 3,
    });
    expect(tech).toMatchObject({
      id: 'technology:t1',
      trl: 4,
      stage: 'EVALUATION',
      body: 'Measures gills.\nNTNU Biology',
    });

    const topic = topicDocument({
      id: 'salmon',
      slug: 'salmon',
      name: 'Salmon',
      nameNb: 'Laks',
      synonyms: ['atlantic salmon'],
      broader: aquaculture,
      source: 'seed',
    });
    expect(topic).toMatchObject({
      id: 'topic:salmon',
      title: 'Salmon',
      topics: ['salmon'],
      topicNames: ['Salmon', 'Laks', 'atlantic salmon', 'Aquaculture', 'Havbruk'],
      updatedAt: 0,
    });
  });

  it('strips control characters from text', () => {
    expect(actorDocument(actorRow({ name: 'Fjord\u0002laks\u0003 AS ' })).title).toBe(
      'Fjordlaks AS',
    );
  });
});
