import { openTestGraph, sampleRow } from '@kobling/graph/testing';
import { CHANGE_FEED_RETENTION_MS, recordChange, recordRebuild } from '@kobling/graph';
import type { Graph, NodeRow } from '@kobling/graph';
import type { SearchIndex } from '@kobling/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDocuments, createSearchSync } from './search-sync.ts';
import type { SearchSync } from './search-sync.ts';

export interface IndexUnderTest {
  readonly index: SearchIndex;
  /** Kills the engine as a crash would, and brings it back (Meilisearch only). */
  readonly crash?: { kill(): Promise<void>; restart(): Promise<void> };
  close(): Promise<void>;
}

const NOW = 1_790_000_000_000;
export const actorRow = (id: string, name: string): NodeRow<'Actor'> => ({
  id,
  kind: 'COMPANY',
  helix: 'INDUSTRY',
  name,
  slug: id,
  description: `Builds sensors for aquaculture (${id})`,
  website: null,
  orgNumber: null,
  naceCode: null,
  employees: 12,
  foundedYear: 2019,
  isTech: true,
  stage: 'STARTUP',
  editedFields: [],
  source: 'user',
  sourceRef: '',
  createdAt: NOW,
  updatedAt: NOW,
});
const personRow = (id: string, name: string, listed: boolean): NodeRow<'Person'> => ({
  id,
  name,
  title: 'Researcher',
  email: `${id}@example.no`,
  expertise: 'Underwater acoustics',
  listed,
  consentAt: listed ? NOW : null,
  source: 'user',
  sourceRef: '',
  createdAt: NOW,
  updatedAt: NOW,
});

const projectRow: NodeRow<'Project'> = {
  id: 'pr',
  title: 'Kelp monitoring',
  summary: null,
  funder: null,
  startYear: 2024,
  endYear: null,
  source: 'user',
  sourceRef: '',
  createdAt: NOW,
  updatedAt: NOW,
};
const municipalityRow: NodeRow<'Municipality'> = {
  code: '0000',
  name: 'Testvik',
  county: 'Testfylke',
  population: null,
  populationYear: null,
  inRegion: true,
  formerCodes: [],
  source: 'user',
  sourceRef: '',
};

/** The ids the graph says should be searchable, and the ids the index holds. */
async function projectionAndIndex(graph: Graph, index: SearchIndex) {
  const projected: string[] = [];
  for await (const d of allDocuments(graph)) projected.push(d.id);
  return { projected: projected.sort(), indexed: [...(await index.allIds()).keys()].sort() };
}

/**
 * The graph's search projection through a real index: every write reaches the index through the
 * outbox, withdrawn consent removes a person, and after a crash the index converges.
 */
export function describeSearchSync(
  name: string,
  open: () => Promise<IndexUnderTest>,
  options: { crashable: boolean },
): void {
  describe(`search sync with ${name}`, () => {
    let graph: Graph;
    let target: IndexUnderTest;
    let sync: SearchSync;

    beforeAll(async () => {
      graph = await openTestGraph();
      target = await open();
      sync = createSearchSync(graph, target.index, { baseBackoffMs: 1, maxBackoffMs: 5 });
      await target.index.applySettings();
    });
    afterAll(async () => {
      await sync.indexer.stop();
      await target.close();
      await graph.close();
    });

    it('applies creates, updates and deletes through the outbox', async () => {
      await graph.runner.write((tx) =>
        graph.actors.nodes.create(tx, actorRow('a-first', 'Fjordsense')),
      );
      await sync.indexer.drain();
      const found = await target.index.search({ query: 'fjordsense', limit: 5, offset: 0 });
      expect(found.hits.map((h) => h.document.entityId)).toEqual(['a-first']);

      await graph.runner.write((tx) =>
        graph.actors.nodes.update(tx, 'a-first', { name: 'Tidewatch' }),
      );
      await sync.indexer.drain();
      expect((await target.index.search({ query: 'tidewatch', limit: 5, offset: 0 })).total).toBe(
        1,
      );
      expect((await target.index.search({ query: 'fjordsense', limit: 5, offset: 0 })).total).toBe(
        0,
      );

      await graph.runner.write((tx) => graph.actors.nodes.delete(tx, 'a-first'));
      await sync.indexer.drain();
      expect((await target.index.search({ query: 'tidewatch', limit: 5, offset: 0 })).total).toBe(
        0,
      );
      expect((await graph.outbox.pendingStats(Date.now())).pending).toBe(0);
    });

    it('never indexes an unlisted person, and drops one who withdraws consent', async () => {
      await graph.runner.write(async (tx) => {
        await graph.people.nodes.create(tx, personRow('p-listed', 'Ingrid Havstad', true));
        await graph.people.nodes.create(tx, personRow('p-private', 'Oddvar Lukket', false));
      });
      await sync.indexer.drain();
      const ids = [...(await target.index.allIds()).keys()];
      expect(ids).toContain('person:p-listed');
      expect(ids).not.toContain('person:p-private');
      const hit = (await target.index.search({ query: 'havstad', limit: 5, offset: 0 })).hits[0];
      expect(JSON.stringify(hit)).not.toContain('@example.no');

      await graph.runner.write((tx) => graph.people.setListed(tx, 'p-listed', false, NOW + 1));
      await sync.indexer.drain();
      expect([...(await target.index.allIds()).keys()]).not.toContain('person:p-listed');
      expect((await target.index.search({ query: 'havstad', limit: 5, offset: 0 })).total).toBe(0);
    });

    it('marks events of entities it does not index done, with no index call', async () => {
      await sync.indexer.drain();
      const indexed = await target.index.allIds();
      await graph.runner.write(async (tx) => {
        await graph.projects.nodes.create(tx, { ...projectRow, id: 'pr-unindexed' });
        await graph.municipalities.nodes.create(tx, { ...municipalityRow, code: '9999' });
      });
      expect(await sync.indexer.drain()).toEqual({
        claimed: 2,
        upserted: 0,
        deleted: 0,
        failed: 0,
      });
      expect(await target.index.allIds()).toEqual(indexed);
      expect((await graph.outbox.pendingStats(Date.now())).pending).toBe(0);
    });

    it('finds an actor by its work, and follows edits to the projects and people it shows, and its people follow its name', async () => {
      const found = async (query: string) =>
        (await target.index.search({ query, types: ['actor'], limit: 10, offset: 0 })).hits.map(
          (h) => h.document.entityId,
        );
      const topic = sampleRow('Topic', { id: 't-work', name: 'Biofouling', nameNb: 'Begroing' });
      await graph.runner.write(async (tx) => {
        await graph.actors.nodes.create(tx, actorRow('a-work', 'Havlys'));
        await graph.projects.nodes.create(tx, {
          ...projectRow,
          id: 'pr-work',
          title: 'Tarecensus',
        });
        await graph.people.nodes.create(tx, {
          ...personRow('p-work', 'Sigrid Dyp', true),
          expertise: 'Hydroakustikk',
        });
        await graph.topics.nodes.create(tx, topic);
        await graph.actors.participations.merge(tx, [
          { fromKey: 'a-work', toKey: 'pr-work', role: 'PARTNER' },
        ]);
        await graph.people.worksAt.merge(tx, [{ fromKey: 'p-work', toKey: 'a-work', role: null }]);
        await graph.actors.topics.merge(tx, [{ fromKey: 'a-work', toKey: 't-work', weight: 1 }]);
      });
      await sync.indexer.drain();
      expect(await found('tarecensus')).toEqual(['a-work']);
      expect(await found('hydroakustikk')).toEqual(['a-work']);
      expect(await found('begroing')).toEqual(['a-work']);

      // Each edit announces only the edited node; the actor's document follows it.
      await graph.runner.write(async (tx) => {
        await graph.projects.nodes.update(tx, 'pr-work', { title: 'Tangtelling' });
        await graph.actors.nodes.update(tx, 'a-work', { name: 'Havglimt' });
      });
      await sync.indexer.drain();
      expect(await found('tangtelling')).toEqual(['a-work']);
      expect(await found('tarecensus')).toEqual([]);
      const colleague = await target.index.search({
        query: 'havglimt',
        types: ['person'],
        limit: 5,
        offset: 0,
      });
      expect(colleague.hits.map((h) => h.document.entityId)).toEqual(['p-work']);

      await graph.runner.write((tx) => graph.people.setListed(tx, 'p-work', false, NOW + 1));
      await sync.indexer.drain();
      expect(await found('hydroakustikk')).toEqual([]);
      const state = await projectionAndIndex(graph, target.index);
      expect(state.indexed).toEqual(state.projected);
      expect(await sync.repair()).toMatchObject({ upserted: 0, deleted: 0 });
    });

    it('a REBUILD event (a bulk load or an import) rebuilds the index from the graph', async () => {
      await graph.runner.write((tx) =>
        graph.actors.nodes.upsertMany(tx, [actorRow('a-imported', 'Kelpworks')], {
          recordChanges: false,
        }),
      );
      expect((await sync.indexer.drain()).claimed).toBe(0);
      const search = () => target.index.search({ query: 'kelpworks', limit: 5, offset: 0 });
      expect((await search()).total).toBe(0);

      await graph.runner.write((tx) => recordRebuild(tx));
      expect(await sync.indexer.drain()).toMatchObject({ claimed: 1, failed: 0 });
      expect((await search()).hits.map((h) => h.document.entityId)).toEqual(['a-imported']);
      const state = await projectionAndIndex(graph, target.index);
      expect(state.indexed).toEqual(state.projected);
      expect((await graph.outbox.pendingStats(Date.now())).pending).toBe(0);
    });

    it('its loop purges the events it has done once they are past retention', async () => {
      await graph.runner.write((tx) => recordChange(tx, 'Project', 'pr-long-ago', 'UPSERT', 1_000));
      await sync.indexer.drain();
      expect(await graph.outbox.oldestCreatedAt()).toBe(1_000);
      const later = createSearchSync(graph, target.index, {
        now: () => Date.now() + CHANGE_FEED_RETENTION_MS + 60_000,
        idleMs: 5,
      });
      later.indexer.start();
      await expect.poll(() => graph.outbox.oldestCreatedAt(), { timeout: 5_000 }).toBeNull();
      await later.indexer.stop();
    });

    it('rebuilds from the graph, and repairs drift', async () => {
      await graph.runner.write(async (tx) => {
        for (let i = 0; i < 30; i++)
          await graph.actors.nodes.create(tx, actorRow(`a-bulk-${i}`, `Bulk ${i}`));
      });
      const { documents } = await sync.reindex();
      let state = await projectionAndIndex(graph, target.index);
      expect(state.indexed).toEqual(state.projected);
      expect(documents).toBe(state.projected.length);

      await target.index.delete(['actor:a-bulk-3']);
      await target.index.upsert([
        { ...(await firstDocument(graph)), id: 'actor:ghost', entityId: 'ghost' },
      ]);
      const report = await sync.repair();
      expect(report).toMatchObject({ upserted: 1, deleted: 1 });
      state = await projectionAndIndex(graph, target.index);
      expect(state.indexed).toEqual(state.projected);
    });

    if (options.crashable) {
      it('converges after the engine is killed mid-way and more writes are made', async () => {
        const crash = target.crash;
        if (!crash) throw new Error(`${name} was declared crashable but offers no kill/restart`);
        await graph.runner.write(async (tx) => {
          for (let i = 0; i < 40; i++)
            await graph.actors.nodes.create(tx, actorRow(`a-crash-${i}`, `Crash ${i}`));
        });
        const draining = sync.indexer.runOnce();
        await crash.kill();
        await draining;
        await graph.runner.write(async (tx) => {
          for (let i = 0; i < 10; i++)
            await graph.actors.nodes.update(tx, `a-crash-${i}`, { name: `Renamed ${i}` });
          await graph.actors.nodes.delete(tx, 'a-crash-39');
        });
        await sync.indexer.runOnce();
        expect((await sync.indexer.status()).lastError).not.toBeNull();
        await crash.restart();
        await new Promise((r) => setTimeout(r, 20));
        await sync.indexer.drain();
        const state = await projectionAndIndex(graph, target.index);
        expect(state.indexed).toEqual(state.projected);
        expect(
          (await target.index.search({ query: 'renamed 3', limit: 50, offset: 0 })).hits.map(
            (h) => h.document.entityId,
          ),
        ).toContain('a-crash-3');
        expect(state.indexed).not.toContain('actor:a-crash-39');
      });
    }
  });
}

async function firstDocument(graph: Graph) {
  for await (const d of allDocuments(graph)) if (d.type === 'actor') return d;
  throw new Error('no actor document');
}
