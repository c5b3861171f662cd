import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkLoad } from './bulk/index.ts';
import { CHANGE_FEED_RETENTION_MS, recordChange, recordRebuild } from './change-feed.ts';
import type { Graph } from './graph.ts';
import type { NodeLabel, NodeRow } from './model-types.ts';
import { NodeStore } from './node-store.ts';
import type { QueryExecutor } from './runner.ts';
import { sampleRow } from './testing/factories.ts';
import { openTestGraph } from './testing/test-graph.ts';

/*
 * The change feed's contract, which the graph projection's follower relies on: every write of a
 * followed fact records its events in its own transaction — a node as itself, a relationship as
 * both ends — and a bulk load as one REBUILD.
 */

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

const allEvents = () => graph.outbox.changesSince(0, 1_000_000);

/** The events `work` recorded, as "OP Label key", sorted (duplicates kept). */
async function eventsOf(work: (tx: QueryExecutor) => Promise<unknown>): Promise<string[]> {
  const before = new Set((await allEvents()).map((e) => e.id));
  await graph.runner.write(work);
  return (await allEvents())
    .filter((e) => !before.has(e.id))
    .map((e) => `${e.op} ${e.entity} ${e.entityId}`)
    .sort();
}

/** The same, once each: repository methods may announce an entity from two statements. */
const distinctEventsOf = async (work: (tx: QueryExecutor) => Promise<unknown>) => [
  ...new Set(await eventsOf(work)),
];

const upsert = (label: string, key: string) => `UPSERT ${label} ${key}`;

async function make<L extends NodeLabel>(label: L, overrides: Partial<NodeRow<L>> = {}) {
  const row = sampleRow(label, overrides);
  await graph.runner.write((tx) => new NodeStore(label).upsertMany(tx, [row]));
  return row;
}

describe('node writes', () => {
  it('create, update and delete of a followed label record UPSERT, UPSERT, DELETE', async () => {
    const actors = graph.actors.nodes;
    const row = sampleRow('Actor');
    expect(await eventsOf((tx) => actors.create(tx, row))).toEqual([upsert('Actor', row.id)]);
    expect(await eventsOf((tx) => actors.update(tx, row.id, { name: 'Renamed' }))).toEqual([
      upsert('Actor', row.id),
    ]);
    expect(await eventsOf((tx) => actors.delete(tx, row.id))).toEqual([`DELETE Actor ${row.id}`]);
  });

  it('upsertMany records one event per row, or none when the caller records a rebuild', async () => {
    const [a, b] = [sampleRow('Topic'), sampleRow('Topic')];
    const topics = graph.topics.nodes;
    expect(await eventsOf((tx) => topics.upsertMany(tx, [a, b]))).toEqual(
      [upsert('Topic', a.id), upsert('Topic', b.id)].sort(),
    );
    expect(await eventsOf((tx) => topics.upsertMany(tx, [a], { recordChanges: false }))).toEqual(
      [],
    );
  });

  it('every followed label is announced, other labels are not', async () => {
    const followed = [
      'Actor',
      'Person',
      'Topic',
      'Cluster',
      'Project',
      'Technology',
      'Opportunity',
      'Introduction',
      'Municipality',
    ] as const;
    for (const label of followed) {
      const row = sampleRow(label) as Record<string, unknown>;
      const key = String(row[label === 'Municipality' ? 'code' : 'id']);
      expect(
        await eventsOf((tx) => new NodeStore(label).upsertMany(tx, [row as NodeRow<typeof label>])),
      ).toEqual([upsert(label, key)]);
    }
    expect(
      await eventsOf((tx) => graph.technologies.milestoneNodes.create(tx, sampleRow('Milestone'))),
    ).toEqual([]);
    expect(await eventsOf((tx) => graph.accounts.users.create(tx, sampleRow('User')))).toEqual([]);
  });

  it('a failed transaction records no event', async () => {
    const before = (await allEvents()).length;
    await expect(
      graph.runner.write(async (tx) => {
        await graph.actors.nodes.create(tx, sampleRow('Actor'));
        await recordChange(tx, 'Topic', 'never', 'UPSERT');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await allEvents()).length).toBe(before);
  });
});

describe('relationship writes record both ends', () => {
  it('merge, delete and deleteAllFrom (which reads the far ends it removed)', async () => {
    const actor = await make('Actor');
    const [t1, t2] = [await make('Topic'), await make('Topic')];
    const links = graph.actors.topics;
    expect(
      await eventsOf((tx) =>
        links.merge(tx, [
          { fromKey: actor.id, toKey: t1.id, weight: 1 },
          { fromKey: actor.id, toKey: t2.id, weight: 0.5 },
        ]),
      ),
    ).toEqual([upsert('Actor', actor.id), upsert('Topic', t1.id), upsert('Topic', t2.id)].sort());
    expect(await eventsOf((tx) => links.delete(tx, [{ fromKey: actor.id, toKey: t1.id }]))).toEqual(
      [upsert('Actor', actor.id), upsert('Topic', t1.id)].sort(),
    );
    expect(await eventsOf((tx) => links.deleteAllFrom(tx, actor.id))).toEqual(
      [upsert('Actor', actor.id), upsert('Topic', t2.id)].sort(),
    );
    expect(await eventsOf((tx) => links.deleteAllFrom(tx, actor.id))).toEqual([]);
  });

  it('an end of a label nobody follows is left out', async () => {
    const technology = await make('Technology');
    const milestone = sampleRow('Milestone');
    await graph.runner.write((tx) => graph.technologies.milestoneNodes.create(tx, milestone));
    expect(
      await eventsOf((tx) =>
        graph.technologies.milestones.merge(tx, [{ fromKey: technology.id, toKey: milestone.id }]),
      ),
    ).toEqual([upsert('Technology', technology.id)]);
  });
});

describe('repository writes', () => {
  it('actors.setTopics: the actor, its old and new topics (their actorCount changes)', async () => {
    const actor = await make('Actor');
    const [t1, t2] = [await make('Topic'), await make('Topic')];
    await graph.runner.write((tx) =>
      graph.actors.setTopics(tx, actor.id, [{ topicId: t1.id, weight: 1 }]),
    );
    expect(
      await distinctEventsOf((tx) =>
        graph.actors.setTopics(tx, actor.id, [{ topicId: t2.id, weight: 0.7 }]),
      ),
    ).toEqual([upsert('Actor', actor.id), upsert('Topic', t1.id), upsert('Topic', t2.id)].sort());
  });

  it('actors.setMunicipality: the actor, where it was and where it is', async () => {
    const actor = await make('Actor');
    const [m1, m2] = [await make('Municipality'), await make('Municipality')];
    await graph.runner.write((tx) => graph.actors.setMunicipality(tx, actor.id, m1.code));
    expect(
      await distinctEventsOf((tx) => graph.actors.setMunicipality(tx, actor.id, m2.code)),
    ).toEqual(
      [
        upsert('Actor', actor.id),
        upsert('Municipality', m1.code),
        upsert('Municipality', m2.code),
      ].sort(),
    );
  });

  it('clusters.setMembership and FACILITATES: the actor and the cluster', async () => {
    const [actor, cluster] = [await make('Actor'), await make('Cluster')];
    const both = [upsert('Actor', actor.id), upsert('Cluster', cluster.id)].sort();
    expect(
      await eventsOf((tx) =>
        graph.clusters.setMembership(tx, actor.id, cluster.id, 'ACTIVE', Date.now(), 'MEMBER'),
      ),
    ).toEqual(both);
    expect(
      await eventsOf((tx) =>
        graph.clusters.facilitators.merge(tx, [{ fromKey: actor.id, toKey: cluster.id }]),
      ),
    ).toEqual(both);
  });

  it('PARTICIPATES_IN, WORKS_AT, BROADER and the technology links: both ends', async () => {
    const [actor, project, person] = [
      await make('Actor'),
      await make('Project'),
      await make('Person'),
    ];
    const [narrow, broad, technology] = [
      await make('Topic'),
      await make('Topic'),
      await make('Technology'),
    ];
    expect(
      await eventsOf((tx) =>
        graph.projects.participants.merge(tx, [
          { fromKey: actor.id, toKey: project.id, role: 'PARTNER' },
        ]),
      ),
    ).toEqual([upsert('Actor', actor.id), upsert('Project', project.id)].sort());
    expect(
      await eventsOf((tx) =>
        graph.people.worksAt.merge(tx, [{ fromKey: person.id, toKey: actor.id, role: 'Engineer' }]),
      ),
    ).toEqual([upsert('Actor', actor.id), upsert('Person', person.id)].sort());
    expect(
      await eventsOf((tx) =>
        graph.topics.broader.merge(tx, [{ fromKey: narrow.id, toKey: broad.id }]),
      ),
    ).toEqual([upsert('Topic', broad.id), upsert('Topic', narrow.id)].sort());
    for (const store of ['originatedAt', 'commercialisedBy', 'supportedBy'] as const) {
      expect(
        await eventsOf((tx) =>
          graph.technologies[store].merge(tx, [{ fromKey: technology.id, toKey: actor.id }]),
        ),
      ).toEqual([upsert('Actor', actor.id), upsert('Technology', technology.id)].sort());
    }
  });

  it('technologies.addMilestone: the technology (milestones are not followed)', async () => {
    const technology = await make('Technology');
    expect(
      await distinctEventsOf((tx) =>
        graph.technologies.addMilestone(
          tx,
          technology.id,
          sampleRow('Milestone', { stage: 'EVALUATION', trl: 6 }),
          Date.now(),
        ),
      ),
    ).toEqual([upsert('Technology', technology.id)]);
  });

  it('opportunities.post: the opportunity, its poster and its topics', async () => {
    const [actor, topic] = [await make('Actor'), await make('Topic')];
    const opportunity = sampleRow('Opportunity');
    expect(
      await distinctEventsOf((tx) =>
        graph.opportunities.post(tx, actor.id, opportunity, [{ topicId: topic.id, weight: 1 }]),
      ),
    ).toEqual(
      [
        upsert('Actor', actor.id),
        upsert('Opportunity', opportunity.id),
        upsert('Topic', topic.id),
      ].sort(),
    );
  });

  it('introductions.create and expireDue: the introduction and every end', async () => {
    const [requester, receiver, via] = [
      await make('Actor'),
      await make('Actor'),
      await make('Actor'),
    ];
    const about = await make('Opportunity');
    const introduction = sampleRow('Introduction', { status: 'REQUESTED', expiresAt: 1_000 });
    expect(
      await distinctEventsOf((tx) =>
        graph.introductions.create(tx, introduction, {
          requester: requester.id,
          receiver: receiver.id,
          via: via.id,
          about: about.id,
        }),
      ),
    ).toEqual(
      [
        upsert('Actor', receiver.id),
        upsert('Actor', requester.id),
        upsert('Actor', via.id),
        upsert('Introduction', introduction.id),
        upsert('Opportunity', about.id),
      ].sort(),
    );
    expect(await eventsOf((tx) => graph.introductions.expireDue(tx, 2_000))).toEqual([
      upsert('Introduction', introduction.id),
    ]);
  });

  it('people.setListed: the person', async () => {
    const person = await make('Person');
    expect(
      await eventsOf((tx) => graph.people.setListed(tx, person.id, false, Date.now())),
    ).toEqual([upsert('Person', person.id)]);
  });

  it('topics.refreshAllActorCounts: the topics whose count it changed', async () => {
    await graph.runner.write((tx) => graph.topics.refreshAllActorCounts(tx));
    const miscounted = await make('Topic', { actorCount: 7 });
    expect(await eventsOf((tx) => graph.topics.refreshAllActorCounts(tx))).toEqual([
      upsert('Topic', miscounted.id),
    ]);
    expect(await eventsOf((tx) => graph.topics.refreshAllActorCounts(tx))).toEqual([]);
  });
});

describe('bulk loads', () => {
  it('record one REBUILD event, not one per row', async () => {
    const rows = [sampleRow('Topic'), sampleRow('Topic')];
    const before = new Set((await allEvents()).map((e) => e.id));
    await bulkLoad(graph.runner, [{ kind: 'node', label: 'Topic', rows }]);
    const recorded = (await allEvents()).filter((e) => !before.has(e.id));
    expect(recorded.map((e) => `${e.op} ${e.entity} ${e.entityId}`)).toEqual(['REBUILD Graph *']);
  });
});

describe('following the feed', () => {
  // Events dated long ago, so they sort before everything the other tests recorded.
  const at = (ms: number, entityId: string) =>
    graph.runner.write((tx) => recordChange(tx, 'Actor', entityId, 'UPSERT', ms));

  it('changesSince: from a createdAt on, in (createdAt, id) order, done ones included', async () => {
    await at(10_002, 'c');
    await at(10_001, 'a');
    await at(10_001, 'b');
    await at(10_000, 'before');
    const page = await graph.outbox.changesSince(10_001, 3);
    expect(page.map((e) => [e.createdAt, e.entityId])).toEqual([
      [10_001, 'a'],
      [10_001, 'b'],
      [10_002, 'c'],
    ]);
    expect(page[0]).toEqual({
      id: page[0]!.id,
      entity: 'Actor',
      entityId: 'a',
      op: 'UPSERT',
      createdAt: 10_001,
    });
    expect(page[0]!.id < page[1]!.id).toBe(true);
    await graph.outbox.markDone(
      page.map((e) => e.id),
      Date.now(),
    );
    expect(await graph.outbox.changesSince(10_001, 3)).toEqual(page);
  });

  it('purgeDone keeps a suffix: done events past retention go, up to the oldest pending one', async () => {
    await at(100, 'old-done');
    await at(101, 'old-pending');
    await at(102, 'old-done-after-pending');
    await graph.runner.write((tx) => recordRebuild(tx, 103));
    const ours = (await graph.outbox.changesSince(100, 4)).map((e) => e.id);
    expect(await graph.outbox.oldestCreatedAt()).toBe(100);
    const [first, pending, third, rebuild] = ours;
    await graph.outbox.markDone([first!, third!, rebuild!], 200);

    const now = 1_000 + CHANGE_FEED_RETENTION_MS;
    // Retention alone: nothing created within it goes.
    expect(await graph.outbox.purgeDone(100 + CHANGE_FEED_RETENTION_MS)).toBe(0);
    expect(await graph.outbox.purgeDone(now)).toBe(1);
    expect(await graph.outbox.oldestCreatedAt()).toBe(101);
    expect((await graph.outbox.changesSince(0, 3)).map((e) => e.entityId)).toEqual([
      'old-pending',
      'old-done-after-pending',
      '*',
    ]);

    await graph.outbox.markDone([pending!], 300);
    expect(await graph.outbox.purgeDone(now)).toBe(3);
    expect(await graph.outbox.oldestCreatedAt()).toBeGreaterThan(103);
  });

  it('oldestCreatedAt is null for an empty feed', async () => {
    const everything = (await allEvents()).map((e) => e.id);
    await graph.outbox.markDone(everything, 1);
    expect(await graph.outbox.purgeDone(Number.MAX_SAFE_INTEGER)).toBe(everything.length);
    expect(await graph.outbox.oldestCreatedAt()).toBeNull();
  });
});
