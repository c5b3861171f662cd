import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeStore, openGraph } from '@kobling/graph';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRegisterFile } from '@kobling/register-import';
import { runImportCli } from '../cli/testing/run-import-cli.ts';

const CLI = fileURLToPath(new URL('../cli/import-brreg.ts', import.meta.url));
const UNITS = 60_000;
/**
 * When each interrupted run is killed, as a share of how long one whole run took: early
 * enough that a run over rows already imported (faster: they are unchanged) is still going.
 */
const KILL_AT = [0.3, 0.3, 0.3];

/** Starts the import CLI and SIGKILLs it after `ms`; fails if it had already finished. */
function importThenKill(file: string, dataDir: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, file], {
      env: { ...process.env, NEO4J_URI: '', KOBLING_DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the import ended (${code}) before it was killed: ${stderr}`));
    });
  });
}

/** Every actor of the store by org number, without what differs by when it was written. */
async function actorsByOrgNumber(dataDir: string): Promise<Map<string, unknown>> {
  const graph = await openGraph({ engine: 'ladybug', path: join(dataDir, 'graph.lbug') });
  try {
    const store = new NodeStore('Actor');
    const byOrg = new Map<string, unknown>();
    for (let after = ''; ;) {
      const keys = await graph.runner.read((tx) => store.keysAfter(tx, after, 2_000));
      if (keys.length === 0) break;
      const rows = await graph.runner.read((tx) => store.getMany(tx, keys));
      const located = await graph.runner.read((tx) => graph.actors.location.outgoing(tx, keys));
      rows.forEach((row, i) => {
        if (!row) return;
        const { id: _id, createdAt: _c, updatedAt: _u, ...facts } = row;
        byOrg.set(String(row.orgNumber), { ...facts, in: located[i]?.map((l) => l.toKey) });
      });
      after = keys.at(-1) ?? '';
    }
    return byOrg;
  } finally {
    await graph.close();
  }
}

describe('fault run: the register importer killed mid-file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kobling-fault-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    `killed ${KILL_AT.length} times and run again, it leaves what one whole run leaves`,
    { timeout: 600_000 },
    async () => {
      const file = join(dir, 'enheter.json');
      const expected = await generateRegisterFile({ path: file, units: UNITS, seed: 5 });
      const whole = join(dir, 'whole');
      const interrupted = join(dir, 'interrupted');

      const started = performance.now();
      const reference = await runImportCli([file], { KOBLING_DATA_DIR: whole });
      const wholeMs = performance.now() - started;
      expect(reference.code, reference.stderr).toBe(0);

      for (const share of KILL_AT) await importThenKill(file, interrupted, wholeMs * share);
      const rerun = await runImportCli([file], { KOBLING_DATA_DIR: interrupted });
      expect(rerun.code, rerun.stderr).toBe(0);

      const [want, got] = [await actorsByOrgNumber(whole), await actorsByOrgNumber(interrupted)];
      expect(want.size).toBe(expected.imported);
      expect(got.size).toBe(want.size);
      for (const [org, facts] of want) expect(got.get(org), org).toEqual(facts);
    },
  );
});
