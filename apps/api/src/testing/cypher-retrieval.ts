/**
 * The test oracle of matchmaking retrieval: the store-backed Cypher retrieval the graph projection
 * replaced (issue 12). A bounded pool of actors near the seeker (IDF-weighted topic overlap with
 * hub topics capped, plus actors sharing its clusters and projects), then every fact the kernel
 * needs, loaded in a fixed number of round-trips. The projection's retrieval must give exactly
 * what this gives (matchmaking/projection-oracle.int.test.ts); the suggest bench times it as the
 * baseline. Not used to answer requests.
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
import { DEFAULT_RETRIEVAL_LIMITS, mergeTopics, poolTopics } from '@kobling/matchmaking';
import type { NeedInput, RetrievalLimits } from '@kobling/matchmaking';
import { GraphNotFoundError, defineQuery } from '@kobling/graph';
import type { Graph, QueryExecutor } from '@kobling/graph';

type Filters = { exclude: string[]; kinds: string[]; helices: string[] };

/*
 * The topic pool reads the HAS_TOPIC rows of a few topics, found by `t.id IN $topicIds` on the small
 * Topic table: LadybugDB then reads just those topics' adjacency (a key lookup per element through
 * UNWIND does not, and scans every HAS_TOPIC row). It aggregates in the store (returning the rows
 * would cost more than reading them) with integer terms, so the sum is exact in any order and the
 * pool deterministic: relevance = Σ floor(1000 · HAS_TOPIC weight · wanted weight / log10(2 +
 * actorCount)), the wanted weight rounded to a quarter (four parameter lists).
 */
const topicPool = defineQuery<
  Filters & {
    topicIds: string[];
    full: string[];
    threeQuarters: string[];
    half: string[];
    limit: number;
  },
  { id: string; relevance: number }
>(
  'candidates.topicPool',
  'read',
  `MATCH (t:Topic)<-[h:HAS_TOPIC]-(c:Actor)
WHERE t.id IN $topicIds AND NOT c.id IN $exclude
  AND (size($kinds) = 0 OR c.kind IN $kinds)
  AND (size($helices) = 0 OR c.helix IN $helices)
WITH c.id AS id, sum(floor(1000.0 * h.weight
  * (CASE WHEN t.id IN $full THEN 1.0 WHEN t.id IN $threeQuarters THEN 0.75 WHEN t.id IN $half THEN 0.5 ELSE 0.25 END)
  / log10(2.0 + coalesce(t.actorCount, 0)))) AS relevance
RETURN id, relevance
ORDER BY relevance DESC, id
LIMIT $limit`,
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
/*
 * Candidate facts, one aggregated row per candidate: LadybugDB's client turns every result row
 * into an object slowly (≈ 50 µs a row on a busy machine), so ten topic rows folded into one list
 * cost a tenth of ten rows.
 */
const candidateBasics = defineQuery<
  { ids: string[] },
  {
    id: string;
    name: string;
    kind: ActorKind;
    helix: Helix;
    places: { code: string | null; name: string | null; inRegion: boolean | null }[];
  }
>(
  'candidates.basics',
  'read',
  `UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
OPTIONAL MATCH (a)-[:LOCATED_IN]->(m:Municipality)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.helix AS helix,
  collect({code: m.code, name: m.name, inRegion: m.inRegion}) AS places`,
);

const candidateTopics = defineQuery<
  { ids: string[] },
  { id: string; topics: { topicId: string | null; weight: number | null }[] }
>(
  'candidates.topics',
  'read',
  `UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
OPTIONAL MATCH (a)-[h:HAS_TOPIC]->(t:Topic)
RETURN a.id AS id, collect({topicId: t.id, weight: h.weight}) AS topics`,
);

const candidateClusters = defineQuery<
  { ids: string[] },
  { id: string; clusters: { clusterId: string | null; status: string | null }[] }
>(
  'candidates.clusters',
  'read',
  `UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
OPTIONAL MATCH (a)-[m:MEMBER_OF]->(c:Cluster)
RETURN a.id AS id, collect({clusterId: c.id, status: m.status}) AS clusters`,
);

const candidateProjects = defineQuery<{ ids: string[] }, { id: string; projects: string[] }>(
  'candidates.projects',
  'read',
  `UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
OPTIONAL MATCH (a)-[:PARTICIPATES_IN]->(p:Project)
RETURN a.id AS id, collect(p.id) AS projects`,
);

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

const projectParticipants = defineQuery<{ ids: string[] }, { id: string; participants: string[] }>(
  'candidates.projectParticipants',
  'read',
  `UNWIND $ids AS projectId
MATCH (p:Project {id: projectId})
OPTIONAL MATCH (a:Actor)-[:PARTICIPATES_IN]->(p)
RETURN p.id AS id, collect(a.id) AS participants`,
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

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

export class CypherRetrieval {
  private readonly repos: Graph;

  constructor(graph: Graph) {
    this.repos = graph;
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
      kind: actor.kind,
      helix: actor.helix,
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
    const wanted = poolTopics(seeker.topics, stats, limits);
    const quarter = (t: { weight: number }) => Math.max(1, Math.min(4, Math.round(t.weight * 4)));
    const ofQuarter = (q: number) => wanted.filter((t) => quarter(t) === q).map((t) => t.topicId);
    const byTopic =
      wanted.length === 0
        ? []
        : await tx.run(topicPool, {
            ...filters,
            topicIds: wanted.map((t) => t.topicId),
            full: ofQuarter(4),
            threeQuarters: ofQuarter(3),
            half: ofQuarter(2),
            limit: limits.poolSize,
          });
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
    const { clusters, projects, introductions } = this.repos;
    const byId = <R extends { id: string }>(rows: readonly R[]) =>
      new Map(rows.map((r) => [r.id, r]));
    const basics = byId(await tx.run(candidateBasics, { ids }));
    const topicRows = byId(await tx.run(candidateTopics, { ids }));
    const clusterRowsOf = byId(await tx.run(candidateClusters, { ids }));
    const projectRowsOf = byId(await tx.run(candidateProjects, { ids }));
    const byKey = <T extends { toKey: string }>(xs: T[]) =>
      xs.sort((a, b) => (a.toKey < b.toKey ? -1 : a.toKey > b.toKey ? 1 : 0));
    const topicLinks = ids.map((id) =>
      byKey(
        (topicRows.get(id)?.topics ?? []).flatMap((t) =>
          t.topicId === null ? [] : [{ toKey: t.topicId, weight: t.weight ?? 0 }],
        ),
      ),
    );
    const memberships = ids.map((id) =>
      byKey(
        (clusterRowsOf.get(id)?.clusters ?? []).flatMap((c) =>
          c.clusterId === null ? [] : [{ toKey: c.clusterId, status: c.status ?? '' }],
        ),
      ),
    );
    const participations = ids.map((id) =>
      byKey(unique(projectRowsOf.get(id)?.projects ?? []).map((toKey) => ({ toKey }))),
    );
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
    const intermediaries =
      seeker.actorId && (seeker.projectIds?.length ?? 0) > 0
        ? await this.intermediaries(
            tx,
            { actorId: seeker.actorId, projectIds: seeker.projectIds ?? [] },
            ids,
            new Map(ids.map((id, i) => [id, (participations[i] ?? []).map((p) => p.toKey)])),
            limits,
          )
        : new Map<string, Intermediary[]>();
    const partners = new Set(seeker.partnerIds ?? []);

    const candidates: Candidate[] = [];
    ids.forEach((id, i) => {
      const row = basics.get(id);
      if (!row) return;
      // The first place by code, as there is one.
      const place = row.places
        .filter((p) => p.code !== null)
        .sort((a, b) => (a.code! < b.code! ? -1 : 1))[0];
      const code = place?.code ?? undefined;
      const municipality = place && code ? { code, name: place.name ?? code } : undefined;
      const counts = outcomes.get(id) ?? {};
      const own = opportunitiesByActor.get(id) ?? { needs: [], offers: [] };
      candidates.push({
        id,
        name: row.name,
        kind: row.kind,
        helix: row.helix,
        ...(municipality
          ? { municipality: { code: municipality.code, name: municipality.name } }
          : {}),
        inRegion: place?.inRegion === true,
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

  /**
   * Warm paths: actors who co-participated in a project with the seeker (p) and in a project with
   * the candidate (q), one per (candidate, introducer) — the first p, then q, by id. Worked out here
   * from three aggregated reads (the seeker's projects' participants, the introducers' projects,
   * their projects' participants) rather than a four-hop pattern the store expands row by row.
   * At most `maxIntermediaryPaths` paths are looked at, in (candidate, introducer, p, q) order.
   */
  private async intermediaries(
    tx: QueryExecutor,
    seeker: { actorId: string; projectIds: readonly string[] },
    candidateIds: readonly string[],
    projectsOf: ReadonlyMap<string, readonly string[]>,
    limits: RetrievalLimits,
  ): Promise<Map<string, Intermediary[]>> {
    const result = new Map<string, Intermediary[]>();
    const seekerProjects = unique(seeker.projectIds);
    if (seekerProjects.length === 0) return result;
    const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
    // Introducer → the seeker's projects it shares.
    const withSeeker = new Map<string, string[]>();
    for (const row of await tx.run(projectParticipants, { ids: seekerProjects })) {
      for (const m of row.participants) {
        if (m === seeker.actorId) continue;
        withSeeker.set(m, [...(withSeeker.get(m) ?? []), row.id]);
      }
    }
    const vias = sorted(withSeeker.keys());
    if (vias.length === 0) return result;
    const viaProjects = new Map(
      (await tx.run(candidateProjects, { ids: vias })).map((r) => [r.id, new Set(r.projects)]),
    );
    type Path = { candidate: string; via: string; p: string; q: string };
    const paths: Path[] = [];
    let looked = 0;
    outer: for (const candidate of sorted(candidateIds)) {
      const own = projectsOf.get(candidate) ?? [];
      for (const via of vias) {
        if (via === candidate) continue;
        const shared = sorted(own.filter((q) => viaProjects.get(via)?.has(q)));
        if (shared.length === 0) continue;
        const ps = sorted(withSeeker.get(via) ?? []);
        for (let i = 0; i < ps.length * shared.length; i += 1) {
          if (i === 0) paths.push({ candidate, via, p: ps[0]!, q: shared[0]! });
          looked += 1;
          if (looked >= limits.maxIntermediaryPaths) break outer;
        }
      }
    }
    if (paths.length === 0) return result;
    const usedVias = unique(paths.map((x) => x.via));
    const names = new Map(
      (await this.repos.actors.nodes.getMany(tx, usedVias)).flatMap((a) =>
        a ? [[a.id, a.name] as const] : [],
      ),
    );
    const projectIds = unique(paths.flatMap((x) => [x.p, x.q]));
    const titles = new Map(
      (await this.repos.projects.nodes.getMany(tx, projectIds)).flatMap((x) =>
        x ? [[x.id, x.title] as const] : [],
      ),
    );
    // Partners of each introducer: distinct co-participants over all its projects.
    const theirProjects = unique(usedVias.flatMap((v) => [...(viaProjects.get(v) ?? [])]));
    const participantsOf = new Map(
      (await tx.run(projectParticipants, { ids: theirProjects })).map((r) => [
        r.id,
        r.participants,
      ]),
    );
    const partnerCount = new Map(
      usedVias.map((v) => {
        const partners = new Set(
          [...(viaProjects.get(v) ?? [])].flatMap((p) => participantsOf.get(p) ?? []),
        );
        partners.delete(v);
        return [v, partners.size];
      }),
    );
    for (const path of paths) {
      const list = result.get(path.candidate) ?? [];
      list.push({
        id: path.via,
        name: names.get(path.via) ?? path.via,
        withSeeker: { kind: 'PROJECT', id: path.p, name: titles.get(path.p) ?? path.p },
        withCandidate: { kind: 'PROJECT', id: path.q, name: titles.get(path.q) ?? path.q },
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
