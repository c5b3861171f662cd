/**
 * `npm run import:brreg` as a person meets it, in a child process: a file that is not a register
 * stops with one line and exit code 1, before the store is opened (so no data folder appears),
 * and every rejected row lands in the rejects file. Runs that write to a store are in
 * import-brreg-cli.int.test.ts.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateRegisterFile } from '@kobling/register-import';
import {
  TEST_CSV_COLUMNS,
  csvRegister,
  jsonRegister,
  testUnit,
  writeRegister,
} from '@kobling/register-import/testing';
import { runImportCli } from './testing/run-import-cli.ts';
import { parseImportArgs } from './import-brreg.ts';

const STACK_FRAME = /^\s+at /m;

// Each case starts Node: seconds on a loaded machine.
describe('npm run import:brreg (child process, no store opened)', { timeout: 120_000 }, () => {
  let dir: string;
  let dataDir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kobling-import-cli-'));
    dataDir = join(dir, 'data');
  });
  const runImport = (args: readonly string[]) => runImportCli(args, { KOBLING_DATA_DIR: dataDir });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const notRegisters: [string, () => string | Buffer, RegExp][] = [
    ['empty.json', () => '', /empty\.json: the file is empty$/],
    ['empty.json.gz', () => Buffer.alloc(0), /empty\.json\.gz: the file is empty$/],
    ['object.json', () => '{"organisasjonsnummer":"923609016"}', /one JSON object, not/],
    [
      'misnamed.csv',
      () =>
        csvRegister(
          [testUnit()],
          TEST_CSV_COLUMNS.map((c) => (c === 'naeringskode1.kode' ? 'naeringskode' : c)),
        ),
      /missing the column "naeringskode1\.kode"/,
    ],
  ];

  it.each(notRegisters)(
    '%s: one line, exit code 1, no data folder',
    async (name, content, message) => {
      const file = join(dir, name);
      await writeFile(file, content());
      const run = await runImport([file]);
      expect(run.code).toBe(1);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr.trimEnd()).toMatch(message);
      expect(existsSync(dataDir)).toBe(false);
      expect(existsSync(`${file}.rejects.jsonl`)).toBe(false);
    },
  );

  it('a missing path: one line, exit code 1, no data folder', async () => {
    const file = join(dir, 'nope.json');
    const run = await runImport([file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${file}: no such file\n`);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('a truncated .json.gz in a dry run: one message, no stack trace', async () => {
    const file = join(dir, 'cut.json.gz');
    const bytes = gzipSync(jsonRegister(Array.from({ length: 2000 }, () => testUnit())));
    await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const run = await runImport([file, '--dry-run']);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).toMatch(
      /cut\.json\.gz: import stopped after row [\d,]+: the gzip data ends early.*Nothing was written \(dry run\)\.\n$/,
    );
  });

  it('lists the first rejected rows and writes all of them next to the file, or to --rejects', async () => {
    const file = join(dir, 'register.json');
    const expected = await generateRegisterFile({
      path: file,
      units: 3000,
      seed: 4,
      malformedEvery: 50,
    });
    const run = await runImport([file, '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`first rejected rows (10 of ${expected.rejected})`);
    expect(run.stderr).toContain(`all ${expected.rejected} rejected rows: ${file}.rejects.jsonl`);
    const lines = (await readFile(`${file}.rejects.jsonl`, 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { row: number }).row)).toEqual(
      expected.rejections.map((r) => r.row),
    );

    const elsewhere = join(dir, 'elsewhere.jsonl');
    const again = await runImport([file, '--dry-run', '--rejects', elsewhere]);
    expect(again.code, again.stderr).toBe(0);
    expect((await readFile(elsewhere, 'utf8')).trimEnd().split('\n')).toHaveLength(
      expected.rejected,
    );
    expect(existsSync(dataDir)).toBe(false);
  });

  it('a rejects file that cannot be written: one line, exit code 1, before the store', async () => {
    const file = join(dir, 'good.json');
    await writeRegister(file, jsonRegister([testUnit()]));
    const run = await runImport([file, '--rejects', join(dir, 'no', 'such', 'dir.jsonl')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /cannot write the rejects file .*dir\.jsonl \(ENOENT\); give another path with --rejects <file>$/m,
    );
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe('parseImportArgs', () => {
  it('defaults the rejects file to next to the register, and never lets it be the register', () => {
    expect(parseImportArgs(['data/enheter.json.gz']).rejects).toBe(
      'data/enheter.json.gz.rejects.jsonl',
    );
    expect(parseImportArgs(['a.json', '--rejects', 'out/r.jsonl']).rejects).toBe('out/r.jsonl');
    for (const rejects of ['a.json', './a.json', '']) {
      expect(() => parseImportArgs(['a.json', '--rejects', rejects])).toThrow(
        '--rejects must be a file path other than the register file',
      );
    }
  });
});
