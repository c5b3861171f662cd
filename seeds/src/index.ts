/**
 * @kobling/seeds: what the start scripts, the API's tests and benchmarks use. The region seed
 * keeps its own public surface in region/index.ts; the register importer is
 * @kobling/register-import.
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
export { generateGraph } from './generator/index.ts';
export type { GeneratedGraph } from './generator/index.ts';
// The benchmark toolkit, so an app's own bench suites report the same way.
export { registerSuite } from './bench/registry.ts';
export type { BenchArgs, BenchReport, BenchSuite } from './bench/registry.ts';
export { fmtInt, fmtMs, median, percentile } from './bench/stats.ts';
export { writeSection } from './bench/benchmarks-doc.ts';
export { ladybugBufferPoolFor, startNeo4jBenchServer } from './bench/bench-stores.ts';
export { actorId } from './generator/index.ts';
