import { seededRandom, type SeededRandom } from '@kobling/domain';
import {
  NO_INTRODUCTIONS,
  topicStats,
  type Candidate,
  type Intermediary,
  type Seeker,
  type SharedCluster,
  type SharedProject,
  type TopicStats,
} from '../candidate.ts';
import { MatchmakingError } from '../errors.ts';
import { buildAdjacency, scorePair, type Adjacency } from '../link-prediction.ts';
import { linkScoreValue, linkScorer } from '../link/learned-scorer.ts';
import { linkGraph, nodeGroups, type LinkGraph } from '../link/link-graph.ts';
import { scoreCandidates } from '../rank.ts';
import { FEATURES } from '../features/types.ts';
import { resolveWeights, type Weights } from '../weights.ts';
import type { EvalActor, EvalGraph } from './graph.ts';
import { mean, precisionAtK, recallAtK, reciprocalRank } from './metrics.ts';

export const EVAL_METHODS = [
  'random',
  'popularity',
  'topic-only',
  'graph-only',
  'combined',
] as const;
export type EvalMethod = (typeof EVAL_METHODS)[number];

export interface EvaluateInput {
  readonly graph: EvalGraph;
  /** Share of cross-helix collaborations to hide (default 0.2). */
  readonly holdOutFraction?: number;
  readonly seed: number;
  /** Cut-off for precision and recall (default 10). */
  readonly k?: number;
  /** Weights for the combined score (default DEFAULT_WEIGHTS). */
  readonly weights?: Partial<Weights>;
}

export interface MethodResult {
  readonly method: EvalMethod;
  readonly precisionAtK: number;
  readonly recallAtK: number;
  readonly mrr: number;
}

export interface EvaluationResult {
  readonly k: number;
  readonly seed: number;
  readonly holdOutFraction: number;
  readonly actors: number;
  readonly projects: number;
  readonly crossHelixPairs: number;
  /** Cross-helix pairs whose every shared project was hidden: the answers to find. */
  readonly heldOutPairs: number;
  readonly heldOutProjects: number;
  /** Actors with at least one held-out pair; each is one query. */
  readonly seekers: number;
  readonly results: readonly MethodResult[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Offline evaluation by hiding collaborations.
 *
 * A collaboration is a pair of actors that co-participate in a project. Whole projects are hidden,
 * in seeded random order, until `holdOutFraction` of the cross-helix pairs have lost every shared
 * project — hiding a project rather than a pair means no third participant of the hidden project
 * can leak the pair through a triangle. Every actor with a hidden pair is a query: rank every
 * actor of another helix it does not already work with (in what is left), and look for its hidden
 * partners. Five rankers see the same training graph:
 * - random: a seeded shuffle;
 * - popularity: most training partners first;
 * - topic-only: the kernel with only the topicOverlap weight;
 * - graph-only: Adamic-Adar on the training co-participation graph;
 * - combined: the kernel with all features and the given weights.
 * Ties break by id everywhere. Reported: mean precision@k, recall@k and MRR over queries.
 */
export function evaluate(input: EvaluateInput): EvaluationResult {
  const split = splitForEvaluation(input);
  const { k, rng, adj, stats } = split;
  const combinedWeights = resolveWeights(input.weights);
  const topicOnlyWeights = resolveWeights(
    Object.fromEntries(FEATURES.map((f) => [f, f === 'topicOverlap' ? 1 : 0])),
  );

  const metrics: Record<EvalMethod, { p: number[]; r: number[]; rr: number[] }> = {
    random: { p: [], r: [], rr: [] },
    popularity: { p: [], r: [], rr: [] },
    'topic-only': { p: [], r: [], rr: [] },
    'graph-only': { p: [], r: [], rr: [] },
    combined: { p: [], r: [], rr: [] },
  };
  const degree = (id: string) => adj.get(id)?.size ?? 0;
  for (const { seekerId: sid, seeker, relevant, ids, rows } of split.queries) {
    const rankings: Record<EvalMethod, string[]> = {
      random: rng.shuffle(ids),
      popularity: [...ids].sort((a, b) => degree(b) - degree(a) || byId(a, b)),
      'topic-only': scoreCandidates(seeker, rows, {
        topicStats: stats,
        weights: topicOnlyWeights,
      }).map((x) => x.candidate.id),
      'graph-only': rankBy(ids, (c) => scorePair(adj, sid, c, 'adamicAdar')),
      combined: scoreCandidates(seeker, rows, { topicStats: stats, weights: combinedWeights }).map(
        (x) => x.candidate.id,
      ),
    };
    for (const m of EVAL_METHODS) {
      metrics[m].p.push(precisionAtK(rankings[m], relevant, k));
      metrics[m].r.push(recallAtK(rankings[m], relevant, k));
      metrics[m].rr.push(reciprocalRank(rankings[m], relevant));
    }
  }

  return {
    k,
    seed: split.seed,
    holdOutFraction: split.fraction,
    actors: split.actors,
    projects: split.projects,
    crossHelixPairs: split.crossPairs,
    heldOutPairs: split.heldOutPairs,
    heldOutProjects: split.heldOutProjects,
    seekers: split.queries.length,
    results: EVAL_METHODS.map((method) => ({
      method,
      precisionAtK: mean(metrics[method].p),
      recallAtK: mean(metrics[method].r),
      mrr: mean(metrics[method].rr),
    })),
  };
}

/** The hold-out split and one query per seeker; shared by evaluate() and weight tuning. */
export function splitForEvaluation(input: EvaluateInput): EvalSplit {
  const { graph, seed } = input;
  const k = input.k ?? 10;
  const fraction = input.holdOutFraction ?? 0.2;
  if (!(fraction > 0 && fraction < 1)) {
    throw new MatchmakingError(
      'INVALID_INPUT',
      `holdOutFraction must be in (0, 1), got ${fraction}`,
    );
  }

  const actors = new Map(graph.actors.map((a) => [a.id, a]));
  const projects = [...graph.projects]
    .map((p) => ({
      ...p,
      participants: [...new Set(p.participants)].filter((id) => actors.has(id)).sort(),
    }))
    .filter((p) => p.participants.length >= 2)
    .sort((a, b) => byId(a.id, b.id));

  // Pairs and how many projects carry each.
  const carried = new Map<string, number>();
  const isCross = new Map<string, boolean>();
  const projectPairs = new Map<string, string[]>();
  for (const p of projects) {
    const keys: string[] = [];
    for (let i = 0; i < p.participants.length; i++) {
      for (let j = i + 1; j < p.participants.length; j++) {
        const a = p.participants[i] as string;
        const b = p.participants[j] as string;
        const key = pairKey(a, b);
        keys.push(key);
        carried.set(key, (carried.get(key) ?? 0) + 1);
        isCross.set(key, actors.get(a)?.helix !== actors.get(b)?.helix);
      }
    }
    projectPairs.set(p.id, keys);
  }
  const crossPairs = [...isCross.values()].filter(Boolean).length;
  const target = Math.round(fraction * crossPairs);

  // Hide whole projects until enough cross-helix pairs have no project left.
  const rng = seededRandom(seed);
  const hidden = new Set<string>();
  const testPairs: string[] = [];
  const left = new Map(carried);
  for (const p of rng.shuffle(projects)) {
    if (testPairs.length >= target) break;
    const keys = projectPairs.get(p.id) ?? [];
    if (!keys.some((key) => isCross.get(key))) continue;
    hidden.add(p.id);
    for (const key of keys) {
      const n = (left.get(key) ?? 0) - 1;
      left.set(key, n);
      if (n === 0 && isCross.get(key)) testPairs.push(key);
    }
  }

  // The training graph: what is left.
  const training = projects.filter((p) => !hidden.has(p.id));
  const edges: [string, string][] = [];
  const pairProjects = new Map<string, { id: string; title: string }[]>();
  const projectCount = new Map<string, number>();
  for (const p of training) {
    for (const a of p.participants) projectCount.set(a, (projectCount.get(a) ?? 0) + 1);
    for (let i = 0; i < p.participants.length; i++) {
      for (let j = i + 1; j < p.participants.length; j++) {
        const a = p.participants[i] as string;
        const b = p.participants[j] as string;
        edges.push([a, b]);
        const key = pairKey(a, b);
        const list = pairProjects.get(key);
        if (list) list.push({ id: p.id, title: p.title });
        else pairProjects.set(key, [{ id: p.id, title: p.title }]);
      }
    }
  }
  const adj = buildAdjacency(edges);
  const participantCount = new Map(training.map((p) => [p.id, p.participants.length]));
  const stats = statsOf(graph);
  const clusterNames = new Map(graph.clusters.map((c) => [c.id, c.name]));
  const clusterSize = new Map<string, number>();
  for (const a of graph.actors) {
    for (const c of a.clusterIds) clusterSize.set(c, (clusterSize.get(c) ?? 0) + 1);
  }

  const relevantBySeeker = new Map<string, Set<string>>();
  for (const key of testPairs) {
    const [a, b] = key.split('\u0000') as [string, string];
    for (const [s, c] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = relevantBySeeker.get(s);
      if (set) set.add(c);
      else relevantBySeeker.set(s, new Set([c]));
    }
  }
  const seekers = [...relevantBySeeker.keys()].sort(byId);
  const allActors = [...graph.actors].sort((a, b) => byId(a.id, b.id));
  const ctx: BuildContext = {
    adj,
    pairProjects,
    participantCount,
    projectCount,
    clusterNames,
    clusterSize,
    actors,
  };

  const index = new Map(allActors.map((a, i) => [a.id, i]));
  const links = trainingLinkGraph(graph, allActors, index, edges);
  linkScorer.prepare(links);
  const queries: EvalQuery[] = seekers.map((sid) => {
    const s = actors.get(sid) as EvalActor;
    const partners = adj.get(sid) ?? new Set<string>();
    const pool = allActors.filter(
      (c) => c.id !== sid && c.helix !== s.helix && !partners.has(c.id),
    );
    const targets = Int32Array.from(pool, (c) => index.get(c.id) as number);
    const sources = new Int32Array(targets.length).fill(index.get(sid) as number);
    const scores = linkScorer.scoreBatch(links, sources, targets);
    return {
      seekerId: sid,
      seeker: seekerOf(s, partners),
      relevant: relevantBySeeker.get(sid) ?? new Set<string>(),
      ids: pool.map((c) => c.id),
      rows: pool.map((c, i) => ({
        ...candidateRow(s, c, ctx),
        linkScore: linkScoreValue(links, scores[i] as number),
      })),
    };
  });
  return {
    k,
    seed,
    fraction,
    rng,
    adj,
    stats,
    queries,
    actors: graph.actors.length,
    projects: projects.length,
    crossPairs,
    heldOutPairs: testPairs.length,
    heldOutProjects: hidden.size,
  };
}

export interface EvalQuery {
  readonly seekerId: string;
  readonly seeker: Seeker;
  readonly relevant: ReadonlySet<string>;
  /** Candidate ids (other helix, not yet partners), in id order. */
  readonly ids: readonly string[];
  readonly rows: readonly Candidate[];
}

export interface EvalSplit {
  readonly k: number;
  readonly seed: number;
  readonly fraction: number;
  readonly rng: SeededRandom;
  readonly adj: Adjacency;
  readonly stats: TopicStats;
  readonly queries: readonly EvalQuery[];
  readonly actors: number;
  readonly projects: number;
  readonly crossPairs: number;
  readonly heldOutPairs: number;
  readonly heldOutProjects: number;
}

/** Topic stats of an eval graph: actor counts per topic, for IDF. */
export function statsOf(graph: EvalGraph): TopicStats {
  const count = new Map<string, number>();
  for (const a of graph.actors) {
    for (const t of new Set(a.topics.map((x) => x.topicId))) count.set(t, (count.get(t) ?? 0) + 1);
  }
  return topicStats(
    graph.actors.length,
    graph.topics.map((t) => ({
      id: t.id,
      name: t.name,
      nameNb: t.nameNb ?? t.name,
      actorCount: count.get(t.id) ?? 0,
      ...(t.broaderId !== undefined ? { broaderId: t.broaderId } : {}),
    })),
  );
}

/**
 * The training collaborations as the link scorer's graph: actors in id order, a tie per pair of
 * co-participants, and the actors' clusters and topics as memberships.
 */
function trainingLinkGraph(
  graph: EvalGraph,
  actors: readonly EvalActor[],
  index: ReadonlyMap<string, number>,
  edges: readonly (readonly [string, string])[],
): LinkGraph {
  const at = (id: string) => index.get(id) as number;
  const groupsOf = (name: string, ids: readonly string[], of: (a: EvalActor) => string[]) => {
    const group = new Map(ids.map((id, i) => [id, i]));
    const pairs: number[] = [];
    actors.forEach((a, i) => {
      for (const id of of(a)) {
        const g = group.get(id);
        if (g !== undefined) pairs.push(i, g);
      }
    });
    return nodeGroups(name, actors.length, ids.length, pairs);
  };
  return linkGraph(
    actors.length,
    edges.flatMap(([a, b]) => [at(a), at(b)]),
    [
      groupsOf(
        'clusters',
        graph.clusters.map((c) => c.id),
        (a) => [...a.clusterIds],
      ),
      groupsOf(
        'topics',
        graph.topics.map((t) => t.id),
        (a) => a.topics.map((t) => t.topicId),
      ),
    ],
  );
}

function rankBy(ids: readonly string[], score: (id: string) => number): string[] {
  const scored = ids.map((id) => ({ id, s: score(id) }));
  scored.sort((a, b) => b.s - a.s || byId(a.id, b.id));
  return scored.map((x) => x.id);
}

interface BuildContext {
  readonly adj: Adjacency;
  readonly pairProjects: ReadonlyMap<string, readonly { id: string; title: string }[]>;
  readonly participantCount: ReadonlyMap<string, number>;
  readonly projectCount: ReadonlyMap<string, number>;
  readonly clusterNames: ReadonlyMap<string, string>;
  readonly clusterSize: ReadonlyMap<string, number>;
  readonly actors: ReadonlyMap<string, EvalActor>;
}

function seekerOf(s: EvalActor, partners: ReadonlySet<string>): Seeker {
  return {
    type: 'ACTOR',
    id: s.id,
    actorId: s.id,
    name: s.name,
    kind: s.kind,
    helix: s.helix,
    ...(s.municipality ? { municipality: s.municipality } : {}),
    topics: s.topics,
    clusterIds: s.clusterIds,
    partnerIds: [...partners].sort(byId),
  };
}

/** What candidate retrieval would return for (s, c) on the training graph. */
function candidateRow(s: EvalActor, c: EvalActor, x: BuildContext): Candidate {
  const cClusters = new Set(c.clusterIds);
  const sharedClusters: SharedCluster[] = s.clusterIds
    .filter((id) => cClusters.has(id))
    .map((id) => ({
      id,
      name: x.clusterNames.get(id) ?? id,
      memberCount: x.clusterSize.get(id) ?? 2,
    }));
  const sharedProjects: SharedProject[] = (x.pairProjects.get(pairKey(s.id, c.id)) ?? []).map(
    (p) => ({
      id: p.id,
      title: p.title,
      participantCount: x.participantCount.get(p.id) ?? 2,
    }),
  );
  const intermediaries: Intermediary[] = [];
  const ns = x.adj.get(s.id);
  const nc = x.adj.get(c.id);
  if (ns && nc) {
    const [small, large] = ns.size <= nc.size ? [ns, nc] : [nc, ns];
    for (const z of small) {
      if (!large.has(z) || z === s.id || z === c.id) continue;
      const ps = x.pairProjects.get(pairKey(s.id, z))?.[0];
      const pc = x.pairProjects.get(pairKey(z, c.id))?.[0];
      if (!ps || !pc) continue;
      intermediaries.push({
        id: z,
        name: x.actors.get(z)?.name ?? z,
        withSeeker: { kind: 'PROJECT', id: ps.id, name: ps.title },
        withCandidate: { kind: 'PROJECT', id: pc.id, name: pc.title },
        partnerCount: x.adj.get(z)?.size ?? 0,
      });
    }
  }
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    helix: c.helix,
    ...(c.municipality ? { municipality: c.municipality } : {}),
    inRegion: c.inRegion,
    topics: c.topics,
    sharedClusters,
    sharedProjects,
    intermediaries,
    projectCount: x.projectCount.get(c.id) ?? 0,
    technologyCount: 0,
    introductions: NO_INTRODUCTIONS,
    offers: [],
    needs: [],
    isExistingPartner: sharedProjects.length > 0,
  };
}
