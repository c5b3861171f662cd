import type { Candidate } from '../candidate.ts';
import type { SeekerContext } from '../seeker-context.ts';
import { namedTopic, type NamedTopic } from '../taxonomy.ts';
import type { FeatureResult, ProximityEvidence } from './types.ts';

/** Squashing scale: value = 1 − exp(−AA / PROXIMITY_SCALE). One small shared project ≈ 0.37. */
export const PROXIMITY_SCALE = 2;

/**
 * Adamic-Adar contribution of a shared neighbour of the given degree: 1 / ln(degree). Both sides
 * are attached, so the degree is at least 2; smaller reported counts are clamped to 2.
 */
export function adamicAdarTerm(degree: number): number {
  return 1 / Math.log(Math.max(2, degree));
}

/**
 * Graph proximity. When the row carries the link scorer's likelihood (`linkScore`: learned from
 * the collaboration graph, shared clusters and topics — src/link/learned-scorer.ts), that is the
 * value. Otherwise Adamic-Adar over the neighbours seeker and candidate share in the
 * actor–cluster, actor–project and actor–topic bipartite graphs,
 *
 *   AA = Σ_cluster 1/ln(members) + Σ_project 1/ln(participants) + Σ_topic 1/ln(actorCount),
 *
 * squashed to 0–1. A shared 5-person project says more than a shared 400-member cluster or a
 * topic half the region has, which is the point of the 1/ln(degree) weighting. The evidence is
 * the shared clusters, projects and topics either way, and with the learned value also the actors
 * both have worked with (the row's intermediaries), whose count and degrees are that model's
 * strongest evidence: the facts a person can check.
 */
/** Evidence of the value-only pass: empty (adamicAdar is not reported there). */
const NO_EVIDENCE: ProximityEvidence = {
  clusters: [],
  projects: [],
  topics: [],
  collaborators: [],
  adamicAdar: 0,
};

export function proximity(
  ctx: SeekerContext,
  candidate: Candidate,
  withEvidence = true,
): FeatureResult<ProximityEvidence> {
  let aa = 0;
  for (const c of candidate.sharedClusters) aa += adamicAdarTerm(c.memberCount);
  for (const p of candidate.sharedProjects) aa += adamicAdarTerm(p.participantCount);
  if (!withEvidence) {
    // Same sum, without the evidence lists (the hot path of ranking many candidates).
    const topics = candidate.topics;
    for (let i = 0; i < topics.length; i++) {
      const t = topics[i] as Candidate['topics'][number];
      if (!(t.weight > 0) || !ctx.seekerTopicIds.has(t.topicId)) continue;
      let dup = false;
      for (let j = 0; j < i; j++) {
        const u = topics[j] as Candidate['topics'][number];
        if (u.topicId === t.topicId && u.weight > 0) dup = true;
      }
      if (!dup) aa += adamicAdarTerm(ctx.stats.topics.get(t.topicId)?.actorCount ?? 2);
    }
    return {
      value: candidate.linkScore ?? 1 - Math.exp(-aa / PROXIMITY_SCALE),
      evidence: NO_EVIDENCE,
    };
  }
  const topics: { t: NamedTopic; term: number }[] = [];
  const seen = new Set<string>();
  for (const t of candidate.topics) {
    if (!(t.weight > 0) || !ctx.seekerTopicIds.has(t.topicId) || seen.has(t.topicId)) continue;
    seen.add(t.topicId);
    const term = adamicAdarTerm(ctx.stats.topics.get(t.topicId)?.actorCount ?? 2);
    aa += term;
    topics.push({ t: namedTopic(ctx.stats, t.topicId), term });
  }
  topics.sort((a, b) => b.term - a.term || (a.t.id < b.t.id ? -1 : 1));
  const clusters = [...candidate.sharedClusters].sort(
    (a, b) => a.memberCount - b.memberCount || (a.id < b.id ? -1 : 1),
  );
  const projects = [...candidate.sharedProjects].sort(
    (a, b) => a.participantCount - b.participantCount || (a.id < b.id ? -1 : 1),
  );
  const collaborators =
    candidate.linkScore === undefined
      ? []
      : [...candidate.intermediaries]
          .sort((a, b) => a.partnerCount - b.partnerCount || (a.id < b.id ? -1 : 1))
          .map((i) => ({ id: i.id, name: i.name }));
  return {
    value: candidate.linkScore ?? 1 - Math.exp(-aa / PROXIMITY_SCALE),
    evidence: { clusters, projects, topics: topics.map((x) => x.t), collaborators, adamicAdar: aa },
  };
}
