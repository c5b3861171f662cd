/**
 * Named bench suites. `run.ts --only <name>` runs one; without --only, all run in registration
 * order. A suite registers itself by importing this module (see suites.ts).
 */

export type BenchEngine = 'ladybug' | 'neo4j';

export interface BenchArgs {
  /** Actors in the generated graph (`--actors N`). */
  readonly actors: number;
  /** Repeated runs per measurement (`--runs N`); medians are reported. */
  readonly runs: number;
  /** Reads per run (`--reads N`). */
  readonly reads: number;
  readonly seed: number;
  /**
   * Graph engines to measure (`--engine ladybug|neo4j`). LadybugDB is always first: Neo4j is
   * reported beside it, measured in the same run on the same generated graph.
   */
  readonly engines: readonly BenchEngine[];
  /** Update docs/benchmarks.md (off with `--no-write`). */
  readonly write: boolean;
}

export interface BenchReport {
  /** The docs/benchmarks.md section this suite owns, e.g. "Graph store (issue 2)". */
  readonly section: string;
  /** Markdown for the section body (without its heading). */
  readonly markdown: string;
}

export interface BenchSuite {
  readonly name: string;
  readonly describe: string;
  run(args: BenchArgs): Promise<BenchReport>;
}

const suites = new Map<string, BenchSuite>();

export function registerSuite(suite: BenchSuite): void {
  if (suites.has(suite.name)) throw new Error(`bench suite "${suite.name}" registered twice`);
  suites.set(suite.name, suite);
}

export function registeredSuites(): readonly BenchSuite[] {
  return [...suites.values()];
}
