import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createIndexer } from './indexer.ts';
import type { Indexer } from './indexer.ts';
import { createMeilisearchIndex } from './meilisearch/meilisearch-index.ts';
import type { SearchIndex } from './port.ts';
import { reconcile } from './reconciler.ts';
import { createMemoryGraph } from './testing/memory-graph.ts';
import type { MemoryGraph } from './testing/memory-graph.ts';
import { startMeilisearchServer } from './testing/meilisearch-server.ts';
import type { MeilisearchServer } from './testing/meilisearch-server.ts';
import { buildActorRow, buildPersonRow } from './testing/row-factory.ts';
import type { ActorRow, PersonRow } from './documents/rows.ts';

// A real Meilisearch indexes asynchronously and, on a busy two-core machine, one task can take
// tens of seconds: a generous guard, not a timing assertion (speed is measured in the bench).
vi.setConfig({ testTimeout: 120_000 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the indexer until nothing is pending (retries included) or the deadline passes. */
async function drainUntilEmpty(indexer: Indexer, deadlineMs = 60_000) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    await indexer.drain();
    if ((await indexer.status()).pending === 0) return;
    await sleep(25);
  }
  throw new Error(`Outbox not drained: ${JSON.stringify(await indexer.status())}`);
}

describe('convergence with a real Meilisearch', () => {
  let server: MeilisearchServer;

  beforeAll(async () => {
    // Its own process, even when MEILI_URL is set: this test kills it.
    server = await startMeilisearchServer({ ownProcess: true });
  });

  afterAll(async () => {
    await server?.stop();
  });

  function setUp(indexUid: string): { graph: MemoryGraph; index: SearchIndex } {
    const graph = createMemoryGraph({ now: Date.now, leaseMs: 5_000 });
    const index = createMeilisearchIndex({
      host: server.url,
      apiKey: server.masterKey,
      indexUid,
      taskTimeoutMs: 30_000,
    });
    return { graph, index };
  }

  it('converges to the projection after the server is killed mid-batch', async () => {
    const { graph, index } = setUp('converge_kill');
    await index.applySettings();
    const actors: ActorRow[] = Array.from({ length: 300 }, () => buildActorRow());
    const persons: PersonRow[] = Array.from({ length: 20 }, () => buildPersonRow());
    for (const row of actors) graph.write({ label: 'Actor', row });
    for (const row of persons) graph.write({ label: 'Person', row });

    // The real adapter, with the server killed right after a batch was sent to it.
    let killDuringNextUpsert = false;
    const killing: SearchIndex = {
      ...index,
      async upsert(docs) {
        const write = index.upsert(docs).then(
          () => null,
          (error: unknown) => error,
        );
        if (killDuringNextUpsert) {
          killDuringNextUpsert = false;
          await sleep(5);
          await server.kill();
        }
        const error = await write;
        if (error) throw error;
      },
    };
    const indexer = createIndexer(graph.outbox, killing, {
      batchSize: 50,
      baseBackoffMs: 20,
      maxBackoffMs: 200,
    });

    expect(await indexer.runOnce()).toMatchObject({ claimed: 50, failed: 0 });
    killDuringNextUpsert = true;
    expect(await indexer.runOnce()).toMatchObject({ claimed: 50, failed: 50 });
    const down = await indexer.status();
    expect(down.lastError).toBeTruthy();
    expect(down.pending).toBe(320 - 50);

    // The graph keeps changing while the engine is down.
    for (const row of actors.slice(0, 50)) {
      graph.write({
        label: 'Actor',
        row: { ...row, name: `${row.name} renamed`, updatedAt: row.updatedAt + 10_000 },
      });
    }
    for (const row of actors.slice(250)) graph.remove('Actor', row.id);
    const withdrawn = persons.slice(0, 10);
    for (const row of withdrawn) {
      graph.write({
        label: 'Person',
        row: { ...row, listed: false, updatedAt: row.updatedAt + 1 },
      });
    }
    for (let i = 0; i < 40; i++) graph.write({ label: 'Actor', row: buildActorRow() });
    await sleep(30);
    expect((await indexer.runOnce()).failed).toBeGreaterThan(0);

    await server.restart();
    await drainUntilEmpty(indexer);

    expect(await index.allIds()).toEqual(graph.projection());
    expect(await index.count()).toBe(graph.projection().size);
    const people = await index.search({ query: '', types: ['person'], limit: 50, offset: 0 });
    const found = new Set(people.hits.map((h) => h.document.entityId));
    expect(people.total).toBe(10);
    for (const row of withdrawn) expect(found.has(row.id)).toBe(false);
    const renamed = await index.search({ query: 'renamed', limit: 100, offset: 0 });
    expect(renamed.total).toBe(50);
  });

  it('converges after the indexer is stopped mid-way and started again', async () => {
    const { graph, index } = setUp('converge_stop');
    await index.applySettings();
    for (let i = 0; i < 200; i++) graph.write({ label: 'Actor', row: buildActorRow() });
    const indexer = createIndexer(graph.outbox, index, { batchSize: 40, idleMs: 20 });
    indexer.start();
    while ((await indexer.status()).pending === 200) await sleep(5);
    await indexer.stop();
    expect((await indexer.status()).pending).toBeGreaterThan(0);

    for (let i = 0; i < 30; i++) graph.write({ label: 'Actor', row: buildActorRow() });
    graph.write({ label: 'Person', row: buildPersonRow({ listed: false }) });

    const restarted = createIndexer(graph.outbox, index, { batchSize: 40 });
    await drainUntilEmpty(restarted);
    expect(await index.allIds()).toEqual(graph.projection());
  });

  it('repairs drift with the reconciler', async () => {
    const { graph, index } = setUp('converge_reconcile');
    await index.applySettings();
    const rows = Array.from({ length: 30 }, () => buildActorRow());
    for (const row of rows) graph.write({ label: 'Actor', row });
    await drainUntilEmpty(createIndexer(graph.outbox, index));

    // Drift behind the outbox's back: a lost delete, a lost update, a lost insert.
    const [first, second] = graph.documents();
    if (!first || !second) throw new Error('no documents');
    await index.delete([first.id]);
    await index.upsert([{ ...second, updatedAt: second.updatedAt - 1, title: 'stale' }]);
    await index.upsert([{ ...second, id: 'actor:ghost', entityId: 'ghost' }]);

    expect(await reconcile(index, graph.projectionSource)).toMatchObject({
      upserted: 2,
      deleted: 1,
    });
    expect(await index.allIds()).toEqual(graph.projection());
  });
});
