import { missingNeo4jPrerequisites } from './neo4j-test-server.ts';

export type TestEngine = 'ladybug' | 'neo4j';

export interface TestEngineSelection {
  readonly engines: readonly TestEngine[];
  /** One line to print when an engine was left out, or null. */
  readonly notice: string | null;
}

const ALL: readonly TestEngine[] = ['ladybug', 'neo4j'];

/**
 * The engines the store-touching suites run on. `KOBLING_TEST_ENGINES` narrows them
 * (`ladybug`, `neo4j`, or both, comma-separated; both by default). Neo4j needs either
 * `NEO4J_URI` (an external server) or Java and Maven to start the test server; without them
 * the LadybugDB side runs alone, unless `KOBLING_REQUIRE_NEO4J=1` or Neo4j alone was asked for,
 * which stop the run instead.
 */
export function selectTestEngines(env: NodeJS.ProcessEnv = process.env): TestEngineSelection {
  const asked = (env.KOBLING_TEST_ENGINES ?? ALL.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = asked.filter((name) => !ALL.includes(name as TestEngine));
  if (unknown.length > 0 || asked.length === 0) {
    throw new Error(
      `KOBLING_TEST_ENGINES must list ${ALL.join(' and/or ')}, comma-separated; got "${env.KOBLING_TEST_ENGINES}"`,
    );
  }
  const engines = ALL.filter((engine) => asked.includes(engine));
  if (!engines.includes('neo4j') || env.NEO4J_URI) return { engines, notice: null };

  const missing = missingNeo4jPrerequisites();
  if (missing.length === 0) return { engines, notice: null };
  const why = `${missing.join(' and ')} not found on PATH, so the Neo4j test server cannot start (or set NEO4J_URI)`;
  if (env.KOBLING_REQUIRE_NEO4J === '1' || engines.length === 1) {
    throw new Error(`Neo4j suites cannot run: ${why}.`);
  }
  return {
    engines: ['ladybug'],
    notice: `Neo4j suites not run: ${why}; running the LadybugDB side only.`,
  };
}
