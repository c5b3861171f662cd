import {
  outcomeWeights,
  DEFAULT_RETRIEVAL_LIMITS,
  MatchmakingError,
  ProjectedRetrieval,
  assembleConsortium,
  rankCandidates,
  topicsInText,
  withLinkScores,
} from '@kobling/matchmaking';
import type {
  ActorKind,
  Candidate,
  ConsortiumCandidate,
  ConsortiumRole,
  Helix,
  NamedRef,
  RetrievalLimits,
  Seeker,
  SeekerTopic,
  Suggestion,
  TextMatch,
  Triad,
} from '@kobling/matchmaking';
import type { Projection } from '@kobling/projection';
import { NotFoundError, validationError } from '../errors.ts';

/*
 * Matchmaking for the API: resolve the seeker, retrieve candidates and rank and explain them
 * (@kobling/matchmaking), all over one version of the in-process graph projection, so a request
 * sees one state of the graph and makes no store round-trip. The graph feature of an actor's (or
 * an actor's need's) candidates is the learned link scorer on that version's collaboration graph
 * (withLinkScores). Retrieval only reads public data:
 * ACTIVE memberships, projects, topics and OPEN PUBLIC opportunities, never a PRIVATE
 * opportunity, so the result is the same for every viewer.
 */

export interface SuggestionFilters {
  readonly kinds?: readonly ActorKind[];
  readonly helices?: readonly Helix[];
  /** Municipality codes preferred for locality (default: the seeker's own). */
  readonly municipalities?: readonly string[];
  readonly includeExistingPartners?: boolean;
}

export type SeekerRef = { readonly type: 'ACTOR' | 'PERSON'; readonly id: string };

export interface NeedRequest {
  readonly text?: string;
  readonly topicIds?: readonly string[];
  readonly kinds?: readonly ActorKind[];
  readonly helices?: readonly Helix[];
  readonly municipalities?: readonly string[];
  readonly onBehalfOfActorId?: string;
  readonly includeExistingPartners?: boolean;
  /** The search engine's actors for the text (text-relevance.ts); none without a search. */
  readonly textMatches?: ReadonlyMap<string, TextMatch>;
}

export interface NeedSuggestions {
  /** The topics the need was matched on: given ones (weight 1) and ones found in the text. */
  readonly topics: readonly SeekerTopic[];
  readonly suggestions: readonly Suggestion[];
}

export interface ConsortiumRequest {
  readonly topicIds: readonly string[];
  readonly opportunityId?: string;
}

export interface ConsortiumResult {
  readonly topicIds: readonly string[];
  readonly triads: readonly Triad[];
}

/** Wanted kinds per consortium role: the company, the R&D group, the public or support actor. */
export const ROLE_KINDS: Readonly<Record<ConsortiumRole, readonly ActorKind[]>> = {
  company: ['COMPANY'],
  research: ['RESEARCH_GROUP', 'INSTITUTION'],
  publicSupport: ['PUBLIC_ACTOR', 'INTERMEDIARY'],
};

/** Candidates retrieved per role: enough for the kernel's 15 per role after ranking. */
export const CONSORTIUM_POOL_PER_ROLE = 60;

export const MAX_SUGGESTIONS = 50;

const filtered = <T>(values: readonly T[] | undefined): T[] | undefined =>
  values && values.length > 0 ? [...new Set(values)] : undefined;

function kernelError(error: unknown, field: string[]): unknown {
  if (error instanceof MatchmakingError) return validationError(field, error.message);
  return error;
}

/** Partners for an actor, or for a person on behalf of the actor they work at. */
export function suggestPartners(
  projection: Projection,
  ref: SeekerRef,
  filters: SuggestionFilters,
  first: number,
  limits: RetrievalLimits = DEFAULT_RETRIEVAL_LIMITS,
): Suggestion[] {
  const retrieval = new ProjectedRetrieval(projection);
  const seeker = withFilters(retrieval.seekerFor(ref.type, ref.id), filters);
  const candidates = withLinkScores(projection, seeker, retrieval.candidatesFor(seeker, limits));
  return rankCandidates(seeker, candidates, {
    topicStats: retrieval.topicStats(),
    weights: outcomeWeights(projection).weights,
    limit: first,
    includeExistingPartners: filters.includeExistingPartners ?? false,
  });
}

function withFilters(seeker: Seeker, filters: SuggestionFilters): Seeker {
  const kinds = filtered(filters.kinds);
  const helices = filtered(filters.helices);
  const municipalities = filtered(filters.municipalities);
  return {
    ...seeker,
    ...(kinds ? { wantedKinds: kinds } : {}),
    ...(helices ? { wantedHelices: helices } : {}),
    ...(municipalities ? { municipalityPreference: municipalities } : {}),
  };
}

/**
 * The topics of an ad-hoc need: the given ones at full weight, plus the ones its free text names
 * (taxonomy names and synonyms in bokmål and English, text-topics.ts). Unknown topic ids are a
 * NotFoundError; neither text nor topics is a ValidationError. Text that names no topic is not an
 * error: the actors' own words may still answer it (hybrid relevance).
 */
function needTopics(projection: Projection, need: NeedRequest): SeekerTopic[] {
  const text = need.text?.trim() ?? '';
  const given = [...new Set(need.topicIds ?? [])];
  const topics = projection.topics();
  const known = new Set(topics.map((t) => t.id));
  const unknown = given.find((id) => !known.has(id));
  if (unknown !== undefined) throw new NotFoundError('Topic', unknown);
  const fromText = text === '' ? [] : topicsInText(text, topics);
  const byId = new Map<string, SeekerTopic>(
    given.map((topicId) => [topicId, { topicId, weight: 1 }]),
  );
  for (const t of fromText) if (!byId.has(t.topicId)) byId.set(t.topicId, t);
  if (byId.size === 0 && text === '') {
    throw validationError(
      ['input', 'topicIds'],
      'Describe the need in text or give at least one topic',
    );
  }
  return [...byId.values()];
}

/** Partners for an ad-hoc need; on behalf of an actor, its ties and partners count too. */
export function suggestForNeed(
  projection: Projection,
  need: NeedRequest,
  first: number,
  limits: RetrievalLimits = DEFAULT_RETRIEVAL_LIMITS,
): NeedSuggestions {
  const retrieval = new ProjectedRetrieval(projection);
  const topics = needTopics(projection, need);
  const kinds = filtered(need.kinds);
  const helices = filtered(need.helices);
  const municipalities = filtered(need.municipalities);
  const text = need.text?.trim();
  // Text that names no topic and that no actor's own words answer: nothing to suggest.
  if (topics.length === 0 && (need.textMatches?.size ?? 0) === 0)
    return { topics, suggestions: [] };
  const seeker = retrieval.seekerForNeed({
    topics,
    ...(text ? { text } : {}),
    ...(need.textMatches ? { textMatches: need.textMatches } : {}),
    ...(kinds ? { wantedKinds: kinds } : {}),
    ...(helices ? { wantedHelices: helices } : {}),
    ...(municipalities ? { municipalityPreference: municipalities } : {}),
    ...(need.onBehalfOfActorId ? { onBehalfOf: need.onBehalfOfActorId } : {}),
  });
  const candidates = withLinkScores(projection, seeker, retrieval.candidatesFor(seeker, limits));
  try {
    const suggestions = rankCandidates(seeker, candidates, {
      topicStats: retrieval.topicStats(),
      weights: outcomeWeights(projection).weights,
      limit: first,
      includeExistingPartners: need.includeExistingPartners ?? false,
    });
    return { topics, suggestions };
  } catch (error) {
    throw kernelError(error, ['input', 'text']);
  }
}

/**
 * The suggestion of one pair — what suggestPartners (or suggestForNeed on behalf of `fromActorId`
 * when a need is given) would show for `toActorId` — recomputed by the server, so an introduction
 * stores an explanation nobody could forge. Null when the receiver does not exist.
 */
export function suggestionForPair(
  projection: Projection,
  fromActorId: string,
  toActorId: string,
  need: { text?: string; topicIds?: readonly string[] } | null,
  textMatches?: ReadonlyMap<string, TextMatch>,
): { seeker: Seeker; suggestion: Suggestion } | null {
  const retrieval = new ProjectedRetrieval(projection);
  const seeker =
    need === null
      ? retrieval.seekerFor('ACTOR', fromActorId)
      : retrieval.seekerForNeed({
          topics: needTopics(projection, need),
          ...(need.text?.trim() ? { text: need.text.trim() } : {}),
          ...(textMatches ? { textMatches } : {}),
          onBehalfOf: fromActorId,
        });
  const pair = withLinkScores(projection, seeker, retrieval.candidatesByIds(seeker, [toActorId]));
  const [suggestion] = rankCandidates(seeker, pair, {
    topicStats: retrieval.topicStats(),
    weights: outcomeWeights(projection).weights,
    limit: 1,
    includeExistingPartners: true,
  });
  return suggestion ? { seeker, suggestion } : null;
}

/**
 * Up to 10 triads (company + R&D group + public/support actor) covering the topics. Companies and
 * R&D groups come from candidatesFor with the role's kinds and the topics. Public and support
 * actors rarely hold a call's topics, so their retrieval also starts from the clusters and projects
 * of the best companies and R&D groups (ties the triad score rewards). Every candidate's own
 * clusters and projects are loaded so the kernel can find the ties between members.
 */
export function proposeConsortium(
  projection: Projection,
  request: ConsortiumRequest,
  limits: RetrievalLimits = DEFAULT_RETRIEVAL_LIMITS,
): ConsortiumResult {
  const retrieval = new ProjectedRetrieval(projection);
  const topicIds = [...new Set(request.topicIds)];
  const missing = topicIds.find((id) => projection.topic(id) === null);
  if (missing !== undefined) throw new NotFoundError('Topic', missing);
  const topics: SeekerTopic[] = topicIds.map((topicId) => ({ topicId, weight: 1 }));
  const roleLimits = { ...limits, poolSize: Math.min(limits.poolSize, CONSORTIUM_POOL_PER_ROLE) };
  const retrieve = (role: ConsortiumRole, ties?: { clusterIds: string[]; projectIds: string[] }) =>
    retrieval.candidatesFor(
      { type: 'NEED', topics, wantedKinds: ROLE_KINDS[role], ...ties },
      roleLimits,
    );

  const company = retrieve('company');
  const research = retrieve('research');
  const coreTies = retrieval.ties([...new Set([...company, ...research].map((c) => c.id))]);
  const best = [...company.slice(0, CORE_FOR_SUPPORT), ...research.slice(0, CORE_FOR_SUPPORT)];
  const near = retrieve('publicSupport', {
    clusterIds: [...new Set(best.flatMap((c) => coreTies.get(c.id)?.clusters ?? []))].slice(
      0,
      MAX_SUPPORT_CLUSTERS,
    ),
    projectIds: [...new Set(best.flatMap((c) => coreTies.get(c.id)?.projects ?? []))].slice(
      0,
      MAX_SUPPORT_PROJECTS,
    ),
  });
  // Too few near the topics and the core: top up with the most active public/support actors.
  const topUp =
    near.length >= MIN_SUPPORT_POOL
      ? []
      : retrieval.candidatesByIds(
          { type: 'NEED', topics },
          retrieval.mostActive(
            ROLE_KINDS.publicSupport,
            near.map((c) => c.id),
            MIN_SUPPORT_POOL - near.length,
          ),
        );
  const publicSupport = [...near, ...topUp];
  const supportTies = retrieval.ties(
    publicSupport.map((c) => c.id).filter((id) => !coreTies.has(id)),
  );
  const ties = new Map([...coreTies, ...supportTies]);
  const names = tieNames(retrieval, ties);
  const withTies = (rows: readonly Candidate[]): ConsortiumCandidate[] =>
    rows.map((c) => ({
      ...c,
      clusters: (ties.get(c.id)?.clusters ?? []).flatMap((id) => named(id, names.clusters)),
      projects: (ties.get(c.id)?.projects ?? []).flatMap((id) => named(id, names.projects)),
    }));
  try {
    const triads = assembleConsortium({
      topics,
      candidates: {
        company: withTies(company),
        research: withTies(research),
        publicSupport: withTies(publicSupport),
      },
      topicStats: retrieval.topicStats(),
    });
    return { topicIds, triads };
  } catch (error) {
    throw kernelError(error, ['topicIds']);
  }
}

/** Companies and R&D groups (each) whose clusters and projects seed the public/support pool. */
const CORE_FOR_SUPPORT = 15;
const MAX_SUPPORT_CLUSTERS = 30;
const MAX_SUPPORT_PROJECTS = 200;
/** Fewer public/support candidates than this are topped up with the most active ones. */
const MIN_SUPPORT_POOL = 30;

type Ties = Map<string, { clusters: string[]; projects: string[] }>;

/**
 * Names of the clusters and projects two or more of the actors share: only those can be a tie
 * between members.
 */
function tieNames(
  retrieval: ProjectedRetrieval,
  ties: Ties,
): { clusters: Map<string, string>; projects: Map<string, string> } {
  const shared = (lists: readonly string[][]) => {
    const seen = new Map<string, number>();
    for (const list of lists) for (const id of list) seen.set(id, (seen.get(id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  };
  const clusterIds = shared([...ties.values()].map((t) => t.clusters));
  const projectIds = shared([...ties.values()].map((t) => t.projects));
  return {
    clusters: new Map(clusterIds.map((id) => [id, retrieval.clusterRef(id)?.name ?? id])),
    projects: new Map(projectIds.map((id) => [id, retrieval.projectRef(id)?.name ?? id])),
  };
}

const named = (id: string, names: ReadonlyMap<string, string>): NamedRef[] => {
  const name = names.get(id);
  return name === undefined ? [] : [{ id, name }];
};
