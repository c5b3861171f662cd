import { defineQuery } from '../query.ts';
import type { ExportColumn, ExportTable } from './export-table.ts';

/*
 * The facts the in-process graph projection holds, one bulk query per table, every one read in the
 * same read transaction (CypherRunner.exportTables). Rows are column arrays in RETURN order.
 * `float` columns have a LadybugDB variant scaled by LADYBUG_FLOAT_SCALE (export-table.ts).
 */

const table = (name: string, text: string, columns: readonly ExportColumn[]): ExportTable => ({
  query: defineQuery<Record<string, never>, unknown>(`projection.${name}`, 'read', text),
  columns,
});

const scaledWeight = (
  neo4j: string,
  ladybug: string,
  columns: readonly ExportColumn[],
  name: string,
) => ({
  query: defineQuery<Record<string, never>, unknown>(`projection.${name}`, 'read', {
    neo4j,
    ladybug,
  }),
  columns,
});

export const PROJECTION_TABLES = {
  actors: table(
    'actors',
    'MATCH (a:Actor) RETURN a.id AS id, a.kind AS kind, a.helix AS helix, a.name AS name, a.slug AS slug, a.stage AS stage, a.source AS source',
    ['string', 'string', 'string', 'string', 'string', 'string', 'string'],
  ),
  actorPlaces: table(
    'actorPlaces',
    'MATCH (a:Actor)-[:LOCATED_IN]->(m:Municipality) RETURN a.id AS actorId, m.code AS code',
    ['string', 'string'],
  ),
  municipalities: table(
    'municipalities',
    'MATCH (m:Municipality) RETURN m.code AS code, m.name AS name, m.inRegion AS inRegion',
    ['string', 'string', 'bool'],
  ),
  topics: table(
    'topics',
    'MATCH (t:Topic) RETURN t.id AS id, t.name AS name, t.nameNb AS nameNb, t.slug AS slug, t.actorCount AS actorCount',
    ['string', 'string', 'string', 'string', 'int'],
  ),
  topicSynonyms: table(
    'topicSynonyms',
    'MATCH (t:Topic) WHERE t.synonyms IS NOT NULL UNWIND t.synonyms AS synonym RETURN t.id AS topicId, synonym',
    ['string', 'string'],
  ),
  broader: table(
    'broader',
    'MATCH (t:Topic)-[:BROADER]->(b:Topic) RETURN t.id AS topicId, b.id AS broaderId',
    ['string', 'string'],
  ),
  actorTopics: scaledWeight(
    'MATCH (a:Actor)-[h:HAS_TOPIC]->(t:Topic) RETURN a.id AS actorId, t.id AS topicId, h.weight AS weight',
    'MATCH (a:Actor)-[h:HAS_TOPIC]->(t:Topic) RETURN a.id AS actorId, t.id AS topicId, CAST(h.weight * 1152921504606846976.0 AS INT64) AS weight',
    ['string', 'string', 'float'],
    'actorTopics',
  ),
  clusters: table(
    'clusters',
    'MATCH (c:Cluster) RETURN c.id AS id, c.name AS name, c.slug AS slug, c.startYear AS startYear, c.endYear AS endYear',
    ['string', 'string', 'string', 'int', 'int'],
  ),
  memberships: table(
    'memberships',
    'MATCH (a:Actor)-[m:MEMBER_OF]->(c:Cluster) RETURN a.id AS actorId, c.id AS clusterId, m.status AS status, m.role AS role, m.since AS since',
    ['string', 'string', 'string', 'string', 'int'],
  ),
  projects: table(
    'projects',
    'MATCH (p:Project) RETURN p.id AS id, p.title AS title, p.startYear AS startYear, p.endYear AS endYear, p.funder AS funder',
    ['string', 'string', 'int', 'int', 'string'],
  ),
  participations: table(
    'participations',
    'MATCH (a:Actor)-[r:PARTICIPATES_IN]->(p:Project) RETURN a.id AS actorId, p.id AS projectId, r.role AS role',
    ['string', 'string', 'string'],
  ),
  people: table(
    'people',
    'MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.listed AS listed',
    ['string', 'string', 'bool'],
  ),
  worksAt: table(
    'worksAt',
    'MATCH (p:Person)-[:WORKS_AT]->(a:Actor) RETURN p.id AS personId, a.id AS actorId',
    ['string', 'string'],
  ),
  personTopics: scaledWeight(
    'MATCH (p:Person)-[h:HAS_TOPIC]->(t:Topic) RETURN p.id AS personId, t.id AS topicId, h.weight AS weight',
    'MATCH (p:Person)-[h:HAS_TOPIC]->(t:Topic) RETURN p.id AS personId, t.id AS topicId, CAST(h.weight * 1152921504606846976.0 AS INT64) AS weight',
    ['string', 'string', 'float'],
    'personTopics',
  ),
  partOf: table(
    'partOf',
    'MATCH (a:Actor)-[:PART_OF]->(b:Actor) RETURN a.id AS actorId, b.id AS parentId',
    ['string', 'string'],
  ),
  technologies: table(
    'technologies',
    'MATCH (t:Technology) RETURN t.id AS id, t.title AS title, t.stage AS stage, t.trl AS trl',
    ['string', 'string', 'string', 'int'],
  ),
  originatedAt: table(
    'originatedAt',
    'MATCH (t:Technology)-[:ORIGINATED_AT]->(a:Actor) RETURN t.id AS technologyId, a.id AS actorId',
    ['string', 'string'],
  ),
  commercialisedBy: table(
    'commercialisedBy',
    'MATCH (t:Technology)-[:COMMERCIALISED_BY]->(a:Actor) RETURN t.id AS technologyId, a.id AS actorId',
    ['string', 'string'],
  ),
  opportunities: table(
    'opportunities',
    'MATCH (a:Actor)-[:POSTED]->(o:Opportunity) RETURN o.id AS id, a.id AS actorId, o.kind AS kind, o.status AS status, o.visibility AS visibility, o.title AS title, o.createdAt AS createdAt',
    ['string', 'string', 'string', 'string', 'string', 'string', 'int'],
  ),
  opportunityTopics: table(
    'opportunityTopics',
    'MATCH (o:Opportunity)-[:HAS_TOPIC]->(t:Topic) RETURN o.id AS opportunityId, t.id AS topicId',
    ['string', 'string'],
  ),
  introductions: table(
    'introductions',
    'MATCH (i:Introduction)-[:TO]->(b:Actor) OPTIONAL MATCH (r:Actor)-[:REQUESTED]->(i) RETURN i.id AS id, r.id AS requesterId, b.id AS receiverId, i.status AS status, i.outcome AS outcome, i.createdAt AS createdAt, i.respondedAt AS respondedAt',
    ['string', 'string', 'string', 'string', 'string', 'int', 'int'],
  ),
} as const satisfies Record<string, ExportTable>;

export type ProjectionTableName = keyof typeof PROJECTION_TABLES;
