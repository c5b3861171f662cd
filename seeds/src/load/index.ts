export {
  DEFAULT_BATCH_SIZE,
  InvalidSeedGraphError,
  SeedEndpointError,
  ensureSeeded,
  loadSeedGraph,
} from './load-seed-graph.ts';
export type {
  LabelSummary,
  LoadSeedOptions,
  RelationshipSummary,
  SeedLoadProgress,
  SeedLoadSummary,
} from './load-seed-graph.ts';
export { formatSeedSummary } from './format-summary.ts';
