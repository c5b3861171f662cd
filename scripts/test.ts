/**
 * `npm test` and `npm run test:neo4j`: every package's tests through turbo, with the
 * store-touching suites on both engines (LadybugDB and a real Neo4j 5, DESIGN §13).
 *
 * It decides once which engines run, so the reason one is left out is printed as one line,
 * and builds the Neo4j test server (tools/neo4j-test-server, through Maven) before turbo starts
 * packages side by side.
 *
 *   node scripts/test.ts            every test; store suites on each engine available
 *   node scripts/test.ts --neo4j    only the store suites, only on Neo4j
 *   extra arguments go to turbo (e.g. --filter=@kobling/api)
 *
 * KOBLING_REQUIRE_NEO4J=1 (CI) turns a missing Java or Maven into a failure. NEO4J_URI points
 * the suites at an external server instead, whose database they empty: use a throwaway one.
 */
import { spawnSync } from 'node:child_process';
import { buildNeo4jTestServer } from '../packages/graph/src/testing/neo4j-test-server.ts';
import { selectTestEngines } from '../packages/graph/src/testing/test-engines.ts';

const args = process.argv.slice(2);
const neo4jOnly = args.includes('--neo4j');
const turboArgs = args.filter((a) => a !== '--neo4j');

const env: NodeJS.ProcessEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
if (neo4jOnly) env.KOBLING_TEST_ENGINES = 'neo4j';

let engines: readonly string[];
try {
  const selection = selectTestEngines(env);
  if (selection.notice) console.warn(selection.notice);
  engines = selection.engines;
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
env.KOBLING_TEST_ENGINES = engines.join(',');

if (engines.includes('neo4j') && !env.NEO4J_URI) {
  console.info('Preparing the Neo4j test server (Maven resolves Neo4j 5.26 on first use) …');
  try {
    await buildNeo4jTestServer();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

// One database serves an external NEO4J_URI, so packages then take turns.
const concurrency = engines.includes('neo4j') && env.NEO4J_URI ? '1' : '2';
const task = neo4jOnly ? 'test:neo4j' : 'test';
const turbo = spawnSync(
  'npx',
  ['turbo', 'run', task, `--concurrency=${concurrency}`, ...turboArgs],
  {
    env,
    stdio: 'inherit',
  },
);
process.exit(turbo.status ?? 1);
