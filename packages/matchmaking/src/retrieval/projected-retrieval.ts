import type { ActorFacts, Projection } from '@kobling/projection';
import { ProjectedEntityNotFoundError } from '@kobling/projection';
import type {
  ActorKind,
  Candidate,
  Helix,
  Intermediary,
  NamedRef,
  OpportunityRef,
  Seeker,
  SeekerTopic,
  TextMatch,
  TopicInfo,
  TopicStats,
} from '../index.ts';
import { DEFAULT_RETRIEVAL_LIMITS } from './limits.ts';
import { mergeTopics, poolTopics } from './topic-selection.ts';
import type { RetrievalLimits } from './limits.ts';

/*
 * Candidate retrieval over one version of the graph projection: a bounded pool of actors near the
 * seeker (IDF-weighted topic overlap with hub topics capped, plus actors sharing its clusters and
 * projects), then every fact the kernel needs. Pure reads of memory: no store round-trip.
 * The rules are the ones the Cypher retrieval had (kept as the test oracle in
 * @kobling/graph/testing): results must be identical.
 */

/** An ad-hoc need after its free text was mapped to topics. */
export interface NeedInput {
  readonly topics: readonly SeekerTopic[];
  readonly text?: string;
  /** The search engine's actors for the text (Seeker.textMatches); they join the pool. */
  readonly textMatches?: ReadonlyMap<string, TextMatch>;
  readonly wantedKinds?: readonly ActorKind[];
  readonly wantedHelices?: readonly Helix[];
  readonly municipalityPreference?: readonly string[];
  /** The actor asking, when signed in: excluded from results, its partners marked. */
  readonly onBehalfOf?: string;
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(byId);

export class ProjectedRetrieval {
  private readonly projection: Projection;
  private stats: TopicStats | undefined;

  constructor(projection: Projection) {
    this.projection = projection;
  }

  /** Names, bokmål names, frequencies and broader links of every topic, and the actor total. */
  topicStats(): TopicStats {
    if (!this.stats) {
      const topics = new Map<string, TopicInfo>();
      for (const t of this.projection.topics()) {
        topics.set(t.id, {
          id: t.id,
          name: t.name,
          nameNb: t.nameNb,
          actorCount: t.actorCount,
          ...(t.broaderId ? { broaderId: t.broaderId } : {}),
        });
      }
      this.stats = { totalActors: this.projection.totalActors, topics };
    }
    return this.stats;
  }

  /** The seeker as the kernel sees it: an actor, or a person on behalf of the actor they work at. */
  seekerFor(type: 'ACTOR' | 'PERSON', id: string): Seeker {
    let actorId = id;
    let personTopics: SeekerTopic[] = [];
    if (type === 'PERSON') {
      const person = this.projection.person(id);
      if (!person) throw new ProjectedEntityNotFoundError('Person', id);
      const employer = person.employers[0];
      if (!employer) throw new ProjectedEntityNotFoundError('Actor', `employer of person ${id}`);
      actorId = employer;
      personTopics = person.topics.map((l) => ({ topicId: l.topicId, weight: l.weight }));
    }
    const actor = this.requireActor(actorId);
    const context = this.actorContext(actor);
    return {
      type,
      id,
      actorId,
      name: actor.name,
      kind: actor.kind,
      helix: actor.helix,
      ...(context.municipality ? { municipality: context.municipality } : {}),
      topics: mergeTopics(context.topics, personTopics),
      needs: context.needs,
      offers: context.offers,
      clusterIds: context.clusterIds,
      projectIds: context.projectIds,
      partnerIds: context.partnerIds,
    };
  }

  /** An ad-hoc need; when asked on behalf of an actor, that actor's ties count too. */
  seekerForNeed(need: NeedInput): Seeker {
    const base: Seeker = {
      type: 'NEED',
      topics: need.topics,
      ...(need.text ? { text: need.text } : {}),
      ...(need.textMatches ? { textMatches: need.textMatches } : {}),
      ...(need.wantedKinds ? { wantedKinds: need.wantedKinds } : {}),
      ...(need.wantedHelices ? { wantedHelices: need.wantedHelices } : {}),
      ...(need.municipalityPreference
        ? { municipalityPreference: need.municipalityPreference }
        : {}),
    };
    if (!need.onBehalfOf) return base;
    const actor = this.requireActor(need.onBehalfOf);
    const context = this.actorContext(actor);
    return {
      ...base,
      actorId: actor.id,
      name: actor.name,
      kind: actor.kind,
      helix: actor.helix,
      ...(context.municipality ? { municipality: context.municipality } : {}),
      offers: context.offers,
      clusterIds: context.clusterIds,
      projectIds: context.projectIds,
      partnerIds: context.partnerIds,
    };
  }

  /** The bounded candidate pool for a seeker, with every fact the features need. */
  candidatesFor(seeker: Seeker, limits: RetrievalLimits = DEFAULT_RETRIEVAL_LIMITS): Candidate[] {
    // Actors whose own words answer the need's text are candidates even when no topic brings them.
    const pool = unique([...this.pool(seeker, limits), ...(seeker.textMatches?.keys() ?? [])]);
    return this.load(seeker, pool, limits);
  }

  /** Candidate rows for given actors, as candidatesFor fills them; unknown ids are left out. */
  candidatesByIds(
    seeker: Seeker,
    ids: readonly string[],
    limits: RetrievalLimits = DEFAULT_RETRIEVAL_LIMITS,
  ): Candidate[] {
    return this.load(seeker, unique(ids), limits);
  }

  /** The most active actors of some kinds (most projects first, then id). */
  mostActive(kinds: readonly ActorKind[], exclude: readonly string[], limit: number): string[] {
    if (kinds.length === 0 || limit <= 0) return [];
    const wanted = new Set<string>(kinds);
    const skip = new Set(exclude);
    const rows: { id: string; projects: number }[] = [];
    const p = this.projection;
    for (let i = 0; i < p.actorIndexLimit; i += 1) {
      if (!p.hasActorAt(i) || !wanted.has(p.kindAt(i))) continue;
      const id = p.actorIdAt(i);
      if (skip.has(id)) continue;
      rows.push({ id, projects: this.projectCountAt(i) });
    }
    rows.sort((a, b) => b.projects - a.projects || byId(a.id, b.id));
    return rows.slice(0, limit).map((r) => r.id);
  }

  /** Each actor's ACTIVE clusters and its projects. */
  ties(ids: readonly string[]): Map<string, { clusters: string[]; projects: string[] }> {
    const result = new Map<string, { clusters: string[]; projects: string[] }>();
    for (const id of ids) {
      const actor = this.projection.actor(id);
      result.set(id, {
        clusters: unique(
          (actor?.memberships ?? []).filter((m) => m.status === 'ACTIVE').map((m) => m.clusterId),
        ),
        projects: unique((actor?.projects ?? []).map((p) => p.projectId)),
      });
    }
    return result;
  }

  clusterRef(id: string): NamedRef | null {
    const cluster = this.projection.cluster(id);
    return cluster ? { id, name: cluster.name } : null;
  }

  projectRef(id: string): NamedRef | null {
    const project = this.projection.project(id);
    return project ? { id, name: project.title } : null;
  }

  private requireActor(id: string): ActorFacts {
    const actor = this.projection.actor(id);
    if (!actor) throw new ProjectedEntityNotFoundError('Actor', id);
    return actor;
  }

  private projectCountAt(index: number): number {
    const p = this.projection;
    if (!p.isOverlaid(index)) {
      const { offsets } = p.base.actorProjects;
      return offsets[index + 1]! - offsets[index]!;
    }
    return p.actorAt(index)?.projects.length ?? 0;
  }

  private pool(seeker: Seeker, limits: RetrievalLimits): string[] {
    const p = this.projection;
    const stats = this.topicStats();
    const excluded = seeker.actorId === undefined ? -1 : (p.actorIndex(seeker.actorId) ?? -1);
    const kinds = seeker.wantedKinds?.length ? new Set<string>(seeker.wantedKinds) : null;
    const helices = seeker.wantedHelices?.length ? new Set<string>(seeker.wantedHelices) : null;
    const passes = (index: number): boolean =>
      index !== excluded &&
      (kinds === null || kinds.has(p.kindAt(index))) &&
      (helices === null || helices.has(p.helixAt(index)));

    const wanted = poolTopics(seeker.topics, stats, limits);

    // relevance = Σ floor(1000 · tie weight · wanted weight (to a quarter) / log10(2 + actorCount)):
    // integer terms, so the sum is exact in any order and the pool deterministic.
    const scores = scratchScores(p.actorIndexLimit);
    const touched: number[] = [];
    for (const t of wanted) {
      const quarter = Math.max(1, Math.min(4, Math.round(t.weight * 4)));
      const factor = quarter === 4 ? 1.0 : quarter === 3 ? 0.75 : quarter === 2 ? 0.5 : 0.25;
      const rarity = Math.log10(2.0 + (stats.topics.get(t.topicId)?.actorCount ?? 0));
      p.forEachActorWithTopic(t.topicId, (index, weight) => {
        if (!passes(index)) return;
        if (scores[index] === 0) touched.push(index);
        // Scores are stored plus one, so zero marks an actor not touched yet.
        scores[index] = (scores[index] || 1) + Math.floor((1000.0 * weight * factor) / rarity);
      });
    }
    const byTopic = topScored(p, scores, touched, limits.poolSize);
    for (const index of touched) scores[index] = 0;

    const proximityLimit = Math.max(20, Math.floor(limits.poolSize / 4));
    // Actors sharing the seeker's projects or clusters, the filter applied by whoever reads them.
    const near = (ids: readonly string[] | undefined, wanted: (id: string) => number[]) => {
      if (!ids?.length) return [];
      const found = new Set<number>();
      for (const id of new Set(ids)) for (const index of wanted(id)) found.add(index);
      return firstById(p, found, proximityLimit).map((i) => p.actorIdAt(i));
    };
    const byProject = near(seeker.projectIds, (id) => {
      const out: number[] = [];
      p.forEachParticipant(id, (index) => {
        if (passes(index)) out.push(index);
      });
      return out;
    });
    const byCluster = near(seeker.clusterIds, (id) =>
      p.firstActiveMembers(id, proximityLimit, passes),
    );
    return unique([...byTopic, ...byProject, ...byCluster]).slice(
      0,
      limits.poolSize + 2 * proximityLimit,
    );
  }

  private load(seeker: Seeker, ids: readonly string[], limits: RetrievalLimits): Candidate[] {
    const p = this.projection;
    const actors = new Map<string, ActorFacts>();
    for (const id of ids) {
      const actor = p.actor(id);
      if (actor) actors.set(id, actor);
    }
    if (actors.size === 0) return [];
    const seekerClusters = new Set(seeker.clusterIds ?? []);
    const seekerProjects = new Set(seeker.projectIds ?? []);
    const clusterInfo = new Map<string, { name: string; size: number }>();
    const projectInfo = new Map<string, { title: string; size: number }>();
    for (const actor of actors.values()) {
      for (const m of actor.memberships) {
        if (
          m.status !== 'ACTIVE' ||
          !seekerClusters.has(m.clusterId) ||
          clusterInfo.has(m.clusterId)
        )
          continue;
        clusterInfo.set(m.clusterId, {
          name: p.cluster(m.clusterId)?.name ?? m.clusterId,
          size: p.activeMemberCount(m.clusterId),
        });
      }
      for (const q of actor.projects) {
        if (!seekerProjects.has(q.projectId) || projectInfo.has(q.projectId)) continue;
        let size = 0;
        p.forEachParticipant(q.projectId, () => (size += 1));
        projectInfo.set(q.projectId, { title: p.project(q.projectId)?.title ?? q.projectId, size });
      }
    }
    const intermediaries =
      seeker.actorId && (seeker.projectIds?.length ?? 0) > 0
        ? this.intermediaries(seeker.actorId, seeker.projectIds ?? [], [...actors.values()], limits)
        : new Map<string, Intermediary[]>();
    const partners = new Set(seeker.partnerIds ?? []);
    const candidates: Candidate[] = [];
    for (const id of ids) {
      const actor = actors.get(id);
      if (!actor) continue;
      const place = actor.place === null ? null : p.municipality(actor.place);
      const own = this.openPublicOpportunities(actor);
      candidates.push({
        id,
        name: actor.name,
        kind: actor.kind,
        helix: actor.helix,
        ...(place ? { municipality: { code: place.code, name: place.name || place.code } } : {}),
        inRegion: place?.inRegion === true,
        topics: actor.topics.map((t) => ({ topicId: t.topicId, weight: t.weight })),
        sharedClusters: actor.memberships
          .filter((m) => m.status === 'ACTIVE' && clusterInfo.has(m.clusterId))
          .map((m) => {
            const info = clusterInfo.get(m.clusterId)!;
            return { id: m.clusterId, name: info.name, memberCount: info.size };
          }),
        sharedProjects: actor.projects
          .filter((q) => projectInfo.has(q.projectId))
          .map((q) => {
            const info = projectInfo.get(q.projectId)!;
            return { id: q.projectId, title: info.title, participantCount: info.size };
          }),
        intermediaries: intermediaries.get(id) ?? [],
        projectCount: actor.projects.length,
        technologyCount: actor.technologyCount,
        introductions: actor.introductions,
        offers: own.offers,
        needs: own.needs,
        isExistingPartner: partners.has(id),
      });
    }
    return candidates;
  }

  /** Open, public needs and offers of an actor with their topics. */
  private openPublicOpportunities(actor: ActorFacts): {
    needs: OpportunityRef[];
    offers: OpportunityRef[];
  } {
    const needs: OpportunityRef[] = [];
    const offers: OpportunityRef[] = [];
    for (const id of actor.opportunities) {
      const o = this.projection.opportunity(id);
      if (!o || o.status !== 'OPEN' || o.visibility !== 'PUBLIC') continue;
      const ref = { id, title: o.title, topicIds: o.topicIds };
      if (o.kind === 'NEED' || o.kind === 'CHALLENGE') needs.push(ref);
      else if (o.kind === 'OFFER') offers.push(ref);
    }
    return { needs, offers };
  }

  /**
   * Warm paths: actors who co-participated in a project with the seeker (p) and in a project with
   * the candidate (q), one per (candidate, introducer) — the first p, then q, by id. At most
   * `maxIntermediaryPaths` paths are looked at, in (candidate, introducer, p, q) order.
   */
  private intermediaries(
    seekerId: string,
    seekerProjectIds: readonly string[],
    candidates: readonly ActorFacts[],
    limits: RetrievalLimits,
  ): Map<string, Intermediary[]> {
    const p = this.projection;
    const result = new Map<string, Intermediary[]>();
    const withSeeker = new Map<string, string[]>();
    for (const projectId of unique(seekerProjectIds)) {
      p.forEachParticipant(projectId, (index) => {
        const via = p.actorIdAt(index);
        if (via === seekerId) return;
        withSeeker.set(via, [...(withSeeker.get(via) ?? []), projectId]);
      });
    }
    const vias = sorted(withSeeker.keys());
    if (vias.length === 0) return result;
    const viaProjects = new Map(vias.map((via) => [via, new Set(p.projectIdsOf(via))]));
    type Path = { candidate: string; via: string; p: string; q: string };
    const paths: Path[] = [];
    let looked = 0;
    // Which introducers took part in each project, to find a candidate's introducers through
    // its own projects rather than by trying every introducer.
    const viasByProject = new Map<string, string[]>();
    for (const via of vias) {
      for (const q of viaProjects.get(via) ?? []) {
        const list = viasByProject.get(q);
        if (list) list.push(via);
        else viasByProject.set(q, [via]);
      }
    }
    const byCandidate = [...candidates].sort((a, b) => byId(a.id, b.id));
    outer: for (const candidate of byCandidate) {
      const own = unique(candidate.projects.map((q) => q.projectId));
      const theirs = sorted(own.flatMap((q) => viasByProject.get(q) ?? []));
      for (const via of theirs) {
        if (via === candidate.id) continue;
        const shared = sorted(own.filter((q) => viaProjects.get(via)?.has(q)));
        const ps = sorted(withSeeker.get(via) ?? []);
        paths.push({ candidate: candidate.id, via, p: ps[0]!, q: shared[0]! });
        // Every (p, q) pair of the introducer counts as a path looked at.
        looked += ps.length * shared.length;
        if (looked >= limits.maxIntermediaryPaths) break outer;
      }
    }
    const title = (id: string) => p.project(id)?.title ?? id;
    for (const path of paths) {
      const list = result.get(path.candidate) ?? [];
      list.push({
        id: path.via,
        name: p.actorName(path.via) ?? path.via,
        withSeeker: { kind: 'PROJECT', id: path.p, name: title(path.p) },
        withCandidate: { kind: 'PROJECT', id: path.q, name: title(path.q) },
        // Partners of the introducer: distinct co-participants over all its projects.
        partnerCount: p.coParticipantCount(path.via),
      });
      result.set(path.candidate, list);
    }
    return result;
  }

  /** Everything about an actor that makes it a seeker: place, topics, ties and open postings. */
  private actorContext(actor: ActorFacts) {
    const p = this.projection;
    const place = actor.place === null ? null : p.municipality(actor.place);
    const projectIds = actor.projects.map((q) => q.projectId);
    const partners: string[] = [];
    for (const projectId of projectIds) {
      const members: string[] = [];
      p.forEachParticipant(projectId, (index) => members.push(p.actorIdAt(index)));
      partners.push(...members.sort(byId));
    }
    const own = this.openPublicOpportunities(actor);
    return {
      municipality: place ? { code: place.code, name: place.name } : null,
      topics: actor.topics.map((l) => ({ topicId: l.topicId, weight: l.weight })),
      clusterIds: actor.memberships.filter((m) => m.status === 'ACTIVE').map((m) => m.clusterId),
      projectIds,
      partnerIds: unique(partners).filter((id) => id !== actor.id),
      needs: own.needs,
      offers: own.offers,
    };
  }
}

let scratch = new Float64Array(0);

/** Score per actor index, all zero: one buffer reused by every (synchronous) retrieval. */
function scratchScores(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(size);
  return scratch;
}

/**
 * The `limit` touched actors of highest score (stored plus one), ties by id: the cut-off score is
 * found on a sorted copy of the scores, so only the actors above it are sorted by (score, id).
 */
function topScored(
  p: Projection,
  scores: Float64Array,
  touched: readonly number[],
  limit: number,
): string[] {
  let chosen = touched;
  if (touched.length > limit) {
    const values = new Float64Array(touched.length);
    for (let k = 0; k < touched.length; k += 1) values[k] = scores[touched[k]!]!;
    const cutoff = kthLargest(values, limit);
    chosen = touched.filter((i) => scores[i]! >= cutoff);
  }
  return [...chosen]
    .sort((a, b) => scores[b]! - scores[a]! || p.compareActors(a, b))
    .slice(0, limit)
    .map((i) => p.actorIdAt(i));
}

/** The first `limit` actors by id: base indices sort as numbers (they are in id order). */
function firstById(p: Projection, found: ReadonlySet<number>, limit: number): number[] {
  const indices = Int32Array.from(found);
  if (indices.every((i) => i < p.base.actors.size)) {
    return Array.from(indices.sort().subarray(0, limit));
  }
  return [...indices].sort((a, b) => p.compareActors(a, b)).slice(0, limit);
}

/** The k-th largest value (1-based), by quickselect; reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i += 1;
      while (values[j]! < pivot) j -= 1;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}
