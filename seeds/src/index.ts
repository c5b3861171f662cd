/**
 * @kobling/seeds: what the API and the start script use. The region seed and the register
 * importer keep their own public surfaces in region/index.ts and brreg/index.ts.
 */
export {
  ConfigError,
  GRAPH_FILE,
  REPOSITORY_ROOT,
  describeStore,
  graphConfig,
  parseStoreConfig,
  storeConfig,
} from './config.ts';
export type { StoreConfig } from './config.ts';
export {
  InvalidSeedGraphError,
  SeedEndpointError,
  ensureSeeded,
  formatSeedSummary,
  loadSeedGraph,
} from './load/index.ts';
export type { LoadSeedOptions, SeedLoadProgress, SeedLoadSummary } from './load/index.ts';
export { regionSeedGraph } from './region/index.ts';
export { GraphUnitWriter } from './brreg/graph-writer.ts';
export { importBrreg } from './brreg/index.ts';
export type { ImportBrregOptions, ImportProgress, ImportSummary } from './brreg/index.ts';
export { generateGraph } from './generator/index.ts';
export type { GeneratedGraph } from './generator/index.ts';
