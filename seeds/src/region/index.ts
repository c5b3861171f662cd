export type {
  ModelLike,
  NodeRef,
  Row,
  SeedGraph,
  SeedRelationship,
  SeedValue,
} from './seed-graph.ts';
export { SEED_TIME, TAXONOMY_SOURCE_REF, validateSeedGraph } from './seed-graph.ts';
export { regionSeedGraph } from './region-seed.ts';
export type { TopicSlug } from './taxonomy.ts';
export { TOPICS, taxonomyGraph, topicId } from './taxonomy.ts';
export type { PlanMunicipality, RegionMunicipality } from './municipalities.ts';
export {
  PLAN_2010,
  PLAN_2010_MUNICIPALITIES,
  REGION_MUNICIPALITIES,
  REGION_MUNICIPALITY_CODES,
  REGION_POPULATION_2023,
  SOURCES_MUNICIPALITIES,
  toCurrentRegionCode,
} from './municipalities.ts';
export { FACT_SOURCES, KPI_BASELINE } from './facts.ts';
export { SYNTHETIC_COUNTS, SYNTHETIC_SEED } from './synthetic.ts';
