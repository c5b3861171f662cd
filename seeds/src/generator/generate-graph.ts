import {
  ACTOR_KINDS,
  Cdf,
  DEFAULT_HELIX,
  intBetween,
  pick,
  slugify,
  TECHNOLOGY_STAGES,
  TRL_MAX,
  weighted,
  zipfWeights,
} from '@kobling/domain';
import type { ActorKind, Random, TechnologyStage } from '@kobling/domain';
import { permutation, rngFor } from './prng.ts';
import type { GraphChunk, GraphRelationshipRow, GraphValue } from './rows.ts';
import { buildTopics } from './topics.ts';
import type { TopicSpec } from './topics.ts';
import {
  clusterThemes,
  companySuffixes,
  funders,
  institutionNames,
  intermediaryNouns,
  investorNouns,
  municipalitySpecs,
  naceCodes,
  nameCores,
  namePrefixes,
  projectWords,
  publicActorNouns,
  researchGroupNouns,
} from './vocabulary.ts';

export interface GenerateGraphOptions {
  /** Number of actors; everything else scales with it. */
  readonly actors: number;
  /** Same actors + seed (+ options) give identical output. */
  readonly seed?: number;
  /** Mean HAS_TOPIC edges per actor (default 10: 100k actors ≈ 1M topic edges). */
  readonly topicsPerActor?: number;
  /** Topics in the taxonomy (default 300). */
  readonly topics?: number;
  /** Zipf exponent of topic popularity (default 0.9). */
  readonly topicSkew?: number;
  /** Clusters (default actors / 2,500, between 10 and 60). */
  readonly clusters?: number;
  /** Projects per actor (default 0.15). */
  readonly projectsPerActor?: number;
  /** Technologies per actor (default 0.02). */
  readonly technologiesPerActor?: number;
  /** Rows per yielded chunk (default 5,000). */
  readonly chunkSize?: number;
  /** "Now" for timestamps, epoch ms (default 2025-01-01); never the wall clock. */
  readonly now?: number;
}

export type ResolvedGraphOptions = Required<GenerateGraphOptions>;

/** Share of each kind among the actors: mostly companies, as in the region. */
const KIND_SHARE: Readonly<Record<ActorKind, number>> = {
  COMPANY: 0.8,
  RESEARCH_GROUP: 0.09,
  INSTITUTION: 0.005,
  PUBLIC_ACTOR: 0.04,
  INVESTOR: 0.025,
  INTERMEDIARY: 0.04,
};
/** The stages a technology passes through, in order; DROPPED is a way out, not a step. */
const TECH_STAGES = TECHNOLOGY_STAGES.filter((stage) => stage !== 'DROPPED');
const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const SOURCE = 'synthetic';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const actorId = (i: number) => `syn-actor-${pad(i, 7)}`;
const clusterId = (i: number) => `syn-cluster-${pad(i, 3)}`;
const projectId = (i: number) => `syn-project-${pad(i, 7)}`;
const technologyId = (i: number) => `syn-tech-${pad(i, 6)}`;
const milestoneId = (t: number, k: number) => `syn-milestone-${pad(t, 6)}-${k}`;

/** A valid 9-digit organisation number, unique per index: one of 8e7+2i, 8e7+2i+1 passes mod 11. */
export function syntheticOrgNumber(index: number): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (const base of [80_000_000 + 2 * index, 80_000_000 + 2 * index + 1]) {
    const digits = String(base).split('').map(Number);
    const sum = digits.reduce((s, d, k) => s + d * (weights[k] ?? 0), 0);
    const rest = 11 - (sum % 11);
    const check = rest === 11 ? 0 : rest;
    if (check !== 10) return `${base}${check}`;
  }
  throw new Error('unreachable: two neighbours cannot both have check digit 10');
}

/** A Pareto(alpha) draw ≥ 1: most actors near 1, a few hubs far above. */
function pareto(random: Random, alpha: number): number {
  return Math.pow(1 - random(), -1 / alpha);
}

/** Exponential with the given mean, rounded. */
function expRound(random: Random, mean: number): number {
  return Math.round(-Math.log(1 - random()) * mean);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

interface ActorCore {
  readonly kind: ActorKind;
  readonly domain: number;
  readonly hub: number;
}

interface TechnologyCore {
  readonly stage: TechnologyStage;
  readonly trl: number;
  readonly origin: number;
  readonly commercialiser: number | null;
  readonly supporter: number | null;
  readonly milestones: readonly { stage: TechnologyStage; trl: number; at: number }[];
  readonly topics: readonly number[];
  readonly title: string;
  readonly createdAt: number;
}

interface ProjectCore {
  readonly participants: readonly (readonly [number, 'COORDINATOR' | 'PARTNER'])[];
  readonly topics: readonly number[];
  readonly title: string;
  readonly startYear: number;
  readonly endYear: number;
  readonly funder: string;
}

/**
 * A deterministic synthetic graph of the given size. Construction does one cheap pass over the
 * actors (their kind, domain, hub weight and topics — typed arrays, no row objects) so that
 * Topic.actorCount is right and projects can pick hub actors; `chunks()` then generates rows
 * lazily, a chunk at a time, and can be walked any number of times with identical results.
 */
export class GeneratedGraph {
  readonly options: ResolvedGraphOptions;
  readonly topics: readonly TopicSpec[];
  readonly projectCount: number;
  readonly technologyCount: number;
  /** Actors holding each topic (by topic index): Topic.actorCount. */
  readonly topicActorCounts: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly domains: Uint8Array;
  private readonly hubs: Float32Array;
  private readonly globalTopics: { cdf: Cdf; order: Int32Array };
  private readonly domainTopics: { cdf: Cdf; members: Int32Array }[];
  private readonly actorsOfKind: { cdf: Cdf; members: Int32Array }[];
  private readonly clusterCdf: Cdf;
  private readonly municipalityCdf: Cdf;

  constructor(options: GenerateGraphOptions) {
    if (!Number.isInteger(options.actors) || options.actors < 10) {
      throw new Error(`generateGraph: actors must be an integer ≥ 10, got ${options.actors}`);
    }
    this.options = {
      actors: options.actors,
      seed: options.seed ?? 1,
      topicsPerActor: options.topicsPerActor ?? 10,
      topics: options.topics ?? 300,
      topicSkew: options.topicSkew ?? 0.9,
      clusters: options.clusters ?? Math.min(60, Math.max(10, Math.round(options.actors / 2500))),
      projectsPerActor: options.projectsPerActor ?? 0.15,
      technologiesPerActor: options.technologiesPerActor ?? 0.02,
      chunkSize: options.chunkSize ?? 5000,
      now: options.now ?? Date.UTC(2025, 0, 1),
    };
    const { actors, seed } = this.options;
    this.topics = buildTopics(this.options.topics);
    this.projectCount = Math.max(3, Math.round(actors * this.options.projectsPerActor));
    this.technologyCount = Math.max(3, Math.round(actors * this.options.technologiesPerActor));

    // Topic popularity: Zipf over a seeded order, so popularity is not the taxonomy's order.
    const topicCount = this.topics.length;
    this.globalTopics = {
      order: permutation(rngFor(seed, 'topic-order'), topicCount),
      cdf: new Cdf(zipfWeights(topicCount, this.options.topicSkew)),
    };
    const domainCount = Math.max(...this.topics.map((t) => t.domain)) + 1;
    this.domainTopics = Array.from({ length: domainCount }, (_, d) => {
      const members = Int32Array.from(this.topics.flatMap((t, i) => (t.domain === d ? [i] : [])));
      const shuffled = permutation(rngFor(seed, 'domain-order', d), members.length);
      return {
        members: Int32Array.from(shuffled, (k) => members[k] as number),
        cdf: new Cdf(zipfWeights(members.length, this.options.topicSkew)),
      };
    });
    const domainCdf = new Cdf(zipfWeights(domainCount, 0.6));

    this.kinds = new Uint8Array(actors);
    this.domains = new Uint8Array(actors);
    this.hubs = new Float32Array(actors);
    const kindCdf = new Cdf(ACTOR_KINDS.map((kind) => KIND_SHARE[kind]));
    for (let i = 0; i < actors; i += 1) {
      const random = rngFor(seed, 'actor-core', i);
      // The first six actors cover every kind, so even tiny graphs have each one.
      const kind = i < ACTOR_KINDS.length ? [2, 5, 3, 4, 1, 0][i]! : kindCdf.sample(random);
      this.kinds[i] = kind;
      this.domains[i] = domainCdf.sample(random);
      const boost = kind === 2 ? 20 : kind === 5 ? 4 : kind === 1 ? 2 : 1;
      this.hubs[i] = pareto(random, 1.4) * boost;
    }
    this.actorsOfKind = ACTOR_KINDS.map((_, k) => {
      const members: number[] = [];
      for (let i = 0; i < actors; i += 1) if (this.kinds[i] === k) members.push(i);
      return {
        members: Int32Array.from(members),
        cdf: new Cdf(members.map((i) => this.hubs[i] as number)),
      };
    });

    this.topicActorCounts = new Int32Array(topicCount);
    for (let i = 0; i < actors; i += 1) {
      for (const [topic] of this.actorTopics(i)) this.topicActorCounts[topic]! += 1;
    }
    this.clusterCdf = new Cdf(zipfWeights(this.options.clusters, 0.7));
    this.municipalityCdf = new Cdf(municipalitySpecs.map((m) => m.weight));
  }

  actorCore(i: number): ActorCore {
    return {
      kind: ACTOR_KINDS[this.kinds[i]!]!,
      domain: this.domains[i] as number,
      hub: this.hubs[i] as number,
    };
  }

  /** Distinct [topic index, weight] pairs: mostly from the actor's own domain, some anywhere. */
  actorTopics(i: number): [number, number][] {
    const random = rngFor(this.options.seed, 'actor-topics', i);
    const wanted = Math.min(
      Math.floor(this.topics.length / 2),
      40,
      1 + expRound(random, this.options.topicsPerActor - 1),
    );
    const domain = this.domainTopics[this.domains[i] as number]!;
    const chosen = new Map<number, number>();
    for (let attempt = 0; chosen.size < wanted && attempt < wanted * 4; attempt += 1) {
      const topic =
        random() < 0.6
          ? (domain.members[domain.cdf.sample(random)] as number)
          : (this.globalTopics.order[this.globalTopics.cdf.sample(random)] as number);
      if (!chosen.has(topic)) chosen.set(topic, round2(0.1 + 0.9 * random()));
    }
    return [...chosen];
  }

  /** An actor of the kind, hubs more likely. */
  private pickActor(random: Random, kind: number): number | null {
    const pool = this.actorsOfKind[kind];
    if (!pool || pool.members.length === 0) return null;
    return pool.members[pool.cdf.sample(random)] as number;
  }

  private pickTopics(random: Random, min: number, max: number): number[] {
    const n = intBetween(random, min, max);
    const out = new Set<number>();
    for (let k = 0; k < n * 4 && out.size < n; k += 1) {
      out.add(this.globalTopics.order[this.globalTopics.cdf.sample(random)] as number);
    }
    return [...out];
  }

  projectCore(p: number): ProjectCore {
    const random = rngFor(this.options.seed, 'project', p);
    const size = Math.min(15, 2 + expRound(random, 3));
    // Cross-helix by design: academia often coordinates; partners mix all three helices.
    const coordinatorKind = weighted(random, [
      [1, 0.4],
      [2, 0.15],
      [0, 0.35],
      [5, 0.05],
      [3, 0.05],
    ] as const);
    const participants = new Map<number, 'COORDINATOR' | 'PARTNER'>();
    const coordinator = this.pickActor(random, coordinatorKind) ?? this.pickActor(random, 0)!;
    participants.set(coordinator, 'COORDINATOR');
    for (let k = 0; participants.size < size && k < size * 4; k += 1) {
      const kind = weighted(random, [
        [0, 0.55],
        [1, 0.2],
        [2, 0.08],
        [3, 0.1],
        [5, 0.05],
        [4, 0.02],
      ] as const);
      const actor = this.pickActor(random, kind);
      if (actor !== null && !participants.has(actor)) participants.set(actor, 'PARTNER');
    }
    const topics = this.pickTopics(random, 2, 4);
    const startYear = intBetween(random, 2012, 2025);
    const firstTopic = this.topics[topics[0] ?? 0]!;
    return {
      participants: [...participants],
      topics,
      title: `${pick(random, projectWords)} ${firstTopic.name.toLowerCase()} ${p}`,
      startYear,
      endYear: startYear + intBetween(random, 1, 5),
      funder: pick(random, funders),
    };
  }

  technologyCore(t: number): TechnologyCore {
    const random = rngFor(this.options.seed, 'technology', t);
    const dropped = random() < 0.12;
    const reached = weighted(random, [
      [0, 0.2],
      [1, 0.2],
      [2, 0.15],
      [3, 0.15],
      [4, 0.12],
      [5, 0.1],
      [6, 0.08],
    ] as const);
    const origin = this.pickActor(random, random() < 0.8 ? 1 : 2) ?? this.pickActor(random, 0)!;
    const commercialised = !dropped && reached >= 3;
    const commercialiser = commercialised ? this.pickActor(random, 0) : null;
    const supporter = random() < 0.5 ? this.pickActor(random, random() < 0.6 ? 5 : 4) : null;
    const createdAt = this.options.now - Math.floor(random() * 8 * YEAR_MS);
    const milestones: { stage: TechnologyStage; trl: number; at: number }[] = [];
    let at = createdAt;
    let trl = intBetween(random, 1, 3);
    for (let s = 0; s <= reached; s += 1) {
      trl = Math.min(TRL_MAX, trl + (s === 0 ? 0 : intBetween(random, 0, 2)));
      milestones.push({ stage: TECH_STAGES[s]!, trl, at });
      at += Math.floor(random() * 0.8 * YEAR_MS) + 1;
    }
    if (dropped) milestones.push({ stage: 'DROPPED', trl, at });
    const topics = this.pickTopics(random, 1, 3);
    const first = this.topics[topics[0] ?? 0]!;
    return {
      stage: dropped ? 'DROPPED' : TECH_STAGES[reached]!,
      trl,
      origin,
      commercialiser,
      supporter,
      milestones,
      topics,
      title: `${first.name} ${pick(random, ['method', 'sensor', 'platform', 'process', 'algorithm', 'material'])} ${t}`,
      createdAt,
    };
  }

  private actorRow(i: number): Record<string, GraphValue> {
    const { kind, domain } = this.actorCore(i);
    const random = rngFor(this.options.seed, 'actor-props', i);
    const municipality = this.actorMunicipality(i);
    const topics = this.actorTopics(i).map(([t]) => this.topics[t]!.name);
    const domainName = this.topics.find((t) => t.domain === domain && t.level === 1)?.name ?? '';
    let name: string;
    switch (kind) {
      case 'COMPANY':
        name = `${pick(random, namePrefixes)} ${pick(random, nameCores)} ${pick(random, companySuffixes)}`;
        break;
      case 'RESEARCH_GROUP':
        name = `${topics[0] ?? domainName} ${pick(random, researchGroupNouns)}`;
        break;
      case 'INSTITUTION':
        name = `${pick(random, namePrefixes)} ${pick(random, institutionNames)}`;
        break;
      case 'PUBLIC_ACTOR':
        name = `${municipality.name} ${pick(random, publicActorNouns)}`;
        break;
      case 'INVESTOR':
        name = `${pick(random, namePrefixes)} ${pick(random, investorNouns)}`;
        break;
      case 'INTERMEDIARY':
        name = `${pick(random, namePrefixes)} ${pick(random, intermediaryNouns)}`;
        break;
    }
    const slug = `${slugify(name)}-${i.toString(36)}`;
    const isCompanyLike = kind === 'COMPANY' || kind === 'INVESTOR' || kind === 'INTERMEDIARY';
    const [naceCode, isTech] = isCompanyLike
      ? weighted(
          random,
          naceCodes.map(([code, tech, w]) => [[code, tech] as const, w] as const),
        )
      : [null, false];
    const foundedYear =
      kind === 'INSTITUTION' ? intBetween(random, 1900, 2000) : 2025 - expRound(random, 12);
    const age = 2025 - foundedYear;
    const employees =
      kind === 'RESEARCH_GROUP'
        ? intBetween(random, 3, 60)
        : Math.max(1, Math.round(Math.exp(1 + random() * 4 + (kind === 'INSTITUTION' ? 3 : 0))));
    const createdAt = this.options.now - Math.floor(random() * 3 * YEAR_MS);
    return {
      id: actorId(i),
      kind,
      helix: DEFAULT_HELIX[kind],
      name,
      slug,
      description: `Synthetic ${kind.toLowerCase().replace('_', ' ')} in ${municipality.name} working on ${topics.slice(0, 3).join(', ') || domainName}.`,
      website: `https://${slug}.example.no`,
      orgNumber: kind === 'RESEARCH_GROUP' ? null : syntheticOrgNumber(i),
      naceCode,
      employees,
      foundedYear,
      isTech: kind === 'COMPANY' ? isTech : false,
      stage:
        kind === 'COMPANY'
          ? age < 2
            ? 'IDEA'
            : age < 6
              ? 'STARTUP'
              : employees > 50 && age < 15
                ? 'SCALEUP'
                : 'ESTABLISHED'
          : null,
      editedFields: null,
      source: SOURCE,
      sourceRef: `generator:seed=${this.options.seed}`,
      createdAt,
      updatedAt: createdAt + Math.floor(random() * (this.options.now - createdAt)),
    };
  }

  private actorMunicipality(i: number) {
    const random = rngFor(this.options.seed, 'located-in', i);
    // Institutions sit in Trondheim; everyone else follows the regional skew.
    const index = this.kinds[i] === 2 ? 0 : this.municipalityCdf.sample(random);
    return municipalitySpecs[index]!;
  }

  private memberships(i: number): [number, Record<string, GraphValue>][] {
    const random = rngFor(this.options.seed, 'member-of', i);
    const { kind, hub } = this.actorCore(i);
    const always = kind === 'INSTITUTION' || kind === 'INTERMEDIARY';
    if (!always && random() > 0.12) return [];
    const count = Math.min(this.options.clusters, Math.ceil(Math.pow(hub, 0.9)));
    const chosen = new Set<number>();
    for (let k = 0; k < count * 4 && chosen.size < count; k += 1) {
      chosen.add(this.clusterCdf.sample(random));
    }
    return [...chosen].map((c) => [
      c,
      {
        status: weighted(random, [
          ['ACTIVE', 0.88],
          ['REQUESTED', 0.04],
          ['INVITED', 0.03],
          ['REMOVED', 0.05],
        ] as const),
        role: weighted(random, [
          ['MEMBER', 0.85],
          ['PARTNER', 0.1],
          ['BOARD', 0.05],
        ] as const),
        since: this.options.now - Math.floor(random() * 6 * YEAR_MS),
      },
    ]);
  }

  /** Every row of the graph, nodes first, in chunks of at most `chunkSize` rows. */
  *chunks(): Generator<GraphChunk> {
    const { actors, clusters, seed, now } = this.options;
    const size = this.options.chunkSize;
    const nodes = (label: string, rows: Iterable<Record<string, GraphValue>>) =>
      batches(rows, size, (batch): GraphChunk => ({ kind: 'node', label, rows: batch }));
    const rels = (
      type: string,
      fromLabel: string,
      toLabel: string,
      rows: Iterable<GraphRelationshipRow>,
    ) =>
      batches(rows, size, (batch): GraphChunk => ({
        kind: 'relationship',
        type,
        fromLabel,
        toLabel,
        rows: batch,
      }));
    const provenance = { source: SOURCE, sourceRef: `generator:seed=${seed}` };

    yield* nodes(
      'Municipality',
      municipalitySpecs.map((m) => ({
        code: m.code,
        name: m.name,
        county: m.county,
        population: m.population,
        populationYear: 2024,
        inRegion: m.inRegion,
        formerCodes: m.formerCodes.length > 0 ? [...m.formerCodes] : null,
        ...provenance,
      })),
    );
    yield* nodes(
      'Topic',
      this.topics.map((t, i) => ({
        id: t.id,
        slug: t.slug,
        name: t.name,
        nameNb: t.nameNb,
        synonyms: t.synonyms,
        actorCount: this.topicActorCounts[i] ?? 0,
        ...provenance,
      })),
    );
    yield* nodes(
      'Cluster',
      range(clusters, (c) => {
        const random = rngFor(seed, 'cluster', c);
        const theme = clusterThemes[c % clusterThemes.length]!;
        const name = `${theme} Cluster${c >= clusterThemes.length ? ` ${Math.floor(c / clusterThemes.length) + 1}` : ''}`;
        const startYear = intBetween(random, 2002, 2023);
        const createdAt = now - Math.floor(random() * 3 * YEAR_MS);
        return {
          id: clusterId(c),
          slug: slugify(name),
          name,
          level: weighted(random, [
            ['ARENA', 0.45],
            ['ARENA_PRO', 0.2],
            ['NCE', 0.2],
            ['GCE', 0.05],
            ['OTHER', 0.1],
          ] as const),
          theme,
          description: `Synthetic cluster for ${theme.toLowerCase()} in Trøndelag.`,
          website: `https://${slugify(name)}.example.no`,
          startYear,
          endYear: random() < 0.2 ? startYear + intBetween(random, 3, 10) : null,
          reportedMembers: null,
          ...provenance,
          createdAt,
          updatedAt: createdAt,
        };
      }),
    );
    yield* nodes(
      'Actor',
      range(actors, (i) => this.actorRow(i)),
    );
    yield* nodes(
      'Project',
      range(this.projectCount, (p) => {
        const core = this.projectCore(p);
        const createdAt = Date.UTC(core.startYear, 0, 1);
        return {
          id: projectId(p),
          title: core.title,
          summary: `Synthetic project with ${core.participants.length} partners.`,
          funder: core.funder,
          startYear: core.startYear,
          endYear: core.endYear,
          ...provenance,
          createdAt,
          updatedAt: createdAt,
        };
      }),
    );
    yield* nodes(
      'Technology',
      range(this.technologyCount, (t) => {
        const core = this.technologyCore(t);
        return {
          id: technologyId(t),
          slug: `${slugify(core.title)}`,
          title: core.title,
          summary: `Synthetic technology, stage ${core.stage.toLowerCase()}.`,
          trl: core.trl,
          stage: core.stage,
          ...provenance,
          createdAt: core.createdAt,
          updatedAt: core.milestones[core.milestones.length - 1]?.at ?? core.createdAt,
        };
      }),
    );
    yield* nodes(
      'Milestone',
      flatRange(this.technologyCount, (t) =>
        this.technologyCore(t).milestones.map((m, k) => ({
          id: milestoneId(t, k),
          stage: m.stage,
          trl: m.trl,
          at: m.at,
          note: `Reached ${m.stage.toLowerCase()}`,
          ...provenance,
        })),
      ),
    );

    yield* rels(
      'BROADER',
      'Topic',
      'Topic',
      this.topics.flatMap((t) =>
        t.parent === null ? [] : [{ from: t.id, to: this.topics[t.parent]!.id }],
      ),
    );
    yield* rels(
      'LOCATED_IN',
      'Actor',
      'Municipality',
      range(actors, (i) => ({
        from: actorId(i),
        to: this.actorMunicipality(i).code,
      })),
    );
    yield* rels(
      'PART_OF',
      'Actor',
      'Actor',
      flatRange(actors, (i) => {
        if (this.kinds[i] !== 1) return [];
        const institution = this.pickActor(rngFor(seed, 'part-of', i), 2);
        return institution === null ? [] : [{ from: actorId(i), to: actorId(institution) }];
      }),
    );
    yield* rels(
      'HAS_TOPIC',
      'Actor',
      'Topic',
      flatRange(actors, (i) =>
        this.actorTopics(i).map(([t, weight]) => ({
          from: actorId(i),
          to: this.topics[t]!.id,
          properties: { weight },
        })),
      ),
    );
    yield* rels(
      'MEMBER_OF',
      'Actor',
      'Cluster',
      flatRange(actors, (i) =>
        this.memberships(i).map(([c, properties]) => ({
          from: actorId(i),
          to: clusterId(c),
          properties,
        })),
      ),
    );
    yield* rels(
      'FACILITATES',
      'Actor',
      'Cluster',
      flatRange(clusters, (c) => {
        const facilitator = this.pickActor(rngFor(seed, 'facilitates', c), 5);
        return facilitator === null ? [] : [{ from: actorId(facilitator), to: clusterId(c) }];
      }),
    );
    yield* rels(
      'PARTICIPATES_IN',
      'Actor',
      'Project',
      flatRange(this.projectCount, (p) =>
        this.projectCore(p).participants.map(([a, role]) => ({
          from: actorId(a),
          to: projectId(p),
          properties: { role },
        })),
      ),
    );
    yield* rels(
      'HAS_TOPIC',
      'Project',
      'Topic',
      flatRange(this.projectCount, (p) =>
        this.projectCore(p).topics.map((t) => ({
          from: projectId(p),
          to: this.topics[t]!.id,
          properties: { weight: 1 },
        })),
      ),
    );
    yield* rels(
      'HAS_TOPIC',
      'Technology',
      'Topic',
      flatRange(this.technologyCount, (t) =>
        this.technologyCore(t).topics.map((topic) => ({
          from: technologyId(t),
          to: this.topics[topic]!.id,
          properties: { weight: 1 },
        })),
      ),
    );
    yield* rels(
      'ORIGINATED_AT',
      'Technology',
      'Actor',
      range(this.technologyCount, (t) => ({
        from: technologyId(t),
        to: actorId(this.technologyCore(t).origin),
      })),
    );
    yield* rels(
      'COMMERCIALISED_BY',
      'Technology',
      'Actor',
      flatRange(this.technologyCount, (t) => {
        const c = this.technologyCore(t).commercialiser;
        return c === null ? [] : [{ from: technologyId(t), to: actorId(c) }];
      }),
    );
    yield* rels(
      'SUPPORTED_BY',
      'Technology',
      'Actor',
      flatRange(this.technologyCount, (t) => {
        const s = this.technologyCore(t).supporter;
        return s === null ? [] : [{ from: technologyId(t), to: actorId(s) }];
      }),
    );
    yield* rels(
      'HAS_MILESTONE',
      'Technology',
      'Milestone',
      flatRange(this.technologyCount, (t) =>
        this.technologyCore(t).milestones.map((_, k) => ({
          from: technologyId(t),
          to: milestoneId(t, k),
        })),
      ),
    );
  }
}

function* range<T>(n: number, make: (i: number) => T): Generator<T> {
  for (let i = 0; i < n; i += 1) yield make(i);
}

function* flatRange<T>(n: number, make: (i: number) => readonly T[]): Generator<T> {
  for (let i = 0; i < n; i += 1) yield* make(i);
}

function* batches<T, C>(rows: Iterable<T>, size: number, wrap: (batch: T[]) => C): Generator<C> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield wrap(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield wrap(batch);
}

/** A deterministic synthetic graph: same options, same rows, in the same order. */
export function generateGraph(options: GenerateGraphOptions): GeneratedGraph {
  return new GeneratedGraph(options);
}
