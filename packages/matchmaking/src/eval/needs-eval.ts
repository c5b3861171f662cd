import { NO_INTRODUCTIONS } from '../candidate.ts';
import type { Candidate, Seeker, TextMatch, TopicStats } from '../candidate.ts';
import { relevanceAtRank } from '../features/text-match.ts';
import { FEATURES, type FeatureName } from '../features/types.ts';
import { scoreCandidates } from '../rank.ts';
import { topicsInText, type TopicVocabularyEntry } from '../text-topics.ts';
import { statsOf } from './evaluate.ts';
import type { EvalGraph } from './graph.ts';
import { hitAtK, mean, ndcgAtK, reciprocalRank } from './metrics.ts';
import type { RealisticNeed } from './realistic-needs.ts';

/*
 * The evaluation of realistic needs (issue 16, docs/matchmaking.md): each need's text is read as
 * the API reads it (topicsInText, and the search engine's actors for it, exported beside the
 * graph by `npm run export:eval -w @kobling/seeds`), every actor of the graph is a candidate,
 * and the combined score is compared with rankings by one kind of evidence each.
 */

export const NEED_MATCHES_FORMAT = 'kobling-need-matches/1';

/** The search engine's actors for each need's text, best first, with the words it marked. */
export interface NeedMatches {
  readonly format: typeof NEED_MATCHES_FORMAT;
  readonly engine: string;
  readonly needs: Readonly<
    Record<string, readonly { actorId: string; words: readonly string[] }[]>
  >;
}

export const NEED_METHODS = [
  'combined',
  'topic-only',
  'text-only',
  'graph-only',
  'popularity',
] as const;
export type NeedMethod = (typeof NEED_METHODS)[number];

export interface NeedMethodResult {
  readonly method: NeedMethod;
  readonly ndcg: number;
  readonly mrr: number;
  readonly hit: number;
}

export interface NeedEvaluation {
  readonly needs: number;
  readonly k: number;
  readonly results: readonly NeedMethodResult[];
}

/** Only these features: the baselines are the score with one kind of evidence. */
function only(features: readonly FeatureName[]): Record<FeatureName, number> {
  return Object.fromEntries(FEATURES.map((f) => [f, features.includes(f) ? 1 : 0])) as Record<
    FeatureName,
    number
  >;
}
const TOPIC_ONLY = only(['topicOverlap']);
/** What the graph says without the need's content: ties, activity and place. */
const GRAPH_ONLY = only(['proximity', 'warmPath', 'trackRecord', 'locality']);

export function evaluateNeeds(input: {
  readonly graph: EvalGraph;
  readonly needs: readonly RealisticNeed[];
  readonly matches: NeedMatches;
  readonly k?: number;
}): NeedEvaluation {
  const { graph, needs, matches } = input;
  const k = input.k ?? 10;
  const stats = statsOf(graph);
  const vocabulary: TopicVocabularyEntry[] = graph.topics.map((t) => ({
    id: t.id,
    name: t.name,
    nameNb: t.nameNb ?? t.name,
    synonyms: t.synonyms ?? [],
  }));
  const candidates = candidatesOf(graph);
  const known = new Set(candidates.map((c) => c.id));
  // Invented actors compete in every ranking but are unjudged: no expert can say whether an
  // invented company answers a need. Metrics read the condensed ranking of judged (sourced)
  // actors only (Sakai 2007), the same for every method.
  const judged = new Set(graph.actors.filter((a) => a.synthetic !== true).map((a) => a.id));
  const popularity = [...candidates]
    .sort((a, b) => b.projectCount - a.projectCount || (a.id < b.id ? -1 : 1))
    .map((c) => c.id);

  const scores: Record<NeedMethod, { ndcg: number[]; mrr: number[]; hit: number[] }> =
    Object.fromEntries(NEED_METHODS.map((m) => [m, { ndcg: [], mrr: [], hit: [] }])) as never;
  for (const need of needs) {
    const relevant = new Set(need.expected);
    const missing = need.expected.find((id) => !known.has(id));
    if (missing) throw new Error(`need ${need.id} expects ${missing}, which the graph lacks`);
    const hits = matches.needs[need.id] ?? [];
    const textMatches = new Map<string, TextMatch>(
      hits.map((h, rank) => [h.actorId, { relevance: relevanceAtRank(rank), words: h.words }]),
    );
    const topics = topicsInText(need.text, vocabulary);
    const seeker: Seeker = { type: 'NEED', topics, text: need.text, textMatches };
    const ranked: Record<NeedMethod, string[]> = {
      combined: ranking(seeker, candidates, stats),
      'topic-only': ranking(
        { type: 'NEED', topics, text: need.text },
        candidates,
        stats,
        TOPIC_ONLY,
      ),
      'text-only': hits.map((h) => h.actorId),
      'graph-only': ranking({ ...seeker, textMatches: undefined }, candidates, stats, GRAPH_ONLY),
      popularity,
    };
    for (const m of NEED_METHODS) {
      const judgedRanking = ranked[m].filter((id) => judged.has(id));
      scores[m].ndcg.push(ndcgAtK(judgedRanking, relevant, k));
      scores[m].mrr.push(reciprocalRank(judgedRanking.slice(0, k), relevant));
      scores[m].hit.push(hitAtK(judgedRanking, relevant, k));
    }
  }
  return {
    needs: needs.length,
    k,
    results: NEED_METHODS.map((method) => ({
      method,
      ndcg: mean(scores[method].ndcg),
      mrr: mean(scores[method].mrr),
      hit: mean(scores[method].hit),
    })),
  };
}

/** The whole ranking; none for a need with neither topics nor text matches (nothing to go on). */
function ranking(
  seeker: Seeker,
  candidates: readonly Candidate[],
  topicStats: TopicStats,
  weights?: Record<FeatureName, number>,
): string[] {
  if (seeker.topics.length === 0 && (seeker.textMatches?.size ?? 0) === 0) return [];
  return scoreCandidates(seeker, candidates, { topicStats, ...(weights ? { weights } : {}) })
    .filter((s) => s.rawScore > 0)
    .map((s) => s.candidate.id);
}

/** Every actor as a candidate for a need: no ties to a seeker, its own facts only. */
function candidatesOf(graph: EvalGraph): Candidate[] {
  const projects = new Map<string, number>();
  for (const p of graph.projects) {
    for (const a of p.participants) projects.set(a, (projects.get(a) ?? 0) + 1);
  }
  return graph.actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    helix: a.helix,
    ...(a.municipality ? { municipality: a.municipality } : {}),
    inRegion: a.inRegion,
    topics: a.topics,
    sharedClusters: [],
    sharedProjects: [],
    intermediaries: [],
    projectCount: projects.get(a.id) ?? 0,
    technologyCount: 0,
    introductions: NO_INTRODUCTIONS,
    offers: [],
    needs: [],
    isExistingPartner: false,
  }));
}
