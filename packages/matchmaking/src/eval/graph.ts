import {
  ACTOR_KINDS,
  HELICES,
  type ActorKind,
  type Helix,
  type MunicipalityRef,
  type WeightedTopic,
} from '../candidate.ts';
import { MatchmakingError } from '../errors.ts';

/**
 * The evaluation graph, and the JSON format a seed export writes (docs/matchmaking.md §Export
 * format). Plain data: actors with helix, topics, municipality and cluster memberships; the
 * taxonomy; and projects with their participants (co-participation is the collaboration signal).
 */
export const EVAL_GRAPH_FORMAT = 'kobling-eval-graph/1';

export interface EvalTopic {
  readonly id: string;
  readonly name: string;
  readonly nameNb?: string;
  readonly broaderId?: string;
  /** Both languages, as free text may name the topic (the realistic needs read them). */
  readonly synonyms?: readonly string[];
}

export interface EvalCluster {
  readonly id: string;
  readonly name: string;
}

export interface EvalActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly helix: Helix;
  readonly municipality?: MunicipalityRef;
  readonly inRegion: boolean;
  readonly topics: readonly WeightedTopic[];
  /** Clusters the actor is an ACTIVE member of. */
  readonly clusterIds: readonly string[];
  /** What the actor says about itself (searched for the realistic needs' text matches). */
  readonly description?: string;
  /** Invented demo data: no expert can judge it, so judged rankings leave it out. */
  readonly synthetic?: boolean;
}

export interface EvalProject {
  readonly id: string;
  readonly title: string;
  /** Actor ids (PARTICIPATES_IN). */
  readonly participants: readonly string[];
}

export interface EvalGraph {
  readonly format?: typeof EVAL_GRAPH_FORMAT;
  readonly topics: readonly EvalTopic[];
  readonly clusters: readonly EvalCluster[];
  readonly actors: readonly EvalActor[];
  readonly projects: readonly EvalProject[];
}

function fail(message: string): never {
  throw new MatchmakingError('INVALID_INPUT', `Eval graph: ${message}`);
}

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, where: string): string =>
  typeof x === 'string' && x.length > 0 ? x : fail(`${where} must be a non-empty string`);
const arr = (x: unknown, where: string): unknown[] =>
  Array.isArray(x) ? x : fail(`${where} must be an array`);
/** A value of the vocabulary, found in the list itself so it is typed as the list's union. */
const oneOf = <T extends string>(list: readonly T[], x: unknown, where: string): T => {
  const value = str(x, where);
  return list.find((v) => v === value) ?? fail(`${where} ${value} is unknown`);
};

/**
 * Validate parsed JSON as an EvalGraph: known kinds/helices, unique ids, and every reference
 * (topic, cluster, participant, broader topic) pointing at something declared.
 */
export function parseEvalGraph(json: unknown): EvalGraph {
  if (!isObj(json)) fail('must be an object');
  if (json.format !== undefined && json.format !== EVAL_GRAPH_FORMAT) {
    fail(`unknown format ${String(json.format)}, expected ${EVAL_GRAPH_FORMAT}`);
  }
  const topics: EvalTopic[] = arr(json.topics, 'topics').map((t, i) => {
    if (!isObj(t)) fail(`topics[${i}] must be an object`);
    return {
      id: str(t.id, `topics[${i}].id`),
      name: str(t.name, `topics[${i}].name`),
      ...(t.nameNb !== undefined ? { nameNb: str(t.nameNb, `topics[${i}].nameNb`) } : {}),
      ...(t.broaderId !== undefined && t.broaderId !== null
        ? { broaderId: str(t.broaderId, `topics[${i}].broaderId`) }
        : {}),
      ...(t.synonyms !== undefined
        ? {
            synonyms: arr(t.synonyms, `topics[${i}].synonyms`).map((s, j) =>
              str(s, `topics[${i}].synonyms[${j}]`),
            ),
          }
        : {}),
    };
  });
  const clusters: EvalCluster[] = arr(json.clusters, 'clusters').map((c, i) => {
    if (!isObj(c)) fail(`clusters[${i}] must be an object`);
    return { id: str(c.id, `clusters[${i}].id`), name: str(c.name, `clusters[${i}].name`) };
  });
  const topicIds = unique(
    topics.map((t) => t.id),
    'topic',
  );
  const clusterIds = unique(
    clusters.map((c) => c.id),
    'cluster',
  );
  for (const t of topics) {
    if (t.broaderId !== undefined && !topicIds.has(t.broaderId)) {
      fail(`topic ${t.id} has unknown broader topic ${t.broaderId}`);
    }
  }
  const actors: EvalActor[] = arr(json.actors, 'actors').map((a, i) => {
    const w = `actors[${i}]`;
    if (!isObj(a)) fail(`${w} must be an object`);
    const kind = oneOf(ACTOR_KINDS, a.kind, `${w}.kind`);
    const helix = oneOf(HELICES, a.helix, `${w}.helix`);
    let municipality: MunicipalityRef | undefined;
    if (a.municipality !== undefined && a.municipality !== null) {
      if (!isObj(a.municipality)) fail(`${w}.municipality must be { code, name }`);
      municipality = {
        code: str(a.municipality.code, `${w}.municipality.code`),
        name: str(a.municipality.name, `${w}.municipality.name`),
      };
    }
    if (typeof a.inRegion !== 'boolean') fail(`${w}.inRegion must be a boolean`);
    return {
      id: str(a.id, `${w}.id`),
      name: str(a.name, `${w}.name`),
      kind,
      helix,
      ...(municipality ? { municipality } : {}),
      inRegion: a.inRegion,
      topics: arr(a.topics, `${w}.topics`).map((t, j) => {
        if (!isObj(t)) fail(`${w}.topics[${j}] must be an object`);
        const topicId = str(t.topicId, `${w}.topics[${j}].topicId`);
        if (!topicIds.has(topicId)) fail(`${w} has unknown topic ${topicId}`);
        const weight = typeof t.weight === 'number' ? t.weight : 1;
        return { topicId, weight };
      }),
      clusterIds: arr(a.clusterIds ?? [], `${w}.clusterIds`).map((c, j) => {
        const id = str(c, `${w}.clusterIds[${j}]`);
        if (!clusterIds.has(id)) fail(`${w} has unknown cluster ${id}`);
        return id;
      }),
      ...(a.description !== undefined && a.description !== null
        ? { description: str(a.description, `${w}.description`) }
        : {}),
      ...(a.synthetic === true ? { synthetic: true } : {}),
    };
  });
  const actorIds = unique(
    actors.map((a) => a.id),
    'actor',
  );
  const projects: EvalProject[] = arr(json.projects, 'projects').map((p, i) => {
    if (!isObj(p)) fail(`projects[${i}] must be an object`);
    return {
      id: str(p.id, `projects[${i}].id`),
      title: str(p.title, `projects[${i}].title`),
      participants: arr(p.participants, `projects[${i}].participants`).map((x, j) => {
        const id = str(x, `projects[${i}].participants[${j}]`);
        if (!actorIds.has(id)) fail(`project ${String(p.id)} has unknown participant ${id}`);
        return id;
      }),
    };
  });
  unique(
    projects.map((p) => p.id),
    'project',
  );
  return { format: EVAL_GRAPH_FORMAT, topics, clusters, actors, projects };
}

function unique(ids: readonly string[], what: string): Set<string> {
  const set = new Set<string>();
  for (const id of ids) {
    if (set.has(id)) fail(`duplicate ${what} id ${id}`);
    set.add(id);
  }
  return set;
}
