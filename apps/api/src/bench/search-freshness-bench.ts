/**
 * Time from a graph write to searchable, through the API path the server runs: an admin's
 * `updateActor` mutation over `yoga.fetch` → the mutation wakes the indexer (indexer.notify) →
 * the outbox batch is applied to the index → a `search` over `yoga.fetch` finds the new name.
 * For the embedded index and a real Meilisearch (started by the test harness; MEILI_URL /
 * MEILI_BIN override it), on the region seed in an in-memory LadybugDB store.
 *
 *   npm run bench:search-freshness -w @kobling/api -- [--rounds 3] [--runs 20]
 *
 * Each round measures `runs` writes; the figures are the medians over rounds of each round's
 * p50 and p95, with a baseline in the same rounds: the engine's own write of one document.
 *
 * Prints a JSON result and the markdown rows for docs/benchmarks.md.
 */
import { cpus } from 'node:os';
import type { Graph } from '@kobling/graph';
import {
  createEmbeddedSearchIndex,
  createMeilisearchIndex,
  startMeilisearchServer,
} from '@kobling/search';
import type { MeilisearchServer, SearchIndex } from '@kobling/search';
import { createSearchSync } from '@kobling/search-sync';
import { median, percentile } from '@kobling/seeds';
import type { SearchEngine } from '../search/runtime.ts';
import { gid, openMemoryGraph, openTestApi, seededGraph } from '../testing/fixture.ts';

/** Interval between the polling searches (each one also loads the engine). */
const POLL_MS = 10;
const TIMEOUT_MS = 30_000;
const ACTORS = ['actor:ntnu-amos', 'actor:ntnu-itk', 'actor:ntnu-ie'];

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The figures are reported to 0.01 ms. */
const hundredths = (ms: number) => Math.round(ms * 100) / 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A made-up word no document has, so the search finds exactly the renamed actor. */
function probeWord(run: number): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let n = run * 7919 + 104_729;
  let word = 'q';
  for (let i = 0; i < 9; i++) {
    word += letters[n % letters.length];
    n = Math.floor(n / letters.length) + run + i;
  }
  return word;
}

type Stat = { p50: number; p95: number };

interface EngineResult {
  readonly engine: SearchEngine;
  readonly documents: number;
  readonly rounds: number;
  readonly runsPerRound: number;
  /** Mutation sent → a search through the API answers with the new name. */
  readonly writeToSearchable: Stat;
  /** Mutation sent → the engine confirmed the indexer's write (searchable from then on). */
  readonly writeToConfirmed: Stat;
  /** Mutation answered → found: what the indexer adds after the write is acknowledged. */
  readonly ackToSearchable: Stat;
  readonly mutation: Stat;
  /** A search round-trip through yoga.fetch, the polling step's own cost. */
  readonly searchRoundTrip: Stat;
  /** Baseline in the same rounds: one renamed document upserted straight into the index. */
  readonly directUpsert: Stat;
  /** Slowest write → searchable seen in any round. */
  readonly maxWriteToSearchable: number;
}

/** Each round's p50 and p95; the medians over rounds (docs/benchmarks.md, method). */
function medianOfRounds(rounds: readonly (readonly number[])[]): Stat {
  return {
    p50: hundredths(median(rounds.map((r) => percentile(r, 50)))),
    p95: hundredths(median(rounds.map((r) => percentile(r, 95)))),
  };
}

async function measure(
  engine: SearchEngine,
  graph: Graph,
  inner: SearchIndex,
  rounds: number,
  runs: number,
): Promise<EngineResult> {
  // When the engine confirmed each title the indexer wrote: searchable from then on.
  const confirmedAt = new Map<string, number>();
  const index: SearchIndex = {
    ...inner,
    async upsert(docs) {
      await inner.upsert(docs);
      const at = performance.now();
      for (const doc of docs) confirmedAt.set(doc.title, at);
    },
  };
  const sync = createSearchSync(graph, index);
  await index.applySettings();
  const { documents } = await sync.reindex();
  sync.indexer.start();
  const t = await openTestApi({ graph, search: sync, searchEngine: engine });
  const admin = await t.makeUser({ isAdmin: true });
  const mutation =
    'mutation($id: ID!, $name: String!) { updateActor(id: $id, input: { name: $name }) { __typename } }';
  const query =
    'query($q: String!) { search(query: $q, first: 3, types: [ACTOR]) { edges { title } } }';
  const found = async (q: string, name: string) => {
    const { body } = await t.gql(query, { q });
    const edges =
      (body.data as { search: { edges: { title: string }[] } } | undefined)?.search.edges ?? [];
    return edges.some((e) => e.title === name);
  };
  const sample = (await inner.search({ query: '', types: ['actor'], limit: 1, offset: 0 })).hits[0]
    ?.document;
  if (!sample) throw new Error('The index has no actor to use as the baseline document');

  const series = {
    write: [] as number[][],
    confirmed: [] as number[][],
    ack: [] as number[][],
    mutate: [] as number[][],
    trips: [] as number[][],
    upsert: [] as number[][],
  };
  const warmup = 5;
  let probe = 0;
  try {
    for (let round = -1; round < rounds; round++) {
      // Round -1 warms up and is not counted.
      const count = round < 0 ? warmup : runs;
      const r = {
        write: [] as number[],
        confirmed: [] as number[],
        ack: [] as number[],
        mutate: [] as number[],
        trips: [] as number[],
        upsert: [] as number[],
      };
      for (let run = 0; run < count; run++) {
        probe += 1;
        const word = probeWord(probe);
        const name = `Freshness probe ${word}`;
        const started = performance.now();
        const { body } = await t.gql(
          mutation,
          { id: gid('Actor', ACTORS[probe % ACTORS.length] ?? ''), name },
          admin,
        );
        const acked = performance.now();
        if (
          (body.data as { updateActor?: { __typename: string } } | undefined)?.updateActor
            ?.__typename !== 'MutationUpdateActorSuccess'
        ) {
          throw new Error(`updateActor failed: ${JSON.stringify(body)}`);
        }
        for (;;) {
          const before = performance.now();
          const ok = await found(word, name);
          r.trips.push(performance.now() - before);
          if (ok) break;
          if (performance.now() - started > TIMEOUT_MS)
            throw new Error(`Not searchable after ${TIMEOUT_MS} ms (${engine})`);
          await sleep(POLL_MS);
        }
        const searchable = performance.now();
        r.write.push(searchable - started);
        r.confirmed.push((confirmedAt.get(name) ?? searchable) - started);
        r.ack.push(searchable - acked);
        r.mutate.push(acked - started);
        // Baseline: the engine's own write of one renamed document (a new word, as the renames
        // bring), without graph, outbox or API.
        const before = performance.now();
        await inner.upsert([
          {
            ...sample,
            title: `Baseline probe ${probeWord(100_000 + probe)}`,
            updatedAt: sample.updatedAt + probe,
          },
        ]);
        r.upsert.push(performance.now() - before);
      }
      if (round >= 0)
        for (const key of Object.keys(series) as (keyof typeof series)[]) series[key].push(r[key]);
    }
  } finally {
    await sync.indexer.stop();
  }
  const status = await sync.indexer.status();
  if (status.lastError) console.warn(`${engine}: the indexer's last error: ${status.lastError}`);
  return {
    engine,
    documents,
    rounds,
    runsPerRound: runs,
    writeToSearchable: medianOfRounds(series.write),
    writeToConfirmed: medianOfRounds(series.confirmed),
    ackToSearchable: medianOfRounds(series.ack),
    mutation: medianOfRounds(series.mutate),
    searchRoundTrip: medianOfRounds(series.trips),
    directUpsert: medianOfRounds(series.upsert),
    maxWriteToSearchable: hundredths(Math.max(...series.write.flat())),
  };
}

async function main(): Promise<void> {
  const runs = argument('runs', 20);
  const rounds = argument('rounds', 3);
  const results: EngineResult[] = [];

  const embeddedGraph = await seededGraph(openMemoryGraph);
  try {
    results.push(
      await measure('embedded', embeddedGraph, createEmbeddedSearchIndex(), rounds, runs),
    );
  } finally {
    await embeddedGraph.close();
  }

  let server: MeilisearchServer | null = null;
  const meiliGraph = await seededGraph(openMemoryGraph);
  try {
    server = await startMeilisearchServer();
    const index = createMeilisearchIndex({
      host: server.url,
      apiKey: server.masterKey,
      indexUid: `freshness_${Date.now().toString(36)}`,
    });
    results.push(await measure('meilisearch', meiliGraph, index, rounds, runs));
  } finally {
    await meiliGraph.close();
    await server?.stop();
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}`;
  console.info(
    JSON.stringify({ machine, date: new Date().toISOString().slice(0, 10), results }, null, 2),
  );
  const row = (s: Stat) => `${s.p50} / ${s.p95} ms`;
  console.info(
    '\n| engine | write → found by search | write → index confirmed | acknowledged → found | mutation | search round-trip | baseline: direct upsert |',
  );
  console.info('|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.info(
      `| ${r.engine} (${r.documents} documents) | ${row(r.writeToSearchable)} (max ${r.maxWriteToSearchable} ms) | ${row(r.writeToConfirmed)} | ${row(r.ackToSearchable)} | ${row(r.mutation)} | ${row(r.searchRoundTrip)} | ${row(r.directUpsert)} |`,
    );
  }
}

await main();
