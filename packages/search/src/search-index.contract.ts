import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchDocument } from './document.ts';
import type { SearchIndex, SearchRequest } from './port.ts';
import { buildSearchDocument as doc } from './testing/document-factory.ts';

/** A fresh, empty index for one test, and how to remove it afterwards. */
export interface SearchIndexFixture {
  readonly index: SearchIndex;
  cleanup(): Promise<void>;
}

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  query: '',
  limit: 20,
  offset: 0,
  ...overrides,
});

const ids = (result: { hits: readonly { document: SearchDocument }[] }) =>
  result.hits.map((h) => h.document.id).sort();

/**
 * The behaviour every SearchIndex adapter must have. Registered once per adapter, each test on
 * a fresh index from the factory.
 */
export function searchIndexContract(
  adapterName: string,
  createFixture: () => Promise<SearchIndexFixture>,
): void {
  describe(`SearchIndex contract: ${adapterName}`, () => {
    let fixture: SearchIndexFixture;
    let index: SearchIndex;

    beforeEach(async () => {
      fixture = await createFixture();
      index = fixture.index;
      await index.applySettings();
    });

    afterEach(async () => {
      await fixture.cleanup();
    });

    const salmon = () =>
      doc({
        entityId: 'salmon',
        title: 'Salmon aquaculture in Trøndelag',
        body: 'Sustainable aquaculture with sensors and machine learning for fish welfare.',
        kind: 'COMPANY',
        helix: 'INDUSTRY',
        municipality: '5001',
        municipalityName: 'Trondheim',
        topics: ['aquaculture', 'machine-learning'],
        topicNames: ['Aquaculture', 'Havbruk', 'Machine learning', 'Maskinlæring'],
        stage: 'SCALEUP',
        isTech: true,
      });
    const battery = () =>
      doc({
        entityId: 'battery',
        title: 'Batterilaboratoriet',
        body: 'Forskning på batterier og fornybar energi.',
        kind: 'RESEARCH_GROUP',
        helix: 'ACADEMIA',
        municipality: '5001',
        municipalityName: 'Trondheim',
        topics: ['energy'],
        topicNames: ['Energy', 'Energi'],
      });
    const wood = () =>
      doc({
        entityId: 'wood',
        title: 'Trebyggeriet',
        body: 'Vi bygger hus i massivtre.',
        kind: 'COMPANY',
        helix: 'INDUSTRY',
        municipality: '5035',
        municipalityName: 'Stjørdal',
        topics: ['construction'],
        topicNames: ['Construction', 'Bygg'],
        stage: 'ESTABLISHED',
        isTech: false,
      });

    it('upserts idempotently and replaces a document as a whole', async () => {
      const a = salmon();
      await index.upsert([a, battery()]);
      await index.upsert([a, battery()]);
      expect(await index.count()).toBe(2);

      await index.upsert([
        {
          ...a,
          title: 'Kelp farming at Frøya',
          body: '',
          topicNames: [],
          updatedAt: a.updatedAt + 1,
        },
      ]);
      expect(await index.count()).toBe(2);
      expect(ids(await index.search(request({ query: 'salmon' })))).toEqual([]);
      const kelp = await index.search(request({ query: 'kelp' }));
      expect(ids(kelp)).toEqual([a.id]);
      expect((await index.allIds()).get(a.id)).toBe(a.updatedAt + 1);
    });

    it('deletes idempotently, including ids it never had', async () => {
      const a = salmon();
      const b = battery();
      await index.upsert([a, b]);
      await index.delete([a.id, 'actor:never-indexed']);
      await index.delete([a.id]);
      await index.delete([]);
      expect(await index.count()).toBe(1);
      expect([...(await index.allIds()).keys()]).toEqual([b.id]);
      expect(ids(await index.search(request({ query: 'aquaculture' })))).toEqual([]);
    });

    it('tolerates typos', async () => {
      const a = salmon();
      await index.upsert([a, battery(), wood()]);
      expect(ids(await index.search(request({ query: 'aquaculure' })))).toContain(a.id);
      expect(ids(await index.search(request({ query: 'aquacultrue' })))).toContain(a.id);
    });

    it('finds documents in the other language through synonyms', async () => {
      const english = doc({
        entityId: 'en',
        title: 'Aquaculture robotics',
        body: 'Net pen inspection.',
      });
      const bokmal = doc({
        entityId: 'nb',
        title: 'Maskinlæring for industrien',
        body: 'Vi lager modeller.',
      });
      const unrelated = doc({ entityId: 'other', title: 'Bakery', body: 'Bread.' });
      await index.upsert([english, bokmal, unrelated]);

      expect(ids(await index.search(request({ query: 'havbruk' })))).toEqual([english.id]);
      expect(ids(await index.search(request({ query: 'fiskeoppdrett' })))).toEqual([english.id]);
      expect(ids(await index.search(request({ query: 'machine learning' })))).toContain(bokmal.id);
      expect(ids(await index.search(request({ query: 'maskinlæring' })))).toEqual([bokmal.id]);
    });

    it('finds another inflection of a word, in bokmål and in English', async () => {
      const lab = battery();
      const robots = doc({
        entityId: 'robots',
        title: 'Subsea robots',
        body: 'We are building inspection robots.',
      });
      await index.upsert([lab, robots, wood()]);
      // "batterier" in the text; the definite singular and the English plural are asked for.
      expect(ids(await index.search(request({ query: 'batteriet' })))).toContain(lab.id);
      expect(ids(await index.search(request({ query: 'robot' })))).toContain(robots.id);
      const [hit] = (await index.search(request({ query: 'batteriet' }))).hits;
      expect(hit?.highlights.body).toContain('<mark>batterier</mark>');
    });

    it('ignores stop words; a query of stop words only finds what its last word begins', async () => {
      const ships = doc({
        entityId: 'ships',
        title: 'Collision avoidance for ships',
        body: 'Machine learning with radar and sonar.',
      });
      const bakery = doc({
        entityId: 'bakery',
        title: 'Bakeriet',
        body: 'Bread with butter for the town. Brød med smør og syltetøy.',
      });
      const energy = doc({ entityId: 'energy', title: 'Fornybar energi', body: 'Sol og vind.' });
      await index.upsert([ships, bakery, energy]);
      const find = async (query: string) => ids(await index.search(request({ query })));

      // "with" would find the bakery.
      expect(await find('collision avoidance with machine learning')).toEqual([ships.id]);
      expect(await find('sonar med')).toEqual([ships.id]);
      const [hit] = (await index.search(request({ query: 'radar with' }))).hits;
      expect(hit?.highlights.body).toBe('Machine learning with <mark>radar</mark> and sonar.');
      // Stop words alone, in any case, name nothing.
      expect(await find('Med og WITH')).toEqual([]);
      expect(await find('the ')).toEqual([]);
      expect(await index.autocomplete('med og ', 5)).toEqual([]);
      // A stop word typed last may be the start of a word being typed ("for" → "fornybar").
      expect(await find('For')).toEqual([energy.id]);
    });

    it('keeps the words that only phrase a need searchable: "IT" and "partner" find something', async () => {
      const consultancy = doc({ entityId: 'it', title: 'IT Partner Trøndelag', body: 'Drift.' });
      await index.upsert([consultancy, wood()]);
      expect(ids(await index.search(request({ query: 'IT' })))).toEqual([consultancy.id]);
      expect(ids(await index.search(request({ query: 'partner ' })))).toEqual([consultancy.id]);
    });

    it('ranks the documents holding more of the query words first, then by the better field', async () => {
      const topic = doc({
        type: 'topic',
        title: 'Robotics',
        topicNames: ['Robotics', 'Robotikk'],
        body: 'Robots and robotic systems.',
      });
      const named = doc({ title: 'Nordic subsea Robotics', body: 'Inspection drones.' });
      const nordic = doc({ title: 'Nordic bakery', body: 'Bread and robotics courses.' });
      await index.upsert([topic, nordic, named]);
      const ranked = (await index.search(request({ query: 'nordic robotics' }))).hits.map(
        (h) => h.document.id,
      );
      // Both words, one of them in the title, beat one word however often it appears.
      expect(ranked.slice(0, 2)).toEqual([named.id, nordic.id]);
    });

    it('filters by type and every facet field, AND across fields and OR within one', async () => {
      const a = salmon();
      const b = battery();
      const c = wood();
      const tech = doc({
        type: 'technology',
        entityId: 'tech',
        title: 'Fish welfare sensor',
        topics: ['aquaculture'],
        topicNames: ['Aquaculture', 'Havbruk'],
        stage: 'LICENSING',
        trl: 6,
      });
      const cluster = doc({
        type: 'cluster',
        entityId: 'cluster',
        title: 'Ocean cluster',
        level: 'NCE',
        topics: ['aquaculture'],
        topicNames: ['Aquaculture', 'Havbruk'],
      });
      await index.upsert([a, b, c, tech, cluster]);

      const find = async (r: Partial<SearchRequest>) => ids(await index.search(request(r)));
      expect(await find({ types: ['actor'] })).toEqual([a.id, b.id, c.id].sort());
      expect(await find({ types: ['technology', 'cluster'] })).toEqual(
        [tech.id, cluster.id].sort(),
      );
      expect(await find({ filters: { kind: ['COMPANY'] } })).toEqual([a.id, c.id].sort());
      expect(
        await find({ filters: { kind: ['COMPANY'], helix: ['INDUSTRY'], municipality: ['5035'] } }),
      ).toEqual([c.id]);
      expect(await find({ filters: { helix: ['ACADEMIA', 'INDUSTRY'] } })).toEqual(
        [a.id, b.id, c.id].sort(),
      );
      expect(await find({ filters: { topics: ['aquaculture'] } })).toEqual(
        [a.id, tech.id, cluster.id].sort(),
      );
      expect(await find({ filters: { topics: ['energy', 'construction'] } })).toEqual(
        [b.id, c.id].sort(),
      );
      expect(await find({ filters: { stage: ['LICENSING', 'SCALEUP'] } })).toEqual(
        [a.id, tech.id].sort(),
      );
      expect(await find({ filters: { trl: { min: 5, max: 9 } } })).toEqual([tech.id]);
      expect(await find({ filters: { trl: { max: 5 } } })).toEqual([]);
      expect(await find({ filters: { isTech: true } })).toEqual([a.id]);
      expect(await find({ filters: { isTech: false } })).toEqual([c.id]);
      expect(await find({ filters: { level: ['NCE'] } })).toEqual([cluster.id]);
      expect(await find({ query: 'aquaculture', types: ['actor'] })).toEqual([a.id]);
      expect(await find({ filters: { synthetic: true } })).toEqual([]);
    });

    it('counts facets over the matching documents', async () => {
      await index.upsert([
        salmon(),
        battery(),
        wood(),
        doc({ type: 'technology', title: 'Sensor', trl: 4, topics: ['aquaculture'] }),
        doc({ type: 'technology', title: 'Membrane', trl: 4, topics: ['energy'] }),
        doc({ type: 'cluster', title: 'Arena', level: 'ARENA' }),
      ]);
      const all = await index.search(
        request({
          facets: [
            'type',
            'kind',
            'helix',
            'municipality',
            'topics',
            'stage',
            'trl',
            'isTech',
            'level',
          ],
        }),
      );
      expect(all.total).toBe(6);
      expect(all.facets.type).toEqual({ actor: 3, technology: 2, cluster: 1 });
      expect(all.facets.kind).toEqual({ COMPANY: 2, RESEARCH_GROUP: 1 });
      expect(all.facets.helix).toEqual({ INDUSTRY: 2, ACADEMIA: 1 });
      expect(all.facets.municipality).toEqual({ '5001': 2, '5035': 1 });
      expect(all.facets.topics).toEqual({
        aquaculture: 2,
        energy: 2,
        construction: 1,
        'machine-learning': 1,
      });
      expect(all.facets.stage).toEqual({ SCALEUP: 1, ESTABLISHED: 1 });
      expect(all.facets.trl).toEqual({ '4': 2 });
      expect(all.facets.isTech).toEqual({ true: 1, false: 1 });
      expect(all.facets.level).toEqual({ ARENA: 1 });

      const actors = await index.search(request({ types: ['actor'], facets: ['helix', 'type'] }));
      expect(actors.facets).toEqual({ helix: { INDUSTRY: 2, ACADEMIA: 1 }, type: { actor: 3 } });
    });

    it('highlights matched words in escaped text', async () => {
      const a = doc({
        title: 'R&D: "Aquaculture" <lab>',
        body: 'We work on aquaculture and energy.',
      });
      await index.upsert([a]);
      const [hit] = (await index.search(request({ query: 'aquaculture' }))).hits;
      expect(hit?.highlights.title).toBe(
        'R&amp;D: &quot;<mark>Aquaculture</mark>&quot; &lt;lab&gt;',
      );
      expect(hit?.highlights.body).toBe('We work on <mark>aquaculture</mark> and energy.');
      const [typo] = (await index.search(request({ query: 'aquaculure' }))).hits;
      expect(typo?.highlights.body).toContain('<mark>aquaculture</mark>');
      const [none] = (await index.search(request({ query: '' }))).hits;
      expect(none?.highlights.title).toBe('R&amp;D: &quot;Aquaculture&quot; &lt;lab&gt;');
    });

    it('sorts by a field in both directions', async () => {
      const techs = [3, 7, 1, 9, 5].map((trl, i) =>
        doc({ type: 'technology', title: `Technology ${'abcde'[i]}`, trl, updatedAt: 1_000 + i }),
      );
      await index.upsert(techs);
      const trls = async (direction: 'asc' | 'desc') =>
        (await index.search(request({ sort: { field: 'trl', direction } }))).hits.map(
          (h) => h.document.trl,
        );
      expect(await trls('asc')).toEqual([1, 3, 5, 7, 9]);
      expect(await trls('desc')).toEqual([9, 7, 5, 3, 1]);
      const byUpdated = await index.search(
        request({ sort: { field: 'updatedAt', direction: 'desc' } }),
      );
      expect(byUpdated.hits.map((h) => h.document.updatedAt)).toEqual([
        1004, 1003, 1002, 1001, 1000,
      ]);
      const byTitle = await index.search(
        request({ query: 'technology', sort: { field: 'title', direction: 'asc' } }),
      );
      expect(byTitle.hits.map((h) => h.document.title)).toEqual(
        ['a', 'b', 'c', 'd', 'e'].map((x) => `Technology ${x}`),
      );
    });

    it('pages through results without gaps or repeats', async () => {
      const docs = Array.from({ length: 25 }, (_, i) =>
        doc({ title: `Energy company ${i}`, updatedAt: 10_000 + i }),
      );
      await index.upsert([...docs, wood()]);
      const seen: string[] = [];
      for (const offset of [0, 10, 20]) {
        const page = await index.search(
          request({
            query: 'energy',
            limit: 10,
            offset,
            sort: { field: 'updatedAt', direction: 'asc' },
          }),
        );
        expect(page.total).toBe(25);
        seen.push(...page.hits.map((h) => h.document.id));
      }
      expect(seen).toEqual(docs.map((d) => d.id));
      const odd = await index.search(
        request({
          query: 'energy',
          limit: 4,
          offset: 3,
          sort: { field: 'updatedAt', direction: 'asc' },
        }),
      );
      expect(odd.hits.map((h) => h.document.id)).toEqual(docs.slice(3, 7).map((d) => d.id));
    });

    it('rebuilds into a fresh index and swaps it in', async () => {
      const a = salmon();
      const b = battery();
      const c = wood();
      await index.upsert([a, b]);
      async function* source() {
        yield { ...b, title: 'Batterisenteret', updatedAt: b.updatedAt + 5 };
        yield c;
      }
      await index.rebuild(source());
      expect(await index.count()).toBe(2);
      expect(await index.allIds()).toEqual(
        new Map([
          [b.id, b.updatedAt + 5],
          [c.id, c.updatedAt],
        ]),
      );
      expect(ids(await index.search(request({ query: 'aquaculture' })))).toEqual([]);
      expect(ids(await index.search(request({ query: 'batterisenteret' })))).toEqual([b.id]);
      // The swapped-in index has the settings: typos and synonyms still work.
      expect(ids(await index.search(request({ query: 'construction' })))).toEqual([c.id]);
      expect(ids(await index.search(request({ query: 'trebygeriet' })))).toEqual([c.id]);
      // And it takes writes.
      await index.upsert([a]);
      expect(await index.count()).toBe(3);
      await index.rebuild([]);
      expect(await index.count()).toBe(0);
    });

    it('autocompletes titles from a prefix', async () => {
      const a = doc({ title: 'Aquaculture Robotics', slug: 'aquaculture-robotics' });
      const b = doc({ type: 'topic', title: 'Aquaculture', slug: 'aquaculture' });
      const c = doc({ title: 'Energy systems' });
      await index.upsert([a, b, c]);
      const suggestions = await index.autocomplete('aquac', 5);
      expect(suggestions.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
      expect(suggestions.find((s) => s.id === a.id)).toEqual({
        id: a.id,
        type: 'actor',
        entityId: a.entityId,
        title: 'Aquaculture Robotics',
        slug: 'aquaculture-robotics',
      });
      expect(await index.autocomplete('aquac', 1)).toHaveLength(1);
      expect(await index.autocomplete('', 5)).toEqual([]);
    });

    it('lists every id with its version for the reconciler', async () => {
      const docs = Array.from({ length: 30 }, (_, i) => doc({ updatedAt: 5_000 + i }));
      await index.upsert(docs);
      expect(await index.allIds()).toEqual(new Map(docs.map((d) => [d.id, d.updatedAt])));
    });
  });
}
