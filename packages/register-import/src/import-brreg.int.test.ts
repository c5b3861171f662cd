/**
 * The importer's promises about the store, on both engines: the summary counts what is stored,
 * a rerun of a file with repeated org numbers writes nothing (no updates, no outbox events),
 * a file that stops part-way leaves exactly the units it reported and a rerun completes it, and
 * a CSV with a misnamed column changes nothing.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NodeStore } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import { openTestGraph, testEngine } from '@kobling/graph/testing';
import { GraphUnitWriter } from './graph-writer.ts';
import { testMunicipalityRows } from './testing/municipality-rows.ts';
import { importBrreg } from './import-brreg.ts';
import {
  TEST_CSV_COLUMNS,
  csvRegister,
  jsonRegister,
  testUnit,
  writeRegister,
} from './testing/register-units.ts';
import type { TestUnit } from './testing/register-units.ts';

/** What the store holds: brreg actors, how many are tech, their NACE codes, and outbox events. */
async function stored(graph: Graph) {
  return graph.runner.read(async (tx) => {
    const actors = await graph.actors.nodes.count(tx);
    const outbox = await new NodeStore('OutboxEvent').count(tx);
    return { actors, outbox };
  });
}

async function actorsByOrg(graph: Graph, units: readonly TestUnit[]) {
  const orgs = [...new Set(units.map((u) => String(u.organisasjonsnummer)))];
  return graph.runner.read(async (tx) => {
    const ids = await graph.actors.idsByOrgNumbers(tx, orgs);
    const rows = await graph.actors.nodes.getMany(tx, [...ids.values()]);
    return rows.flatMap((r) => (r === null ? [] : [r]));
  });
}

/** The import runs before any seed: the writer creates the region's municipalities. */
const municipalities = testMunicipalityRows();

describe(`importBrreg into the graph (${testEngine()})`, () => {
  let dir: string;
  let graph: Graph;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kobling-brreg-int-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    graph = await openTestGraph();
  });
  afterEach(async () => {
    await graph.close();
  });

  it('counts distinct units, as stored, and a rerun of a file with repeated org numbers writes nothing', async () => {
    const units: TestUnit[] = [];
    for (let i = 0; i < 40; i++) {
      units.push(testUnit(i % 3 === 0 ? { naeringskode1: { kode: '47.110' } } : {}));
    }
    // Every fifth unit again later in the file, with other values (a name, a NACE code).
    const repeated = units
      .filter((_, i) => i % 5 === 0)
      .map((u) => ({ ...u, navn: `${String(u.navn)} RENAMED`, naeringskode1: { kode: '72.190' } }));
    const path = join(dir, 'repeated.json');
    await writeRegister(path, jsonRegister([...units, ...repeated]));

    const first = await importBrreg({
      input: path,
      writer: new GraphUnitWriter(graph, { municipalities }),
      batchSize: 7,
    });
    const actors = await actorsByOrg(graph, units);
    expect(first.imported).toBe(units.length);
    expect(first.imported).toBe(actors.length);
    expect(first.tech).toBe(actors.filter((a) => a.isTech).length);
    expect(first.writes).toEqual({ created: units.length, updated: 0, unchanged: 0 });
    expect(first.rejectedByReason.DUPLICATE_ORG_NUMBER).toBe(repeated.length);
    expect(actors.some((a) => a.name.endsWith('RENAMED'))).toBe(false);

    const before = await stored(graph);
    const again = await importBrreg({
      input: path,
      writer: new GraphUnitWriter(graph, { municipalities }),
      batchSize: 7,
    });
    expect(again.writes).toEqual({ created: 0, updated: 0, unchanged: units.length });
    expect(await stored(graph)).toEqual(before);
  });

  it('a truncated .json.gz leaves exactly the units it reports, and a rerun of the complete file finishes the import', async () => {
    const units = Array.from({ length: 1500 }, () => testUnit());
    const complete = join(dir, 'complete.json.gz');
    const bytes = await writeRegister(complete, jsonRegister(units), true);
    const truncated = join(dir, 'truncated.json.gz');
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));

    const error = await importBrreg({
      input: truncated,
      writer: new GraphUnitWriter(graph, { municipalities }),
      batchSize: 100,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ImportStoppedError' });
    const written = (error as { written: { created: number } }).written.created;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(units.length);
    expect((error as Error).message).toContain(
      `${written.toLocaleString('en-US')} units were imported before it stopped`,
    );
    expect((await stored(graph)).actors).toBe(written);

    const rerun = await importBrreg({
      input: complete,
      writer: new GraphUnitWriter(graph, { municipalities }),
    });
    expect(rerun.writes).toEqual({
      created: units.length - written,
      updated: 0,
      unchanged: written,
    });
    expect((await stored(graph)).actors).toBe(units.length);
  });

  it('a CSV whose NACE column is misnamed changes nothing in the store', async () => {
    const units = [testUnit(), testUnit({ naeringskode1: { kode: '26.110' } })];
    const good = join(dir, 'good.csv');
    await writeRegister(good, csvRegister(units));
    await importBrreg({ input: good, writer: new GraphUnitWriter(graph, { municipalities }) });
    const before = { counts: await stored(graph), actors: await actorsByOrg(graph, units) };
    expect(before.actors.map((a) => a.naceCode).sort()).toEqual(['26.110', '62.010']);

    const misnamed = join(dir, 'misnamed.csv');
    const header = TEST_CSV_COLUMNS.map((c) =>
      c === 'naeringskode1.kode' ? 'naeringskode.kode' : c,
    );
    await writeRegister(misnamed, csvRegister(units, header));
    await expect(
      importBrreg({ input: misnamed, writer: new GraphUnitWriter(graph, { municipalities }) }),
    ).rejects.toThrow(/missing the column "naeringskode1\.kode"/);
    expect({ counts: await stored(graph), actors: await actorsByOrg(graph, units) }).toEqual(
      before,
    );
  });
});
