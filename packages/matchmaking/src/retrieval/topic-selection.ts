import type { SeekerTopic, TopicStats } from '../candidate.ts';
import { RELATED_TOPIC_FACTOR } from '../taxonomy.ts';
import type { RetrievalLimits } from './limits.ts';

/*
 * Which topics a retrieval reads, whatever it reads them from (the projection, or the Cypher
 * oracle kept for tests): one set of rules.
 */

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The topics the candidate pool is drawn from, with their weights: the seeker's, expanded one
 * step through the taxonomy, hub topics over the cap left out (never all: the seeker's rarest
 * topic always counts), most informative first while their ties fit the row budget.
 */
export function poolTopics(
  topics: readonly SeekerTopic[],
  stats: TopicStats,
  limits: RetrievalLimits,
): { topicId: string; weight: number }[] {
  const expanded = expandTopics(topics, stats);
  const rarest = Math.min(...expanded.map((t) => stats.topics.get(t.topicId)?.actorCount ?? 0));
  const hubCap = Math.max(limits.hubTopicCap, Number.isFinite(rarest) ? rarest : 0);
  return withinBudget(expanded, stats, hubCap, limits.topicRowBudget);
}

/** A person's own topics add to their employer's; the stronger weight wins. */
export function mergeTopics(a: readonly SeekerTopic[], b: readonly SeekerTopic[]): SeekerTopic[] {
  const byTopic = new Map<string, SeekerTopic>();
  for (const t of [...a, ...b]) {
    const seen = byTopic.get(t.topicId);
    if (!seen || seen.weight < t.weight) byTopic.set(t.topicId, t);
  }
  return [...byTopic.values()];
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
    .sort((a, b) => b.priority - a.priority || byId(a.topicId, b.topicId));
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
