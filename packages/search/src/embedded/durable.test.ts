import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchDocument as doc } from '../testing/document-factory.ts';
import { createEmbeddedSearchIndex } from './embedded-index.ts';

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
    expect([...(await again.allIds()).keys()]).toEqual([fresh.id]);
    await again.close();
  });
});
