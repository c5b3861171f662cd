/**
 * The region's seed graph: facts + taxonomy + synthetic data, as one SeedGraph. Built fresh on
 * every call from fixed inputs, so two calls are deep-equal and loading it twice (MERGE on keys)
 * gives the same graph.
 */
import type { Row, SeedGraph, SeedRelationship } from './seed-graph.ts';
import { factGraph } from './facts.ts';
import { municipalityRows } from './municipalities.ts';
import { syntheticGraph } from './synthetic.ts';
import { taxonomyGraph } from './taxonomy.ts';

export function regionSeedGraph(): SeedGraph {
  const taxonomy = taxonomyGraph();
  const facts = factGraph();
  const actorTopics = new Map<string, string[]>();
  const actorTopicWeights = new Map<string, Map<string, number>>();
  // Units with departments or institutes of their own (NTNU, SINTEF, a faculty) are not the
  // ones that do the research; nor are TTOs and other intermediaries.
  const kindOf = new Map((facts.nodes['Actor'] ?? []).map((a) => [String(a.id), a.kind]));
  const hasParent = new Set<string>();
  const hasInstitutions = new Set<string>();
  for (const r of facts.relationships) {
    if (r.type === 'PART_OF') {
      hasParent.add(r.from.key);
      if (kindOf.get(r.from.key) === 'INSTITUTION') hasInstitutions.add(r.to.key);
    }
    if (r.type !== 'HAS_TOPIC' || r.from.label !== 'Actor') continue;
    const slug = r.to.key.replace(/^topic:/, '');
    actorTopics.set(r.from.key, [...(actorTopics.get(r.from.key) ?? []), slug]);
    const weights = actorTopicWeights.get(r.from.key) ?? new Map<string, number>();
    actorTopicWeights.set(r.from.key, weights.set(slug, Number(r.properties['weight'])));
  }
  const researchUnits = (facts.nodes['Actor'] ?? [])
    .filter(
      (a) =>
        a.helix === 'ACADEMIA' &&
        (a.kind === 'RESEARCH_GROUP' || a.kind === 'INSTITUTION') &&
        hasParent.has(String(a.id)) &&
        !hasInstitutions.has(String(a.id)),
    )
    .map((a) => String(a.id));
  const synthetic = syntheticGraph({ actorTopics, actorTopicWeights, researchUnits });

  const relationships: SeedRelationship[] = [
    ...taxonomy.broader,
    ...facts.relationships,
    ...synthetic.relationships,
  ];
  const merged = (label: string): Row[] => [
    ...(facts.nodes[label] ?? []),
    ...(synthetic.nodes[label] ?? []),
  ];

  // actorCount: actors per topic in this graph, as the platform keeps it for IDF weighting.
  const counts = new Map<string, number>();
  for (const r of relationships) {
    if (r.type === 'HAS_TOPIC' && r.from.label === 'Actor') {
      counts.set(r.to.key, (counts.get(r.to.key) ?? 0) + 1);
    }
  }
  const topics = taxonomy.topics.map((t) => ({ ...t, actorCount: counts.get(String(t.id)) ?? 0 }));

  return {
    nodes: {
      Municipality: municipalityRows(),
      Topic: topics,
      Actor: merged('Actor'),
      Cluster: merged('Cluster'),
      Person: merged('Person'),
      Project: merged('Project'),
      Technology: merged('Technology'),
      Milestone: merged('Milestone'),
      Opportunity: merged('Opportunity'),
      Introduction: merged('Introduction'),
      KpiObservation: merged('KpiObservation'),
    },
    relationships,
  };
}
