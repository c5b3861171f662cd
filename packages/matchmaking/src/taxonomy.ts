import type { TopicInfo, TopicStats, WeightedTopic } from './candidate.ts';

/**
 * Taxonomy expansion: a target topic that is the direct narrower or broader topic of a wanted one
 * matches it at this fraction of an exact match. "Fish health" answers "Aquaculture" half-way; so
 * does "Aquaculture" answer "Fish health". Only one step — grandparents and siblings do not count,
 * because two steps up the taxonomy is usually a whole sector ("Ocean"), which says little.
 */
export const RELATED_TOPIC_FACTOR = 0.5;

/** How the matched target topic relates to the wanted (query) topic. */
export type TopicRelation = 'SAME' | 'NARROWER' | 'BROADER';

/**
 * Inverse document frequency of a topic: ln(1 + N / (1 + df)). A topic half the region has
 * (df = N/2) weighs ≈ 1.1, a niche one (df = 5 of 1,000) ≈ 5.1; never 0, so even a hub topic counts
 * a little. Unknown topics get df = 0 (rarest).
 */
export function idf(stats: TopicStats, topicId: string): number {
  const df = stats.topics.get(topicId)?.actorCount ?? 0;
  return Math.log(1 + Math.max(0, stats.totalActors) / (1 + Math.max(0, df)));
}

export interface NamedTopic {
  readonly id: string;
  readonly name: string;
  readonly nameNb: string;
}

/** The topic's names from the stats; an unknown topic is named by its id (never invented). */
export function namedTopic(stats: TopicStats, topicId: string): NamedTopic {
  const t: TopicInfo | undefined = stats.topics.get(topicId);
  return { id: topicId, name: t?.name ?? topicId, nameNb: t?.nameNb ?? t?.name ?? topicId };
}

interface IndexEntry {
  readonly i: number;
  readonly relation: TopicRelation;
}

/** A set of wanted topics, prepared once and matched against many target topic lists. */
export interface TopicQuery {
  readonly ids: readonly string[];
  /** weight × idf of each wanted topic. */
  readonly mass: readonly number[];
  readonly totalMass: number;
  /** target topic id → wanted topics it matches exactly or as their broader topic. */
  readonly index: ReadonlyMap<string, readonly IndexEntry[]>;
  readonly stats: TopicStats;
}

export function prepareTopicQuery(
  topics: readonly WeightedTopic[],
  stats: TopicStats,
): TopicQuery {
  // Merge duplicates (keep the strongest weight) so a repeated topic is not counted twice.
  const merged = new Map<string, number>();
  for (const t of topics) {
    if (!(t.weight > 0)) continue;
    merged.set(t.topicId, Math.max(merged.get(t.topicId) ?? 0, Math.min(1, t.weight)));
  }
  const ids = [...merged.keys()].sort();
  const mass = ids.map((id) => (merged.get(id) ?? 0) * idf(stats, id));
  const index = new Map<string, IndexEntry[]>();
  const add = (key: string, entry: IndexEntry) => {
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  };
  ids.forEach((id, i) => {
    add(id, { i, relation: 'SAME' });
    const broader = stats.topics.get(id)?.broaderId;
    if (broader !== undefined && broader !== id) add(broader, { i, relation: 'BROADER' });
  });
  return { ids, mass, totalMass: mass.reduce((a, b) => a + b, 0), index, stats };
}

/** The best match found for each wanted topic. */
export interface TopicMatch {
  /** Per wanted topic: factor × target weight of its best match (0 when none). */
  readonly best: readonly number[];
  /** Per wanted topic: the target topic of the best match. */
  readonly target: readonly (string | undefined)[];
  readonly relation: readonly (TopicRelation | undefined)[];
  /** Σ mass × best / Σ mass, in 0–1 (0 for an empty query). */
  readonly value: number;
}

/**
 * Weighted recall of the wanted topics in the target topics, with taxonomy expansion. `targets`
 * without weights (offers, needs) count as weight 1. Ties between equally good targets go to the
 * smaller target id, so the evidence is deterministic.
 */
export function matchTopics(
  query: TopicQuery,
  targets: readonly WeightedTopic[] | readonly string[],
): TopicMatch {
  const n = query.ids.length;
  const best = new Array<number>(n).fill(0);
  const target = new Array<string | undefined>(n).fill(undefined);
  const relation = new Array<TopicRelation | undefined>(n).fill(undefined);
  const consider = (i: number, v: number, id: string, rel: TopicRelation) => {
    const cur = best[i] ?? 0;
    const curTarget = target[i];
    if (v > cur || (v === cur && v > 0 && curTarget !== undefined && id < curTarget)) {
      best[i] = v;
      target[i] = id;
      relation[i] = rel;
    }
  };
  for (const t of targets) {
    const id = typeof t === 'string' ? t : t.topicId;
    const w = typeof t === 'string' ? 1 : Math.min(1, Math.max(0, t.weight));
    if (w === 0) continue;
    const direct = query.index.get(id);
    if (direct) {
      for (const e of direct) {
        consider(e.i, e.relation === 'SAME' ? w : RELATED_TOPIC_FACTOR * w, id, e.relation);
      }
    }
    // The target is narrower than a wanted topic when its broader topic is wanted.
    const broader = query.stats.topics.get(id)?.broaderId;
    if (broader !== undefined && broader !== id) {
      const up = query.index.get(broader);
      if (up) {
        for (const e of up) {
          if (e.relation === 'SAME') consider(e.i, RELATED_TOPIC_FACTOR * w, id, 'NARROWER');
        }
      }
    }
  }
  let covered = 0;
  for (let i = 0; i < n; i++) covered += (query.mass[i] ?? 0) * (best[i] ?? 0);
  return {
    best,
    target,
    relation,
    value: query.totalMass > 0 ? Math.min(1, covered / query.totalMass) : 0,
  };
}
