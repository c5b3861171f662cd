import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANGE_FEED_RETENTION_MS, storeCreatedAt } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import { openTestGraph, sampleRow } from '@kobling/graph/testing';
import { createEmbeddedSearchIndex } from '@kobling/search';
import type { EmbeddedSearchIndex } from '@kobling/search';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSearchSync } from './search-sync.ts';
import { actorRow } from './search-sync.contract.ts';

describe('the embedded index on disk, caught up from its feed position', () => {
  let graph: Graph;
  let dir: string;
  const open: EmbeddedSearchIndex[] = [];
  const openIndex = () => {
    const index = createEmbeddedSearchIndex({ path: join(dir, 'search.sqlite') });
    open.push(index);
    return { index, sync: createSearchSync(graph, index, { position: index }) };
  };
  const hits = async (index: EmbeddedSearchIndex, query: string) =>
    (await index.search({ query, limit: 5, offset: 0 })).hits.map((h) => h.document.entityId);

  beforeEach(async () => {
    graph = await openTestGraph();
    dir = mkdtempSync(join(tmpdir(), 'kobling-catch-up-'));
  });
  afterEach(async () => {
    for (const index of open.splice(0)) await index.close();
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is built once, then applies only what changed while it was closed', async () => {
    await graph.runner.write((tx) =>
      graph.actors.nodes.create(tx, actorRow('a-old', 'Fjordsense')),
    );
    const first = openIndex();
    expect(await first.sync.catchUp()).toMatchObject({ rebuilt: true });
    expect(await first.index.feedPosition()).not.toBeNull();
    await first.index.close();

    await graph.runner.write(async (tx) => {
      await graph.actors.nodes.create(tx, actorRow('a-new', 'Tidewatch'));
      await graph.actors.nodes.delete(tx, 'a-old');
    });
    // Marked done as if applied elsewhere: only the feed position can find these changes.
    const due = await graph.outbox.due(Date.now() + 1, 1_000);
    await graph.outbox.markDone(
      due.map((e) => e.id),
      Date.now(),
    );

    const second = openIndex();
    expect(await second.sync.catchUp()).toMatchObject({ rebuilt: false });
    expect(await hits(second.index, 'tidewatch')).toEqual(['a-new']);
    expect(await hits(second.index, 'fjordsense')).toEqual([]);
  });

  it("applies what a change while it was closed did to other documents: an actor's project", async () => {
    await graph.runner.write(async (tx) => {
      await graph.actors.nodes.create(tx, actorRow('a-work', 'Havlys'));
      await graph.projects.nodes.create(
        tx,
        sampleRow('Project', { id: 'p-work', title: 'Tarecensus' }),
      );
      await graph.actors.participations.merge(tx, [
        { fromKey: 'a-work', toKey: 'p-work', role: 'PARTNER' },
      ]);
    });
    const first = openIndex();
    await first.sync.catchUp();
    expect(await hits(first.index, 'tarecensus')).toEqual(['a-work']);
    // Past the actor's own events, so only the project's can reach its document.
    await first.index.recordFeedPosition({
      at: Date.now(),
      storeCreatedAt: await storeCreatedAt(graph.runner),
    });
    await first.index.close();

    // Announces only the project.
    await graph.runner.write((tx) =>
      graph.projects.nodes.update(tx, 'p-work', { title: 'Tangtelling' }),
    );
    const second = openIndex();
    expect(await second.sync.catchUp()).toMatchObject({ rebuilt: false });
    expect(await hits(second.index, 'tangtelling')).toEqual(['a-work']);
    expect(await hits(second.index, 'tarecensus')).toEqual([]);
  });

  it('is rebuilt when its position is of another store', async () => {
    const { index, sync } = openIndex();
    await index.recordFeedPosition({ at: Date.now(), storeCreatedAt: 1 });
    await graph.runner.write((tx) => graph.actors.nodes.create(tx, actorRow('a-y', 'Saltwise')));
    expect(await sync.catchUp()).toMatchObject({ rebuilt: true });
    expect(await hits(index, 'saltwise')).toEqual(['a-y']);
  });

  it('is rebuilt when its position is older than the feed keeps events', async () => {
    const { index, sync } = openIndex();
    await index.recordFeedPosition({
      at: Date.now() - CHANGE_FEED_RETENTION_MS,
      storeCreatedAt: await storeCreatedAt(graph.runner),
    });
    await graph.runner.write((tx) => graph.actors.nodes.create(tx, actorRow('a-x', 'Kelpwise')));
    expect(await sync.catchUp()).toMatchObject({ rebuilt: true });
    expect(await hits(index, 'kelpwise')).toEqual(['a-x']);
  });
});
