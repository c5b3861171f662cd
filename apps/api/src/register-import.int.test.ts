import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
