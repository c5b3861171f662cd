import type { Graph, QueryExecutor } from '@kobling/graph';
import type {
  ActorFacts,
  ClusterFact,
  IntroductionCounts,
  IntroductionFact,
  MunicipalityFact,
  OpportunityFact,
  PersonFacts,
  ProjectFact,
  TopicFact,
} from './facts.ts';
import { byId } from './facts.ts';
import {
  ACTOR_KINDS,
  COMPANY_STAGES,
  HELICES,
  MEMBERSHIP_STATUSES,
  SOURCES,
  codeOf,
  helixOf,
  kindOf,
  membershipStatusOf,
  sourceOf,
  stageOf,
} from './codes.ts';
import type { ChangeSet } from './overlay.ts';
import type { Projection } from './projection.ts';

/** Entities named by change events, by label. */
export type ChangedEntities = ReadonlyMap<string, ReadonlySet<string>>;

const ids = (changed: ChangedEntities, label: string): string[] => [...(changed.get(label) ?? [])];

/**
 * Reads the current state of changed entities from the store, in the caller's read transaction,
 * as the projection holds them. A change to a tie names both ends, so an actor's facts are re-read
 * whole; a project, cluster, topic, opportunity, technology or introduction that is gone re-reads
 * the actors the projection last saw tied to it, since its deletion named only the node.
 */
export async function readChanges(
  graph: Graph,
  tx: QueryExecutor,
  changed: ChangedEntities,
  seen: Projection,
): Promise<ChangeSet> {
  const actorIds = new Set(ids(changed, 'Actor'));
  const tied = (visit: (add: (index: number) => void) => void) =>
    visit((index) => actorIds.add(seen.actorIdAt(index)));
  const topics = await readEach(ids(changed, 'Topic'), (id) => readTopic(graph, tx, id));
  const clusters = await readEach(ids(changed, 'Cluster'), (id) => readCluster(graph, tx, id));
  const projects = await readEach(ids(changed, 'Project'), (id) => readProject(graph, tx, id));
  const opportunities: Map<string, OpportunityFact | null> = await readEach(
    ids(changed, 'Opportunity'),
    (id) => readOpportunity(graph, tx, id),
  );
  // A deleted node took its ties with it without naming the other ends.
  for (const [id, fact] of topics) if (!fact) tied((add) => seen.forEachActorWithTopic(id, add));
  for (const [id, fact] of clusters) {
    if (!fact) tied((add) => seen.forEachMember(id, add));
  }
  for (const [id, fact] of projects) if (!fact) tied((add) => seen.forEachParticipant(id, add));
  for (const [id, fact] of opportunities) {
    const poster = fact?.actorId || seen.opportunity(id)?.actorId;
    if (poster) actorIds.add(poster);
  }
  const technologies = new Map<string, string[] | null>();
  for (const id of ids(changed, 'Technology')) {
    for (const actor of seen.technologyActorIds(id)) actorIds.add(actor);
    const [origins] = await graph.technologies.originatedAt.outgoing(tx, [id]);
    const [owners] = await graph.technologies.commercialisedBy.outgoing(tx, [id]);
    const now = [...new Set([...(origins ?? []), ...(owners ?? [])].map((l) => l.toKey))];
    for (const actor of now) actorIds.add(actor);
    technologies.set(id, now.length > 0 ? now : null);
  }
  const introductions = new Map<string, IntroductionFact | null>();
  for (const id of ids(changed, 'Introduction')) {
    const before = seen.introductionReceiver(id);
    if (before) actorIds.add(before);
    const fact = await readIntroduction(graph, tx, id);
    if (fact) actorIds.add(fact.receiverId);
    introductions.set(id, fact);
  }
  const actors = new Map<string, ActorFacts | null>();
  for (const id of actorIds) actors.set(id, await readActor(graph, tx, id));
  // People and opportunities tied to a deleted topic or actor are found by a scan: deletions of
  // topics and actors are rare, and the projection keeps no index from them back to these.
  const goneTopics = new Set([...topics].filter(([, fact]) => !fact).map(([id]) => id));
  const goneActors = new Set([...actors].filter(([, fact]) => !fact).map(([id]) => id));
  const personIds = new Set(ids(changed, 'Person'));
  const opportunityIds = new Set(ids(changed, 'Opportunity'));
  if (goneTopics.size > 0 || goneActors.size > 0) {
    for (const id of seen.personIds()) {
      const person = seen.person(id);
      if (
        person?.topics.some((t) => goneTopics.has(t.topicId)) ||
        person?.employers.some((a) => goneActors.has(a))
      ) {
        personIds.add(id);
      }
    }
    for (const id of seen.opportunityIds()) {
      const o = seen.opportunity(id);
      if (o?.topicIds.some((t) => goneTopics.has(t)) || (o && goneActors.has(o.actorId))) {
        opportunityIds.add(id);
      }
    }
  }
  for (const id of opportunityIds) {
    if (!opportunities.has(id)) opportunities.set(id, await readOpportunity(graph, tx, id));
  }
  const people = await readEach([...personIds], (id) => readPerson(graph, tx, id));
  // An actor lists the people working there and the organisations it is part of or holds: a
  // deleted person or actor is dropped from those lists by re-reading the actors it was tied to.
  const formerTies = new Set<string>();
  for (const [id, fact] of people)
    if (!fact) seen.person(id)?.employers.forEach((a) => formerTies.add(a));
  for (const id of goneActors) {
    const before = seen.actor(id);
    if (before?.partOf) formerTies.add(before.partOf);
    before?.parts.forEach((a) => formerTies.add(a));
  }
  for (const id of formerTies) if (!actors.has(id)) actors.set(id, await readActor(graph, tx, id));
  return {
    actors,
    topics,
    municipalities: await readEach(ids(changed, 'Municipality'), (code) =>
      readMunicipality(graph, tx, code),
    ),
    clusters,
    projects,
    opportunities,
    people,
    technologies,
    introductions,
  };
}

const distinctSorted = (list: readonly string[]): string[] => [...new Set(list)].sort(byId);

async function readEach<T>(
  keys: readonly string[],
  read: (key: string) => Promise<T | null>,
): Promise<Map<string, T | null>> {
  const out = new Map<string, T | null>();
  for (const key of keys) out.set(key, await read(key));
  return out;
}

/*
 * One key at a time: on LadybugDB a relationship read for one key is an index seek, while a list
 * of keys scans the whole relationship table (DESIGN §15).
 */
async function readActor(graph: Graph, tx: QueryExecutor, id: string): Promise<ActorFacts | null> {
  const { actors, technologies, introductions } = graph;
  const row = await actors.nodes.get(tx, id);
  if (!row) return null;
  const one = async <L>(read: Promise<L[][]>): Promise<L[]> => (await read)[0] ?? [];
  const places = await one(actors.location.outgoing(tx, [id]));
  const topics = await one(actors.topics.outgoing(tx, [id]));
  const memberships = await one(actors.memberships.outgoing(tx, [id]));
  const participations = await one(actors.participations.outgoing(tx, [id]));
  const postings = await one(actors.postings.outgoing(tx, [id]));
  const origins = await one(technologies.originatedAt.incoming(tx, [id]));
  const staff = await one(graph.people.worksAt.incoming(tx, [id]));
  const parents = await one(actors.partOf.outgoing(tx, [id]));
  const parts = await one(actors.partOf.incoming(tx, [id]));
  const owned = await one(technologies.commercialisedBy.incoming(tx, [id]));
  const received = await one(introductions.to.incoming(tx, [id]));
  const statuses = await introductions.nodes.getMany(
    tx,
    received.map((l) => l.fromKey),
  );
  const count = (status: string) => statuses.filter((s) => s?.status === status).length;
  const counts: IntroductionCounts = {
    accepted: count('ACCEPTED'),
    declined: count('DECLINED'),
    expired: count('EXPIRED'),
    completed: count('COMPLETED'),
  };
  const placeCodes = places.map((l) => l.toKey).sort(byId);
  return {
    id,
    // Through the same codes as the bulk build, so both hold a value the same way.
    kind: kindOf(codeOf(ACTOR_KINDS, row.kind)),
    helix: helixOf(codeOf(HELICES, row.helix)),
    name: row.name,
    slug: row.slug,
    stage: stageOf(codeOf(COMPANY_STAGES, row.stage)),
    source: sourceOf(codeOf(SOURCES, row.source)),
    place: placeCodes[0] ?? null,
    topics: topics.map((l) => ({ topicId: l.toKey, weight: l.weight })),
    memberships: memberships.map((l) => ({
      clusterId: l.toKey,
      status: membershipStatusOf(codeOf(MEMBERSHIP_STATUSES, l.status)),
      role: l.role ?? null,
      since: l.since ?? null,
    })),
    projects: [...new Map(participations.map((l) => [l.toKey, l])).values()].map((l) => ({
      projectId: l.toKey,
      role: l.role ?? null,
    })),
    opportunities: postings.map((l) => l.toKey),
    technologyCount: new Set([...origins, ...owned].map((l) => l.fromKey)).size,
    originated: distinctSorted(origins.map((l) => l.fromKey)),
    people: distinctSorted(staff.map((l) => l.fromKey)),
    partOf: distinctSorted(parents.map((l) => l.toKey))[0] ?? null,
    parts: distinctSorted(parts.map((l) => l.fromKey)),
    introductions: counts,
  };
}

async function readIntroduction(
  graph: Graph,
  tx: QueryExecutor,
  id: string,
): Promise<IntroductionFact | null> {
  const row = await graph.introductions.nodes.get(tx, id);
  const [receivers] = await graph.introductions.to.outgoing(tx, [id]);
  const receiverId = receivers?.[0]?.toKey;
  // As the bulk export: an introduction without a receiver is not a tie.
  if (!row || receiverId === undefined) return null;
  const [requesters] = await graph.introductions.requested.incoming(tx, [id]);
  return {
    id,
    requesterId: requesters?.[0]?.fromKey ?? null,
    receiverId,
    status: row.status,
    respondedAt: row.respondedAt ?? null,
  };
}

async function readTopic(graph: Graph, tx: QueryExecutor, id: string): Promise<TopicFact | null> {
  const row = await graph.topics.nodes.get(tx, id);
  if (!row) return null;
  const [broader] = await graph.topics.broader.outgoing(tx, [id]);
  return {
    id,
    name: row.name,
    nameNb: row.nameNb,
    slug: row.slug,
    actorCount: row.actorCount ?? 0,
    broaderId: (broader ?? []).map((l) => l.toKey).sort(byId)[0] ?? null,
    synonyms: [...(row.synonyms ?? [])].sort(byId),
  };
}

async function readMunicipality(
  graph: Graph,
  tx: QueryExecutor,
  code: string,
): Promise<MunicipalityFact | null> {
  const row = await graph.municipalities.nodes.get(tx, code);
  return row ? { code, name: row.name, inRegion: row.inRegion === true } : null;
}

async function readCluster(
  graph: Graph,
  tx: QueryExecutor,
  id: string,
): Promise<ClusterFact | null> {
  const row = await graph.clusters.nodes.get(tx, id);
  return row
    ? {
        id,
        name: row.name,
        slug: row.slug,
        startYear: row.startYear ?? null,
        endYear: row.endYear ?? null,
      }
    : null;
}

async function readProject(
  graph: Graph,
  tx: QueryExecutor,
  id: string,
): Promise<ProjectFact | null> {
  const row = await graph.projects.nodes.get(tx, id);
  return row
    ? {
        id,
        title: row.title,
        startYear: row.startYear ?? null,
        endYear: row.endYear ?? null,
        funder: row.funder ?? null,
      }
    : null;
}

async function readOpportunity(
  graph: Graph,
  tx: QueryExecutor,
  id: string,
): Promise<OpportunityFact | null> {
  const row = await graph.opportunities.nodes.get(tx, id);
  if (!row) return null;
  const [posters] = await graph.opportunities.postedBy.incoming(tx, [id]);
  const [topics] = await graph.opportunities.topics.outgoing(tx, [id]);
  return {
    id,
    actorId: posters?.[0]?.fromKey ?? '',
    kind: row.kind,
    status: row.status,
    visibility: row.visibility,
    title: row.title,
    createdAt: row.createdAt,
    topicIds: (topics ?? []).map((l) => l.toKey),
  };
}

async function readPerson(
  graph: Graph,
  tx: QueryExecutor,
  id: string,
): Promise<PersonFacts | null> {
  const row = await graph.people.nodes.get(tx, id);
  if (!row) return null;
  const [employers] = await graph.people.worksAt.outgoing(tx, [id]);
  const [topics] = await graph.people.topics.outgoing(tx, [id]);
  return {
    id,
    name: row.name,
    listed: row.listed === true,
    employers: (employers ?? []).map((l) => l.toKey),
    topics: (topics ?? []).map((l) => ({ topicId: l.toKey, weight: l.weight })),
  };
}
