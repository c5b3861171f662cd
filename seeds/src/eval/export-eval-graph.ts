import { actorSchema } from '@kobling/domain';
import { EVAL_GRAPH_FORMAT } from '@kobling/matchmaking';
import type { EvalActor, EvalGraph } from '@kobling/matchmaking';
import type { SeedGraph } from '../region/index.ts';

const byKey = (rows: readonly Record<string, unknown>[] | undefined, key: string) =>
  new Map((rows ?? []).map((r) => [String(r[key]), r]));

/**
 * The seed graph as the matchmaking evaluation reads it (kobling-eval-graph/1): actors with
 * helix, topics, municipality and active clusters; the taxonomy; projects with participants.
 */
export function exportEvalGraph(seed: SeedGraph): EvalGraph {
  const municipalities = byKey(seed.nodes['Municipality'], 'code');
  const rels = (type: string) => seed.relationships.filter((r) => r.type === type);
  const topicsOf = new Map<string, { topicId: string; weight: number }[]>();
  for (const r of rels('HAS_TOPIC').filter((r) => r.from.label === 'Actor')) {
    const list = topicsOf.get(r.from.key) ?? [];
    list.push({ topicId: r.to.key, weight: Number(r.properties['weight'] ?? 1) });
    topicsOf.set(r.from.key, list);
  }
  const clustersOf = new Map<string, string[]>();
  for (const r of rels('MEMBER_OF').filter((r) => r.properties['status'] === 'ACTIVE')) {
    clustersOf.set(r.from.key, [...(clustersOf.get(r.from.key) ?? []), r.to.key]);
  }
  const locationOf = new Map(rels('LOCATED_IN').map((r) => [r.from.key, r.to.key]));
  const broaderOf = new Map(rels('BROADER').map((r) => [r.from.key, r.to.key]));
  const participants = new Map<string, string[]>();
  for (const r of rels('PARTICIPATES_IN')) {
    participants.set(r.to.key, [...(participants.get(r.to.key) ?? []), r.from.key]);
  }
  const actors: EvalActor[] = (seed.nodes['Actor'] ?? []).map((a) => {
    const code = locationOf.get(String(a['id']));
    const municipality = code ? municipalities.get(code) : undefined;
    return {
      id: String(a['id']),
      name: String(a['name']),
      kind: actorSchema.shape.kind.parse(a['kind']),
      helix: actorSchema.shape.helix.parse(a['helix']),
      ...(municipality
        ? {
            municipality: {
              code: String(municipality['code']),
              name: String(municipality['name']),
            },
          }
        : {}),
      inRegion: municipality?.['inRegion'] === true,
      topics: topicsOf.get(String(a['id'])) ?? [],
      clusterIds: clustersOf.get(String(a['id'])) ?? [],
      ...(typeof a['description'] === 'string' ? { description: a['description'] } : {}),
      ...(a['source'] === 'synthetic' ? { synthetic: true } : {}),
    };
  });
  return {
    format: EVAL_GRAPH_FORMAT,
    topics: (seed.nodes['Topic'] ?? []).map((t) => ({
      id: String(t['id']),
      name: String(t['name']),
      nameNb: String(t['nameNb']),
      synonyms: Array.isArray(t['synonyms']) ? t['synonyms'].map(String) : [],
      ...(broaderOf.has(String(t['id'])) ? { broaderId: broaderOf.get(String(t['id']))! } : {}),
    })),
    clusters: (seed.nodes['Cluster'] ?? []).map((c) => ({
      id: String(c['id']),
      name: String(c['name']),
    })),
    actors,
    projects: (seed.nodes['Project'] ?? []).map((p) => ({
      id: String(p['id']),
      title: String(p['title']),
      participants: participants.get(String(p['id'])) ?? [],
    })),
  };
}

/** Where the export is committed, so the matchmaking evaluation runs on it by default. */
export const REGION_EVAL_GRAPH_PATH = new URL(
  '../../../packages/matchmaking/data/region-eval-graph.json',
  import.meta.url,
);

export const renderEvalGraph = (graph: EvalGraph): string => `${JSON.stringify(graph, null, 1)}\n`;
