/**
 * `npm run test:e2e:neo4j`: the founder's journey in Chromium against the platform started on a
 * real Neo4j 5.26 (tools/neo4j-test-server, one database) instead of the embedded store. The
 * server is seeded by `npm start` itself, as on an empty production database.
 * With NEO4J_URI set, that server is used instead (its database should be empty or disposable).
 */
import { spawnSync } from 'node:child_process';
import { startNeo4jTestServer } from '@kobling/graph/neo4j-test-server';

const external = process.env.NEO4J_URI;
const server = external ? null : await startNeo4jTestServer({ instances: 1, pageCacheMb: 256 });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEO4J_URI: external ?? server?.uris[0],
  NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
  // The test server has no authentication; the store configuration still asks for a password.
  NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? 'test-server-without-auth',
};
console.info(`Founder's journey on Neo4j at ${env.NEO4J_URI}`);
let status = 1;
try {
  const run = spawnSync(
    'npx',
    ['playwright', 'test', 'tests/founder-journey.spec.ts', ...process.argv.slice(2)],
    { env, stdio: 'inherit' },
  );
  status = run.status ?? 1;
} finally {
  await server?.stop();
}
process.exit(status);
