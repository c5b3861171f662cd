import { uuidv7 } from '@kobling/domain';
import { model } from '@kobling/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphConstraintError, GraphNotFoundError } from '../errors.ts';
import type { Graph } from '../graph.ts';
import type { NodeLabel, NodeRow } from '../model-types.ts';
import { NodeStore } from '../node-store.ts';
import { RelationshipStore } from '../relationship-store.ts';
import type { Link } from '../relationship-store.ts';
import { InvalidCursorError } from '../paging.ts';
import type { Page } from '../paging.ts';
import { sampleRow, minimalRow } from './factories.ts';

/**
 * The one contract every engine must honour. `ladybug.int.test.ts` runs it always;
 * `neo4j.int.test.ts` runs the very same function when NEO4J_URI is set. Every test makes its
 * own uniquely keyed data, so a shared Neo4j database is safe, and deletes it afterwards.
 */
export function describeGraphContract(engine: string, open: () => Promise<Graph>): void {
  describe(`graph contract on ${engine}`, () => {
    let graph: Graph;
    const made: { label: NodeLabel; key: string }[] = [];

    beforeAll(async () => {
      graph = await open();
    });
    afterAll(async () => {
      for (const m of made.reverse()) {
        await graph.runner.write((tx) => new NodeStore(m.label).delete(tx, m.key));
      }
      await graph.close();
    });

    const create = async <L extends NodeLabel>(label: L, overrides = {}) => {
      const row = sampleRow(label, overrides);
      const store = new NodeStore(label);
      await graph.runner.write((tx) => store.create(tx, row));
      const key = String(
        (row as Record<string, unknown>)[store.label === 'Municipality' ? 'code' : 'id'],
      );
      made.push({ label, key });
      return row;
    };

    describe('every label: create, get, batched get, update, delete', () => {
      for (const decl of model.nodes) {
        const label = decl.label as NodeLabel;
        it(label, async () => {
          const store = new NodeStore(label);
          const full = sampleRow(label);
          const minimal = minimalRow(label);
          const fullKey = String((full as Record<string, unknown>)[decl.key]);
          const minimalKey = String((minimal as Record<string, unknown>)[decl.key]);
          await graph.runner.write(async (tx) => {
            await store.create(tx, full);
            await store.create(tx, minimal);
          });

          expect(await graph.runner.read((tx) => store.get(tx, fullKey))).toEqual(full);
          expect(await graph.runner.read((tx) => store.get(tx, minimalKey))).toEqual(minimal);
          expect(
            await graph.runner.read((tx) => store.getMany(tx, [minimalKey, 'absent', fullKey])),
          ).toEqual([minimal, null, full]);
          const keys = await graph.runner.read(async (tx) => [
            ...(await store.keysAfter(tx, '', 100_000)),
          ]);
          expect(keys).toEqual([...keys].sort());
          expect(keys).toEqual(expect.arrayContaining([fullKey, minimalKey]));
          const [lower, higher] = [fullKey, minimalKey].sort();
          expect(await graph.runner.read((tx) => store.keysAfter(tx, lower!, 100_000))).toContain(
            higher,
          );
          expect(
            await graph.runner.read((tx) => store.keysAfter(tx, lower!, 100_000)),
          ).not.toContain(lower);

          const changedProperty = Object.entries(decl.properties).find(
            ([p, d]) => p !== decl.key && d.type === 'STRING' && !d.unique,
          )?.[0];
          if (changedProperty) {
            const updated = await graph.runner.write((tx) =>
              store.update(tx, fullKey, { [changedProperty]: 'changed' } as never),
            );
            expect((updated as Record<string, unknown>)[changedProperty]).toBe('changed');
            const reread = await graph.runner.read((tx) => store.get(tx, fullKey));
            expect((reread as Record<string, unknown>)[changedProperty]).toBe('changed');
          }

          await expect(graph.runner.write((tx) => store.create(tx, full))).rejects.toBeInstanceOf(
            GraphConstraintError,
          );

          expect(await graph.runner.write((tx) => store.delete(tx, fullKey))).toBe(true);
          expect(await graph.runner.write((tx) => store.delete(tx, minimalKey))).toBe(true);
          expect(await graph.runner.write((tx) => store.delete(tx, fullKey))).toBe(false);
          expect(await graph.runner.read((tx) => store.get(tx, fullKey))).toBeNull();
        });
      }
    });

    describe('unique properties', () => {
      for (const decl of model.nodes) {
        const uniques = Object.entries(decl.properties).filter(([, p]) => p.unique);
        if (uniques.length === 0) continue;
        it(`${decl.label} refuses a second holder and leaves the store unchanged`, async () => {
          const label = decl.label as NodeLabel;
          const store = new NodeStore(label);
          const first = await create(label);
          for (const [property] of uniques) {
            const value = (first as Record<string, unknown>)[property];
            const clash = sampleRow(label, { [property]: value } as never);
            const clashKey = String((clash as Record<string, unknown>)[decl.key]);
            const before = await graph.runner.read((tx) => store.count(tx));
            const error = await graph.runner
              .write((tx) => store.create(tx, clash))
              .catch((e: unknown) => e);
            expect(error).toBeInstanceOf(GraphConstraintError);
            expect((error as GraphConstraintError).field).toBe(property);
            expect(await graph.runner.read((tx) => store.count(tx))).toBe(before);
            expect(await graph.runner.read((tx) => store.get(tx, clashKey))).toBeNull();
            expect(await graph.runner.read((tx) => store.findKey(tx, property, value))).toBe(
              (first as Record<string, unknown>)[decl.key],
            );
          }
        });
      }
    });

    describe('every relationship: merge, read both ways, delete', () => {
      for (const decl of model.relationships) {
        for (const [from, to] of decl.endpoints) {
          it(`${decl.type} ${from} → ${to}`, async () => {
            const store = new RelationshipStore(decl.type, from as NodeLabel, to as NodeLabel);
            const a = await create(from as NodeLabel);
            const b = await create(to as NodeLabel);
            const c = await create(to as NodeLabel);
            const key = (row: unknown, label: string) =>
              String((row as Record<string, unknown>)[label === 'Municipality' ? 'code' : 'id']);
            const props = Object.fromEntries(
              Object.entries(decl.properties).map(([p, d]) => [
                p,
                d.type === 'STRING' ? `${p}-value` : d.type === 'DOUBLE' ? 0.75 : 42,
              ]),
            );
            const ab = { fromKey: key(a, from), toKey: key(b, to), ...props } as Link<
              typeof decl.type
            >;
            const ac = { fromKey: key(a, from), toKey: key(c, to), ...props } as Link<
              typeof decl.type
            >;

            expect(await graph.runner.write((tx) => store.merge(tx, [ab, ac]))).toBe(2);
            expect(await graph.runner.write((tx) => store.merge(tx, [ab]))).toBe(1);
            const [outgoing] = await graph.runner.read((tx) => store.outgoing(tx, [ab.fromKey]));
            expect(outgoing).toEqual([ab, ac].sort((x, y) => x.toKey.localeCompare(y.toKey)));
            const incoming = await graph.runner.read((tx) =>
              store.incoming(tx, [ac.toKey, ab.toKey]),
            );
            expect(incoming).toEqual([[ac], [ab]]);

            expect(await graph.runner.write((tx) => store.delete(tx, [ab]))).toBe(1);
            expect(await graph.runner.read((tx) => store.outgoing(tx, [ab.fromKey]))).toEqual([
              [ac],
            ]);
            expect(await graph.runner.write((tx) => store.deleteAllFrom(tx, ab.fromKey))).toBe(1);
            expect(await graph.runner.read((tx) => store.outgoing(tx, [ab.fromKey]))).toEqual([[]]);
          });
        }
      }
    });

    describe('transactions', () => {
      it('a failing write changes nothing', async () => {
        const store = new NodeStore('Actor');
        const before = await graph.runner.read((tx) => store.count(tx));
        const first = sampleRow('Actor');
        await expect(
          graph.runner.write(async (tx) => {
            await store.create(tx, first);
            await store.create(tx, sampleRow('Actor', { slug: first.slug }));
          }),
        ).rejects.toBeInstanceOf(GraphConstraintError);
        expect(await graph.runner.read((tx) => store.count(tx))).toBe(before);
        expect(await graph.runner.read((tx) => store.get(tx, first.id))).toBeNull();
      });

      // LadybugDB runs one write transaction at a time; Neo4j runs them side by side at read
      // committed, so what one transaction read may change before it writes.
      it('concurrent updates of different properties of one node both last', async () => {
        const store = new NodeStore('Actor');
        const actor = await create('Actor');
        const writers = Array.from({ length: 6 }, (_, i) =>
          graph.runner.write((tx) =>
            store.update(
              tx,
              actor.id,
              i % 2 === 0 ? { name: `Name ${i}` } : { description: `Description ${i}` },
            ),
          ),
        );
        const results = await Promise.all(writers);
        const stored = await graph.runner.read((tx) => store.require(tx, actor.id));
        const lastName = results.map((r) => r.name).filter((n) => n.startsWith('Name '));
        const lastDescription = results
          .map((r) => r.description)
          .filter((d): d is string => typeof d === 'string' && d.startsWith('Description '));
        expect(lastName).toContain(stored.name);
        expect(lastDescription).toContain(stored.description);
        expect(stored.name).toMatch(/^Name \d$/);
        expect(stored.description).toMatch(/^Description \d$/);
      });

      it('concurrent creates of one key or one unique value: exactly one wins', async () => {
        const store = new NodeStore('Actor');
        const sameKey = sampleRow('Actor');
        const sameSlug = sampleRow('Actor');
        const attempts = [
          ...Array.from({ length: 3 }, (_, i) => ({ ...sameKey, slug: `${sameKey.slug}-${i}` })),
          ...Array.from({ length: 3 }, () => sampleRow('Actor', { slug: sameSlug.slug })),
        ];
        const outcomes = await Promise.allSettled(
          attempts.map((row) => graph.runner.write((tx) => store.create(tx, row))),
        );
        for (const outcome of outcomes) {
          if (outcome.status === 'rejected') {
            expect(outcome.reason).toBeInstanceOf(GraphConstraintError);
          }
        }
        const won = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [attempts[i]!] : []));
        expect(won.filter((r) => r.id === sameKey.id)).toHaveLength(1);
        expect(won.filter((r) => r.slug === sameSlug.slug)).toHaveLength(1);
        for (const row of won) made.push({ label: 'Actor', key: row.id });
        expect(await graph.runner.read((tx) => store.findKey(tx, 'slug', sameSlug.slug))).toBe(
          won.find((r) => r.slug === sameSlug.slug)?.id,
        );
      });

      it('rate-limit counters: concurrent hits all count, a lapsed window starts again', async () => {
        const id = `contract:${uuidv7()}`;
        made.push({ label: 'RateLimit', key: id });
        const now = 1_700_000_000_000;
        const hits = await Promise.all(
          Array.from({ length: 8 }, () =>
            graph.runner.write((tx) => graph.rateLimits.hit(tx, id, 60_000, now)),
          ),
        );
        expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        expect(await graph.runner.read((tx) => graph.rateLimits.windows(tx, [id], now))).toEqual([
          { count: 8, resetAt: now + 60_000 },
        ]);
        expect(
          await graph.runner.read((tx) => graph.rateLimits.windows(tx, [id], now + 60_000)),
        ).toEqual([null]);
        const later = await graph.runner.write((tx) =>
          graph.rateLimits.hit(tx, id, 60_000, now + 60_000),
        );
        expect(later).toEqual({ count: 1, resetAt: now + 120_000 });
        expect(
          await graph.runner.write((tx) => graph.rateLimits.deleteExpired(tx, now + 120_000)),
        ).toBeGreaterThanOrEqual(1);
        expect(await graph.runner.read((tx) => graph.rateLimits.nodes.get(tx, id))).toBeNull();
      });

      it('updating what does not exist is a not-found error', async () => {
        await expect(
          graph.runner.write((tx) => new NodeStore('Actor').update(tx, 'absent', { name: 'x' })),
        ).rejects.toBeInstanceOf(GraphNotFoundError);
      });

      it('searchable writes record outbox events in the same transaction', async () => {
        const before = (await graph.outbox.pendingStats(Date.now())).pending;
        const actor = await create('Actor');
        await create('Milestone');
        const after = await graph.outbox.pendingStats(Date.now());
        expect(after.pending).toBe(before + 1);
        const due = await graph.outbox.due(Date.now() + 1000, 10_000);
        const event = due.find((e) => e.entityId === actor.id);
        expect(event).toMatchObject({ entity: 'Actor', op: 'UPSERT', doneAt: 0, attempts: 0 });
        await graph.outbox.markFailed(event!.id, 'index down', Date.now() + 60_000);
        expect(
          (await graph.outbox.due(Date.now() + 1000, 10_000)).some((e) => e.id === event!.id),
        ).toBe(false);
        await graph.outbox.markDone([event!.id], Date.now());
        const done = await graph.outbox.due(Date.now() + 120_000, 10_000);
        expect(done.some((e) => e.id === event!.id)).toBe(false);
      });
    });

    describe('lists with filters and cursor paging', () => {
      const collect = async <T>(
        fetch: (after: string | null) => Promise<Page<T>>,
      ): Promise<T[]> => {
        const all: T[] = [];
        let after: string | null = null;
        for (;;) {
          const page: Page<T> = await fetch(after);
          all.push(...page.items);
          if (!page.hasNextPage) return all;
          after = page.endCursor;
        }
      };

      it('actors by kind, helix, topic, cluster, municipality and text, page by page', async () => {
        const tag = sampleRow('Topic');
        const topic = await create('Topic', { slug: tag.slug });
        const cluster = await create('Cluster');
        const municipality = await create('Municipality');
        const prefix = `zz-${topic.id}`;
        const actors: NodeRow<'Actor'>[] = [];
        for (let i = 0; i < 7; i++) {
          actors.push(
            await create('Actor', {
              name: `${prefix} ${String.fromCharCode(71 - i)}`,
              kind: i % 2 === 0 ? 'COMPANY' : 'RESEARCH_GROUP',
              helix: i % 2 === 0 ? 'INDUSTRY' : 'ACADEMIA',
              isTech: i < 3,
            }),
          );
        }
        await graph.runner.write(async (tx) => {
          for (const a of actors)
            await graph.actors.setTopics(tx, a.id, [{ topicId: topic.id, weight: 1 }]);
          await graph.clusters.setMembership(tx, actors[0]!.id, cluster.id, 'ACTIVE', 1);
          await graph.clusters.setMembership(tx, actors[1]!.id, cluster.id, 'REQUESTED', 1);
          await graph.actors.setMunicipality(tx, actors[2]!.id, municipality.code);
        });
        const list = (filter: Parameters<Graph['actors']['list']>[1], first = 2) =>
          collect((after) =>
            graph.runner.read((tx) => graph.actors.list(tx, filter, { first, after })),
          );

        const byTopic = await list({ topics: [topic.id] });
        expect(byTopic.map((a) => a.name)).toEqual(actors.map((a) => a.name).sort());
        expect((await list({ topics: [topic.id], kinds: ['COMPANY'] })).length).toBe(4);
        expect((await list({ topics: [topic.id], helices: ['ACADEMIA'] })).length).toBe(3);
        expect((await list({ topics: [topic.id], isTech: true })).length).toBe(3);
        expect((await list({ topics: [topic.id], isTech: false })).length).toBe(4);
        expect((await list({ clusters: [cluster.id] })).map((a) => a.id)).toEqual([actors[0]!.id]);
        expect((await list({ municipalities: [municipality.code] })).map((a) => a.id)).toEqual([
          actors[2]!.id,
        ]);
        expect((await list({ text: prefix.toUpperCase() })).length).toBe(7);
        // Several relationship filters at once (LadybugDB mis-evaluates OR-ed EXISTS in one WHERE).
        expect(
          (await list({ topics: [topic.id], clusters: [cluster.id], kinds: ['COMPANY'] })).map(
            (a) => a.id,
          ),
        ).toEqual([actors[0]!.id]);
        expect(
          await list({
            topics: [topic.id],
            clusters: [cluster.id],
            municipalities: [municipality.code],
          }),
        ).toEqual([]);
        const [topicRow] = await graph.runner.read((tx) =>
          graph.topics.nodes.getMany(tx, [topic.id]),
        );
        expect(topicRow?.actorCount).toBe(7);
        await expect(
          graph.runner.read((tx) => graph.actors.list(tx, {}, { first: 2, after: 'not-a-cursor' })),
        ).rejects.toBeInstanceOf(InvalidCursorError);
      });

      it('people: only listed ones when asked, by employer', async () => {
        const actor = await create('Actor');
        const listed = await create('Person', { listed: true });
        const unlisted = await create('Person', { listed: false });
        await graph.runner.write((tx) =>
          graph.people.worksAt.merge(tx, [
            { fromKey: listed.id, toKey: actor.id, role: null },
            { fromKey: unlisted.id, toKey: actor.id, role: null },
          ]),
        );
        const list = (listedOnly: boolean) =>
          graph.runner.read((tx) =>
            graph.people.list(tx, { listedOnly, actors: [actor.id] }, { first: 10 }),
          );
        expect((await list(true)).items.map((p) => p.id)).toEqual([listed.id]);
        expect((await list(false)).items.length).toBe(2);
        const withdrawn = await graph.runner.write((tx) =>
          graph.people.setListed(tx, listed.id, false, 5),
        );
        expect(withdrawn.listed).toBe(false);
        expect((await list(true)).items).toEqual([]);
      });

      it('opportunities newest first; private ones only for their poster', async () => {
        const poster = await create('Actor');
        const other = await create('Actor');
        const rows = [
          sampleRow('Opportunity', {
            createdAt: 3,
            visibility: 'PUBLIC',
            status: 'OPEN',
            kind: 'NEED',
          }),
          sampleRow('Opportunity', {
            createdAt: 2,
            visibility: 'PRIVATE',
            status: 'OPEN',
            kind: 'NEED',
          }),
          sampleRow('Opportunity', {
            createdAt: 1,
            visibility: 'PUBLIC',
            status: 'CLOSED',
            kind: 'OFFER',
          }),
        ];
        const topic = await create('Topic');
        await graph.runner.write(async (tx) => {
          for (const r of rows)
            await graph.opportunities.post(tx, poster.id, r, [{ topicId: topic.id, weight: 1 }]);
        });
        for (const r of rows) made.push({ label: 'Opportunity', key: r.id });
        const list = (privateVisibleTo: string[], extra = {}) =>
          collect((after) =>
            graph.runner.read((tx) =>
              graph.opportunities.list(
                tx,
                { postedBy: [poster.id], privateVisibleTo, ...extra },
                { first: 1, after },
              ),
            ),
          );
        expect((await list([poster.id])).map((o) => o.createdAt)).toEqual([3, 2, 1]);
        expect((await list([other.id])).map((o) => o.createdAt)).toEqual([3, 1]);
        expect((await list([], { statuses: ['OPEN'] })).map((o) => o.createdAt)).toEqual([3]);
        expect((await list([poster.id], { topics: [topic.id], kinds: ['OFFER'] })).length).toBe(1);
      });

      it('technologies by stage and TRL, with their history in date order', async () => {
        const origin = await create('Actor');
        const tech = await create('Technology', { stage: 'DISCLOSURE', trl: 2 });
        await graph.runner.write(async (tx) => {
          await graph.technologies.originatedAt.merge(tx, [{ fromKey: tech.id, toKey: origin.id }]);
          await graph.technologies.addMilestone(
            tx,
            tech.id,
            sampleRow('Milestone', { at: 20, stage: 'PROTECTION', trl: 4 }),
            20,
          );
          await graph.technologies.addMilestone(
            tx,
            tech.id,
            sampleRow('Milestone', { at: 10, stage: 'EVALUATION', trl: 3 }),
            21,
          );
        });
        const [history] = await graph.runner.read((tx) =>
          graph.technologies.history(tx, [tech.id]),
        );
        expect(history?.map((m) => m.at)).toEqual([10, 20]);
        for (const m of history ?? []) made.push({ label: 'Milestone', key: m.id });
        const list = (filter: Parameters<Graph['technologies']['list']>[1]) =>
          graph.runner.read((tx) =>
            graph.technologies.list(tx, { origins: [origin.id], ...filter }, { first: 5 }),
          );
        expect((await list({ stages: ['EVALUATION'] })).items.map((t) => t.id)).toEqual([tech.id]);
        expect((await list({ trlMin: 4 })).items).toEqual([]);
        expect((await list({ trlMax: 3 })).items.map((t) => t.trl)).toEqual([3]);
      });

      it('introductions: both sides see them, expiry and outcome counts', async () => {
        const requester = await create('Actor');
        const receiver = await create('Actor');
        const fresh = sampleRow('Introduction', {
          status: 'REQUESTED',
          expiresAt: 10_000,
          createdAt: 2,
        });
        const stale = sampleRow('Introduction', {
          status: 'REQUESTED',
          expiresAt: 100,
          createdAt: 1,
        });
        await graph.runner.write(async (tx) => {
          for (const i of [fresh, stale]) {
            await graph.introductions.create(tx, i, {
              requester: requester.id,
              receiver: receiver.id,
              via: null,
              about: null,
            });
          }
        });
        for (const i of [fresh, stale]) made.push({ label: 'Introduction', key: i.id });
        const page = await graph.runner.read((tx) =>
          graph.introductions.list(tx, { actors: [receiver.id] }, { first: 10 }),
        );
        expect(page.items.map((i) => i.id)).toEqual([fresh.id, stale.id]);
        const ends = await graph.runner.read((tx) => graph.introductions.ends(tx, [fresh.id]));
        expect(ends).toEqual([
          { requester: requester.id, receiver: receiver.id, via: null, about: null },
        ]);
        const expired = await graph.runner.write((tx) => graph.introductions.expireDue(tx, 1_000));
        expect(expired).toContain(stale.id);
        expect(expired).not.toContain(fresh.id);
        const counts = await graph.runner.read((tx) =>
          graph.introductions.outcomeCounts(tx, [receiver.id]),
        );
        expect(counts.get(receiver.id)).toEqual({ EXPIRED: 1, REQUESTED: 1 });
      });

      it('clusters, projects, topics and municipalities list and count', async () => {
        const cluster = await create('Cluster', { level: 'ARENA', endYear: null });
        const member = await create('Actor');
        await graph.runner.write((tx) =>
          graph.clusters.setMembership(tx, member.id, cluster.id, 'ACTIVE', 1),
        );
        const clusters = await graph.runner.read((tx) =>
          graph.clusters.list(
            tx,
            { text: cluster.name, activeOnly: true, levels: ['ARENA'] },
            { first: 5 },
          ),
        );
        expect(clusters.items.map((c) => c.id)).toEqual([cluster.id]);
        expect(
          await graph.runner.read((tx) =>
            graph.clusters.activeMemberCounts(tx, [cluster.id, 'absent']),
          ),
        ).toEqual([1, 0]);
        expect(
          await graph.runner.read((tx) => graph.clusters.membership(tx, member.id, cluster.id)),
        ).toMatchObject({ status: 'ACTIVE' });

        const project = await create('Project');
        await graph.runner.write((tx) =>
          graph.projects.participants.merge(tx, [
            { fromKey: member.id, toKey: project.id, role: 'PARTNER' },
          ]),
        );
        const projects = await graph.runner.read((tx) =>
          graph.projects.list(tx, { participants: [member.id] }, { first: 5 }),
        );
        expect(projects.items.map((p) => p.id)).toEqual([project.id]);

        const broad = await create('Topic');
        const narrow = await create('Topic');
        await graph.runner.write((tx) =>
          graph.topics.broader.merge(tx, [{ fromKey: narrow.id, toKey: broad.id }]),
        );
        const roots = await graph.runner.read((tx) =>
          graph.topics.list(tx, { text: broad.name, rootsOnly: true }, { first: 5 }),
        );
        expect(roots.items.map((t) => t.id)).toEqual([broad.id]);
        const narrowAsRoot = await graph.runner.read((tx) =>
          graph.topics.list(tx, { text: narrow.name, rootsOnly: true }, { first: 5 }),
        );
        expect(narrowAsRoot.items).toEqual([]);

        const municipality = await create('Municipality', { inRegion: true });
        const inRegion = await graph.runner.read((tx) =>
          graph.municipalities.list(tx, { inRegion: true }),
        );
        expect(inRegion.map((m) => m.code)).toContain(municipality.code);

        const counts = await graph.runner.read((tx) => graph.actors.regionCounts(tx));
        expect(counts.reduce((sum, c) => sum + c.actors, 0)).toBeGreaterThan(0);
        const kpi = await create('KpiObservation', { year: 1999 });
        expect((await graph.runner.read((tx) => graph.kpis.series(tx))).map((k) => k.id)).toContain(
          kpi.id,
        );
      });

      it('accounts: email lookup, representation claims, sessions', async () => {
        const user = await create('User', { email: `${sampleRow('User').id}@example.no` });
        const actor = await create('Actor');
        await graph.runner.write((tx) =>
          graph.accounts.represents.merge(tx, [
            { fromKey: user.id, toKey: actor.id, status: 'CLAIMED', role: null, since: 1 },
          ]),
        );
        expect(
          (
            await graph.runner.read((tx) =>
              graph.accounts.findByEmail(tx, user.email.toUpperCase()),
            )
          )?.id,
        ).toBe(user.id);
        const claims = await graph.runner.read((tx) =>
          graph.accounts.representationClaims(tx, ['CLAIMED']),
        );
        expect(claims).toContainEqual({
          userId: user.id,
          actorId: actor.id,
          status: 'CLAIMED',
          role: null,
          since: 1,
        });
        const session = await create('Session', { userId: user.id, expiresAt: 50 });
        expect(await graph.runner.read((tx) => graph.accounts.sessionIdsOf(tx, user.id))).toEqual([
          session.id,
        ]);
        expect(
          await graph.runner.write((tx) => graph.accounts.deleteExpiredSessions(tx, 100)),
        ).toBeGreaterThanOrEqual(1);
        expect(await graph.runner.read((tx) => graph.accounts.sessionIdsOf(tx, user.id))).toEqual(
          [],
        );
      });
    });
  });
}
