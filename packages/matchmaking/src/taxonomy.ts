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
  /** 1 for SAME, RELATED_TOPIC_FACTOR otherwise. */
  readonly factor: number;
}

const NO_ENTRIES: readonly IndexEntry[] = [];

/** A set of wanted topics, prepared once and matched against many target topic lists. */
export interface TopicQuery {
  readonly ids: readonly string[];
  /** weight × idf of each wanted topic. */
  readonly mass: readonly number[];
  readonly totalMass: number;
  readonly stats: TopicStats;
  /** The wanted topics a target topic matches (exactly, as broader, or as narrower); memoised. */
  resolve(targetId: string): readonly IndexEntry[];
  /** Scratch space for matchValue (the kernel is single-threaded and not re-entrant). */
  readonly scratch: Float64Array;
}

export function prepareTopicQuery(topics: readonly WeightedTopic[], stats: TopicStats): TopicQuery {
  // Merge duplicates (keep the strongest weight) so a repeated topic is not counted twice.
  const merged = new Map<string, number>();
  for (const t of topics) {
    if (!(t.weight > 0)) continue;
    merged.set(t.topicId, Math.max(merged.get(t.topicId) ?? 0, Math.min(1, t.weight)));
  }
  const ids = [...merged.keys()].sort();
  const mass = ids.map((id) => (merged.get(id) ?? 0) * idf(stats, id));
  // target id → wanted topics it equals or is the broader topic of
  const index = new Map<string, IndexEntry[]>();
  const add = (key: string, entry: IndexEntry) => {
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  };
  ids.forEach((id, i) => {
    add(id, { i, relation: 'SAME', factor: 1 });
    const broader = stats.topics.get(id)?.broaderId;
    if (broader !== undefined && broader !== id) {
      add(broader, { i, relation: 'BROADER', factor: RELATED_TOPIC_FACTOR });
    }
  });
  const memo = new Map<string, readonly IndexEntry[]>();
  const resolve = (targetId: string): readonly IndexEntry[] => {
    const hit = memo.get(targetId);
    if (hit) return hit;
    const out: IndexEntry[] = [...(index.get(targetId) ?? NO_ENTRIES)];
    // The target is narrower than a wanted topic when its broader topic is wanted.
    const broader = stats.topics.get(targetId)?.broaderId;
    if (broader !== undefined && broader !== targetId) {
      for (const e of index.get(broader) ?? NO_ENTRIES) {
        if (e.relation === 'SAME') {
          out.push({ i: e.i, relation: 'NARROWER', factor: RELATED_TOPIC_FACTOR });
        }
      }
    }
    const result = out.length > 0 ? out : NO_ENTRIES;
    memo.set(targetId, result);
    return result;
  };
  return {
    ids,
    mass,
    totalMass: mass.reduce((a, b) => a + b, 0),
    stats,
    resolve,
    scratch: new Float64Array(ids.length),
  };
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

type Targets = readonly WeightedTopic[] | readonly string[];

function targetAt(targets: Targets, k: number): { id: string; w: number } {
  const t = targets[k] as WeightedTopic | string;
  return typeof t === 'string'
    ? { id: t, w: 1 }
    : { id: t.topicId, w: Math.min(1, Math.max(0, t.weight)) };
}

/**
 * Weighted recall of the wanted topics in the target topics, with taxonomy expansion. `targets`
 * without weights (offers, needs) count as weight 1. Ties between equally good targets go to the
 * smaller target id, so the evidence is deterministic.
 */
export function matchTopics(query: TopicQuery, targets: Targets): TopicMatch {
  const n = query.ids.length;
  const best = new Array<number>(n).fill(0);
  const target = new Array<string | undefined>(n).fill(undefined);
  const relation = new Array<TopicRelation | undefined>(n).fill(undefined);
  for (let k = 0; k < targets.length; k++) {
    const { id, w } = targetAt(targets, k);
    if (w === 0) continue;
    for (const e of query.resolve(id)) {
      const v = e.factor * w;
      const cur = best[e.i] ?? 0;
      const curTarget = target[e.i];
      if (v > cur || (v === cur && v > 0 && curTarget !== undefined && id < curTarget)) {
        best[e.i] = v;
        target[e.i] = id;
        relation[e.i] = e.relation;
      }
    }
  }
  return { best, target, relation, value: valueOf(query, best) };
}

/** matchTopics(query, targets).value, without allocating: the ranking hot path. */
export function matchValue(query: TopicQuery, targets: Targets): number {
  const best = query.scratch;
  best.fill(0);
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k] as WeightedTopic | string;
    const id = typeof t === 'string' ? t : t.topicId;
    const w = typeof t === 'string' ? 1 : Math.min(1, Math.max(0, t.weight));
    if (w === 0) continue;
    const entries = query.resolve(id);
    for (let j = 0; j < entries.length; j++) {
      const e = entries[j] as IndexEntry;
      const v = e.factor * w;
      if (v > (best[e.i] as number)) best[e.i] = v;
    }
  }
  return valueOf(query, best);
}

function valueOf(query: TopicQuery, best: ArrayLike<number>): number {
  let covered = 0;
  for (let i = 0; i < query.ids.length; i++) covered += (query.mass[i] ?? 0) * (best[i] ?? 0);
  return query.totalMass > 0 ? Math.min(1, covered / query.totalMass) : 0;
}
