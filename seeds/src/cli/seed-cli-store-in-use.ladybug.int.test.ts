import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runNode } from './testing/run-node.ts';

const SEED_CLI = fileURLToPath(new URL('./seed.ts', import.meta.url));
const HOLDER = fileURLToPath(new URL('./testing/hold-store.ts', import.meta.url));

// The embedded store belongs to one process at a time (DESIGN §4); a server engine has no such rule.
describe('npm run seed beside another holder of the embedded store', { timeout: 180_000 }, () => {
  let dataDir: string;
  let holder: ChildProcess | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kobling-seed-cli-'));
  });
  afterEach(async () => {
    if (holder !== undefined && holder.exitCode === null) {
      const exited = new Promise((r) => holder?.once('exit', r));
      holder.stdin?.end();
      await exited;
    }
    holder = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops with the store-in-use message while another process holds the store', async () => {
    const child = spawn(process.execPath, [HOLDER, join(dataDir, 'graph.lbug')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    holder = child;
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('ready')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`holder exited early (${String(code)})`)));
    });
    const run = await runNode(SEED_CLI, { KOBLING_DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `The embedded store at ${join(dataDir, 'graph.lbug')} is in use by process ${String(child.pid)}`,
    );
    expect(run.stderr).not.toContain('    at ');
  });
});
