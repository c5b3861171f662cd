import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedSearchIndex } from './embedded/embedded-index.ts';
import { PURGE_INTERVAL_MS, backoffMs, createIndexer } from './indexer.ts';
import type { OutboxEvent } from './indexer.ts';
import type { SearchIndex } from './port.ts';
import { reconcile } from './reconciler.ts';
import { buildSearchDocument } from './testing/document-factory.ts';
import { createMemoryGraph } from './testing/memory-graph.ts';
import type { MemoryGraph } from './testing/memory-graph.ts';
import { buildActorRow, buildPersonRow } from './testing/row-factory.ts';

/** An index whose writes can be made to fail, as a down search engine would. */
function failingWhenAsked(inner: SearchIndex): SearchIndex & { failing: boolean } {
  const wrapper = {
    ...inner,
    failing: false,
    async upsert(docs: Parameters<SearchIndex['upsert']>[0]) {
      if (wrapper.failing) throw new Error('search engine unavailable');
      return inner.upsert(docs);
    },
    async delete(ids: readonly string[]) {
      if (wrapper.failing) throw new Error('search engine unavailable');
      return inner.delete(ids);
    },
  };
  return wrapper;
}

describe('outbox indexer', () => {
  let clock: number;
  const now = () => clock;
  let graph: MemoryGraph;
  let index: SearchIndex;

  beforeEach(() => {
    clock = 1_000_000;
    graph = createMemoryGraph({ now });
    index = createEmbeddedSearchIndex();
  });

  afterEach(async () => {
    await index.close();
  });

  it('drains the outbox in batches and marks events done once indexed', async () => {
    for (let i = 0; i < 25; i++) graph.write({ label: 'Actor', row: buildActorRow() });
    const indexer = createIndexer(graph.outbox, index, { batchSize: 10, now });
    expect((await indexer.status()).pending).toBe(25);

    expect(await indexer.runOnce()).toEqual({ claimed: 10, upserted: 10, deleted: 0, failed: 0 });
    expect(await index.count()).toBe(10);
    expect((await indexer.status()).pending).toBe(15);

    expect(await indexer.drain()).toEqual({ claimed: 15, upserted: 15, deleted: 0, failed: 0 });
    expect(await index.allIds()).toEqual(graph.projection());
    expect(await indexer.status()).toMatchObject({
      pending: 0,
      oldestAgeMs: null,
      lastError: null,
    });
  });

  it('applies the current state: updates, deletes, and a person who withdraws consent', async () => {
    const actor = buildActorRow({ name: 'Fjordlaks' });
    const person = buildPersonRow({ name: 'Kari Nordmann' });
    graph.write({ label: 'Actor', row: actor });
    graph.write({ label: 'Person', row: person });
    const indexer = createIndexer(graph.outbox, index, { now });
    await indexer.drain();
    const find = async (query: string) =>
      (await index.search({ query, limit: 10, offset: 0 })).hits.map((h) => h.document.id);
    expect(await find('kari')).toEqual(['person:' + person.id]);

    graph.write({
      label: 'Person',
      row: { ...person, listed: false, updatedAt: person.updatedAt + 1 },
    });
    graph.write({
      label: 'Actor',
      row: { ...actor, name: 'Fjordsalmon', updatedAt: actor.updatedAt + 1 },
    });
    graph.write({
      label: 'Actor',
      row: { ...actor, name: 'Fjordkelp', updatedAt: actor.updatedAt + 2 },
    });
    expect(await indexer.drain()).toMatchObject({ claimed: 3, upserted: 1, deleted: 1 });
    expect(await find('kari')).toEqual([]);
    expect(await find('fjordkelp')).toEqual(['actor:' + actor.id]);

    graph.remove('Actor', actor.id);
    await indexer.drain();
    expect(await index.count()).toBe(0);
  });

  it('marks events done without indexing for labels that are not searchable', async () => {
    const indexer = createIndexer(graph.outbox, index, { now });
    graph.write({ label: 'Actor', row: buildActorRow() });
    const stray = {
      id: 'x',
      entity: 'Project',
      entityId: 'p1',
      op: 'UPSERT' as const,
      createdAt: clock,
      attempts: 0,
    };
    const outbox = {
      ...graph.outbox,
      claimBatch: async () => [stray, ...(await graph.outbox.claimBatch(10, clock))],
    };
    const strayIndexer = createIndexer(outbox, index, { now });
    expect(await strayIndexer.runOnce()).toMatchObject({ claimed: 2, upserted: 1, failed: 0 });
    expect((await indexer.status()).pending).toBe(0);
  });

  it('a REBUILD event: marked done with no index call, or one rebuild when it has one', async () => {
    const rebuildEvent = (id: string): OutboxEvent => ({
      id,
      entity: 'Graph',
      entityId: '*',
      op: 'REBUILD',
      createdAt: clock,
      attempts: 0,
    });
    const done: string[] = [];
    const withRebuilds = (ids: readonly string[]) => ({
      ...graph.outbox,
      claimBatch: async () => ids.map(rebuildEvent),
      markDone: async (marked: readonly string[]) => {
        done.push(...marked);
      },
    });
    let indexCalls = 0;
    const counted: SearchIndex = {
      ...index,
      upsert: async (docs) => {
        if (docs.length > 0) indexCalls += 1;
      },
      delete: async (ids) => {
        if (ids.length > 0) indexCalls += 1;
      },
    };
    expect(await createIndexer(withRebuilds(['r1']), counted, { now }).runOnce()).toEqual({
      claimed: 1,
      upserted: 0,
      deleted: 0,
      failed: 0,
    });
    expect(indexCalls).toBe(0);
    expect(done).toEqual(['r1']);

    let rebuilds = 0;
    const rebuilding = createIndexer(withRebuilds(['r2', 'r3']), counted, {
      now,
      rebuild: async () => {
        rebuilds += 1;
      },
    });
    expect(await rebuilding.runOnce()).toMatchObject({ claimed: 2, failed: 0 });
    expect(rebuilds).toBe(1);
    expect(indexCalls).toBe(0);
    expect(done).toEqual(['r1', 'r2', 'r3']);
  });

  it('its loop purges done events at most once per interval', async () => {
    const purges: number[] = [];
    const outbox = {
      ...graph.outbox,
      purgeDone: async (at: number) => {
        purges.push(at);
        return 0;
      },
    };
    const indexer = createIndexer(outbox, index, { now, idleMs: 1 });
    indexer.start();
    await expect.poll(() => purges.length).toBe(1);
    clock += PURGE_INTERVAL_MS - 1;
    // Loop turns go by (each claims the empty outbox) without another purge.
    for (let turn = 0; turn < 20; turn++) await new Promise((r) => setTimeout(r, 2));
    expect(purges).toEqual([1_000_000]);
    clock += 1;
    await expect.poll(() => purges.length).toBe(2);
    await indexer.stop();
    expect(purges).toEqual([1_000_000, 1_000_000 + PURGE_INTERVAL_MS]);
  });

  it('retries failures with capped exponential backoff and shows them in its status', async () => {
    const flaky = failingWhenAsked(index);
    const indexer = createIndexer(graph.outbox, flaky, {
      now,
      baseBackoffMs: 100,
      maxBackoffMs: 350,
    });
    const row = buildActorRow();
    graph.write({ label: 'Actor', row });
    flaky.failing = true;

    expect(await indexer.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    const [event] = graph.eventsOf(row.id);
    expect(event).toMatchObject({
      doneAt: 0,
      nextAttemptAt: clock + 100,
      lastError: 'Error: search engine unavailable',
    });
    expect(await indexer.status()).toMatchObject({
      pending: 1,
      oldestAgeMs: 0,
      lastError: 'Error: search engine unavailable',
      lastErrorAt: clock,
    });

    // Not due yet: nothing is claimed.
    expect((await indexer.runOnce()).claimed).toBe(0);
    const delays: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      clock = graph.eventsOf(row.id)[0]?.nextAttemptAt ?? clock;
      const before = clock;
      await indexer.runOnce();
      delays.push((graph.eventsOf(row.id)[0]?.nextAttemptAt ?? 0) - before);
    }
    expect(delays).toEqual([200, 350, 350]);
    expect((await indexer.status()).oldestAgeMs).toBe(100 + 200 + 350);

    flaky.failing = false;
    clock += 350;
    expect(await indexer.drain()).toMatchObject({ claimed: 1, upserted: 1, failed: 0 });
    expect(await index.allIds()).toEqual(graph.projection());
    expect((await indexer.status()).pending).toBe(0);
  });

  it('computes backoff delays', () => {
    expect([1, 2, 3, 4, 5, 40].map((n) => backoffMs(n, 1000, 10_000))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
  });

  it('runs as a loop until stopped, woken by notify', async () => {
    const indexer = createIndexer(graph.outbox, index, { idleMs: 60_000 });
    indexer.start();
    graph.write({ label: 'Actor', row: buildActorRow() });
    indexer.notify();
    for (let i = 0; i < 100 && (await index.count()) === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
      indexer.notify();
    }
    expect(await index.count()).toBe(1);
    expect((await indexer.status()).running).toBe(true);
    await indexer.stop();
    expect((await indexer.status()).running).toBe(false);
  });

  it('does not lose a notify that comes while a batch is running', async () => {
    // The first claim finds nothing, and answers only after the write and its notify have happened.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let claims = 0;
    const outbox = {
      ...graph.outbox,
      async claimBatch(limit: number, at: number) {
        claims += 1;
        const events = await graph.outbox.claimBatch(limit, at);
        if (claims === 1) await held;
        return events;
      },
    };
    const indexer = createIndexer(outbox, index, { idleMs: 60_000 });
    indexer.start();
    await expect.poll(() => claims).toBe(1);
    graph.write({ label: 'Actor', row: buildActorRow() });
    indexer.notify();
    release();
    await expect.poll(() => index.count(), { timeout: 5_000 }).toBe(1);
    await indexer.stop();
  });
});

describe('reconciler', () => {
  it('upserts missing and stale documents and deletes extra ones', async () => {
    const clock = 5_000;
    const graph = createMemoryGraph({ now: () => clock });
    const index = createEmbeddedSearchIndex();
    const rows = Array.from({ length: 6 }, () => buildActorRow());
    for (const row of rows) graph.write({ label: 'Actor', row });
    graph.write({ label: 'Person', row: buildPersonRow({ listed: false }) });
    const docs = graph.documents();
    // Drift: one missing, one stale, one extra that the graph does not have.
    await index.upsert(docs.slice(1));
    const stale = docs[2];
    if (!stale) throw new Error('no document');
    await index.upsert([{ ...stale, title: 'old', updatedAt: stale.updatedAt - 1 }]);
    await index.upsert([buildSearchDocument({ entityId: 'ghost' })]);

    const report = await reconcile(index, graph.projectionSource, { batchSize: 2 });
    expect(report).toMatchObject({ upserted: 2, deleted: 1 });
    expect(await index.allIds()).toEqual(graph.projection());
    expect((await index.search({ query: 'old', limit: 5, offset: 0 })).hits).toEqual([]);
    expect(await reconcile(index, graph.projectionSource)).toMatchObject({
      upserted: 0,
      deleted: 0,
    });
    await index.close();
  });
});
