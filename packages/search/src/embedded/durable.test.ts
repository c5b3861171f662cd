import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { generateSearchDocuments } from '../bench/generate-documents.ts';
import { typicalQueries } from '../bench/search-bench.ts';
import type { SearchIndex } from '../port.ts';
import { buildSearchDocument as doc } from '../testing/document-factory.ts';
import { createEmbeddedSearchIndex } from './embedded-index.ts';

/** What an index answers to the bench's typical queries: hits in order, totals and facets. */
async function answers(index: SearchIndex) {
  const out = [];
  for (const [, query] of typicalQueries) {
    const result = await index.search({ ...query, limit: 20, offset: 0 });
    out.push({
      ids: result.hits.map((h) => h.document.id),
      total: result.total,
      facets: result.facets,
    });
  }
  out.push(await index.autocomplete('nor', 8));
  return out;
}

/** Overwrites part of one snapshot section, as a damaged disk would. */
function damage(path: string, section: string) {
  const db = new DatabaseSync(path);
  const row = db.prepare('SELECT data FROM snapshot WHERE section = ?').get(section);
  const data = Uint8Array.from(row?.data as Uint8Array);
  const at = Math.floor(data.length / 2);
  data[at] = (data[at] as number) ^ 0xff;
  db.prepare('UPDATE snapshot SET data = ? WHERE section = ?').run(data, section);
  db.close();
}

describe('embedded index on disk', () => {
  const dirs: string[] = [];
  const fileIn = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kobling-search-'));
    dirs.push(dir);
    return join(dir, 'search.sqlite');
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('opens again with the documents, deletions and feed position it confirmed', async () => {
    const path = fileIn();
    const first = createEmbeddedSearchIndex({ path });
    const kept = doc({ title: 'Subsea drone lab', topicNames: ['Underwater robotics'] });
    const gone = doc({ title: 'Bakery' });
    await first.upsert([kept, gone]);
    await first.delete([gone.id]);
    await first.recordFeedPosition({ at: 1_234, storeCreatedAt: 99 });
    await first.close();

    const second = createEmbeddedSearchIndex({ path });
    expect(await second.count()).toBe(1);
    expect(await second.feedPosition()).toEqual({ at: 1_234, storeCreatedAt: 99 });
    const found = await second.search({ query: 'robotics', limit: 5, offset: 0 });
    expect(found.hits.map((h) => h.document)).toEqual([kept]);
    await second.close();
  });

  it('keeps a rebuild that completed, and the old documents when it failed', async () => {
    const path = fileIn();
    const index = createEmbeddedSearchIndex({ path });
    const old = doc({ title: 'Old' });
    await index.upsert([old]);
    async function* failing() {
      yield doc({ title: 'Half' });
      throw new Error('the graph went away');
    }
    await expect(index.rebuild(failing())).rejects.toThrow('the graph went away');
    await index.close();
    const reopened = createEmbeddedSearchIndex({ path });
    expect([...(await reopened.allIds()).keys()]).toEqual([old.id]);
    const fresh = doc({ title: 'Fresh' });
    await reopened.rebuild([fresh]);
    await reopened.close();
    const again = createEmbeddedSearchIndex({ path });
    expect(again.opening.from).toBe('snapshot');
    expect([...(await again.allIds()).keys()]).toEqual([fresh.id]);
    await again.close();
  });

  it('opens from its snapshot and answers as before it was closed', async () => {
    const path = fileIn();
    const first = createEmbeddedSearchIndex({ path });
    const docs = [...generateSearchDocuments(2_000)];
    await first.upsert(docs);
    // Holes in the numbering and terms no document holds any more.
    await first.delete(docs.filter((_, i) => i % 7 === 0).map((d) => d.id));
    await first.upsert([{ ...(docs[1] as (typeof docs)[number]), title: 'Zyxwv renamed' }]);
    const before = await answers(first);
    await first.close();

    const second = createEmbeddedSearchIndex({ path });
    expect(second.opening).toEqual({ from: 'snapshot', changesApplied: 0 });
    expect(await answers(second)).toEqual(before);
    expect((await second.search({ query: 'zyxwv', limit: 5, offset: 0 })).total).toBe(1);
    await second.close();
  });

  it('applies the documents written and deleted after its snapshot', async () => {
    const path = fileIn();
    const first = createEmbeddedSearchIndex({ path });
    const [a, b, c] = [
      doc({ title: 'Kelp farm' }),
      doc({ title: 'Bakery' }),
      doc({ title: 'Mill' }),
    ];
    await first.upsert([a, b]);
    await first.close();

    // Changes after the snapshot, by a process that never closed (killed): no new snapshot.
    const killed = createEmbeddedSearchIndex({ path });
    await killed.upsert([{ ...a, title: 'Seaweed farm' }, c]);
    await killed.delete([b.id]);

    const reopened = createEmbeddedSearchIndex({ path });
    expect(reopened.opening).toEqual({ from: 'snapshot', changesApplied: 3 });
    expect([...(await reopened.allIds()).keys()].sort()).toEqual([a.id, c.id].sort());
    const find = async (query: string) =>
      (await reopened.search({ query, limit: 5, offset: 0 })).hits.map((h) => h.document.id);
    expect(await find('seaweed')).toEqual([a.id]);
    expect(await find('kelp')).toEqual([]);
    expect(await find('bakery')).toEqual([]);
    await reopened.close();
    await killed.close();
  });

  it('builds from its documents when the snapshot is damaged or incomplete', async () => {
    const path = fileIn();
    const first = createEmbeddedSearchIndex({ path });
    const kept = doc({ title: 'Subsea drone lab' });
    await first.upsert([kept, doc({ title: 'Bakery' })]);
    await first.close();

    damage(path, 'postings');
    const damaged = createEmbeddedSearchIndex({ path });
    expect(damaged.opening).toEqual({
      from: 'documents',
      changesApplied: 0,
      snapshotUnusable: 'it is damaged',
    });
    expect(await damaged.count()).toBe(2);
    expect((await damaged.search({ query: 'drone', limit: 5, offset: 0 })).hits).toHaveLength(1);
    // Closing wrote a sound snapshot again.
    await damaged.close();
    const repaired = createEmbeddedSearchIndex({ path });
    expect(repaired.opening.from).toBe('snapshot');
    await repaired.close();

    const db = new DatabaseSync(path);
    db.prepare(`DELETE FROM snapshot WHERE section = 'entries'`).run();
    db.close();
    const incomplete = createEmbeddedSearchIndex({ path });
    expect(incomplete.opening.snapshotUnusable).toBe('its entries section is missing');
    expect(await incomplete.count()).toBe(2);
    await incomplete.close();
  });

  it('never sees part of a snapshot when the process writing it is killed', async () => {
    const path = fileIn();
    const writer = fileURLToPath(new URL('./snapshot-writer.fixture.ts', import.meta.url));
    for (let kill = 0; kill < 5; kill++) {
      const child = spawn(process.execPath, [writer, path], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const [first] = (await once(child.stdout, 'data')) as [Buffer];
      expect(first.toString()).toContain('ready');
      // Somewhere in the loop of writes and snapshots: each round takes tens of ms.
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 400));
      child.kill('SIGKILL');
      await once(child, 'exit');

      const index = createEmbeddedSearchIndex({ path });
      expect(index.opening.snapshotUnusable).toBeUndefined();
      const db = new DatabaseSync(path, { readOnly: true });
      const stored = db
        .prepare('SELECT id FROM docs')
        .all()
        .map((row) => String(row.id));
      db.close();
      expect(new Set((await index.allIds()).keys())).toEqual(new Set(stored));
      await index.close();
    }
  });
});
