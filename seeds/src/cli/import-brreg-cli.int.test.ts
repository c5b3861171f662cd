/**
 * `npm run import:brreg` into a real store (both engines), in a child process: a truncated
 * .json.gz stops with one message saying how many units it imported, and a rerun with the
 * complete file finishes the import, counting those units unchanged.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestGraph, testEngine, testNeo4jConnection } from '@kobling/graph/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonRegister, testUnit, writeRegister } from '@kobling/register-import/testing';
import { runImportCli } from './testing/run-import-cli.ts';

/** The created / updated / unchanged counts of the summary table's `writes` row. */
function writes(stderr: string): { created: number; updated: number; unchanged: number } {
  const line = stderr.split('\n').find((l) => l.startsWith('writes')) ?? '';
  const n = (word: string): number =>
    Number(new RegExp(`${word} ([\\d,]+)`).exec(line)?.[1]?.replaceAll(',', '') ?? NaN);
  return { created: n('created'), updated: n('updated'), unchanged: n('unchanged') };
}

// Child processes start Node and open the store: minutes on a loaded machine, not 30 s.
describe(
  `npm run import:brreg into a store (child process, ${testEngine()})`,
  {
    timeout: 180_000,
  },
  () => {
    let dir: string;
    let env: Record<string, string>;

    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'kobling-import-cli-int-'));
      if (testEngine() === 'neo4j') {
        // Empties this worker's database, so the command imports into nothing.
        await (await openTestGraph()).close();
        const c = testNeo4jConnection();
        env = {
          NEO4J_URI: c.uri,
          NEO4J_USER: c.user,
          NEO4J_PASSWORD: c.password,
          ...(c.database ? { NEO4J_DATABASE: c.database } : {}),
        };
      } else {
        env = { KOBLING_DATA_DIR: join(dir, 'data') };
      }
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('a truncated .json.gz says how many units it imported; the complete file then finishes the import', async () => {
      const units = Array.from({ length: 2500 }, () => testUnit());
      const complete = join(dir, 'enheter.json.gz');
      const bytes = await writeRegister(complete, jsonRegister(units), true);
      const cut = join(dir, 'cut.json.gz');
      await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.7)));

      const stopped = await runImportCli([cut, '--batch-size', '250'], env);
      expect(stopped.code).toBe(1);
      expect(stopped.stderr).not.toMatch(/^\s+at /m);
      const reported = /([\d,]+) units were imported before it stopped/.exec(stopped.stderr)?.[1];
      expect(reported, stopped.stderr).toBeDefined();
      const imported = Number(reported?.replaceAll(',', ''));
      expect(imported).toBeGreaterThan(0);
      expect(imported).toBeLessThan(units.length);

      const finished = await runImportCli([complete, '--batch-size', '250'], env);
      expect(finished.code, finished.stderr).toBe(0);
      expect(writes(finished.stderr)).toEqual({
        created: units.length - imported,
        updated: 0,
        unchanged: imported,
      });
    });
  },
);
