import type { Candidate, TopicStats, WeightedTopic } from './candidate.ts';
import { MatchmakingError } from './errors.ts';
import { list, type Text } from './explain.ts';
import { rankCandidates, type Suggestion } from './rank.ts';
import { matchTopics, namedTopic, prepareTopicQuery, type NamedTopic } from './taxonomy.ts';
import type { Weights } from './weights.ts';

export interface NamedRef {
  readonly id: string;
  readonly name: string;
}

/** A candidate row plus its own clusters and projects, so two members' ties can be found. */
export interface ConsortiumCandidate extends Candidate {
  readonly clusters: readonly NamedRef[];
  readonly projects: readonly NamedRef[];
}

export const CONSORTIUM_ROLES = ['company', 'research', 'publicSupport'] as const;
export type ConsortiumRole = (typeof CONSORTIUM_ROLES)[number];

export interface ConsortiumInput {
  /** The topics the call or challenge asks for, with importance weights. */
  readonly topics: readonly WeightedTopic[];
  /** Candidates by role: companies, R&D groups, public or support actors. */
  readonly candidates: { readonly [R in ConsortiumRole]: readonly ConsortiumCandidate[] };
  readonly topicStats: TopicStats;
}

export interface ConsortiumOptions {
  /** Triads to propose (default and maximum 10). */
  readonly maxTriads?: number;
  /** Candidates kept per role, best first (default 15): bounds the search to perRole³ triads. */
  readonly perRole?: number;
  /** How many proposed triads one actor may appear in (default 3), for variety. */
  readonly maxAppearances?: number;
  /** Weights for the members' individual scores. */
  readonly weights?: Partial<Weights>;
}

/**
 * Triad objective = COVERAGE·coverage + INDIVIDUAL·mean(member score)/100 + PAIRS·mean(pair tie).
 * Coverage dominates: a consortium exists to cover the call.
 */
export const TRIAD_WEIGHTS = { coverage: 0.6, individual: 0.25, pairs: 0.15 } as const;
export const MAX_TRIADS = 10;
export const DEFAULT_PER_ROLE = 15;
export const MAX_PER_ROLE = 40;

export interface TriadMember {
  readonly role: ConsortiumRole;
  readonly id: string;
  readonly name: string;
  /** The member's own score (0–100) against the wanted topics. */
  readonly score: number;
  /** Wanted topics this member covers exactly. */
  readonly covers: readonly NamedTopic[];
}

export interface TopicCoverage {
  readonly topic: NamedTopic;
  /** Exactly covered (true) or only through a narrower/broader topic (false). */
  readonly exact: boolean;
  /** Ids of the members that cover it at this level. */
  readonly by: readonly string[];
}

export interface PairTie {
  readonly a: string;
  readonly b: string;
  readonly value: number;
  readonly sharedClusters: readonly NamedRef[];
  readonly sharedProjects: readonly NamedRef[];
  readonly sameMunicipality: boolean;
}

export interface Triad {
  /** 0–100, one decimal. */
  readonly score: number;
  readonly members: readonly [TriadMember, TriadMember, TriadMember];
  readonly coverage: {
    /** IDF- and importance-weighted share of the topics covered, 0–1. */
    readonly fraction: number;
    readonly covered: readonly TopicCoverage[];
    readonly missing: readonly NamedTopic[];
  };
  readonly pairs: readonly PairTie[];
  readonly explanation: readonly Text[];
}

interface Prepared {
  readonly role: ConsortiumRole;
  readonly c: ConsortiumCandidate;
  readonly s: Suggestion;
  /** Per wanted topic: 1 exact, 0.5 related, 0 none. */
  readonly match: readonly number[];
}

/**
 * Propose up to 10 triads (company + R&D group + public/support actor) that together cover the
 * wanted topics. Each role list is ranked against the topics and cut to `perRole` (default 15);
 * then every combination is scored — at most perRole³ (3,375) cheap evaluations, which is exact
 * where a beam search would be approximate at no saving. Triads are then picked best-first, each
 * actor in at most `maxAppearances` triads; the order is score desc, then member ids.
 */
export function assembleConsortium(
  input: ConsortiumInput,
  options: ConsortiumOptions = {},
): Triad[] {
  const stats = input.topicStats;
  const query = prepareTopicQuery(input.topics, stats);
  if (query.ids.length === 0) {
    throw new MatchmakingError('EMPTY_NEED', 'A consortium needs at least one wanted topic');
  }
  const maxTriads = Math.min(MAX_TRIADS, Math.max(0, options.maxTriads ?? MAX_TRIADS));
  const perRole = Math.min(MAX_PER_ROLE, Math.max(1, options.perRole ?? DEFAULT_PER_ROLE));
  const maxAppearances = Math.max(1, options.maxAppearances ?? 3);

  const prepare = (role: ConsortiumRole): Prepared[] => {
    const rows = input.candidates[role];
    const byId = new Map(rows.map((c) => [c.id, c]));
    const ranked = rankCandidates({ type: 'NEED', topics: input.topics }, rows, {
      topicStats: stats,
      limit: perRole,
      includeExistingPartners: true,
      maxReasons: 0,
      ...(options.weights ? { weights: options.weights } : {}),
    });
    return ranked.flatMap((s) => {
      const c = byId.get(s.id);
      if (!c) return [];
      const m = matchTopics(
        query,
        c.topics.filter((t) => t.weight > 0).map((t) => t.topicId),
      );
      return [{ role, c, s, match: m.best }];
    });
  };
  const companies = prepare('company');
  const research = prepare('research');
  const publics = prepare('publicSupport');

  const pairCache = new Map<string, PairTie>();
  const pair = (x: Prepared, y: Prepared): PairTie => {
    const key = `${x.c.id}\u0000${y.c.id}`;
    let p = pairCache.get(key);
    if (!p) {
      p = pairTie(x.c, y.c);
      pairCache.set(key, p);
    }
    return p;
  };

  interface Scored {
    readonly m: readonly [Prepared, Prepared, Prepared];
    readonly score: number;
    readonly coverage: number;
    readonly key: string;
  }
  const all: Scored[] = [];
  const n = query.ids.length;
  for (const a of companies) {
    for (const b of research) {
      if (b.c.id === a.c.id) continue;
      const ab = pair(a, b).value;
      for (const c of publics) {
        if (c.c.id === a.c.id || c.c.id === b.c.id) continue;
        let covered = 0;
        for (let i = 0; i < n; i++) {
          const best = Math.max(a.match[i] ?? 0, b.match[i] ?? 0, c.match[i] ?? 0);
          covered += (query.mass[i] ?? 0) * best;
        }
        const coverage = query.totalMass > 0 ? covered / query.totalMass : 0;
        const individual = (a.s.score + b.s.score + c.s.score) / 300;
        const pairs = (ab + pair(a, c).value + pair(b, c).value) / 3;
        const score =
          Math.round(
            1000 *
              (TRIAD_WEIGHTS.coverage * coverage +
                TRIAD_WEIGHTS.individual * individual +
                TRIAD_WEIGHTS.pairs * pairs),
          ) / 10;
        all.push({ m: [a, b, c], score, coverage, key: `${a.c.id}|${b.c.id}|${c.c.id}` });
      }
    }
  }
  all.sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));

  const used = new Map<string, number>();
  const picked: Scored[] = [];
  for (const t of all) {
    if (picked.length >= maxTriads) break;
    if (t.m.some((p) => (used.get(p.c.id) ?? 0) >= maxAppearances)) continue;
    picked.push(t);
    for (const p of t.m) used.set(p.c.id, (used.get(p.c.id) ?? 0) + 1);
  }
  return picked.map((t) => describe(t.m, t.score, t.coverage, query.ids, stats, pair));
}

/** Tie between two members: 0.7 · network (shared projects, half for clusters) + 0.3 · locality. */
export function pairTie(a: ConsortiumCandidate, b: ConsortiumCandidate): PairTie {
  const bClusters = new Set(b.clusters.map((c) => c.id));
  const bProjects = new Set(b.projects.map((p) => p.id));
  const sharedClusters = uniqueById(a.clusters.filter((c) => bClusters.has(c.id)));
  const sharedProjects = uniqueById(a.projects.filter((p) => bProjects.has(p.id)));
  const ties = sharedProjects.length + 0.5 * sharedClusters.length;
  const sameMunicipality =
    a.municipality !== undefined && a.municipality.code === b.municipality?.code;
  const loc = sameMunicipality ? 1 : a.inRegion && b.inRegion ? 0.5 : 0;
  return {
    a: a.id,
    b: b.id,
    value: 0.7 * (1 - Math.exp(-ties)) + 0.3 * loc,
    sharedClusters,
    sharedProjects,
    sameMunicipality,
  };
}

function uniqueById<T extends NamedRef>(xs: readonly T[]): T[] {
  const seen = new Set<string>();
  return xs
    .filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)))
    .sort((x, y) => (x.id < y.id ? -1 : 1));
}

const ROLE_NAMES: Readonly<Record<ConsortiumRole, Text>> = {
  company: { en: 'company', nb: 'bedrift' },
  research: { en: 'R&D group', nb: 'FoU-miljø' },
  publicSupport: { en: 'public/support actor', nb: 'offentlig aktør/virkemiddelaktør' },
};

function describe(
  m: readonly [Prepared, Prepared, Prepared],
  score: number,
  fraction: number,
  ids: readonly string[],
  stats: TopicStats,
  pair: (x: Prepared, y: Prepared) => PairTie,
): Triad {
  const covered: TopicCoverage[] = [];
  const missing: NamedTopic[] = [];
  ids.forEach((id, i) => {
    const best = Math.max(...m.map((p) => p.match[i] ?? 0));
    if (best === 0) {
      missing.push(namedTopic(stats, id));
      return;
    }
    covered.push({
      topic: namedTopic(stats, id),
      exact: best >= 1,
      by: m.filter((p) => (p.match[i] ?? 0) === best).map((p) => p.c.id),
    });
  });
  const member = (p: Prepared): TriadMember => ({
    role: p.role,
    id: p.c.id,
    name: p.c.name,
    score: p.s.score,
    covers: ids.filter((_, i) => (p.match[i] ?? 0) >= 1).map((id) => namedTopic(stats, id)),
  });
  const members = [member(m[0]), member(m[1]), member(m[2])] as const;
  const pairs = [pair(m[0], m[1]), pair(m[0], m[2]), pair(m[1], m[2])];

  const explanation: Text[] = [];
  const exact = covered.filter((c) => c.exact).length;
  const partial = covered.length - exact;
  const coveredNames = list(covered.map((c) => c.topic.name)).en;
  const coveredNamesNb = list(covered.map((c) => c.topic.nameNb)).nb;
  explanation.push({
    en: `Covers ${covered.length} of ${ids.length} topics${partial > 0 ? ` (${partial} partly)` : ''}${covered.length > 0 ? `: ${coveredNames}` : ''}${missing.length > 0 ? `; missing: ${list(missing.map((t) => t.name)).en}` : ''}`,
    nb: `Dekker ${covered.length} av ${ids.length} tema${partial > 0 ? ` (${partial} delvis)` : ''}${covered.length > 0 ? `: ${coveredNamesNb}` : ''}${missing.length > 0 ? `; mangler: ${list(missing.map((t) => t.nameNb)).nb}` : ''}`,
  });
  for (const mem of members) {
    if (mem.covers.length === 0) continue;
    const role = ROLE_NAMES[mem.role];
    explanation.push({
      en: `${mem.name} (${role.en}) brings ${list(mem.covers.map((t) => t.name)).en}`,
      nb: `${mem.name} (${role.nb}) bidrar med ${list(mem.covers.map((t) => t.nameNb)).nb}`,
    });
  }
  const nameOf = new Map(m.map((p) => [p.c.id, p.c.name]));
  for (const p of pairs) {
    const a = nameOf.get(p.a) ?? p.a;
    const b = nameOf.get(p.b) ?? p.b;
    const project = p.sharedProjects[0];
    const cluster = p.sharedClusters[0];
    if (project) {
      explanation.push({
        en: `${a} and ${b} have worked together in project "${project.name}"`,
        nb: `${a} og ${b} har samarbeidet i prosjektet «${project.name}»`,
      });
    } else if (cluster) {
      explanation.push({
        en: `${a} and ${b} are both in cluster "${cluster.name}"`,
        nb: `${a} og ${b} er begge i klyngen «${cluster.name}»`,
      });
    }
  }

  return {
    score,
    members,
    coverage: { fraction, covered, missing },
    pairs,
    explanation,
  };
}
