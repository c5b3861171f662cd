import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ActorKind, Helix } from '@kobling/domain';
import type { Graph, QueryExecutor } from '@kobling/graph';
import { openTestGraph, sampleRow } from '@kobling/graph/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProjection, loadSnapshot } from './build.ts';
import { LiveProjection } from './live-projection.ts';
import { projectionDifferences } from './testing.ts';

/*
 * Freshness: after each kind of write the followed projection holds exactly what a projection
 * built from scratch holds, read right after the write on the instance that made it.
 */
describe('the projection follows the change feed', () => {
  let graph: Graph;
  let live: LiveProjection;
  const actor = (id: string, kind: ActorKind = 'COMPANY', helix: Helix = 'INDUSTRY') =>
    sampleRow('Actor', { id, slug: id, name: id.toUpperCase(), kind, helix });
  const write = async (work: (tx: QueryExecutor) => Promise<unknown>) => {
    await graph.runner.write(work);
    const followed = await live.fresh(30_000);
    const rebuilt = await buildProjection(graph.runner);
    expect(projectionDifferences(followed, rebuilt)).toEqual([]);
    return followed;
  };

  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.runner.write(async (tx) => {
      for (const slug of ['ocean', 'aqua', 'robots']) {
        await graph.topics.nodes.create(
          tx,
          sampleRow('Topic', {
            id: `t-${slug}`,
            slug,
            name: slug,
            nameNb: slug,
            synonyms: [],
            actorCount: 0,
          }),
        );
      }
      await graph.municipalities.nodes.create(
        tx,
        sampleRow('Municipality', { code: '5001', name: 'Trondheim', inRegion: true }),
      );
      await graph.municipalities.nodes.create(
        tx,
        sampleRow('Municipality', { code: '5035', name: 'Stjørdal', inRegion: true }),
      );
      for (const id of ['a', 'b', 'c']) await graph.actors.nodes.create(tx, actor(id));
      await graph.clusters.nodes.create(tx, sampleRow('Cluster', { id: 'k', name: 'Cluster K' }));
      await graph.projects.nodes.create(tx, sampleRow('Project', { id: 'p', title: 'P' }));
    });
    live = LiveProjection.follow(graph, { pollMs: 0 });
    await live.ready(60_000);
  }, 120_000);

  afterAll(async () => {
    live.close();
    await graph.close();
  });

  it('starts from the store', async () => {
    expect(live.current().actor('a')?.name).toBe('A');
    expect(live.status().state).toBe('ready');
  });

  it('sees actors created, edited and deleted', async () => {
    await write((tx) => graph.actors.nodes.create(tx, actor('d', 'RESEARCH_GROUP', 'ACADEMIA')));
    const p = await write((tx) => graph.actors.nodes.update(tx, 'd', { name: 'Dee', slug: 'dee' }));
    expect(p.actorIdBySlug('dee')).toBe('d');
    expect(p.actorIdBySlug('d')).toBeUndefined();
    await write((tx) => graph.actors.nodes.delete(tx, 'd'));
    expect(live.current().actor('d')).toBeNull();
  });

  it('sees topics, places, memberships and participation', async () => {
    await write((tx) =>
      graph.actors.setTopics(tx, 'a', [
        { topicId: 't-aqua', weight: 0.75 },
        { topicId: 't-ocean', weight: 0.3 },
      ]),
    );
    await write((tx) => graph.topics.broader.merge(tx, [{ fromKey: 't-aqua', toKey: 't-ocean' }]));
    await write((tx) => graph.actors.setMunicipality(tx, 'a', '5035'));
    await write((tx) => graph.clusters.setMembership(tx, 'a', 'k', 'REQUESTED', 1));
    const p = await write((tx) => graph.clusters.setMembership(tx, 'a', 'k', 'ACTIVE', 2));
    const members: string[] = [];
    p.forEachActiveMember('k', (i) => members.push(p.actorIdAt(i)));
    expect(members).toEqual(['a']);
    await write((tx) =>
      graph.projects.participants.merge(tx, [
        { fromKey: 'a', toKey: 'p', role: 'COORDINATOR' },
        { fromKey: 'b', toKey: 'p', role: 'PARTNER' },
      ]),
    );
    await write((tx) => graph.projects.participants.delete(tx, [{ fromKey: 'b', toKey: 'p' }]));
    await write((tx) => graph.clusters.nodes.update(tx, 'k', { name: 'Cluster K2' }));
  });

  it('sees opportunities, technologies, introductions and people', async () => {
    await write((tx) =>
      graph.opportunities.post(
        tx,
        'b',
        sampleRow('Opportunity', {
          id: 'o',
          kind: 'OFFER',
          status: 'OPEN',
          visibility: 'PUBLIC',
          title: 'Offer',
        }),
        [{ topicId: 't-robots', weight: 1 }],
      ),
    );
    await write((tx) => graph.opportunities.nodes.update(tx, 'o', { status: 'CLOSED' }));
    await write(async (tx) => {
      await graph.technologies.nodes.create(
        tx,
        sampleRow('Technology', { id: 'x', trl: 4, stage: 'EVALUATION' }),
      );
      await graph.technologies.originatedAt.merge(tx, [{ fromKey: 'x', toKey: 'c' }]);
    });
    expect(live.current().actor('c')?.technologyCount).toBe(1);
    await write((tx) => graph.technologies.nodes.delete(tx, 'x'));
    expect(live.current().actor('c')?.technologyCount).toBe(0);
    await write((tx) =>
      graph.introductions.create(tx, sampleRow('Introduction', { id: 'i', status: 'REQUESTED' }), {
        requester: 'a',
        receiver: 'c',
        via: null,
        about: null,
      }),
    );
    const p = await write((tx) =>
      graph.introductions.nodes.update(tx, 'i', {
        status: 'ACCEPTED',
        respondedAt: 1_700_000_000_000,
      }),
    );
    expect(p.actor('c')?.introductions.accepted).toBe(1);
    // The dated tie network analytics reads: both sides and the answer's time.
    expect(p.introduction('i')).toEqual({
      id: 'i',
      requesterId: 'a',
      receiverId: 'c',
      status: 'ACCEPTED',
      respondedAt: 1_700_000_000_000,
    });
    await write(async (tx) => {
      await graph.people.nodes.create(
        tx,
        sampleRow('Person', { id: 'n', name: 'N', listed: true }),
      );
      await graph.people.worksAt.merge(tx, [{ fromKey: 'n', toKey: 'c', role: null }]);
      await graph.people.topics.merge(tx, [{ fromKey: 'n', toKey: 't-robots', weight: 0.5 }]);
    });
    await write((tx) => graph.projects.nodes.delete(tx, 'p'));
    await write((tx) => graph.topics.nodes.delete(tx, 't-robots'));
  });

  it('sees the people, parts and technologies of an actor, and drops deleted ones', async () => {
    await write(async (tx) => {
      await graph.actors.nodes.create(tx, actor('g', 'RESEARCH_GROUP', 'ACADEMIA'));
      await graph.actors.partOf.merge(tx, [{ fromKey: 'g', toKey: 'a' }]);
    });
    expect(live.current().actor('g')?.partOf).toBe('a');
    expect(live.current().actor('a')?.parts).toEqual(['g']);
    await write(async (tx) => {
      await graph.people.nodes.create(
        tx,
        sampleRow('Person', { id: 'q', name: 'Q', listed: true }),
      );
      await graph.people.worksAt.merge(tx, [{ fromKey: 'q', toKey: 'g', role: null }]);
    });
    expect(live.current().actor('g')?.people).toEqual(['q']);
    await write(async (tx) => {
      await graph.technologies.nodes.create(
        tx,
        sampleRow('Technology', { id: 'y', trl: 3, stage: 'DISCLOSURE' }),
      );
      await graph.technologies.originatedAt.merge(tx, [{ fromKey: 'y', toKey: 'g' }]);
    });
    expect(live.current().actor('g')?.originated).toEqual(['y']);
    await write((tx) => graph.people.nodes.delete(tx, 'q'));
    expect(live.current().actor('g')?.people).toEqual([]);
    await write((tx) => graph.actors.nodes.delete(tx, 'g'));
    expect(live.current().actor('a')?.parts).toEqual([]);
  });

  it('a read right after its own write sees it, even while a poll that began after it runs', async () => {
    await graph.runner.write((tx) => graph.actors.nodes.update(tx, 'b', { name: 'Bee' }));
    // A poll begins (the timer's, say) and is still running when the request reads.
    const polling = live.catchUp();
    expect((await live.fresh(30_000)).actor('b')?.name).toBe('Bee');
    await polling;
  });

  it('keeps catching up for readers after a poll they waited behind failed', async () => {
    vi.spyOn(graph.outbox, 'changesSince').mockRejectedValueOnce(new Error('store hiccup'));
    const failing = live.catchUp();
    const waiting = live.catchUp();
    await expect(failing).rejects.toThrow('store hiccup');
    await waiting;
    await graph.runner.write((tx) => graph.actors.nodes.update(tx, 'c', { name: 'Sea' }));
    const polling = live.catchUp();
    expect((await live.fresh(30_000)).actor('c')?.name).toBe('Sea');
    await polling;
  });

  it('keeps a version a reader holds unchanged while newer ones are applied', async () => {
    const held = live.current();
    const name = held.actor('b')?.name;
    await write((tx) => graph.actors.nodes.update(tx, 'b', { name: 'Bee' }));
    expect(held.actor('b')?.name).toBe(name);
    expect(live.current().actor('b')?.name).toBe('Bee');
    expect(live.current().version).toBeGreaterThan(held.version);
  });

  it('rebuilds on a REBUILD event and after falling behind the feed', async () => {
    const before = live.status().rebuilds;
    const { recordRebuild } = await import('@kobling/graph');
    await write((tx) => recordRebuild(tx));
    expect(live.status().rebuilds).toBe(before + 1);

    const behind = LiveProjection.follow(graph, { pollMs: 0, retentionMs: 1_000, lagMs: 100 });
    try {
      await behind.ready(60_000);
      await graph.runner.write((tx) => graph.actors.nodes.update(tx, 'c', { name: 'Sea' }));
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const rebuilds = behind.status().rebuilds;
      await behind.catchUp();
      expect(behind.status().rebuilds).toBe(rebuilds + 1);
      expect(behind.current().actor('c')?.name).toBe('Sea');
    } finally {
      behind.close();
    }
  });

  it('starts from its snapshot and catches up from the feed, or builds when the snapshot is of another store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kobling-snapshot-'));
    const snapshotPath = join(dir, 'projection.snapshot');
    try {
      const first = LiveProjection.follow(graph, { pollMs: 0, snapshotPath });
      await first.ready(60_000);
      expect(first.status().builtFrom).toBe('store');
      first.close();
      await graph.runner.write((tx) =>
        graph.actors.nodes.update(tx, 'a', { name: 'After the snapshot' }),
      );

      const restarted = LiveProjection.follow(graph, { pollMs: 0, snapshotPath });
      try {
        await restarted.ready(60_000);
        expect(restarted.status().builtFrom).toBe('snapshot');
        const followed = await restarted.fresh(60_000);
        expect(followed.actor('a')?.name).toBe('After the snapshot');
        expect(projectionDifferences(followed, await buildProjection(graph.runner))).toEqual([]);
      } finally {
        restarted.close();
      }

      // The same file as another store's (a data folder wiped and re-created), or too old.
      const { meta, base } = deserialize(readFileSync(snapshotPath)) as {
        meta: { storeCreatedAt: number | null };
        base: unknown;
      };
      writeFileSync(snapshotPath, serialize({ meta: { ...meta, storeCreatedAt: 1 }, base }));
      expect(await loadSnapshot(graph.runner, snapshotPath, 60_000)).toBeNull();
      const elsewhere = LiveProjection.follow(graph, { pollMs: 0, snapshotPath });
      try {
        await elsewhere.ready(60_000);
        expect(elsewhere.status().builtFrom).toBe('store');
      } finally {
        elsewhere.close();
      }
      expect(await loadSnapshot(graph.runner, snapshotPath, 60_000)).not.toBeNull();
      expect(await loadSnapshot(graph.runner, snapshotPath, 0)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
