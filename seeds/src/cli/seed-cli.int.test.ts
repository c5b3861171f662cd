import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openTestGraph, testEngine, testNeo4jConnection } from '@kobling/graph/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { regionSeedGraph } from '../region/index.ts';
import { runNode } from './testing/run-node.ts';

const SEED_CLI = fileURLToPath(new URL('./seed.ts', import.meta.url));

/** The "total" row of the node table: rows, facts, synthetic, created, updated, unchanged. */
function totals(stdout: string): number[] {
  const line = stdout.split('\n').find((l) => l.startsWith('total')) ?? '';
  return line
    .split(/\s+/)
    .slice(1)
    .map((n) => Number(n.replaceAll(',', '')));
}

// Child processes start Node, open the store and exit: minutes on a loaded machine, not 30 s.
describe(`npm run seed (child process, ${testEngine()})`, { timeout: 180_000 }, () => {
  let dataDir: string;
  /** The configuration the command reads, and how it names the store it seeded. */
  let store: { env: Record<string, string>; described: string };

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kobling-seed-cli-'));
    if (testEngine() === 'neo4j') {
      // Empties this worker's database, so the command seeds it from nothing.
      await (await openTestGraph()).close();
      const c = testNeo4jConnection();
      store = {
        env: {
          NEO4J_URI: c.uri,
          NEO4J_USER: c.user,
          NEO4J_PASSWORD: c.password,
          ...(c.database ? { NEO4J_DATABASE: c.database } : {}),
        },
        described: `Neo4j at ${c.uri}`,
      };
    } else {
      store = { env: { KOBLING_DATA_DIR: dataDir }, described: join(dataDir, 'graph.lbug') };
    }
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds, and a second run reports the same counts with every row unchanged', async () => {
    const rows = Object.values(regionSeedGraph().nodes).reduce((t, r) => t + r.length, 0);
    const first = await runNode(SEED_CLI, store.env);
    expect(first.stderr).toContain(store.described);
    expect(first.code, first.stderr).toBe(0);
    const [total, facts, synthetic, created] = totals(first.stdout);
    expect(total).toBe(rows);
    expect((facts ?? 0) + (synthetic ?? 0)).toBe(rows);
    expect(created).toBe(rows);

    const second = await runNode(SEED_CLI, store.env);
    expect(second.code, second.stderr).toBe(0);
    expect(totals(second.stdout)).toEqual([total, facts, synthetic, 0, 0, rows]);
  });

  it('stops with one message naming every bad configuration field', async () => {
    const run = await runNode(SEED_CLI, { NEO4J_URI: 'http://nope', NEO4J_USER: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Invalid store configuration: NEO4J_URI .*NEO4J_USER .*NEO4J_PASSWORD /,
    );
  });
});
