/**
 * Candidate retrieval for matchmaking: a bounded pool of actors near the seeker (IDF-weighted
 * topic overlap with hub topics capped, plus actors sharing its clusters and projects), then every
 * fact the matchmaking kernel needs, loaded in batches. The number of store round-trips is
 * fixed, whatever the pool size.
 */
import type {
  ActorKind,
  Candidate,
  Helix,
  Intermediary,
  OpportunityRef,
  Seeker,
  SeekerTopic,
  SharedCluster,
  SharedProject,
  TopicInfo,
  TopicStats,
} from '@kobling/matchmaking';
import { RELATED_TOPIC_FACTOR } from '@kobling/matchmaking';
import { GraphNotFoundError } from '../errors.ts';
import { defineQuery } from '../query.ts';
import type { QueryExecutor } from '../runner.ts';
import type { ActorRepository } from './actors.ts';
import type { ClusterRepository } from './clusters.ts';
import type { IntroductionRepository } from './introductions.ts';
import type { MunicipalityRepository } from './municipalities.ts';
import type { OpportunityRepository } from './opportunities.ts';
import type { PersonRepository } from './people.ts';
import type { ProjectRepository } from './projects.ts';
import type { TopicRepository } from './topics.ts';

export interface RetrievalLimits {
  /** Candidates scored per request. */
  readonly poolSize: number;
  /** Topics held by more actors than this are skipped when building the pool (hubs say little). */
  readonly hubTopicCap: number;
  /** Warm paths looked at per request. */
  readonly maxIntermediaryPaths: number;
  /**
   * HAS_TOPIC rows the topic pool may read (Σ actorCount of the topics it uses). Topics are taken
   * most informative first (wanted weight × rarity) while they fit, the first one always; this
   * bounds the pool query by a constant, whatever the graph's size.
   */
  readonly topicRowBudget: number;
}

export const DEFAULT_RETRIEVAL_LIMITS: RetrievalLimits = {
  poolSize: 300,
  hubTopicCap: 5_000,
  maxIntermediaryPaths: 2_000,
  topicRowBudget: 10_000,
};

type Filters = { exclude: string[]; kinds: string[]; helices: string[] };

/*
 * The topic pool reads the HAS_TOPIC rows of a few topics, found by `t.id IN $topicIds` on the small
 * Topic table: LadybugDB then reads just those topics' adjacency (a key lookup per element through
 * UNWIND does not, and scans every HAS_TOPIC row). Relevance is summed in TypeScript, where the
 * wanted weights are (Σ wanted · weight / log10(2 + actorCount), in a fixed order).
 */
const topicPool = defineQuery<
  Filters & { topicIds: string[] },
  { id: string; topicId: string; weight: number }
>(
  'candidates.topicPool',
  'read',
  `MATCH (t:Topic)<-[h:HAS_TOPIC]-(c:Actor)
WHERE t.id IN $topicIds AND NOT c.id IN $exclude
  AND (size($kinds) = 0 OR c.kind IN $kinds)
  AND (size($helices) = 0 OR c.helix IN $helices)
RETURN c.id AS id, t.id AS topicId, h.weight AS weight`,
);

const projectPool = defineQuery<Filters & { projects: string[]; limit: number }, { id: string }>(
  'candidates.projectPool',
  'read',
  `MATCH (c:Actor)-[:PARTICIPATES_IN]->(p:Project)
WHERE p.id IN $projects AND NOT c.id IN $exclude
  AND (size($kinds) = 0 OR c.kind IN $kinds)
  AND (size($helices) = 0 OR c.helix IN $helices)
RETURN DISTINCT c.id AS id
ORDER BY id
LIMIT $limit`,
);

const clusterPool = defineQuery<Filters & { clusters: string[]; limit: number }, { id: string }>(
  'candidates.clusterPool',
  'read',
  `MATCH (c:Actor)-[m:MEMBER_OF]->(cl:Cluster)
WHERE cl.id IN $clusters AND m.status = 'ACTIVE' AND NOT c.id IN $exclude
  AND (size($kinds) = 0 OR c.kind IN $kinds)
  AND (size($helices) = 0 OR c.helix IN $helices)
RETURN DISTINCT c.id AS id
ORDER BY id
LIMIT $limit`,
);

const activePool = defineQuery<
  { kinds: string[]; exclude: string[]; limit: number },
  { id: string }
>(
  'candidates.activePool',
  'read',
  `MATCH (c:Actor)
WHERE c.kind IN $kinds AND NOT c.id IN $exclude
OPTIONAL MATCH (c)-[:PARTICIPATES_IN]->(p:Project)
WITH c, count(p) AS projects
RETURN c.id AS id
ORDER BY projects DESC, id
LIMIT $limit`,
);

// Batched reads bind their actors by key first (UNWIND + key lookup) and expand with OPTIONAL
// MATCH: LadybugDB plans `a.id IN $ids` as a scan of every actor, ≈ 1 s at 100k actors.
const technologyCounts = defineQuery<{ ids: string[] }, { id: string; technologies: number }>(
  'candidates.technologyCounts',
  'read',
  `UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
OPTIONAL MATCH (t:Technology)-[:ORIGINATED_AT|COMMERCIALISED_BY]->(a)
WITH a, count(DISTINCT t) AS technologies
WHERE technologies > 0
RETURN a.id AS id, technologies`,
);

const warmPaths = defineQuery<
  { seeker: string; candidates: string[]; limit: number },
  {
    candidate: string;
    via: string;
    viaName: string;
    seekerProject: string;
    seekerProjectTitle: string;
    candidateProject: string;
    candidateProjectTitle: string;
  }
>(
  'candidates.warmPaths',
  'read',
  `MATCH (s:Actor {id: $seeker})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(m:Actor)
WHERE m.id <> $seeker
MATCH (m)-[:PARTICIPATES_IN]->(q:Project)<-[:PARTICIPATES_IN]-(c:Actor)
WHERE c.id IN $candidates AND c.id <> m.id
RETURN c.id AS candidate, m.id AS via, m.name AS viaName, p.id AS seekerProject,
  p.title AS seekerProjectTitle, q.id AS candidateProject, q.title AS candidateProjectTitle
ORDER BY candidate, via, seekerProject, candidateProject
LIMIT $limit`,
);

const partnerCounts = defineQuery<{ ids: string[] }, { id: string; partners: number }>(
  'candidates.partnerCounts',
  'read',
  `UNWIND $ids AS actorId
MATCH (m:Actor {id: actorId})
OPTIONAL MATCH (m)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(o:Actor)
WITH m, o
WHERE o IS NOT NULL AND o.id <> m.id
RETURN m.id AS id, count(DISTINCT o) AS partners`,
);

const taxonomy = defineQuery<
  Record<string, never>,
  { id: string; name: string; nameNb: string; actorCount: number | null; broaderId: string | null }
>(
  'candidates.taxonomy',
  'read',
  `MATCH (t:Topic)
OPTIONAL MATCH (t)-[:BROADER]->(b:Topic)
RETURN t.id AS id, t.name AS name, t.nameNb AS nameNb, t.actorCount AS actorCount, b.id AS broaderId
ORDER BY id, broaderId`,
);

const actorTotal = defineQuery<Record<string, never>, { count: number }>(
  'candidates.actorTotal',
  'read',
  'MATCH (a:Actor) RETURN count(a) AS count',
);

export interface CandidateRepositories {
  readonly actors: ActorRepository;
  readonly people: PersonRepository;
  readonly topics: TopicRepository;
  readonly clusters: ClusterRepository;
  readonly projects: ProjectRepository;
  readonly municipalities: MunicipalityRepository;
  readonly opportunities: OpportunityRepository;
  readonly introductions: IntroductionRepository;
}

/** An ad-hoc need as the API receives it, after free text was mapped to topics. */
export interface NeedInput {
  readonly topics: readonly SeekerTopic[];
  readonly text?: string;
  readonly wantedKinds?: readonly ActorKind[];
  readonly wantedHelices?: readonly Helix[];
  readonly municipalityPreference?: readonly string[];
  /** The actor asking, when signed in: excluded from results, its partners marked. */
  readonly onBehalfOf?: string;
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

export class CandidateRepository {
  private readonly repos: CandidateRepositories;

  constructor(repos: CandidateRepositories) {
    this.repos = repos;
  }

  /** Names, bokmål names, frequencies and broader links of every topic, and the actor total. */
  async topicStats(tx: QueryExecutor): Promise<TopicStats> {
    // One round-trip for the taxonomy (a topic's first broader link by id, as there is one).
    const rows = await tx.run(taxonomy, {});
    const total = (await tx.run(actorTotal, {}))[0]?.count ?? 0;
    const infos = new Map<string, TopicInfo>();
    for (const t of rows) {
      if (infos.has(t.id)) continue;
      infos.set(t.id, {
        id: t.id,
        name: t.name,
        nameNb: t.nameNb,
        actorCount: t.actorCount ?? 0,
        ...(t.broaderId ? { broaderId: t.broaderId } : {}),
      });
    }
    return { totalActors: total, topics: infos };
  }

  /** The seeker as the kernel sees it: an actor, or a person on behalf of the actor they work at. */
  async seekerFor(tx: QueryExecutor, type: 'ACTOR' | 'PERSON', id: string): Promise<Seeker> {
    let actorId = id;
    let personTopics: SeekerTopic[] = [];
    if (type === 'PERSON') {
      await this.repos.people.nodes.require(tx, id);
      const [employers] = await this.repos.people.worksAt.outgoing(tx, [id]);
      const employer = employers?.[0]?.toKey;
      if (!employer) throw new GraphNotFoundError('Actor', `employer of person ${id}`);
      actorId = employer;
      const [links] = await this.repos.people.topics.outgoing(tx, [id]);
      personTopics = (links ?? []).map((l) => ({ topicId: l.toKey, weight: l.weight }));
    }
    const actor = await this.repos.actors.nodes.require(tx, actorId);
    const context = await this.actorContext(tx, actorId);
    const topics = mergeTopics(context.topics, personTopics);
    return {
      type,
      id,
      actorId,
      name: actor.name,
      kind: actor.kind as ActorKind,
      helix: actor.helix as Helix,
      ...(context.municipality ? { municipality: context.municipality } : {}),
      topics,
      needs: context.needs,
      offers: context.offers,
      clusterIds: context.clusterIds,
      projectIds: context.projectIds,
      partnerIds: context.partnerIds,
    };
  }

  /** An ad-hoc need; when asked on behalf of an actor, that actor's ties count too. */
  async seekerForNeed(tx: QueryExecutor, need: NeedInput): Promise<Seeker> {
    const base: Seeker = {
      type: 'NEED',
      topics: need.topics,
      ...(need.text ? { text: need.text } : {}),
      ...(need.wantedKinds ? { wantedKinds: need.wantedKinds } : {}),
      ...(need.wantedHelices ? { wantedHelices: need.wantedHelices } : {}),
      ...(need.municipalityPreference
        ? { municipalityPreference: need.municipalityPreference }
        : {}),
    };
    if (!need.onBehalfOf) return base;
    const actor = await this.repos.actors.nodes.require(tx, need.onBehalfOf);
    const context = await this.actorContext(tx, actor.id);
    return {
      ...base,
      actorId: actor.id,
      name: actor.name,
      kind: actor.kind as ActorKind,
      helix: actor.helix as Helix,
      ...(context.municipality ? { municipality: context.municipality } : {}),
      offers: context.offers,
      clusterIds: context.clusterIds,
      projectIds: context.projectIds,
      partnerIds: context.partnerIds,
    };
  }

  /** The bounded candidate pool for a seeker, with every fact the features need. */
  async candidatesFor(
    tx: QueryExecutor,
    seeker: Seeker,
    stats: TopicStats,
    limits: RetrievalLimits = DEFAULT_RETRIEVAL_LIMITS,
  ): Promise<Candidate[]> {
    const pool = await this.pool(tx, seeker, stats, limits);
    return this.load(tx, seeker, pool, limits);
  }

  /**
   * Candidate rows for given actors, as candidatesFor would fill them (for explaining one pair,
   * e.g. when an introduction is asked from a suggestion). Unknown ids are left out.
   */
  async candidatesByIds(
    tx: QueryExecutor,
    seeker: Seeker,
    ids: readonly string[],
    limits: RetrievalLimits = DEFAULT_RETRIEVAL_LIMITS,
  ): Promise<Candidate[]> {
    return this.load(tx, seeker, unique(ids), limits);
  }

  /**
   * The most active actors of some kinds (most projects first, then id), for roles a topic pool
   * leaves nearly empty — e.g. public and support actors of a consortium rarely hold a call's topics.
   */
  async mostActive(
    tx: QueryExecutor,
    kinds: readonly ActorKind[],
    exclude: readonly string[],
    limit: number,
  ): Promise<string[]> {
    if (kinds.length === 0 || limit <= 0) return [];
    const rows = await tx.run(activePool, { kinds: [...kinds], exclude: [...exclude], limit });
    return rows.map((r) => r.id);
  }

  private async pool(
    tx: QueryExecutor,
    seeker: Seeker,
    stats: TopicStats,
    limits: RetrievalLimits,
  ): Promise<string[]> {
    const filters: Filters = {
      exclude: seeker.actorId ? [seeker.actorId] : [],
      kinds: [...(seeker.wantedKinds ?? [])],
      helices: [...(seeker.wantedHelices ?? [])],
    };
    const expanded = expandTopics(seeker.topics, stats);
    // Never let the cap remove every topic: the seeker's rarest topic always counts.
    const rarest = Math.min(...expanded.map((t) => stats.topics.get(t.topicId)?.actorCount ?? 0));
    const hubCap = Math.max(limits.hubTopicCap, Number.isFinite(rarest) ? rarest : 0);
    const wanted = withinBudget(expanded, stats, hubCap, limits.topicRowBudget);
    const byTopic =
      wanted.length === 0
        ? []
        : rankByRelevance(
            await tx.run(topicPool, { ...filters, topicIds: wanted.map((t) => t.topicId) }),
            wanted,
            stats,
            limits.poolSize,
          );
    const proximityLimit = Math.max(20, Math.floor(limits.poolSize / 4));
    const byProject =
      (seeker.projectIds?.length ?? 0) === 0
        ? []
        : await tx.run(projectPool, {
            ...filters,
            projects: [...seeker.projectIds!],
            limit: proximityLimit,
          });
    const byCluster =
      (seeker.clusterIds?.length ?? 0) === 0
        ? []
        : await tx.run(clusterPool, {
            ...filters,
            clusters: [...seeker.clusterIds!],
            limit: proximityLimit,
          });
    return unique([
      ...byTopic.map((r) => r.id),
      ...byProject.map((r) => r.id),
      ...byCluster.map((r) => r.id),
    ]).slice(0, limits.poolSize + 2 * proximityLimit);
  }

  private async load(
    tx: QueryExecutor,
    seeker: Seeker,
    ids: string[],
    limits: RetrievalLimits,
  ): Promise<Candidate[]> {
    if (ids.length === 0) return [];
    const { actors, clusters, projects, municipalities, introductions } = this.repos;
    const rows = await actors.nodes.getMany(tx, ids);
    const topicLinks = await actors.topics.outgoing(tx, ids);
    const locations = await actors.location.outgoing(tx, ids);
    const municipalityRows = await municipalities.nodes.getMany(
      tx,
      unique(locations.flatMap((l) => l.map((x) => x.toKey))),
    );
    const municipalityByCode = new Map(
      municipalityRows.filter((m) => m !== null).map((m) => [m.code, m]),
    );
    const memberships = await actors.memberships.outgoing(tx, ids);
    const participations = await actors.participations.outgoing(tx, ids);
    const seekerClusters = new Set(seeker.clusterIds ?? []);
    const seekerProjects = new Set(seeker.projectIds ?? []);
    const sharedClusterIds = unique(
      memberships.flatMap((ms) =>
        ms.filter((m) => m.status === 'ACTIVE' && seekerClusters.has(m.toKey)).map((m) => m.toKey),
      ),
    );
    const sharedProjectIds = unique(
      participations.flatMap((ps) =>
        ps.filter((p) => seekerProjects.has(p.toKey)).map((p) => p.toKey),
      ),
    );
    const clusterRows = await clusters.nodes.getMany(tx, sharedClusterIds);
    const clusterSizes = await clusters.activeMemberCounts(tx, sharedClusterIds);
    const projectRows = await projects.nodes.getMany(tx, sharedProjectIds);
    const projectParticipants = await projects.participants.incoming(tx, sharedProjectIds);
    const clusterInfo = new Map(
      sharedClusterIds.map((id, i) => [
        id,
        { name: clusterRows[i]?.name ?? id, size: clusterSizes[i] ?? 0 },
      ]),
    );
    const projectInfo = new Map(
      sharedProjectIds.map((id, i) => [
        id,
        { title: projectRows[i]?.title ?? id, size: projectParticipants[i]?.length ?? 0 },
      ]),
    );
    const techCounts = new Map(
      (await tx.run(technologyCounts, { ids })).map((r) => [r.id, r.technologies]),
    );
    const outcomes = await introductions.outcomeCounts(tx, ids);
    const opportunitiesByActor = await this.openPublicOpportunities(tx, ids);
    const intermediaries = seeker.actorId
      ? await this.intermediaries(tx, seeker.actorId, ids, limits)
      : new Map<string, Intermediary[]>();
    const partners = new Set(seeker.partnerIds ?? []);
    const inRegionCodes = new Set(municipalityRows.filter((m) => m?.inRegion).map((m) => m!.code));

    const candidates: Candidate[] = [];
    ids.forEach((id, i) => {
      const row = rows[i];
      if (!row) return;
      const code = locations[i]?.[0]?.toKey;
      const municipality = code ? municipalityByCode.get(code) : undefined;
      const counts = outcomes.get(id) ?? {};
      const own = opportunitiesByActor.get(id) ?? { needs: [], offers: [] };
      candidates.push({
        id,
        name: row.name,
        kind: row.kind as ActorKind,
        helix: row.helix as Helix,
        ...(municipality
          ? { municipality: { code: municipality.code, name: municipality.name } }
          : {}),
        inRegion: code !== undefined && inRegionCodes.has(code),
        topics: (topicLinks[i] ?? []).map((l) => ({ topicId: l.toKey, weight: l.weight })),
        sharedClusters: (memberships[i] ?? [])
          .filter((m) => m.status === 'ACTIVE' && clusterInfo.has(m.toKey))
          .map((m): SharedCluster => {
            const info = clusterInfo.get(m.toKey)!;
            return { id: m.toKey, name: info.name, memberCount: info.size };
          }),
        sharedProjects: (participations[i] ?? [])
          .filter((p) => projectInfo.has(p.toKey))
          .map((p): SharedProject => {
            const info = projectInfo.get(p.toKey)!;
            return { id: p.toKey, title: info.title, participantCount: info.size };
          }),
        intermediaries: intermediaries.get(id) ?? [],
        projectCount: participations[i]?.length ?? 0,
        technologyCount: techCounts.get(id) ?? 0,
        introductions: {
          accepted: counts['ACCEPTED'] ?? 0,
          declined: counts['DECLINED'] ?? 0,
          expired: counts['EXPIRED'] ?? 0,
          completed: counts['COMPLETED'] ?? 0,
        },
        offers: own.offers,
        needs: own.needs,
        isExistingPartner: partners.has(id),
      });
    });
    return candidates;
  }

  /** Open, public needs and offers of each actor with their topics, in four round-trips. */
  private async openPublicOpportunities(
    tx: QueryExecutor,
    actorIds: readonly string[],
  ): Promise<Map<string, { needs: OpportunityRef[]; offers: OpportunityRef[] }>> {
    const { actors, opportunities } = this.repos;
    const postings = await actors.postings.outgoing(tx, actorIds);
    const opportunityIds = unique(postings.flatMap((p) => p.map((x) => x.toKey)));
    const rows = await opportunities.nodes.getMany(tx, opportunityIds);
    const topics = await opportunities.topics.outgoing(tx, opportunityIds);
    const refs = new Map<string, { kind: string; ref: OpportunityRef }>();
    opportunityIds.forEach((id, i) => {
      const row = rows[i];
      if (!row || row.status !== 'OPEN' || row.visibility !== 'PUBLIC') return;
      refs.set(id, {
        kind: row.kind,
        ref: { id, title: row.title, topicIds: (topics[i] ?? []).map((t) => t.toKey) },
      });
    });
    const result = new Map<string, { needs: OpportunityRef[]; offers: OpportunityRef[] }>();
    actorIds.forEach((actorId, i) => {
      const own = (postings[i] ?? []).map((p) => refs.get(p.toKey)).filter((r) => r !== undefined);
      result.set(actorId, {
        needs: own.filter((o) => o.kind === 'NEED' || o.kind === 'CHALLENGE').map((o) => o.ref),
        offers: own.filter((o) => o.kind === 'OFFER').map((o) => o.ref),
      });
    });
    return result;
  }

  /** Actors who co-participated in a project with the seeker and in another with the candidate. */
  private async intermediaries(
    tx: QueryExecutor,
    seekerId: string,
    candidateIds: readonly string[],
    limits: RetrievalLimits,
  ): Promise<Map<string, Intermediary[]>> {
    const paths = await tx.run(warmPaths, {
      seeker: seekerId,
      candidates: [...candidateIds],
      limit: limits.maxIntermediaryPaths,
    });
    const viaIds = unique(paths.map((p) => p.via));
    const partnerCount = new Map(
      viaIds.length === 0
        ? []
        : (await tx.run(partnerCounts, { ids: viaIds })).map((r) => [r.id, r.partners]),
    );
    const result = new Map<string, Intermediary[]>();
    for (const path of paths) {
      const list = result.get(path.candidate) ?? [];
      if (list.some((m) => m.id === path.via)) continue;
      list.push({
        id: path.via,
        name: path.viaName,
        withSeeker: { kind: 'PROJECT', id: path.seekerProject, name: path.seekerProjectTitle },
        withCandidate: {
          kind: 'PROJECT',
          id: path.candidateProject,
          name: path.candidateProjectTitle,
        },
        partnerCount: partnerCount.get(path.via) ?? 0,
      });
      result.set(path.candidate, list);
    }
    return result;
  }

  /** Everything about an actor that makes it a seeker: place, topics, ties and open postings. */
  private async actorContext(tx: QueryExecutor, actorId: string) {
    const { actors, municipalities, projects } = this.repos;
    const [location] = await actors.location.outgoing(tx, [actorId]);
    const code = location?.[0]?.toKey;
    const municipality = code ? await municipalities.nodes.get(tx, code) : null;
    const [topicLinks] = await actors.topics.outgoing(tx, [actorId]);
    const [memberships] = await actors.memberships.outgoing(tx, [actorId]);
    const [participations] = await actors.participations.outgoing(tx, [actorId]);
    const projectIds = (participations ?? []).map((p) => p.toKey);
    const coParticipants = await projects.participants.incoming(tx, projectIds);
    const own = (await this.openPublicOpportunities(tx, [actorId])).get(actorId);
    return {
      municipality: municipality ? { code: municipality.code, name: municipality.name } : null,
      topics: (topicLinks ?? []).map((l) => ({ topicId: l.toKey, weight: l.weight })),
      clusterIds: (memberships ?? []).filter((m) => m.status === 'ACTIVE').map((m) => m.toKey),
      projectIds,
      partnerIds: unique(coParticipants.flat().map((l) => l.fromKey)).filter(
        (id) => id !== actorId,
      ),
      needs: own?.needs ?? [],
      offers: own?.offers ?? [],
    };
  }
}

/** A person's own topics add to their employer's; the stronger weight wins. */
function mergeTopics(a: readonly SeekerTopic[], b: readonly SeekerTopic[]): SeekerTopic[] {
  const byId = new Map<string, SeekerTopic>();
  for (const t of [...a, ...b]) {
    const seen = byId.get(t.topicId);
    if (!seen || seen.weight < t.weight) byId.set(t.topicId, t);
  }
  return [...byId.values()];
}

/**
 * The pool's order: relevance = Σ over the candidate's wanted topics of
 * wanted weight · HAS_TOPIC weight / log10(2 + actorCount) (rarer topics count more), summed in
 * topic id order so the floating-point result never depends on row order; then id.
 */
function rankByRelevance(
  rows: readonly { id: string; topicId: string; weight: number }[],
  wanted: readonly { topicId: string; weight: number }[],
  stats: TopicStats,
  limit: number,
): { id: string }[] {
  const factor = new Map(
    wanted.map((t) => [
      t.topicId,
      t.weight / Math.log10(2 + (stats.topics.get(t.topicId)?.actorCount ?? 0)),
    ]),
  );
  const sorted = [...rows].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : a.topicId < b.topicId ? -1 : a.topicId > b.topicId ? 1 : 0,
  );
  const relevance = new Map<string, number>();
  for (const row of sorted) {
    relevance.set(
      row.id,
      (relevance.get(row.id) ?? 0) + (factor.get(row.topicId) ?? 0) * row.weight,
    );
  }
  return [...relevance]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([id]) => ({ id }));
}

/**
 * The topics the pool reads, most informative first (wanted weight / log10(2 + actorCount), the
 * pool's own relevance factor; then id), each while its actors still fit in the row budget; the
 * first always. Hub topics over the cap are left out.
 */
function withinBudget(
  topics: readonly { topicId: string; weight: number }[],
  stats: TopicStats,
  hubCap: number,
  budget: number,
): { topicId: string; weight: number }[] {
  const count = (id: string) => stats.topics.get(id)?.actorCount ?? 0;
  const ranked = topics
    .filter((t) => t.weight > 0 && count(t.topicId) <= hubCap)
    .map((t) => ({ ...t, priority: t.weight / Math.log10(2 + count(t.topicId)) }))
    .sort(
      (a, b) =>
        b.priority - a.priority || (a.topicId < b.topicId ? -1 : a.topicId > b.topicId ? 1 : 0),
    );
  const chosen: { topicId: string; weight: number }[] = [];
  let rows = 0;
  for (const t of ranked) {
    const n = count(t.topicId);
    if (chosen.length > 0 && rows + n > budget) continue;
    chosen.push({ topicId: t.topicId, weight: t.weight });
    rows += n;
  }
  return chosen;
}

/**
 * The pool is also drawn from the direct broader and narrower topics of what is wanted, at half
 * the kernel's related-topic factor — the same one-step expansion it scores with.
 */
function expandTopics(
  topics: readonly SeekerTopic[],
  stats: TopicStats,
): { topicId: string; weight: number }[] {
  const weights = new Map<string, number>();
  const add = (id: string, weight: number) =>
    weights.set(id, Math.max(weights.get(id) ?? 0, weight));
  for (const t of topics) add(t.topicId, t.weight);
  for (const t of topics) {
    const broader = stats.topics.get(t.topicId)?.broaderId;
    if (broader) add(broader, t.weight * RELATED_TOPIC_FACTOR);
  }
  const wanted = new Set(topics.map((t) => t.topicId));
  for (const info of stats.topics.values()) {
    if (info.broaderId && wanted.has(info.broaderId)) {
      const parent = topics.find((t) => t.topicId === info.broaderId)!;
      add(info.id, parent.weight * RELATED_TOPIC_FACTOR);
    }
  }
  return [...weights].map(([topicId, weight]) => ({ topicId, weight }));
}
