import type { ExportValue } from '@kobling/graph/export';
import { BUILD_ORDER, BaseBuilder } from './base.ts';
import type { BuildTable } from './base.ts';
import { EMPTY_OVERLAY } from './overlay.ts';
import { Projection } from './projection.ts';

/**
 * A projection built by the real builder from export rows (each table's columns as its export
 * query returns them, projection-tables.ts): tests of the pure packages over a small graph.
 */
export function projectionOfRows(
  tables: Partial<Record<BuildTable, readonly (readonly ExportValue[])[]>>,
): Projection {
  const builder = new BaseBuilder();
  for (const table of BUILD_ORDER) builder.add(table, tables[table] ?? []);
  return new Projection(builder.finish(), EMPTY_OVERLAY, 1, 0);
}

/**
 * Every difference between two projections of the same graph, as readable lines (empty when they
 * hold the same facts): a followed projection must equal one built from scratch.
 */
export function projectionDifferences(actual: Projection, expected: Projection): string[] {
  const problems: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    const x = JSON.stringify(a);
    const y = JSON.stringify(b);
    if (x !== y) problems.push(`${what}: ${x} ≠ expected ${y}`);
  };
  const idsOf = (
    p: Projection,
    table: 'actors' | 'clusters' | 'projects' | 'opportunities' | 'people' | 'municipalities',
  ) => [
    ...p.base[table].ids,
    ...(table === 'actors' ? p.overlay.newActorIds : [...p.overlay[table].keys()]),
  ];
  const ids = (table: Parameters<typeof idsOf>[1]) =>
    [...new Set([...idsOf(actual, table), ...idsOf(expected, table)])].sort();
  same('actor total', actual.totalActors, expected.totalActors);
  for (const id of ids('actors')) same(`actor ${id}`, actual.actor(id), expected.actor(id));
  for (const id of ids('actors')) {
    const slug = expected.actor(id)?.slug;
    if (slug) same(`slug ${slug}`, actual.actorIdBySlug(slug), id);
  }
  same('topics', actual.topics(), expected.topics());
  for (const id of ids('clusters')) same(`cluster ${id}`, actual.cluster(id), expected.cluster(id));
  for (const id of ids('projects')) same(`project ${id}`, actual.project(id), expected.project(id));
  for (const id of ids('opportunities')) {
    same(`opportunity ${id}`, actual.opportunity(id), expected.opportunity(id));
  }
  for (const id of ids('people')) same(`person ${id}`, actual.person(id), expected.person(id));
  for (const code of ids('municipalities')) {
    same(`municipality ${code}`, actual.municipality(code), expected.municipality(code));
  }
  const members = (p: Projection, cluster: string) => {
    const out: string[] = [];
    p.forEachActiveMember(cluster, (i) => out.push(p.actorIdAt(i)));
    return out.sort();
  };
  for (const id of ids('clusters'))
    same(`members of ${id}`, members(actual, id), members(expected, id));
  const holders = (p: Projection, topic: string) => {
    const out: string[] = [];
    p.forEachActorWithTopic(topic, (i, w) => out.push(`${p.actorIdAt(i)}:${w}`));
    return out.sort();
  };
  for (const t of expected.topics())
    same(`holders of ${t.id}`, holders(actual, t.id), holders(expected, t.id));
  const participants = (p: Projection, project: string) => {
    const out: string[] = [];
    p.forEachParticipant(project, (i) => out.push(p.actorIdAt(i)));
    return out.sort();
  };
  for (const id of ids('projects')) {
    same(`participants of ${id}`, participants(actual, id), participants(expected, id));
  }
  const introductions = (p: Projection) => {
    const out: string[] = [];
    p.forEachIntroduction((fact) => out.push(JSON.stringify(fact)));
    return out.sort();
  };
  same('introductions', introductions(actual), introductions(expected));
  const memberships = (p: Projection, cluster: string) => {
    const out: string[] = [];
    p.forEachMembership(cluster, (i, status, since) =>
      out.push(`${p.actorIdAt(i)}:${status}:${since}`),
    );
    return out.sort();
  };
  for (const id of ids('clusters'))
    same(`memberships of ${id}`, memberships(actual, id), memberships(expected, id));
  return problems;
}
