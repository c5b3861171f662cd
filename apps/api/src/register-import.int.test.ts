import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_IMPORT_SLOT } from '@kobling/graph';
import type { ImportJobRow } from '@kobling/graph';
import { STALE_AFTER_MS } from './register-import.ts';
import { mutate, openTestApi } from './testing/fixture.ts';
import type { AsUser, TestApi } from './testing/fixture.ts';

/* importRegister: an admin imports a register file from KOBLING_IMPORT_DIR, and polls progress. */

let dir: string;
let t: TestApi;
let admin: AsUser;

const unit = (org: string, name: string, kommunenummer: string) => ({
  organisasjonsnummer: org,
  navn: name,
  organisasjonsform: { kode: 'AS', beskrivelse: 'Aksjeselskap' },
  naeringskode1: { kode: '62.010', beskrivelse: 'Programmering' },
  antallAnsatte: 12,
  forretningsadresse: {
    landkode: 'NO',
    kommunenummer,
    kommune: 'TRONDHEIM',
    postnummer: '7010',
    poststed: 'TRONDHEIM',
  },
  konkurs: false,
  underAvvikling: false,
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kobling-import-'));
  await writeFile(
    join(dir, 'units.json'),
    JSON.stringify([
      unit('923609016', 'Fjordbit Testdata AS', '5001'),
      unit('123', 'Broken', '5001'),
      unit('974760673', 'Langt Borte AS', '0301'),
    ]),
  );
  await writeFile(join(dir, '..', 'kobling-outside.json'), '[]').catch(() => undefined);
  t = await openTestApi({ settings: { importDir: dir } });
  admin = await t.makeUser({ isAdmin: true });
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
  await rm(join(dir, '..', 'kobling-outside.json'), { force: true });
});

const start = (path: string, as: AsUser, dryRun = false) =>
  mutate(
    t,
    'importRegister',
    {
      decl: '$path: String!, $dryRun: Boolean',
      call: 'path: $path, dryRun: $dryRun',
      variables: { path, dryRun },
    },
    'id status',
    as,
  );

const PROGRESS = `query($id: ID!) {
  registerImport(id: $id) { status read valid imported rejected filteredOutOfRegion created error }
}`;

async function finished(id: string, as: AsUser) {
  for (;;) {
    const { body } = await t.gql(PROGRESS, { id }, as);
    const job = body.data?.registerImport as { status: string } | null;
    if (!job || job.status !== 'RUNNING') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('importRegister', () => {
  it('imports a file from the import folder; progress and summary are readable', async () => {
    const started = await start('units.json', admin);
    expect(started.typename).toBe('MutationImportRegisterSuccess');
    const job = await finished(String(started.data?.id), admin);
    expect(job).toMatchObject({
      status: 'DONE',
      read: 3,
      imported: 1,
      rejected: 1,
      filteredOutOfRegion: 1,
      created: 1,
      error: null,
    });
    const ids = await t.graph.actors.idsByOrgNumbers(t.graph.runner, ['923609016']);
    expect(ids.has('923609016')).toBe(true);
    const { body } = await t.gql('{ registerImports { id status } }', {}, admin);
    expect(body.data?.registerImports).toEqual([{ id: started.data?.id, status: 'DONE' }]);
  });

  it('refuses paths outside the folder, missing files, and non-admins', async () => {
    for (const path of ['../kobling-outside.json', '/etc/passwd', 'missing.json', '.']) {
      const r = await start(path, admin);
      expect(r.typename).toBe('ValidationError');
      expect(r.fields?.[0]?.path).toEqual(['path']);
    }
    const user = await t.makeUser();
    expect((await start('units.json', user)).typename).toBe('ForbiddenError');
    const read = await t.gql(PROGRESS, { id: 'x' }, user);
    expect(read.body.errors?.[0]?.message).toMatch(/not allowed/);
  });

  it('is off without KOBLING_IMPORT_DIR', async () => {
    const off = await openTestApi({ graph: t.graph });
    try {
      const a = await off.makeUser({ isAdmin: true });
      const r = await mutate(
        off,
        'importRegister',
        { decl: '$path: String!', call: 'path: $path', variables: { path: 'units.json' } },
        'id',
        a,
      );
      expect(r.typename).toBe('ValidationError');
      expect(r.message).toMatch(/KOBLING_IMPORT_DIR/);
    } finally {
      await off.close();
    }
  });

  it('is kept in the store: another instance sees it and cannot start a second one meanwhile', async () => {
    const other = await openTestApi({ graph: t.graph, settings: { importDir: dir } });
    // A RUNNING job of a live process, as another instance would have written it.
    const now = Date.now();
    const running: ImportJobRow = {
      id: 'import:running-elsewhere',
      path: 'units.json',
      dryRun: false,
      status: 'RUNNING',
      runningSlot: REGISTER_IMPORT_SLOT,
      startedAt: now,
      heartbeatAt: now,
      finishedAt: null,
      read: 2,
      valid: 1,
      imported: 1,
      filteredOutOfRegion: 0,
      filteredInactive: 0,
      rejected: 1,
      bytesRead: 100,
      totalBytes: 300,
      created: null,
      updated: null,
      error: null,
    };
    await t.graph.runner.write((tx) => t.graph.importJobs.nodes.create(tx, running));
    const seen = await other.gql(PROGRESS, { id: running.id }, admin);
    expect(seen.body.data?.registerImport).toMatchObject({ status: 'RUNNING', read: 2 });
    const refused = await mutate(
      other,
      'importRegister',
      { decl: '$path: String!', call: 'path: $path', variables: { path: 'units.json' } },
      'id',
      admin,
    );
    expect(refused.typename).toBe('ConflictError');

    // Its process stops (no heartbeat for longer than STALE_AFTER_MS): the next start marks it
    // FAILED and runs.
    await t.graph.runner.write((tx) =>
      t.graph.importJobs.nodes.update(tx, running.id, { heartbeatAt: now - STALE_AFTER_MS - 1 }),
    );
    const next = await start('units.json', admin);
    expect(next.typename).toBe('MutationImportRegisterSuccess');
    expect(await finished(String(next.data?.id), admin)).toMatchObject({ status: 'DONE' });
    const stale = await other.gql(
      'query($id: ID!) { registerImport(id: $id) { status error } }',
      { id: running.id },
      admin,
    );
    expect(stale.body.data?.registerImport).toEqual({
      status: 'FAILED',
      error: 'Interrupted: the server running it stopped',
    });
    await other.close();
  });
});
