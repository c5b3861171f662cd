import type {
  ActorFacts,
  ClusterFact,
  IntroductionFact,
  MunicipalityFact,
  OpportunityFact,
  PersonFacts,
  ProjectFact,
  TopicFact,
} from './facts.ts';

/**
 * Changes applied since the base was built, replacing whole entities: an actor's facts by its
 * index (new actors get indices after the base's), other entities by id; null = deleted. The
 * inverse maps hold the ties of overlaid actors seen from their targets, since base adjacency of
 * an overlaid actor no longer counts. Immutable: an apply makes a new overlay.
 */
export interface Overlay {
  readonly actors: ReadonlyMap<number, ActorFacts | null>;
  /** Ids of actors created after the base, at index base size + position. */
  readonly newActorIds: readonly string[];
  readonly newActorIndex: ReadonlyMap<string, number>;
  readonly slugs: ReadonlyMap<string, number>;
  readonly topics: ReadonlyMap<string, TopicFact | null>;
  readonly municipalities: ReadonlyMap<string, MunicipalityFact | null>;
  readonly clusters: ReadonlyMap<string, ClusterFact | null>;
  readonly projects: ReadonlyMap<string, ProjectFact | null>;
  readonly opportunities: ReadonlyMap<string, OpportunityFact | null>;
  readonly people: ReadonlyMap<string, PersonFacts | null>;
  /** technology id → the actors it links to now. */
  readonly technologies: ReadonlyMap<string, readonly string[] | null>;
  /** introduction id → its sides and status now. */
  readonly introductions: ReadonlyMap<string, IntroductionFact | null>;
  /** topic id → overlaid actor index → weight. */
  readonly topicActors: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** cluster id → overlaid actor index → membership status. */
  readonly clusterActors: ReadonlyMap<string, ReadonlyMap<number, string>>;
  /** project id → overlaid actor indices. */
  readonly projectActors: ReadonlyMap<string, ReadonlySet<number>>;
}

export const EMPTY_OVERLAY: Overlay = {
  actors: new Map(),
  newActorIds: [],
  newActorIndex: new Map(),
  slugs: new Map(),
  topics: new Map(),
  municipalities: new Map(),
  clusters: new Map(),
  projects: new Map(),
  opportunities: new Map(),
  people: new Map(),
  technologies: new Map(),
  introductions: new Map(),
  topicActors: new Map(),
  clusterActors: new Map(),
  projectActors: new Map(),
};

/** Entities re-read from the store after a change; absent keys are unchanged. */
export interface ChangeSet {
  readonly actors: ReadonlyMap<string, ActorFacts | null>;
  readonly topics: ReadonlyMap<string, TopicFact | null>;
  readonly municipalities: ReadonlyMap<string, MunicipalityFact | null>;
  readonly clusters: ReadonlyMap<string, ClusterFact | null>;
  readonly projects: ReadonlyMap<string, ProjectFact | null>;
  readonly opportunities: ReadonlyMap<string, OpportunityFact | null>;
  readonly people: ReadonlyMap<string, PersonFacts | null>;
  readonly technologies: ReadonlyMap<string, readonly string[] | null>;
  readonly introductions: ReadonlyMap<string, IntroductionFact | null>;
}

export const overlaySize = (o: Overlay): number =>
  o.actors.size +
  o.topics.size +
  o.municipalities.size +
  o.clusters.size +
  o.projects.size +
  o.opportunities.size +
  o.people.size;

const merged = <K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): Map<K, V> => {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, v);
  return out;
};

/**
 * The overlay with the change set applied. `indexOf` resolves an actor id to its index (base or
 * earlier overlay), undefined for an actor not seen before; `previous` gives the facts a reader
 * saw before, so their inverse entries can be withdrawn.
 */
export function applyChanges(
  overlay: Overlay,
  changes: ChangeSet,
  baseActors: number,
  indexOf: (id: string) => number | undefined,
): Overlay {
  const actors = new Map(overlay.actors);
  const newActorIds = [...overlay.newActorIds];
  const newActorIndex = new Map(overlay.newActorIndex);
  const slugs = new Map(overlay.slugs);
  const topicActors = new Map([...overlay.topicActors].map(([k, v]) => [k, new Map(v)]));
  const clusterActors = new Map([...overlay.clusterActors].map(([k, v]) => [k, new Map(v)]));
  const projectActors = new Map([...overlay.projectActors].map(([k, v]) => [k, new Set(v)]));
  for (const [id, facts] of changes.actors) {
    let index = indexOf(id);
    if (index === undefined) {
      if (facts === null) continue;
      index = baseActors + newActorIds.length;
      newActorIds.push(id);
      newActorIndex.set(id, index);
    }
    const before = actors.get(index);
    if (before) {
      for (const t of before.topics) topicActors.get(t.topicId)?.delete(index);
      for (const m of before.memberships) clusterActors.get(m.clusterId)?.delete(index);
      for (const p of before.projects) projectActors.get(p.projectId)?.delete(index);
    }
    actors.set(index, facts);
    if (!facts) continue;
    slugs.set(facts.slug, index);
    for (const t of facts.topics) {
      const m = topicActors.get(t.topicId) ?? new Map<number, number>();
      m.set(index, t.weight);
      topicActors.set(t.topicId, m);
    }
    for (const ms of facts.memberships) {
      const m = clusterActors.get(ms.clusterId) ?? new Map<number, string>();
      m.set(index, ms.status);
      clusterActors.set(ms.clusterId, m);
    }
    for (const p of facts.projects) {
      const s = projectActors.get(p.projectId) ?? new Set<number>();
      s.add(index);
      projectActors.set(p.projectId, s);
    }
  }
  return {
    actors,
    newActorIds,
    newActorIndex,
    slugs,
    topics: merged(overlay.topics, changes.topics),
    municipalities: merged(overlay.municipalities, changes.municipalities),
    clusters: merged(overlay.clusters, changes.clusters),
    projects: merged(overlay.projects, changes.projects),
    opportunities: merged(overlay.opportunities, changes.opportunities),
    people: merged(overlay.people, changes.people),
    technologies: merged(overlay.technologies, changes.technologies),
    introductions: merged(overlay.introductions, changes.introductions),
    topicActors,
    clusterActors,
    projectActors,
  };
}
