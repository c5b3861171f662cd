import { seededRandom, type SeededRandom } from '@kobling/domain';
import type { ActorKind, Helix, MunicipalityRef, WeightedTopic } from '../candidate.ts';
import {
  EVAL_GRAPH_FORMAT,
  type EvalActor,
  type EvalCluster,
  type EvalGraph,
  type EvalProject,
  type EvalTopic,
} from './graph.ts';

export interface PlantedGraphOptions {
  readonly actors: number;
  readonly communities: number;
  readonly projects: number;
  readonly seed: number;
  /** Share of projects drawn from the whole graph instead of one community (default 0.15). */
  readonly crossCommunityShare?: number;
}

/** Two standard sizes the CLI and the docs report on. */
export const PLANTED_SIZES = {
  small: { actors: 300, communities: 10, projects: 450 },
  large: { actors: 2000, communities: 40, projects: 3000 },
} as const;

const MUNICIPALITIES: readonly MunicipalityRef[] = [
  { code: '5001', name: 'Trondheim' },
  { code: '5028', name: 'Melhus' },
  { code: '5029', name: 'Skaun' },
  { code: '5031', name: 'Malvik' },
  { code: '5035', name: 'Stjørdal' },
  { code: '5037', name: 'Levanger' },
  { code: '5054', name: 'Indre Fosen' },
  { code: '5057', name: 'Ørland' },
  { code: '5059', name: 'Orkland' },
  { code: '5027', name: 'Midtre Gauldal' },
];
const OUTSIDE: MunicipalityRef = { code: '0301', name: 'Oslo' };

const GENERAL_TOPICS = ['AI', 'Digitalisation', 'Sustainability', 'Data', 'Innovation'] as const;
const TEAMS_PER_COMMUNITY = 3;

/**
 * A synthetic triple-helix graph with planted structure, deterministic in its seed:
 * - communities: each has a broader topic with five narrower ones, a cluster and, inside it,
 *   three teams with a home municipality each;
 * - actors: 50 % industry, 30 % academia, 20 % government; two to four topics of their community
 *   (sometimes the broader topic instead, so taxonomy expansion matters), one or two general hub
 *   topics, occasionally a foreign topic; in the community cluster with p = 0.6, in one of two big
 *   cross-cutting clusters with p = 0.2; in the team's municipality with p = 0.6;
 * - activity: heavy-tailed, so a few actors are in many projects (popularity has signal);
 * - projects: 85 % inside one community (70 % inside one team), 15 % across the graph; two to
 *   five participants, always from at least two helices.
 * Nothing here is tuned to a feature's formula; the features have to find the structure.
 */
export function plantedGraph(options: PlantedGraphOptions): EvalGraph {
  const rng = seededRandom(options.seed);
  const k = Math.max(1, options.communities);
  const crossShare = options.crossCommunityShare ?? 0.15;

  const topics: EvalTopic[] = GENERAL_TOPICS.map((name, i) => ({
    id: `t-general-${i}`,
    name,
    nameNb: `${name} (nb)`,
  }));
  const communityTopics: string[][] = [];
  const communityBroader: string[] = [];
  const clusters: EvalCluster[] = [
    { id: 'c-big-0', name: 'Regional tech forum' },
    { id: 'c-big-1', name: 'Green transition network' },
  ];
  const teamHome: MunicipalityRef[][] = [];
  for (let c = 0; c < k; c++) {
    const broader = `t-${c}`;
    topics.push({ id: broader, name: `Domain ${c}`, nameNb: `Fagfelt ${c}` });
    communityBroader.push(broader);
    const narrower: string[] = [];
    for (let j = 0; j < 5; j++) {
      const id = `t-${c}-${j}`;
      topics.push({
        id,
        name: `Domain ${c} topic ${j}`,
        nameNb: `Fagfelt ${c} tema ${j}`,
        broaderId: broader,
      });
      narrower.push(id);
    }
    communityTopics.push(narrower);
    clusters.push({ id: `c-${c}`, name: `Cluster ${c}` });
    teamHome.push(Array.from({ length: TEAMS_PER_COMMUNITY }, () => rng.pick(MUNICIPALITIES)));
  }

  interface Draft {
    actor: EvalActor;
    community: number;
    team: number;
    activity: number;
  }
  const drafts: Draft[] = [];
  for (let i = 0; i < options.actors; i++) {
    const community = i % k;
    const team = rng.int(0, TEAMS_PER_COMMUNITY - 1);
    const u = rng.next();
    const [helix, kind] = helixAndKind(u, rng);
    const own = rng.shuffle(communityTopics[community] ?? []).slice(0, rng.int(2, 4));
    const topicIds = new Set<string>(
      own.map((t) => (rng.next() < 0.2 ? (communityBroader[community] ?? t) : t)),
    );
    for (let g = rng.int(1, 2); g > 0; g--)
      topicIds.add(`t-general-${rng.int(0, GENERAL_TOPICS.length - 1)}`);
    if (rng.next() < 0.15) {
      const other = rng.int(0, k - 1);
      topicIds.add(rng.pick(communityTopics[other] ?? []));
    }
    const actorTopics: WeightedTopic[] = [...topicIds].sort().map((topicId) => ({
      topicId,
      weight: Math.round((0.5 + 0.5 * rng.next()) * 100) / 100,
    }));
    const clusterIds: string[] = [];
    if (rng.next() < 0.6) clusterIds.push(`c-${community}`);
    if (rng.next() < 0.2) clusterIds.push(`c-big-${rng.int(0, 1)}`);
    const inRegion = rng.next() < 0.92;
    const municipality = !inRegion
      ? OUTSIDE
      : rng.next() < 0.6
        ? (teamHome[community]?.[team] ?? OUTSIDE)
        : rng.pick(MUNICIPALITIES);
    // Heavy-tailed activity (Pareto, α ≈ 1.5), capped so one actor cannot join everything.
    const activity = Math.min(20, 1 / Math.pow(1 - rng.next(), 1 / 1.5));
    drafts.push({
      actor: {
        id: `a-${String(i).padStart(5, '0')}`,
        name: `Actor ${i}`,
        kind,
        helix,
        municipality,
        inRegion,
        topics: actorTopics,
        clusterIds,
      },
      community,
      team,
      activity,
    });
  }

  const byCommunity: Draft[][] = Array.from({ length: k }, () => []);
  const byTeam: Draft[][][] = Array.from({ length: k }, () =>
    Array.from({ length: TEAMS_PER_COMMUNITY }, () => []),
  );
  for (const d of drafts) {
    byCommunity[d.community]?.push(d);
    byTeam[d.community]?.[d.team]?.push(d);
  }

  const projects: EvalProject[] = [];
  for (let p = 0; p < options.projects; p++) {
    let pool: readonly Draft[];
    if (rng.next() < crossShare) pool = drafts;
    else {
      const c = rng.int(0, k - 1);
      const team = byTeam[c]?.[rng.int(0, TEAMS_PER_COMMUNITY - 1)] ?? [];
      pool = rng.next() < 0.7 && team.length >= 2 ? team : (byCommunity[c] ?? []);
    }
    const size = Math.min(pool.length, pickSize(rng));
    const chosen = sampleByActivity(pool, size, rng);
    if (chosen.length < 2) continue;
    // Collaborations span helices: make sure at least two are present.
    if (new Set(chosen.map((d) => d.actor.helix)).size < 2) {
      const first = chosen[0];
      const other = pool.filter((d) => first !== undefined && d.actor.helix !== first.actor.helix);
      if (other.length === 0) continue;
      chosen[chosen.length - 1] = sampleByActivity(other, 1, rng)[0] ?? rng.pick(other);
    }
    const participants = [...new Set(chosen.map((d) => d.actor.id))].sort();
    if (participants.length < 2) continue;
    projects.push({ id: `p-${String(p).padStart(5, '0')}`, title: `Project ${p}`, participants });
  }

  return {
    format: EVAL_GRAPH_FORMAT,
    topics,
    clusters,
    actors: drafts.map((d) => d.actor),
    projects,
  };
}

function helixAndKind(u: number, rng: SeededRandom): [Helix, ActorKind] {
  if (u < 0.5) return ['INDUSTRY', rng.next() < 0.9 ? 'COMPANY' : 'INVESTOR'];
  if (u < 0.8) return ['ACADEMIA', rng.next() < 0.8 ? 'RESEARCH_GROUP' : 'INSTITUTION'];
  return ['GOVERNMENT', rng.next() < 0.6 ? 'PUBLIC_ACTOR' : 'INTERMEDIARY'];
}

function pickSize(rng: SeededRandom): number {
  const u = rng.next();
  return u < 0.3 ? 2 : u < 0.7 ? 3 : u < 0.9 ? 4 : 5;
}

/** Sample without replacement, proportional to activity. */
function sampleByActivity<T extends { activity: number }>(
  pool: readonly T[],
  n: number,
  rng: SeededRandom,
): T[] {
  const left = [...pool];
  const out: T[] = [];
  while (out.length < n && left.length > 0) {
    let total = 0;
    for (const d of left) total += d.activity;
    let r = rng.next() * total;
    let idx = left.length - 1;
    for (let i = 0; i < left.length; i++) {
      r -= left[i]?.activity ?? 0;
      if (r <= 0) {
        idx = i;
        break;
      }
    }
    const [d] = left.splice(idx, 1);
    if (d) out.push(d);
  }
  return out;
}
