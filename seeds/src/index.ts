/**
 * @kobling/seeds: what the API and the start script use. The region seed and the register
 * importer keep their own public surfaces in region/index.ts and brreg/index.ts.
 */
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
// The benchmark toolkit, so an app's own bench suites report the same way.
export { registerSuite } from './bench/registry.ts';
export type { BenchArgs, BenchReport, BenchSuite } from './bench/registry.ts';
export { fmtInt, fmtMs, median, percentile } from './bench/stats.ts';
export { writeSection } from './bench/benchmarks-doc.ts';
export { ladybugBufferPoolFor, startNeo4jBenchServer } from './bench/bench-stores.ts';
export { actorId } from './generator/index.ts';
