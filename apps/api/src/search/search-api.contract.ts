import { municipalityCodeFormatError, trlError } from '@kobling/domain';
import type { Graph } from '@kobling/graph';
import { createEmbeddedSearchIndex } from '@kobling/search';
import type { SearchIndex } from '@kobling/search';
import { allDocuments, createSearchSync } from '@kobling/search-sync';
import type { SearchSync } from '@kobling/search-sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { gid, mutate, openTestApi, seededGraph } from '../testing/fixture.ts';
import type { AsUser, TestApi } from '../testing/fixture.ts';
import type { SearchEngine } from './runtime.ts';

/*
 * The search API through yoga.fetch on the seeded region, one suite for both engines: the
 * engine under test is filled from the graph with createSearchSync, as the server does.
 */

export interface EngineUnderTest {
  readonly index: SearchIndex;
  close(): Promise<void>;
}

interface Hit {
  cursor: string;
  type: string;
  title: string;
  highlights: { title: string; body: string };
  node: { __typename: string; id: string; helix?: string; kind?: string; listed?: boolean };
}
interface Results {
  totalCount: number;
  facets: { name: string; values: { value: string; count: number }[] }[];
  edges: Hit[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const SEARCH = /* GraphQL */ `
  query Search(
    $query: String!
    $types: [SearchType!]
    $filters: SearchFilters
    $facets: [SearchFacet!]
    $sort: SearchSort
    $first: Int
    $after: String
  ) {
    search(
      query: $query
      types: $types
      filters: $filters
      facets: $facets
      sort: $sort
      first: $first
      after: $after
    ) {
      totalCount
      facets {
        name
        values {
          value
          count
        }
      }
      edges {
        cursor
        type
        title
        highlights {
          title
          body
        }
        node {
          __typename
          id
          ... on Actor {
            helix
            kind
          }
          ... on Person {
            listed
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const AUTOCOMPLETE = /* GraphQL */ `
  query Autocomplete($prefix: String!, $first: Int) {
    autocomplete(prefix: $prefix, first: $first) {
      nodeId
      type
      title
      slug
    }
  }
`;
const STATUS = '{ searchStatus { engine running pending oldestAgeMs lastError documents } }';
const REINDEX = /* GraphQL */ `
  mutation {
    result: reindexSearch {
      __typename
      ... on Error {
        message
      }
      ... on MutationReindexSearchSuccess {
        data {
          documents
          durationMs
          engine
        }
      }
    }
  }
`;

async function reindexAs(
  t: TestApi,
  as?: AsUser,
): Promise<{ __typename: string; data?: Record<string, unknown> }> {
  const { body } = await t.gql(REINDEX, {}, as);
  expect(body.errors).toBeUndefined();
  return (body.data as { result: { __typename: string; data?: Record<string, unknown> } }).result;
}

export function describeSearchApi(
  name: string,
  engine: SearchEngine,
  open: () => Promise<EngineUnderTest>,
): void {
  describe(`search through the API on ${name}`, () => {
    let graph: Graph;
    let target: EngineUnderTest;
    let sync: SearchSync;
    let t: TestApi;
    let admin: AsUser;

    beforeAll(async () => {
      graph = await seededGraph();
      target = await open();
      sync = createSearchSync(graph, target.index, { baseBackoffMs: 1, maxBackoffMs: 5 });
      await target.index.applySettings();
      await sync.reindex();
      t = await openTestApi({ graph, search: sync, searchEngine: engine });
      admin = await t.makeUser({ isAdmin: true });
    });
    afterAll(async () => {
      await sync?.indexer.stop();
      await target?.close();
      await graph?.close();
    });

    async function search(variables: Record<string, unknown>, as?: AsUser): Promise<Results> {
      const { body } = await t.gql(SEARCH, variables, as);
      expect(body.errors).toBeUndefined();
      return (body.data as { search: Results }).search;
    }
    async function suggest(prefix: string, first = 8) {
      const { body } = await t.gql(AUTOCOMPLETE, { prefix, first });
      expect(body.errors).toBeUndefined();
      return (
        body.data as {
          autocomplete: { nodeId: string; type: string; title: string; slug: string | null }[];
        }
      ).autocomplete;
    }

    it('finds seeded entities with a typo, and their nodes through the loaders', async () => {
      const result = await search({ query: 'aquaculure', first: 10 });
      expect(result.totalCount).toBeGreaterThan(0);
      const topic = result.edges.find((e) => e.type === 'TOPIC' && e.title === 'Aquaculture');
      expect(topic?.node).toEqual({ __typename: 'Topic', id: gid('Topic', 'topic:aquaculture') });
      expect(result.edges.some((e) => e.type === 'ACTOR' && e.node.__typename === 'Actor')).toBe(
        true,
      );
    });

    it('finds the actors that work on a topic by one of its synonyms', async () => {
      // "undervannsdroner" is a synonym of the topic Underwater robotics, in no actor's text.
      const all = await search({ query: 'undervannsdroner', first: 20 });
      expect(all.edges.map((e) => e.title)).toContain('Underwater robotics');
      const actors = await search({ query: 'undervannsdroner', types: ['ACTOR'], first: 50 });
      const titles = actors.edges.map((e) => e.title);
      expect(titles).toEqual(
        expect.arrayContaining([
          'Blueye Robotics',
          'NTNU AMOS (Autonomous Marine Operations and Systems)',
          'NTNU VISTA subsea autonomy centre',
        ]),
      );
    });

    it('finds English entities from a bokmål word and the other way round', async () => {
      const nb = await search({ query: 'havbruk', types: ['TOPIC'] });
      expect(nb.edges.map((e) => e.title)).toContain('Aquaculture');
      const en = await search({ query: 'aquaculture', types: ['TOPIC'] });
      expect(en.edges.map((e) => e.title)).toContain('Aquaculture');
    });

    it('counts facets over all matches and filters by them', async () => {
      const facets = ['TYPE', 'KIND', 'HELIX', 'MUNICIPALITY', 'TOPICS', 'STAGE'];
      const all = await search({ query: 'aquaculture', facets, first: 50 });
      expect(all.facets.map((f) => f.name)).toEqual(facets);
      const byName = Object.fromEntries(
        all.facets.map((f) => [f.name, new Map(f.values.map((v) => [v.value, v.count]))]),
      );
      const actors = byName.TYPE?.get('ACTOR') ?? 0;
      expect(actors).toBeGreaterThan(0);
      expect([...(byName.TYPE?.values() ?? [])].reduce((a, b) => a + b, 0)).toBe(all.totalCount);
      expect(byName.TOPICS?.has('aquaculture')).toBe(true);
      expect([...(byName.MUNICIPALITY?.keys() ?? [])].every((code) => /^\d{4}$/.test(code))).toBe(
        true,
      );

      const narrowed = await search({
        query: 'aquaculture',
        types: ['ACTOR'],
        filters: { helix: ['INDUSTRY'] },
        facets: ['TYPE'],
        first: 50,
      });
      expect(narrowed.totalCount).toBeGreaterThan(0);
      expect(narrowed.totalCount).toBeLessThanOrEqual(actors);
      expect(narrowed.facets[0]?.values).toEqual([{ value: 'ACTOR', count: narrowed.totalCount }]);
      expect(
        narrowed.edges.every((e) => e.node.__typename === 'Actor' && e.node.helix === 'INDUSTRY'),
      ).toBe(true);

      const inTrondheim = await search({
        query: '',
        types: ['ACTOR'],
        filters: { municipality: ['5001'], kind: ['COMPANY'] },
        first: 50,
      });
      expect(inTrondheim.totalCount).toBeGreaterThan(0);
      expect(inTrondheim.edges.every((e) => e.node.kind === 'COMPANY')).toBe(true);

      const technologies = await search({
        query: '',
        types: ['TECHNOLOGY'],
        filters: { trlMin: 4, trlMax: 9 },
        sort: 'TRL_DESC',
        facets: ['TRL'],
      });
      const trls = technologies.facets[0]?.values.map((v) => Number(v.value)) ?? [];
      expect(trls.length).toBeGreaterThan(0);
      expect(trls.every((trl) => trl >= 4 && trl <= 9)).toBe(true);
    });

    it('marks the matched words in HTML-safe highlights', async () => {
      const result = await search({ query: 'drone', types: ['TECHNOLOGY'] });
      const hit = result.edges.find((e) => e.title === 'Cooperative docking for underwater drones');
      expect(hit?.highlights.title).toBe('Cooperative docking for underwater <mark>drones</mark>');
      for (const e of result.edges) {
        for (const html of [e.highlights.title, e.highlights.body]) {
          // Only <mark> is markup; everything else is escaped text.
          expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
        }
      }
      expect(result.edges.some((e) => e.highlights.body.includes('<mark>'))).toBe(true);
    });

    it('pages with opaque cursors without repeats', async () => {
      const whole = await search({ query: 'technology', first: 12 });
      expect(whole.totalCount).toBeGreaterThan(12);
      const first = await search({ query: 'technology', first: 5 });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await search({
        query: 'technology',
        first: 7,
        after: first.pageInfo.endCursor,
      });
      const paged = [...first.edges, ...second.edges].map((e) => e.node.id);
      expect(new Set(paged).size).toBe(12);
      expect(paged).toEqual(whole.edges.map((e) => e.node.id));
      const last = await search({
        query: 'technology',
        first: 50,
        after: whole.edges.at(-1)?.cursor,
      });
      expect(last.edges.map((e) => e.node.id)).not.toContain(whole.edges.at(-1)?.node.id);
    });

    it('never shows an unlisted person, through search or autocomplete', async () => {
      const page = await graph.people.list(
        graph.runner,
        { listedOnly: false, actors: [], topics: [], text: '' },
        { first: 100, after: null },
      );
      const unlisted = page.items.find((p) => !p.listed);
      const listed = page.items.find((p) => p.listed);
      if (!unlisted || !listed) throw new Error('The seed should have listed and unlisted people');
      const hidden = await search({ query: unlisted.name, types: ['PERSON'] });
      expect(hidden.edges.map((e) => e.node.id)).not.toContain(gid('Person', unlisted.id));
      expect((await suggest(unlisted.name)).map((s) => s.nodeId)).not.toContain(
        gid('Person', unlisted.id),
      );

      // A consent withdrawn moments ago: the index still has the person, the loaders do not.
      const shown = await search({ query: listed.name, types: ['PERSON'] });
      expect(shown.edges.map((e) => e.node.id)).toContain(gid('Person', listed.id));
      await graph.runner.write((tx) => graph.people.setListed(tx, listed.id, false, Date.now()));
      try {
        expect(
          (await search({ query: listed.name, types: ['PERSON'] })).edges.map((e) => e.node.id),
        ).not.toContain(gid('Person', listed.id));
        expect((await suggest(listed.name)).map((s) => s.nodeId)).not.toContain(
          gid('Person', listed.id),
        );
        await sync.indexer.drain();
        expect((await target.index.allIds()).has(`person:${listed.id}`)).toBe(false);
      } finally {
        await graph.runner.write((tx) => graph.people.setListed(tx, listed.id, true, Date.now()));
        await sync.indexer.drain();
      }
      expect(
        (await search({ query: listed.name, types: ['PERSON'] })).edges.map((e) => e.node.id),
      ).toContain(gid('Person', listed.id));
    });

    it('never shows a PRIVATE opportunity, not even to its poster', async () => {
      const title = 'Quietly seeking cryogenic kelp desalination partners';
      const posted = await mutate(
        t,
        'postOpportunity',
        {
          decl: '$actorId: ID!, $input: PostOpportunityInput!',
          call: 'actorId: $actorId, input: $input',
          variables: {
            actorId: gid('Actor', 'actor:ntnu'),
            input: { kind: 'NEED', title, visibility: 'PRIVATE' },
          },
        },
        'id visibility',
        admin,
      );
      expect(posted.data).toMatchObject({ visibility: 'PRIVATE' });
      await sync.indexer.drain();
      for (const as of [undefined, admin]) {
        const result = await search(
          { query: 'cryogenic kelp desalination', types: ['OPPORTUNITY'] },
          as,
        );
        expect(result.edges.map((e) => e.title)).not.toContain(title);
      }
      expect((await suggest('Quietly seeking')).map((s) => s.title)).not.toContain(title);
    });

    it('makes a mutation searchable once the indexer has run, woken by the mutation', async () => {
      const name = 'Zephyrine Subsea Robotics';
      expect((await search({ query: name })).edges.map((e) => e.title)).not.toContain(name);
      const updated = await mutate(
        t,
        'updateActor',
        {
          decl: '$id: ID!, $input: UpdateActorInput!',
          call: 'id: $id, input: $input',
          variables: { id: gid('Actor', 'actor:ntnu-amos'), input: { name } },
        },
        'name',
        admin,
      );
      expect(updated.data).toEqual({ name });
      await sync.indexer.drain();
      const found = await search({ query: 'zephyrine' });
      expect(found.edges[0]).toMatchObject({
        type: 'ACTOR',
        title: name,
        node: { id: gid('Actor', 'actor:ntnu-amos') },
      });
      expect((await suggest('Zephyr')).map((s) => s.title)).toContain(name);

      // With the indexer running and a long idle sleep, only the mutation's notify wakes it.
      const renamed = 'Zephyrine Deep Robotics';
      const sleepy = createSearchSync(graph, target.index, { idleMs: 10 * 60_000 });
      const api = await openTestApi({ graph, search: sleepy, searchEngine: engine });
      sleepy.indexer.start();
      try {
        await expect.poll(() => sleepy.indexer.status().then((s) => s.lastSuccessAt ?? 0)).toBe(0);
        const again = await mutate(
          api,
          'updateActor',
          {
            decl: '$id: ID!, $input: UpdateActorInput!',
            call: 'id: $id, input: $input',
            variables: { id: gid('Actor', 'actor:ntnu-amos'), input: { name: renamed } },
          },
          'name',
          admin,
        );
        expect(again.data).toEqual({ name: renamed });
        await expect
          .poll(async () => (await search({ query: 'zephyrine' })).edges[0]?.title, {
            timeout: 10_000,
          })
          .toBe(renamed);
      } finally {
        await sleepy.indexer.stop();
      }
    });

    it('suggests titles as you type, with node ids', async () => {
      const suggestions = await suggest('aqua', 5);
      expect(suggestions.length).toBeGreaterThan(0);
      expect(suggestions.length).toBeLessThanOrEqual(5);
      expect(suggestions.every((s) => s.title.toLowerCase().includes('aqua'))).toBe(true);
      const topic = suggestions.find((s) => s.type === 'TOPIC' && s.title === 'Aquaculture');
      expect(topic).toMatchObject({
        nodeId: gid('Topic', 'topic:aquaculture'),
        slug: 'aquaculture',
      });
      expect(await suggest('   ')).toEqual([]);
    });

    it('refuses bad input with the field that is wrong', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ query: 'x'.repeat(201) }, 'query'],
        [{ query: 'x', first: 51 }, 'first'],
        [{ query: 'x', first: 0 }, 'first'],
        [{ query: 'x', after: 'bm90LWEtY3Vyc29y' }, 'after'],
        [{ query: 'x', filters: { trlMin: 0 } }, 'trlMin'],
        [{ query: 'x', filters: { trlMin: 7, trlMax: 3 } }, 'trlMax'],
        [{ query: 'x', filters: { municipality: ['Trondheim'] } }, 'municipality'],
        [{ query: 'x', filters: { kind: ['ROBOT'] } }, 'kind'],
      ];
      for (const [variables, field] of cases) {
        const { body } = await t.gql(SEARCH, variables);
        expect(body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(
          'BAD_USER_INPUT',
        );
        const fields = body.errors?.[0]?.extensions?.fields as { path: string[] }[];
        expect(
          fields.some((f) => f.path.includes(field)),
          JSON.stringify(fields),
        ).toBe(true);
      }
      // The filters are checked by the domain's checks, so they say what the rest of the API says.
      const messages: [Record<string, unknown>, string | null][] = [
        [{ trlMin: 0 }, trlError(0)],
        [{ municipality: ['Trondheim'] }, municipalityCodeFormatError('Trondheim')],
      ];
      for (const [filters, message] of messages) {
        const bad = await t.gql(SEARCH, { query: 'x', filters });
        expect(bad.body.errors?.[0]?.extensions?.fields).toEqual([
          expect.objectContaining({ message }),
        ]);
      }
      const { body } = await t.gql(AUTOCOMPLETE, { prefix: 'a', first: 21 });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('lets only admins see the status and rebuild the index', async () => {
      const user = await t.makeUser();
      for (const as of [undefined, user]) {
        const status = await t.gql(STATUS, {}, as);
        expect(status.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect((await reindexAs(t, as)).__typename).toBe('ForbiddenError');
      }

      let expected = 0;
      for await (const _ of allDocuments(graph)) expected += 1;
      const reindex = await reindexAs(t, admin);
      expect(reindex).toMatchObject({
        __typename: 'MutationReindexSearchSuccess',
        data: { documents: expected, engine: engine.toUpperCase() },
      });
      const { body } = await t.gql(STATUS, {}, admin);
      expect(body.errors).toBeUndefined();
      expect((body.data as { searchStatus: unknown }).searchStatus).toMatchObject({
        engine: engine.toUpperCase(),
        pending: 0,
        oldestAgeMs: null,
        documents: expected,
      });
    });
  });
}

/** An API without a search index answers its search fields with SEARCH_UNAVAILABLE. */
export function describeWithoutSearch(): void {
  describe('an API without a search index', () => {
    let t: TestApi;
    beforeAll(async () => {
      t = await openTestApi();
    });
    afterAll(async () => {
      await t.close();
    });

    it('answers search and autocomplete with SEARCH_UNAVAILABLE, reindexSearch with the typed error', async () => {
      for (const query of [SEARCH, AUTOCOMPLETE]) {
        const { body } = await t.gql(query, { query: 'x', prefix: 'x' });
        expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'SEARCH_UNAVAILABLE' } });
      }
      const admin = await t.makeUser({ isAdmin: true });
      expect(await reindexAs(t, admin)).toMatchObject({
        __typename: 'SearchUnavailableError',
        message: 'Search is not configured on this server',
      });
      // The rest of the API works.
      const { body } = await t.gql('{ actor(slug: "ntnu") { name } }');
      expect(body.data).toEqual({ actor: { name: 'NTNU' } });
    });

    it('answers SEARCH_UNAVAILABLE when the engine fails, and logs it as a warning', async () => {
      const embedded = createEmbeddedSearchIndex();
      const down = new Error('connect ECONNREFUSED 127.0.0.1:7700');
      const failing: SearchIndex = {
        ...embedded,
        search: () => Promise.reject(down),
        autocomplete: () => Promise.reject(down),
      };
      const api = await openTestApi({ graph: t.graph, search: createSearchSync(t.graph, failing) });
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      try {
        for (const query of [SEARCH, AUTOCOMPLETE]) {
          const { body } = await api.gql(query, { query: 'x', prefix: 'x' });
          expect(body.errors?.[0]).toMatchObject({
            message: 'Search is not available right now; try again in a moment',
            extensions: { code: 'SEARCH_UNAVAILABLE' },
          });
        }
        expect(warn).toHaveBeenCalledWith(expect.stringContaining('ECONNREFUSED'));
      } finally {
        warn.mockRestore();
        await embedded.close();
      }
    });
  });
}
