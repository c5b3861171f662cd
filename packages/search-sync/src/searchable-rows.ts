import type { Graph, QueryExecutor, TopicRow as GraphTopicRow } from '@kobling/graph';
import type { SearchableRow, TopicRef } from '@kobling/search';

/** The labels projected into search, in the order a full rebuild walks them. */
export const SEARCHABLE = [
  'Topic',
  'Cluster',
  'Actor',
  'Person',
  'Technology',
  'Opportunity',
] as const;
export type SearchableLabel = (typeof SEARCHABLE)[number];

const present = <T>(value: T | null | undefined): value is T =>
  value !== null && value !== undefined;

const topicRef = (t: GraphTopicRow): TopicRef => ({
  slug: t.slug,
  name: t.name,
  nameNb: t.nameNb,
  synonyms: t.synonyms ?? [],
});

/** Topic references for each group of topic links, in one round-trip for all groups. */
async function topicRefs(
  graph: Graph,
  tx: QueryExecutor,
  groups: readonly { toKey: string }[][],
): Promise<TopicRef[][]> {
  const rows = await graph.topics.nodes.getMany(tx, [
    ...new Set(groups.flat().map((l) => l.toKey)),
  ]);
  const byId = new Map(rows.filter(present).map((t) => [t.id, topicRef(t)]));
  return groups.map((g) => g.map((l) => byId.get(l.toKey)).filter(present));
}

/** Names and slugs of the actors each group of links points at. */
async function actorRefs(graph: Graph, tx: QueryExecutor, keys: readonly string[][]) {
  const rows = await graph.actors.nodes.getMany(tx, [...new Set(keys.flat())]);
  const byId = new Map(rows.filter(present).map((a) => [a.id, { name: a.name, slug: a.slug }]));
  return keys.map((group) => group.map((k) => byId.get(k)).filter(present));
}

/**
 * Each actor's projects, technologies and colleagues as its document reads them: its work, so a
 * need worded like a project finds the actor that ran it.
 */
async function actorWork(graph: Graph, tx: QueryExecutor, ids: readonly string[]) {
  const projectLinks = await graph.actors.participations.outgoing(tx, ids);
  const originLinks = await graph.technologies.originatedAt.incoming(tx, ids);
  const takenUpLinks = await graph.technologies.commercialisedBy.incoming(tx, ids);
  const colleagueLinks = await graph.people.worksAt.incoming(tx, ids);
  const projects = await graph.projects.nodes.getMany(tx, [
    ...new Set(projectLinks.flat().map((l) => l.toKey)),
  ]);
  const technologies = await graph.technologies.nodes.getMany(tx, [
    ...new Set([...originLinks, ...takenUpLinks].flat().map((l) => l.fromKey)),
  ]);
  const people = await graph.people.nodes.getMany(tx, [
    ...new Set(colleagueLinks.flat().map((l) => l.fromKey)),
  ]);
  const projectById = new Map(projects.filter(present).map((p) => [p.id, p]));
  const technologyById = new Map(technologies.filter(present).map((t) => [t.id, t]));
  const personById = new Map(people.filter(present).map((p) => [p.id, p]));
  return ids.map((_, i) => ({
    projects: (projectLinks[i] ?? []).map((l) => projectById.get(l.toKey)).filter(present),
    technologies: [
      ...new Set([...(originLinks[i] ?? []), ...(takenUpLinks[i] ?? [])].map((l) => l.fromKey)),
    ]
      .map((key) => technologyById.get(key))
      .filter(present),
    people: (colleagueLinks[i] ?? []).map((l) => personById.get(l.fromKey)).filter(present),
  }));
}

/**
 * The rows the search mappers need for entities of one label, with their neighbours, loaded
 * in a fixed number of round-trips per label. Entities that no longer exist are left out.
 */
export async function loadSearchableRows(
  graph: Graph,
  tx: QueryExecutor,
  label: SearchableLabel,
  ids: readonly string[],
): Promise<SearchableRow[]> {
  if (ids.length === 0) return [];
  switch (label) {
    case 'Actor': {
      const rows = await graph.actors.nodes.getMany(tx, ids);
      const topics = await topicRefs(graph, tx, await graph.actors.topics.outgoing(tx, ids));
      const locations = await graph.actors.location.outgoing(tx, ids);
      const municipalities = await graph.municipalities.nodes.getMany(tx, [
        ...new Set(locations.flat().map((l) => l.toKey)),
      ]);
      const municipalityByCode = new Map(municipalities.filter(present).map((m) => [m.code, m]));
      const memberships = await graph.actors.memberships.outgoing(tx, ids);
      const clusters = await graph.clusters.nodes.getMany(tx, [
        ...new Set(memberships.flat().map((m) => m.toKey)),
      ]);
      const clusterName = new Map(clusters.filter(present).map((c) => [c.id, c.name]));
      const work = await actorWork(graph, tx, ids);
      return rows.flatMap((row, i): SearchableRow[] => {
        if (!row) return [];
        const municipality = municipalityByCode.get(locations[i]?.[0]?.toKey ?? '');
        return [
          {
            label: 'Actor',
            row: {
              ...row,
              municipality: municipality
                ? { code: municipality.code, name: municipality.name }
                : null,
              topics: topics[i] ?? [],
              clusters: (memberships[i] ?? [])
                .filter((m) => m.status === 'ACTIVE')
                .map((m) => clusterName.get(m.toKey))
                .filter(present),
              ...work[i],
            },
          },
        ];
      });
    }
    case 'Person': {
      const rows = await graph.people.nodes.getMany(tx, ids);
      const topics = await topicRefs(graph, tx, await graph.people.topics.outgoing(tx, ids));
      const employers = await actorRefs(
        graph,
        tx,
        (await graph.people.worksAt.outgoing(tx, ids)).map((g) => g.map((l) => l.toKey)),
      );
      return rows.flatMap((row, i): SearchableRow[] =>
        row
          ? [
              {
                label: 'Person',
                row: { ...row, actors: employers[i] ?? [], topics: topics[i] ?? [] },
              },
            ]
          : [],
      );
    }
    case 'Cluster': {
      const rows = await graph.clusters.nodes.getMany(tx, ids);
      return rows
        .filter(present)
        .map((row): SearchableRow => ({ label: 'Cluster', row: { ...row, topics: [] } }));
    }
    case 'Technology': {
      const rows = await graph.technologies.nodes.getMany(tx, ids);
      const topics = await topicRefs(graph, tx, await graph.technologies.topics.outgoing(tx, ids));
      const origins = await actorRefs(
        graph,
        tx,
        (await graph.technologies.originatedAt.outgoing(tx, ids)).map((g) => g.map((l) => l.toKey)),
      );
      return rows.flatMap((row, i): SearchableRow[] =>
        row
          ? [
              {
                label: 'Technology',
                row: {
                  ...row,
                  originatedAt: (origins[i] ?? []).map((a) => a.name),
                  topics: topics[i] ?? [],
                },
              },
            ]
          : [],
      );
    }
    case 'Opportunity': {
      const rows = await graph.opportunities.nodes.getMany(tx, ids);
      const topics = await topicRefs(graph, tx, await graph.opportunities.topics.outgoing(tx, ids));
      const posters = await actorRefs(
        graph,
        tx,
        (await graph.opportunities.postedBy.incoming(tx, ids)).map((g) => g.map((l) => l.fromKey)),
      );
      return rows.flatMap((row, i): SearchableRow[] =>
        row
          ? [
              {
                label: 'Opportunity',
                row: { ...row, postedBy: posters[i]?.[0] ?? null, topics: topics[i] ?? [] },
              },
            ]
          : [],
      );
    }
    case 'Topic': {
      const rows = await graph.topics.nodes.getMany(tx, ids);
      const broaderLinks = await graph.topics.broader.outgoing(tx, ids);
      const broader = await graph.topics.nodes.getMany(tx, [
        ...new Set(broaderLinks.flat().map((l) => l.toKey)),
      ]);
      const broaderById = new Map(broader.filter(present).map((t) => [t.id, topicRef(t)]));
      return rows.flatMap((row, i): SearchableRow[] =>
        row
          ? [
              {
                label: 'Topic',
                row: {
                  ...row,
                  broader: broaderById.get(broaderLinks[i]?.[0]?.toKey ?? '') ?? null,
                },
              },
            ]
          : [],
      );
    }
  }
}
