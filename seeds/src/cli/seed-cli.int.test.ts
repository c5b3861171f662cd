import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { regionSeedGraph } from '../region/index.ts';

const SEED_CLI = fileURLToPath(new URL('./seed.ts', import.meta.url));
const HOLDER = fileURLToPath(new URL('./testing/hold-store.ts', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script with the Node that runs the tests (Node 24 under npm scripts). */
function runNode(script: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, NEO4J_URI: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The "total" row of the node table: rows, facts, synthetic, created, updated, unchanged. */
function totals(stdout: string): number[] {
  const line = stdout.split('\n').find((l) => l.startsWith('total')) ?? '';
  return line
    .split(/\s+/)
    .slice(1)
    .map((n) => Number(n.replaceAll(',', '')));
}

// Child processes start Node, open LadybugDB and exit: minutes on a loaded machine, not 30 s.
describe(
  'npm run seed (child process, embedded store in a temp data dir)',
  { timeout: 180_000 },
  () => {
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

    it('seeds, and a second run reports the same counts with every row unchanged', async () => {
      const rows = Object.values(regionSeedGraph().nodes).reduce((t, r) => t + r.length, 0);
      const first = await runNode(SEED_CLI, { KOBLING_DATA_DIR: dataDir });
      expect(first.stderr).toContain(join(dataDir, 'graph.lbug'));
      expect(first.code, first.stderr).toBe(0);
      const [total, facts, synthetic, created] = totals(first.stdout);
      expect(total).toBe(rows);
      expect((facts ?? 0) + (synthetic ?? 0)).toBe(rows);
      expect(created).toBe(rows);

      const second = await runNode(SEED_CLI, { KOBLING_DATA_DIR: dataDir });
      expect(second.code, second.stderr).toBe(0);
      expect(totals(second.stdout)).toEqual([total, facts, synthetic, 0, 0, rows]);
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

    it('stops with one message naming every bad configuration field', async () => {
      const run = await runNode(SEED_CLI, { NEO4J_URI: 'http://nope', NEO4J_USER: '' });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^Invalid store configuration: NEO4J_URI .*NEO4J_USER .*NEO4J_PASSWORD /,
      );
    });
  },
);
