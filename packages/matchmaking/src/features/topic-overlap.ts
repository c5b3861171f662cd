import type { Candidate } from '../candidate.ts';
import type { SeekerContext } from '../seeker-context.ts';
import { matchTopics, matchValue, namedTopic, type NamedTopic } from '../taxonomy.ts';
import type { FeatureResult, RelatedTopicEvidence, TopicOverlapEvidence } from './types.ts';

/**
 * IDF-weighted topic overlap with taxonomy expansion: the share of the seeker's topics (each
 * weighted by seeker weight × IDF) that the candidate has, each match scaled by the candidate's
 * topic weight; a direct narrower/broader topic counts RELATED_TOPIC_FACTOR (0.5) of an exact one.
 *
 *   value = Σ_s w_s·idf(s)·best(s) / Σ_s w_s·idf(s),  best(s) = max_c factor(s, c)·w_c
 *
 * It is recall of what the seeker is about, so it does not punish a broad candidate; the
 * track-record and proximity features, not this one, reward breadth of activity.
 */
const NO_EVIDENCE: TopicOverlapEvidence = { shared: [], related: [] };

export function topicOverlap(
  ctx: SeekerContext,
  candidate: Candidate,
  withEvidence = true,
): FeatureResult<TopicOverlapEvidence> {
  const q = ctx.topicQuery;
  if (!withEvidence) return { value: matchValue(q, candidate.topics), evidence: NO_EVIDENCE };
  const m = matchTopics(q, candidate.topics);
  const hits: { topic: NamedTopic; contribution: number }[] = [];
  const related: { ev: RelatedTopicEvidence; contribution: number }[] = [];
  for (let i = 0; i < q.ids.length; i++) {
    const target = m.target[i];
    const rel = m.relation[i];
    const wanted = q.ids[i];
    if (target === undefined || rel === undefined || wanted === undefined) continue;
    const contribution = (q.mass[i] ?? 0) * (m.best[i] ?? 0);
    if (rel === 'SAME') hits.push({ topic: namedTopic(ctx.stats, target), contribution });
    else
      related.push({
        ev: {
          topic: namedTopic(ctx.stats, target),
          wanted: namedTopic(ctx.stats, wanted),
          relation: rel,
        },
        contribution,
      });
  }
  const byContribution = <T extends { contribution: number }>(
    a: T,
    b: T,
    ida: string,
    idb: string,
  ) => b.contribution - a.contribution || (ida < idb ? -1 : ida > idb ? 1 : 0);
  hits.sort((a, b) => byContribution(a, b, a.topic.id, b.topic.id));
  related.sort((a, b) => byContribution(a, b, a.ev.topic.id, b.ev.topic.id));
  return {
    value: m.value,
    evidence: { shared: hits.map((h) => h.topic), related: related.map((r) => r.ev) },
  };
}
