import type { Base } from './base.ts';
import { ACTIVE, helixOf, kindOf, membershipStatusOf, sourceOf, stageOf } from './codes.ts';
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
import { NO_INTRODUCTIONS, byId } from './facts.ts';
import type { Overlay } from './overlay.ts';
import { overlaySize } from './overlay.ts';

/**
 * One immutable version of the graph projection: the bulk-built base and the overlay of changes
 * since. Readers take a version and read only it, so a request sees one state of the graph even
 * while the follower applies newer changes.
 */
export class Projection {
  readonly base: Base;
  readonly overlay: Overlay;
  readonly version: number;
  /** When the export of the base began, epoch ms: later changes may be missing from it. */
  readonly exportedAt: number;
  /**
   * The same object for every version one follower publishes, across overlays and rebuilds: what a
   * reader carries from one version to the next (the link model trained on an earlier version,
   * @kobling/matchmaking) is kept by it. A projection built on its own has a lineage of its own.
   */
  readonly lineage: object;
  private memo: { topics?: TopicFact[]; totalActors?: number; overlaid?: Uint8Array | null } = {};
  private readonly activeMembers = new Map<string, number>();
  private readonly coParticipants = new Map<string, number>();

  constructor(
    base: Base,
    overlay: Overlay,
    version: number,
    exportedAt: number,
    lineage: object = {},
  ) {
    this.base = base;
    this.overlay = overlay;
    this.version = version;
    this.exportedAt = exportedAt;
    this.lineage = lineage;
  }

  /** Entities replaced by the overlay; the follower folds them into a new base past a size. */
  get overlaySize(): number {
    return overlaySize(this.overlay);
  }

  // Actors

  /** Indices run over the base's actors, then the ones created since; some may be deleted. */
  get actorIndexLimit(): number {
    return this.base.actors.size + this.overlay.newActorIds.length;
  }

  get totalActors(): number {
    if (this.memo.totalActors === undefined) {
      let total = this.base.actors.size + this.overlay.newActorIds.length;
      for (const facts of this.overlay.actors.values()) if (facts === null) total -= 1;
      this.memo.totalActors = total;
    }
    return this.memo.totalActors;
  }

  actorIndex(id: string): number | undefined {
    const index = this.base.actors.get(id) ?? this.overlay.newActorIndex.get(id);
    if (index === undefined || this.overlay.actors.get(index) === null) return undefined;
    return index;
  }

  actorIdAt(index: number): string {
    const baseSize = this.base.actors.size;
    return index < baseSize
      ? this.base.actors.ids[index]!
      : this.overlay.newActorIds[index - baseSize]!;
  }

  /** True when the actor at this index exists in this version. */
  hasActorAt(index: number): boolean {
    if (index >= this.actorIndexLimit) return false;
    return this.overlay.actors.get(index) !== null;
  }

  isOverlaid(index: number): boolean {
    return this.overlay.actors.has(index);
  }

  /**
   * One flag per base actor, set where the overlay replaces it; null when it replaces none.
   * Computed once per version: hot loops test a byte instead of a map.
   */
  overlaidMask(): Uint8Array | null {
    if (this.memo.overlaid === undefined) {
      const size = this.base.actors.size;
      let mask: Uint8Array | null = null;
      for (const index of this.overlay.actors.keys()) {
        if (index >= size) continue;
        mask ??= new Uint8Array(size);
        mask[index] = 1;
      }
      this.memo.overlaid = mask;
    }
    return this.memo.overlaid;
  }

  /** Compares two actors by id; base indices are in id order, so most compare as numbers. */
  compareActors(a: number, b: number): number {
    const size = this.base.actors.size;
    if (a < size && b < size) return a - b;
    return byId(this.actorIdAt(a), this.actorIdAt(b));
  }

  actor(id: string): ActorFacts | null {
    const index = this.actorIndex(id);
    return index === undefined ? null : this.actorAt(index);
  }

  actorAt(index: number): ActorFacts | null {
    const overlaid = this.overlay.actors.get(index);
    if (overlaid !== undefined) return overlaid;
    if (index >= this.base.actors.size) return null;
    return this.baseActor(index);
  }

  /** Kind and helix without materialising the actor: the pool's filters. */
  kindAt(index: number): string {
    if (this.isBaseRow(index)) return kindOf(this.base.actorKind[index]!);
    return this.overlay.actors.get(index)?.kind ?? kindOf(255);
  }

  helixAt(index: number): string {
    if (this.isBaseRow(index)) return helixOf(this.base.actorHelix[index]!);
    return this.overlay.actors.get(index)?.helix ?? helixOf(255);
  }

  /** True when the actor's facts are the base's own row (not replaced by the overlay). */
  private isBaseRow(index: number): boolean {
    if (index >= this.base.actors.size) return false;
    const mask = this.overlaidMask();
    return mask === null || mask[index] === 0;
  }

  /** An actor's municipality code without materialising its other facts. */
  placeAt(index: number): string | null {
    if (this.isBaseRow(index)) {
      const place = this.base.actorPlace[index]!;
      return place < 0 ? null : this.base.municipalities.ids[place]!;
    }
    return this.overlay.actors.get(index)?.place ?? null;
  }

  /** The actor id with this slug, if any. */
  actorIdBySlug(slug: string): string | undefined {
    const overlaid = this.overlay.slugs.get(slug);
    if (overlaid !== undefined && this.actorAt(overlaid)?.slug === slug)
      return this.actorIdAt(overlaid);
    const order = this.base.actorsBySlug;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.base.actorSlug[order[mid]!]! < slug) lo = mid + 1;
      else hi = mid;
    }
    const index = order[lo];
    if (index === undefined || this.base.actorSlug[index] !== slug) return undefined;
    return this.actorAt(index)?.slug === slug ? this.actorIdAt(index) : undefined;
  }

  /** The ids of the projects an actor takes part in, in id order, without its other facts. */
  projectIdsOf(id: string): string[] {
    const index = this.actorIndex(id);
    if (index === undefined) return [];
    if (!this.isBaseRow(index))
      return (this.actorAt(index)?.projects ?? []).map((q) => q.projectId);
    const { offsets, targets } = this.base.actorProjects;
    const out: string[] = [];
    for (let e = offsets[index]!; e < offsets[index + 1]!; e += 1) {
      out.push(this.base.projects.ids[targets[e]!]!);
    }
    return out;
  }

  /** The ids of an actor's topics, in id order, without its other facts. */
  topicIdsAt(index: number): string[] {
    if (!this.isBaseRow(index)) return (this.actorAt(index)?.topics ?? []).map((t) => t.topicId);
    const { offsets, targets } = this.base.actorTopics;
    const out: string[] = [];
    for (let e = offsets[index]!; e < offsets[index + 1]!; e += 1) {
      out.push(this.base.topics.ids[targets[e]!]!);
    }
    return out;
  }

  /** Each actor holding the topic, with its weight. */
  forEachActorWithTopic(topicId: string, visit: (index: number, weight: number) => void): void {
    const t = this.base.topics.get(topicId);
    if (t !== undefined) {
      const { offsets, targets, values } = this.base.topicActors;
      const mask = this.overlaidMask();
      for (let e = offsets[t]!; e < offsets[t + 1]!; e += 1) {
        const a = targets[e]!;
        if (mask === null || mask[a] === 0) visit(a, values[e]!);
      }
    }
    for (const [a, weight] of this.overlay.topicActors.get(topicId) ?? []) {
      if (this.overlay.actors.get(a)) visit(a, weight);
    }
  }

  /** Each actor with an ACTIVE membership of the cluster. */
  forEachActiveMember(clusterId: string, visit: (index: number) => void): void {
    const c = this.base.clusters.get(clusterId);
    if (c !== undefined) {
      const { offsets, targets, values } = this.base.clusterActors;
      for (let e = offsets[c]!; e < offsets[c + 1]!; e += 1) {
        const a = targets[e]!;
        if (values[e] === ACTIVE && !this.overlay.actors.has(a)) visit(a);
      }
    }
    for (const [a, status] of this.overlay.clusterActors.get(clusterId) ?? []) {
      if (status === 'ACTIVE' && this.overlay.actors.get(a)) visit(a);
    }
  }

  /**
   * ACTIVE members of the cluster that `accept` takes: the first `limit` of the base in id order
   * (base adjacency is in id order, so a large cluster is not walked whole), and every accepted
   * one the overlay holds. The caller sorts and cuts the union.
   */
  firstActiveMembers(
    clusterId: string,
    limit: number,
    accept: (index: number) => boolean,
  ): number[] {
    const out: number[] = [];
    const c = this.base.clusters.get(clusterId);
    if (c !== undefined) {
      const { offsets, targets, values } = this.base.clusterActors;
      const mask = this.overlaidMask();
      let taken = 0;
      for (let e = offsets[c]!; e < offsets[c + 1]! && taken < limit; e += 1) {
        const a = targets[e]!;
        if (values[e] !== ACTIVE || (mask !== null && mask[a] === 1) || !accept(a)) continue;
        out.push(a);
        taken += 1;
      }
    }
    for (const [a, status] of this.overlay.clusterActors.get(clusterId) ?? []) {
      if (status === 'ACTIVE' && this.overlay.actors.get(a) && accept(a)) out.push(a);
    }
    return out;
  }

  /** An actor's name without materialising its other facts. */
  actorName(id: string): string | undefined {
    const index = this.actorIndex(id);
    if (index === undefined) return undefined;
    return this.isBaseRow(index) ? this.base.actorName[index] : this.actorAt(index)?.name;
  }

  /** How many other actors share a project with this one (counted once per version). */
  coParticipantCount(id: string): number {
    let count = this.coParticipants.get(id);
    if (count === undefined) {
      const self = this.actorIndex(id);
      const partners = new Set<number>();
      for (const q of this.projectIdsOf(id)) this.forEachParticipant(q, (i) => partners.add(i));
      if (self !== undefined) partners.delete(self);
      count = partners.size;
      this.coParticipants.set(id, count);
    }
    return count;
  }

  /** How many actors are ACTIVE members of the cluster (counted once per version). */
  activeMemberCount(clusterId: string): number {
    let count = this.activeMembers.get(clusterId);
    if (count === undefined) {
      count = 0;
      this.forEachActiveMember(clusterId, () => (count! += 1));
      this.activeMembers.set(clusterId, count);
    }
    return count;
  }

  /** Each actor with a membership of the cluster, whatever its status. */
  forEachMember(clusterId: string, visit: (index: number) => void): void {
    const c = this.base.clusters.get(clusterId);
    if (c !== undefined) {
      const { offsets, targets } = this.base.clusterActors;
      for (let e = offsets[c]!; e < offsets[c + 1]!; e += 1) {
        const a = targets[e]!;
        if (!this.overlay.actors.has(a)) visit(a);
      }
    }
    for (const a of this.overlay.clusterActors.get(clusterId)?.keys() ?? []) {
      if (this.overlay.actors.get(a)) visit(a);
    }
  }

  /** Each actor taking part in the project. */
  forEachParticipant(projectId: string, visit: (index: number) => void): void {
    const p = this.base.projects.get(projectId);
    if (p !== undefined) {
      const { offsets, targets } = this.base.projectActors;
      for (let e = offsets[p]!; e < offsets[p + 1]!; e += 1) {
        const a = targets[e]!;
        if (!this.overlay.actors.has(a)) visit(a);
      }
    }
    for (const a of this.overlay.projectActors.get(projectId) ?? []) {
      if (this.overlay.actors.get(a)) visit(a);
    }
  }

  // Other entities

  topics(): readonly TopicFact[] {
    if (!this.memo.topics) {
      const byTopic = new Map<string, TopicFact>();
      const b = this.base;
      for (let t = 0; t < b.topics.size; t += 1) {
        const broader = b.topicBroader[t]!;
        byTopic.set(b.topics.ids[t]!, {
          id: b.topics.ids[t]!,
          name: b.topicName[t]!,
          nameNb: b.topicNameNb[t]!,
          slug: b.topicSlug[t]!,
          actorCount: b.topicActorCount[t]!,
          broaderId: broader < 0 ? null : b.topics.ids[broader]!,
          synonyms: b.topicSynonyms[t]!,
        });
      }
      for (const [id, fact] of this.overlay.topics) {
        if (fact) byTopic.set(id, fact);
        else byTopic.delete(id);
      }
      this.memo.topics = [...byTopic.values()].sort((a, b) => byId(a.id, b.id));
    }
    return this.memo.topics;
  }

  topic(id: string): TopicFact | null {
    return this.topics().find((t) => t.id === id) ?? null;
  }

  municipality(code: string): MunicipalityFact | null {
    const overlaid = this.overlay.municipalities.get(code);
    if (overlaid !== undefined) return overlaid;
    const m = this.base.municipalities.get(code);
    if (m === undefined) return null;
    return {
      code,
      name: this.base.municipalityName[m]!,
      inRegion: this.base.municipalityInRegion[m] === 1,
    };
  }

  /** The cluster with this slug, if any (clusters are few: a scan). */
  clusterIdBySlug(slug: string): string | undefined {
    for (const [id, fact] of this.overlay.clusters) if (fact?.slug === slug) return id;
    const b = this.base;
    for (let c = 0; c < b.clusters.size; c += 1) {
      const id = b.clusters.ids[c]!;
      if (b.clusterSlug[c] === slug && !this.overlay.clusters.has(id)) return id;
    }
    return undefined;
  }

  /** Codes of the municipalities in the region, in code order (municipalities are few: a scan). */
  regionMunicipalityCodes(): string[] {
    const codes = new Set<string>();
    const b = this.base;
    for (let m = 0; m < b.municipalities.size; m += 1) codes.add(b.municipalities.ids[m]!);
    for (const code of this.overlay.municipalities.keys()) codes.add(code);
    return [...codes].filter((code) => this.municipality(code)?.inRegion === true).sort(byId);
  }

  cluster(id: string): ClusterFact | null {
    const overlaid = this.overlay.clusters.get(id);
    if (overlaid !== undefined) return overlaid;
    const c = this.base.clusters.get(id);
    if (c === undefined) return null;
    const b = this.base;
    return {
      id,
      name: b.clusterName[c]!,
      slug: b.clusterSlug[c]!,
      startYear: b.clusterStartYear[c] ?? null,
      endYear: b.clusterEndYear[c] ?? null,
    };
  }

  project(id: string): ProjectFact | null {
    const overlaid = this.overlay.projects.get(id);
    if (overlaid !== undefined) return overlaid;
    const p = this.base.projects.get(id);
    if (p === undefined) return null;
    const b = this.base;
    return {
      id,
      title: b.projectTitle[p]!,
      startYear: b.projectStartYear[p] ?? null,
      endYear: b.projectEndYear[p] ?? null,
      funder: b.projectFunder[p] ?? null,
    };
  }

  opportunity(id: string): OpportunityFact | null {
    const overlaid = this.overlay.opportunities.get(id);
    if (overlaid !== undefined) return overlaid;
    const o = this.base.opportunities.get(id);
    if (o === undefined) return null;
    const b = this.base;
    const actor = b.opportunityActor[o]!;
    const { offsets, targets } = b.opportunityTopics;
    return {
      id,
      actorId: actor < 0 ? '' : b.actors.ids[actor]!,
      kind: b.opportunityKind[o]!,
      status: b.opportunityStatus[o]!,
      visibility: b.opportunityVisibility[o]!,
      title: b.opportunityTitle[o]!,
      createdAt: b.opportunityCreatedAt[o]!,
      topicIds: Array.from(targets.subarray(offsets[o]!, offsets[o + 1]!), (t) => b.topics.ids[t]!),
    };
  }

  person(id: string): PersonFacts | null {
    const overlaid = this.overlay.people.get(id);
    if (overlaid !== undefined) return overlaid;
    const p = this.base.people.get(id);
    if (p === undefined) return null;
    const b = this.base;
    const employers = b.personEmployers;
    const topics = b.personTopics;
    return {
      id,
      name: b.personName[p]!,
      listed: b.personListed[p] === 1,
      employers: Array.from(
        employers.targets.subarray(employers.offsets[p]!, employers.offsets[p + 1]!),
        (a) => b.actors.ids[a]!,
      ),
      topics: range(topics.offsets[p]!, topics.offsets[p + 1]!).map((e) => ({
        topicId: b.topics.ids[topics.targets[e]!]!,
        weight: topics.values[e]!,
      })),
    };
  }

  /** Ids of every person in this version (deleted ones included; person() says null). */
  personIds(): string[] {
    return [...new Set([...this.base.people.ids, ...this.overlay.people.keys()])];
  }

  /** Ids of every opportunity in this version (deleted ones included; opportunity() says null). */
  opportunityIds(): string[] {
    return [...new Set([...this.base.opportunities.ids, ...this.overlay.opportunities.keys()])];
  }

  /** The actors a technology links to (origin, commercialisation). */
  technologyActorIds(id: string): readonly string[] {
    const overlaid = this.overlay.technologies.get(id);
    if (overlaid !== undefined) return overlaid ?? [];
    return this.base.technologyActors.get(id) ?? [];
  }

  /** The receiver of an introduction. */
  introductionReceiver(id: string): string | null {
    return this.introduction(id)?.receiverId ?? null;
  }

  introduction(id: string): IntroductionFact | null {
    const overlaid = this.overlay.introductions.get(id);
    if (overlaid !== undefined) return overlaid;
    return this.base.introductions.get(id) ?? null;
  }

  /** Every introduction of this version (private: callers decide who may count them). */
  forEachIntroduction(visit: (fact: IntroductionFact) => void): void {
    for (const [id, fact] of this.base.introductions) {
      if (!this.overlay.introductions.has(id)) visit(fact);
    }
    for (const fact of this.overlay.introductions.values()) if (fact) visit(fact);
  }

  /**
   * Each membership of the cluster with its status and since (when the status last changed),
   * whatever the status: network analytics dates a membership by it.
   */
  forEachMembership(
    clusterId: string,
    visit: (index: number, status: string, since: number | null) => void,
  ): void {
    const c = this.base.clusters.get(clusterId);
    if (c !== undefined) {
      const { offsets, targets, values } = this.base.clusterActors;
      const mask = this.overlaidMask();
      const byActor = this.base.actorClusters;
      for (let e = offsets[c]!; e < offsets[c + 1]!; e += 1) {
        const a = targets[e]!;
        if (mask !== null && mask[a] === 1) continue;
        // The actor's own memberships are sorted by cluster index: find this one's since.
        let since: number | null = null;
        for (let k = byActor.offsets[a]!; k < byActor.offsets[a + 1]!; k += 1) {
          if (byActor.targets[k] === c) {
            const at = this.base.membershipSince[k]!;
            since = Number.isNaN(at) ? null : at;
            break;
          }
        }
        visit(a, membershipStatusOf(values[e]!), since);
      }
    }
    for (const a of this.overlay.clusterActors.get(clusterId)?.keys() ?? []) {
      const m = this.overlay.actors.get(a)?.memberships.find((x) => x.clusterId === clusterId);
      if (m) visit(a, m.status, m.since);
    }
  }

  /** Ids of every cluster in this version (deleted ones included; cluster() says null). */
  clusterIds(): string[] {
    return [...new Set([...this.base.clusters.ids, ...this.overlay.clusters.keys()])];
  }

  /** Ids of every project in this version (deleted ones included; project() says null). */
  projectIds(): string[] {
    return [...new Set([...this.base.projects.ids, ...this.overlay.projects.keys()])];
  }

  private baseActor(a: number): ActorFacts {
    const b = this.base;
    const place = b.actorPlace[a]!;
    const counts = b.actorIntroductions.subarray(a * 4, a * 4 + 4);
    const ties = (csr: Base['actorTopics']) => range(csr.offsets[a]!, csr.offsets[a + 1]!);
    return {
      id: b.actors.ids[a]!,
      kind: kindOf(b.actorKind[a]!),
      helix: helixOf(b.actorHelix[a]!),
      name: b.actorName[a]!,
      slug: b.actorSlug[a]!,
      stage: stageOf(b.actorStage[a]!),
      source: sourceOf(b.actorSource[a]!),
      place: place < 0 ? null : b.municipalities.ids[place]!,
      topics: ties(b.actorTopics).map((e) => ({
        topicId: b.topics.ids[b.actorTopics.targets[e]!]!,
        weight: b.actorTopics.values[e]!,
      })),
      memberships: ties(b.actorClusters).map((e) => ({
        clusterId: b.clusters.ids[b.actorClusters.targets[e]!]!,
        status: membershipStatusOf(b.actorClusters.values[e]!),
        role: b.membershipRole[e] ?? null,
        since: Number.isNaN(b.membershipSince[e]!) ? null : b.membershipSince[e]!,
      })),
      projects: ties(b.actorProjects).map((e) => ({
        projectId: b.projects.ids[b.actorProjects.targets[e]!]!,
        role: b.participationRole[e] ?? null,
      })),
      opportunities: ties(b.actorOpportunities).map(
        (e) => b.opportunities.ids[b.actorOpportunities.targets[e]!]!,
      ),
      technologyCount: b.actorTechnologies[a]!,
      originated: ties(b.actorOriginated).map(
        (e) => b.technologies.ids[b.actorOriginated.targets[e]!]!,
      ),
      people: ties(b.actorPeople).map((e) => b.people.ids[b.actorPeople.targets[e]!]!),
      partOf: ties(b.actorParents).map((e) => b.actors.ids[b.actorParents.targets[e]!]!)[0] ?? null,
      parts: ties(b.actorParts).map((e) => b.actors.ids[b.actorParts.targets[e]!]!),
      introductions:
        counts[0]! + counts[1]! + counts[2]! + counts[3]! === 0
          ? NO_INTRODUCTIONS
          : {
              accepted: counts[0]!,
              declined: counts[1]!,
              expired: counts[2]!,
              completed: counts[3]!,
            },
    };
  }
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from }, (_, i) => from + i);
