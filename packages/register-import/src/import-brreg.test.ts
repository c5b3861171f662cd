import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpectedImport } from './generate-register.ts';
import { generateRegisterFile } from './generate-register.ts';
import type { ImportProgress, ImportSummary } from './import-brreg.ts';
import { importBrreg } from './import-brreg.ts';
import { formatSummary } from './progress-terminal.ts';
import { MemoryUnitWriter } from './unit-writer.ts';

const UNITS = 50_000;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kobling-brreg-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectMatches(summary: ImportSummary, expected: ExpectedImport): void {
  expect({
    read: summary.read,
    valid: summary.valid,
    imported: summary.imported,
    filteredOutOfRegion: summary.filteredOutOfRegion,
    filteredInactive: summary.filteredInactive,
    rejected: summary.rejected,
    tech: summary.tech,
    rejectedByReason: summary.rejectedByReason,
  }).toEqual({
    read: expected.read,
    valid: expected.valid,
    imported: expected.imported,
    filteredOutOfRegion: expected.filteredOutOfRegion,
    filteredInactive: expected.filteredInactive,
    rejected: expected.rejected,
    tech: expected.tech,
    rejectedByReason: expected.rejectedByReason,
  });
  // Each malformed row is reported at its position with its reason (and org number when it has one).
  expect(
    summary.rejectedRows.map((r) => ({ row: r.row, reason: r.reason, orgNumber: r.orgNumber })),
  ).toEqual(
    expected.rejections.map((r) => ({ row: r.row, reason: r.reason, orgNumber: r.orgNumber })),
  );
}

describe.each([
  { format: 'json', gzip: false },
  { format: 'json', gzip: true },
  { format: 'csv', gzip: false },
  { format: 'csv', gzip: true },
] as const)('importBrreg on a generated $format file (gzip: $gzip)', ({ format, gzip }) => {
  it(
    'imports exactly the valid regional units, reports every malformed row, and is idempotent',
    { timeout: 180_000 },
    async () => {
      const path = join(dir, `register-${format}${gzip ? '.gz' : ''}`);
      const expected = await generateRegisterFile({
        path,
        units: UNITS,
        seed: 42,
        format,
        gzip,
        malformedEvery: 250,
        listImported: true,
      });
      expect(expected.rejected).toBe(UNITS / 250);
      expect(expected.imported).toBeGreaterThan(10_000);

      const writer = new MemoryUnitWriter();
      const progress: ImportProgress[] = [];
      const first = await importBrreg({
        input: path,
        writer,
        batchSize: 777,
        maxRejectedListed: 1000,
        progressIntervalMs: 0,
        onProgress: (p) => progress.push(p),
      });
      expect(first.format).toBe(format);
      expect(first.gzip).toBe(gzip);
      expectMatches(first, expected);
      expect(first.writes).toEqual({ created: expected.imported, updated: 0, unchanged: 0 });
      expect(writer.size).toBe(expected.imported);
      expect(
        writer
          .all()
          .map((a) => a.orgNumber)
          .sort(),
      ).toEqual([...(expected.importedOrgNumbers ?? [])].sort());
      for (const a of writer.all().slice(0, 500)) {
        expect(a.source).toBe('brreg');
        expect(a.sourceRef).toBe(
          `https://data.brreg.no/enhetsregisteret/api/enheter/${a.orgNumber}`,
        );
        expect(['5001', '5035', '5031', '5028', '5029', '5027', '5059', '5054']).toContain(
          a.municipalityCode,
        );
      }
      expect(new Set(writer.all().map((a) => a.slug)).size).toBe(writer.size);

      // Progress: monotonic, ends with the final counts and all bytes read.
      const last = progress.at(-1)!;
      expect(last).toMatchObject({
        read: UNITS,
        imported: expected.imported,
        rejected: expected.rejected,
      });
      expect(last.bytesRead).toBe(expected.bytes);
      expect(last.totalBytes).toBe(expected.bytes);
      for (let i = 1; i < progress.length; i++)
        expect(progress[i]!.read).toBeGreaterThanOrEqual(progress[i - 1]!.read);

      // A second run changes nothing.
      const second = await importBrreg({ input: path, writer });
      expect(second.writes).toEqual({ created: 0, updated: 0, unchanged: expected.imported });
      expect(writer.size).toBe(expected.imported);
    },
  );
});

describe('importBrreg options', () => {
  let path: string;
  let expected: ExpectedImport;
  beforeAll(async () => {
    path = join(dir, 'small.json');
    expected = await generateRegisterFile({ path, units: 3000, seed: 9, malformedEvery: 100 });
  });

  it('dry run writes nothing to the given writer and still reports what it would do', async () => {
    const writer = new MemoryUnitWriter();
    const summary = await importBrreg({ input: path, writer, dryRun: true });
    expect(writer.size).toBe(0);
    expect(summary.dryRun).toBe(true);
    expect(summary.writes.created).toBe(expected.imported);
    expectMatches({ ...summary, rejectedRows: summary.rejectedRows }, expected);
    await expect(importBrreg({ input: path, dryRun: true })).resolves.toMatchObject({
      imported: expected.imported,
    });
  });

  it('needs a writer unless it is a dry run', async () => {
    await expect(importBrreg({ input: path })).rejects.toThrow(/needs a writer/);
  });

  it('keeps edited fields on re-import and applies a custom tech rule', async () => {
    const writer = new MemoryUnitWriter();
    await importBrreg({ input: path, writer });
    const victim = writer.all()[0]!.orgNumber;
    const wasTech = writer.get(victim)!.isTech;
    writer.editActor(victim, { name: 'Edited by a person', isTech: !wasTech });
    const again = await importBrreg({ input: path, writer });
    expect(again.writes).toEqual({ created: 0, updated: 0, unchanged: expected.imported });
    expect(writer.get(victim)).toMatchObject({ name: 'Edited by a person', isTech: !wasTech });

    // Narrowing the rule to 62 reclassifies, as updates, exactly the units that were tech by other codes.
    const reclassified = writer
      .all()
      .filter(
        (a) => a.orgNumber !== victim && a.isTech && !(a.naceCode ?? '').startsWith('62'),
      ).length;
    expect(reclassified).toBeGreaterThan(0);
    const narrow = await importBrreg({ input: path, writer, techRule: ['62'] });
    expect(narrow.techPrefixes).toEqual(['62']);
    expect(narrow.tech).toBeLessThan(again.tech);
    expect(narrow.writes).toEqual({
      created: 0,
      updated: reclassified,
      unchanged: expected.imported - reclassified,
    });
    expect(writer.get(victim)?.isTech).toBe(!wasTech);
  });

  it('reads a stream as well as a path, and formats a summary', async () => {
    const summary = await importBrreg({
      input: Readable.from(createReadStream(path)),
      dryRun: true,
      format: 'auto',
    });
    expect(summary.totalBytes).toBeUndefined();
    expect(summary.imported).toBe(expected.imported);
    const text = formatSummary(summary);
    expect(text).toContain('dry run');
    expect(text).toMatch(/MALFORMED_ROW\s+\d/);
    expect(text).toContain('first rejected rows');
  });

  it('stops with the writer’s error, and fails clearly on a damaged gzip file', async () => {
    const failing = {
      upsertActors: async () => {
        throw new Error('store is down');
      },
    };
    await expect(importBrreg({ input: path, writer: failing, batchSize: 10 })).rejects.toThrow(
      'store is down',
    );

    const gz = join(dir, 'damaged.json.gz');
    await generateRegisterFile({ path: gz, units: 2000, seed: 3, gzip: true });
    const bytes = await readFile(gz);
    await writeFile(gz, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(importBrreg({ input: gz, dryRun: true })).rejects.toThrow(
      /unexpected end of file/i,
    );
  });
});
