import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeStore } from '@kobling/graph';
import { openTestGraph, testEngine } from '@kobling/graph/testing';
import type { Graph } from '@kobling/graph';
import { generateRegisterFile } from './generate-register.ts';
import type { ExpectedImport } from './generate-register.ts';
import { GraphUnitWriter } from './graph-writer.ts';
import { testMunicipalityRows } from './testing/municipality-rows.ts';
import { importBrreg } from './import-brreg.ts';

const UNITS = 5000;
/** The import runs before any seed: the writer creates the region's municipalities. */
const municipalities = testMunicipalityRows();

async function counts(graph: Graph) {
  return graph.runner.read(async (tx) => ({
    actors: await graph.actors.nodes.count(tx),
    municipalities: await graph.municipalities.nodes.count(tx),
    outbox: await new NodeStore('OutboxEvent').count(tx),
  }));
}

async function actorIdsByOrg(graph: Graph, orgNumbers: readonly string[]) {
  return graph.runner.read((tx) => graph.actors.idsByOrgNumbers(tx, orgNumbers));
}

/** A minimal register unit as the writer takes it. */
const unitRow = (orgNumber: string, name: string, slug: string) =>
  ({
    orgNumber,
    name,
    slug,
    kind: 'COMPANY',
    helix: 'INDUSTRY',
    naceCode: null,
    employees: null,
    foundedYear: null,
    isTech: false,
    website: null,
    municipalityCode: '5001',
    source: 'brreg',
    sourceRef: `https://data.brreg.no/enhetsregisteret/api/enheter/${orgNumber}`,
  }) as const;

describe(`GraphUnitWriter: register import into the graph (${testEngine()})`, () => {
  let dir: string;
  let file: string;
  let expected: ExpectedImport;
  let graph: Graph;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kobling-graph-writer-'));
    file = join(dir, 'enheter.json');
    expected = await generateRegisterFile({
      path: file,
      units: UNITS,
      seed: 11,
      listImported: true,
    });
    graph = await openTestGraph();
  });
  afterAll(async () => {
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('without municipality rows, a unit in a municipality the store lacks writes nothing', async () => {
    const before = await counts(graph);
    const writer = new GraphUnitWriter(graph);
    await expect(
      writer.upsertActors([unitRow('923609016', 'Unseeded AS', 'unseeded-as')]),
    ).rejects.toThrow('Municipalities missing from the store (seed it first): 5001');
    expect(await counts(graph)).toEqual(before);
  });

  it('imports exactly the valid regional units as actors, located in their municipality', async () => {
    const summary = await importBrreg({
      input: file,
      writer: new GraphUnitWriter(graph, { municipalities }),
    });
    expect(summary.imported).toBe(expected.imported);
    expect(summary.rejected).toBe(expected.rejected);
    expect(summary.writes).toEqual({ created: expected.imported, updated: 0, unchanged: 0 });
    // One REBUILD for the change feed, not an event per actor, municipality or LOCATED_IN.
    const events = await graph.outbox.changesSince(0, 100);
    expect(events.map((e) => `${e.op} ${e.entity} ${e.entityId}`)).toEqual(['REBUILD Graph *']);

    const orgs = [...(expected.importedOrgNumbers ?? [])];
    expect((await counts(graph)).actors).toBe(orgs.length);
    const ids = await actorIdsByOrg(graph, orgs);
    expect([...ids.keys()].sort()).toEqual([...orgs].sort());

    const sample = [...ids.values()].slice(0, 50);
    const [rows, located] = await graph.runner.read(async (tx) => [
      await graph.actors.nodes.getMany(tx, sample),
      await graph.actors.location.outgoing(tx, sample),
    ]);
    rows.forEach((row, i) => {
      expect(row?.source).toBe('brreg');
      expect(row?.sourceRef).toMatch(/^https:\/\/data\.brreg\.no\/.+\d{9}$/);
      expect(located[i]?.length, row?.name).toBe(1);
    });
    const slugs = await graph.runner.read((tx) =>
      graph.actors.nodes.getMany(tx, [...ids.values()]),
    );
    expect(new Set(slugs.map((r) => r?.slug)).size).toBe(orgs.length);
  });

  it('a second run reports every unit unchanged and changes no count (not even the feed)', async () => {
    const before = await counts(graph);
    const again = await importBrreg({
      input: file,
      writer: new GraphUnitWriter(graph, { municipalities }),
    });
    expect(again.writes).toEqual({ created: 0, updated: 0, unchanged: expected.imported });
    expect(await counts(graph)).toEqual(before);
  });

  it('keeps an edited field when the register data differs, and updates the others', async () => {
    const orgNumber = expected.importedOrgNumbers?.[0] ?? '';
    const id = (await actorIdsByOrg(graph, [orgNumber])).get(orgNumber) ?? '';
    const stored = await graph.runner.read((tx) => graph.actors.nodes.require(tx, id));
    await graph.runner.write((tx) =>
      graph.actors.nodes.update(tx, id, { name: 'Renamed by its owner', editedFields: ['name'] }),
    );
    const writer = new GraphUnitWriter(graph, { municipalities });
    const base = {
      orgNumber,
      name: 'REGISTER NAME AS',
      slug: 'register-name-as-12345',
      kind: 'COMPANY',
      helix: 'INDUSTRY',
      naceCode: '62.010',
      employees: 4242,
      foundedYear: 2001,
      isTech: true,
      website: null,
      municipalityCode: '5035',
      source: 'brreg',
      sourceRef: `https://data.brreg.no/enhetsregisteret/api/enheter/${orgNumber}`,
    } as const;
    expect(await writer.upsertActors([base])).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const after = await graph.runner.read((tx) => graph.actors.nodes.require(tx, id));
    expect(after.name).toBe('Renamed by its owner');
    expect(after.employees).toBe(4242);
    expect(after.createdAt).toBe(stored.createdAt);
    const located = await graph.runner.read((tx) => graph.actors.location.outgoing(tx, [id]));
    expect(located[0]?.map((l) => l.toKey)).toEqual(['5035']);
    expect(await writer.upsertActors([base])).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it('uses the nine-digit slug when another actor holds the slug', async () => {
    const writer = new GraphUnitWriter(graph, { municipalities });
    const row = (orgNumber: string) => unitRow(orgNumber, 'Twin Names AS', 'twin-names-as-00000');
    expect(await writer.upsertActors([row('100000008'), row('200000000')])).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    const ids = await actorIdsByOrg(graph, ['100000008', '200000000']);
    const rows = await graph.runner.read((tx) => graph.actors.nodes.getMany(tx, [...ids.values()]));
    expect(rows.map((r) => r?.slug).sort()).toEqual([
      'twin-names-as-00000',
      'twin-names-as-200000000',
    ]);
  });

  it('refuses a batch that holds an org number twice, and writes none of it', async () => {
    const writer = new GraphUnitWriter(graph, { municipalities });
    const row = (name: string) => unitRow('300000008', name, `${name.toLowerCase()}-00008`);
    const before = await counts(graph);
    await expect(writer.upsertActors([row('First'), row('Second')])).rejects.toThrow(
      'org number 300000008 appears twice in one batch',
    );
    expect(await counts(graph)).toEqual(before);
  });

  it('a dry run changes nothing in the store', async () => {
    const before = await counts(graph);
    const dry = await importBrreg({
      input: file,
      dryRun: true,
      writer: new GraphUnitWriter(graph, { municipalities }),
    });
    expect(dry.dryRun).toBe(true);
    expect(dry.writes.created).toBe(expected.imported);
    expect(await counts(graph)).toEqual(before);
  });
});
