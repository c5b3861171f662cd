/**
 * The traps a probe of the importer found, each pinned: repeated org numbers, counts of units
 * rather than rows, truncated and empty files, a misnamed CSV column, a missing path, honest
 * gzip progress and the complete list of rejected rows.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRegisterFile } from './generate-register.ts';
import type { ImportProgress } from './import-brreg.ts';
import { importBrreg } from './import-brreg.ts';
import { MemoryUnitWriter } from './unit-writer.ts';
import {
  TEST_CSV_COLUMNS,
  csvRegister,
  jsonRegister,
  testUnit,
  writeRegister,
} from './testing/register-units.ts';

let dir: string;
let files = 0;
const fresh = (name: string): string => join(dir, `${files++}-${name}`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kobling-brreg-traps-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a repeated org number', () => {
  it('counts once: the first occurrence is imported, later ones are rejected duplicates, and a rerun changes nothing', async () => {
    const a = testUnit();
    const b = testUnit({ naeringskode1: { kode: '47.110' } });
    const c = testUnit({ forretningsadresse: { kommunenummer: '0301', landkode: 'NO' } });
    const units = [
      a,
      b,
      { ...a, navn: 'SECOND NAME AS', naeringskode1: { kode: '47.110' } },
      c,
      { ...c, forretningsadresse: { kommunenummer: '5001', landkode: 'NO' } },
      { ...b, antallAnsatte: 99 },
    ];
    const path = fresh('repeated.json');
    await writeRegister(path, jsonRegister(units));
    const writer = new MemoryUnitWriter();

    const first = await importBrreg({ input: path, writer, batchSize: 2 });
    expect(first).toMatchObject({
      read: 6,
      valid: 3,
      imported: 2,
      tech: 1,
      filteredOutOfRegion: 1,
      filteredInactive: 0,
      rejected: 3,
      writes: { created: 2, updated: 0, unchanged: 0 },
    });
    expect(first.rejectedByReason.DUPLICATE_ORG_NUMBER).toBe(3);
    expect(first.rejectedRows).toEqual([
      expect.objectContaining({
        row: 3,
        orgNumber: a.organisasjonsnummer,
        detail: expect.stringMatching(/row 1\b/),
      }),
      expect.objectContaining({
        row: 5,
        orgNumber: c.organisasjonsnummer,
        detail: expect.stringMatching(/row 4\b/),
      }),
      expect.objectContaining({
        row: 6,
        orgNumber: b.organisasjonsnummer,
        detail: expect.stringMatching(/row 2\b/),
      }),
    ]);
    // What the summary counts is what is stored.
    expect(writer.size).toBe(first.imported);
    expect(writer.all().filter((x) => x.isTech)).toHaveLength(first.tech);
    expect(writer.get(String(a.organisasjonsnummer))?.name).toBe(a.navn);

    const again = await importBrreg({ input: path, writer, batchSize: 2 });
    expect(again.writes).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });
});

describe('a file that ends early', () => {
  it('a truncated .json.gz stops with one message that says what was written and how to finish', async () => {
    const path = fresh('truncated.json.gz');
    const units = Array.from({ length: 3000 }, () => testUnit());
    const bytes = await writeRegister(path, jsonRegister(units), true);
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length * 0.6)));

    const writer = new MemoryUnitWriter();
    const error = await importBrreg({ input: path, writer, batchSize: 100 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'ImportStoppedError' });
    const { message } = error as Error;
    expect(message).toMatch(/gzip data ends early/);
    expect(writer.size).toBeGreaterThan(0);
    expect(message).toContain(
      `${writer.size.toLocaleString('en-US')} units were imported before it stopped`,
    );
    expect(message).toMatch(/run the import again with the complete file/i);
    expect((error as { written: unknown }).written).toEqual({
      created: writer.size,
      updated: 0,
      unchanged: 0,
    });

    const dry = await importBrreg({ input: path, dryRun: true }).catch((e: unknown) => e);
    expect((dry as Error).message).toMatch(/nothing was written \(dry run\)/i);
  });

  it('a .json.gz damaged in the middle stops the same way', async () => {
    const path = fresh('damaged.json.gz');
    await generateRegisterFile({ path, units: 20_000, seed: 2, gzip: true, malformedEvery: 0 });
    const bytes = await readFile(path);
    for (let i = Math.floor(bytes.length / 3); i < bytes.length - 100; i += 7) bytes[i] = 0xff;
    await writeFile(path, bytes);
    const writer = new MemoryUnitWriter();
    const error = await importBrreg({ input: path, writer, batchSize: 100 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      name: 'ImportStoppedError',
      message: expect.stringMatching(/the gzip data is damaged \(zlib: .+\)/),
    });
    expect((error as Error).message).toContain(
      `${writer.size.toLocaleString('en-US')} units were imported before it stopped`,
    );
  });

  it('a plain JSON file without its closing bracket is truncated too, not a clean end', async () => {
    const path = fresh('cut.json');
    const text = jsonRegister([testUnit(), testUnit(), testUnit()]);
    await writeFile(path, text.slice(0, text.lastIndexOf(']')));
    const writer = new MemoryUnitWriter();
    await expect(importBrreg({ input: path, writer })).rejects.toThrow(
      /file ends after row 3, before the closing '\]' of the array: it is truncated/,
    );
  });
});

describe('a CSV header', () => {
  it('missing a column the import writes stops before anything is written, naming the column', async () => {
    const header = TEST_CSV_COLUMNS.map((c) =>
      c === 'naeringskode1.kode' ? 'naeringskode1.kod' : c,
    );
    const path = fresh('misnamed.csv');
    await writeRegister(path, csvRegister([testUnit(), testUnit()], header));
    const writer = new MemoryUnitWriter();
    await expect(importBrreg({ input: path, writer })).rejects.toThrow(
      /missing the column "naeringskode1\.kode".*"naeringskode1\.kod"/,
    );
    expect(writer.size).toBe(0);
  });

  it('holding a column twice stops too', async () => {
    const header = TEST_CSV_COLUMNS.map((c) => (c === 'hjemmeside' ? 'navn' : c));
    const path = fresh('twice.csv');
    await writeRegister(path, csvRegister([testUnit()], header));
    await expect(importBrreg({ input: path, dryRun: true })).rejects.toThrow(
      /column "navn" appears twice/,
    );
  });
});

describe('a file that is not a register', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty.json', '', /the file is empty/],
    ['empty.json.gz', Buffer.alloc(0), /the file is empty/],
    ['blank.csv', ' \n\r\n ', /holds only white space/],
    ['nothing.json.gz', gzipSync(''), /no data once decompressed/],
    [
      'object.json',
      '{"organisasjonsnummer":"923609016","navn":"X"}',
      /one JSON object, not .*array/,
    ],
    ['api-page.json', '{"_embedded":{"enheter":[]}}', /one JSON object, not .*array/],
    ['empty-array.json', '[ ]\n', /holds no units/],
    ['header-only.csv', `${TEST_CSV_COLUMNS.join(',')}\n`, /holds no units/],
  ];
  it.each(cases)('%s is a clear error and nothing is written', async (name, content, message) => {
    const path = fresh(name);
    await writeFile(path, content);
    const writer = new MemoryUnitWriter();
    const error = await importBrreg({ input: path, writer }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'RegisterFileError',
      message: expect.stringMatching(message),
    });
    expect(writer.size).toBe(0);
  });

  it('a path that does not exist, or is a folder, is a clear error', async () => {
    await expect(
      importBrreg({ input: join(dir, 'nope.json'), dryRun: true }),
    ).rejects.toMatchObject({
      name: 'RegisterFileError',
      message: expect.stringMatching(/no such file/),
    });
    await expect(importBrreg({ input: dir, dryRun: true })).rejects.toMatchObject({
      name: 'RegisterFileError',
      message: expect.stringMatching(/a folder, not a file/),
    });
  });
});

describe('gzip progress', () => {
  it('measures compressed bytes the import has processed, so the percentage follows the rows', async () => {
    const path = fresh('progress.json.gz');
    const units = 20_000;
    await generateRegisterFile({ path, units, seed: 5, gzip: true, malformedEvery: 0 });
    const total = (await stat(path)).size;
    const seen: ImportProgress[] = [];
    await importBrreg({
      input: path,
      dryRun: true,
      progressIntervalMs: 0,
      onProgress: (p) => seen.push(p),
    });
    expect(seen.length).toBeGreaterThan(10);
    // One read of the file (64 KiB) is as far as the percentage may run ahead of the rows.
    const slack = (64 * 1024) / total;
    for (const p of seen) {
      expect(p.totalBytes).toBe(total);
      expect(p.bytesRead / total).toBeLessThanOrEqual(p.read / units + slack);
    }
    expect(seen.at(-1)?.bytesRead).toBe(total);
  });
});

describe('rejected rows', () => {
  it('are all written to the rejects file as JSON lines, in file order', async () => {
    const path = fresh('many-rejects.json');
    const expected = await generateRegisterFile({
      path,
      units: 30_000,
      seed: 8,
      malformedEvery: 100,
    });
    const rejectsFile = fresh('rejects.jsonl');
    const summary = await importBrreg({ input: path, dryRun: true, rejectsFile });
    expect(summary.rejectedRows.length).toBeLessThan(expected.rejected);
    expect(summary.rejectsFile).toBe(rejectsFile);
    const lines = (await readFile(rejectsFile, 'utf8')).trimEnd().split('\n');
    const rows = lines.map(
      (l) => JSON.parse(l) as { row: number; reason: string; orgNumber?: string },
    );
    expect(rows.map((r) => ({ row: r.row, reason: r.reason, orgNumber: r.orgNumber }))).toEqual(
      expected.rejections.map((r) => ({ row: r.row, reason: r.reason, orgNumber: r.orgNumber })),
    );
  });

  it('leave no rejects file behind when there are none', async () => {
    const path = fresh('clean.json');
    await writeRegister(path, jsonRegister([testUnit()]));
    const rejectsFile = fresh('none.jsonl');
    await writeFile(rejectsFile, 'left over from an earlier run\n');
    const summary = await importBrreg({ input: path, dryRun: true, rejectsFile });
    expect(summary.rejected).toBe(0);
    expect(summary.rejectsFile).toBeUndefined();
    expect(existsSync(rejectsFile)).toBe(false);
  });
});
