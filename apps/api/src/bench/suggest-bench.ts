import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openGraph } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
// TEMPORARY relative imports, as in ./suggest-store.ts: seeds exports no package surface yet.
import { writeSection } from '@kobling/seeds';
import type { BenchArgs, BenchReport, BenchSuite } from '@kobling/seeds';
import { fmtInt, fmtMs, percentile } from '@kobling/seeds';
import { actorId, mulberry32 } from '@kobling/seeds';
import { suggestPartners } from '../matchmaking/service.ts';
import { createApi } from '../yoga.ts';
import { prepareNeo4jSuggestStore, prepareSuggestStore } from './suggest-store.ts';

/*
 * `suggestPartners`, top 20 with explanations, through GraphQL (yoga.fetch in-process) on the
 * embedded store holding a generated graph (seeds generator + bulk loader). Seekers are random
 * actors of the graph, so hub and niche actors, every kind, with and without projects all appear.
 * Same-run baselines: a bare `{ __typename }` through the same yoga, a `RETURN 1` store
 * round-trip, and the same suggestions without GraphQL (service call: retrieval + kernel).
 * Targets (DESIGN §12): p95 ≤ 50 ms at 100k actors / 1M edges, ≤ 250 ms at 1M / 10M.
 */

export const SUGGEST_SECTION = 'Matchmaking through GraphQL (issue 5)';

/** The query the site's "suggested partners" panel sends: top 20, every reason with its evidence. */
export const SUGGEST_QUERY = /* GraphQL */ `
  query Suggest($actorId: ID!) {
    suggestPartners(seeker: { actorId: $actorId }, first: 20, language: EN) {
      actor {
        id
        name
        kind
        helix
      }
      score
      quadrant
      isExistingPartner
      components {
        feature
        value
        weight
        contribution
      }
      reasons {
        feature
        points
        text
        evidence {
          sharedTopics {
            id
            name
          }
          relatedTopics {
            topic {
              id
              name
            }
            wanted {
              id
              name
            }
            relation
          }
          sharedClusters {
            id
            name
          }
          sharedProjects {
            id
            title
          }
          introducers {
            actor {
              id
              name
            }
            withSeeker {
              kind
              name
            }
            withCandidate {
              kind
              name
            }
          }
          answersNeed {
            needTitle
            by
            offer {
              id
              title
            }
          }
          locality
          municipality {
            code
            name
          }
          projectCount
          technologyCount
          introductionsPositive
          introductionsAnswered
        }
      }
    }
  }
`;

export interface SuggestBenchOptions {
  readonly actors: number;
  readonly seed: number;
  /** Runs of `reads` sequential requests each. */
  readonly runs: number;
  readonly reads: number;
  /** Folder for the loaded store (kept and reused: loading 1M actors takes long). */
  readonly dir?: string;
  /** LadybugDB (default, a kept file store) or a real Neo4j 5.26 loaded for this run. */
  readonly engine?: 'ladybug' | 'neo4j';
  readonly log?: (line: string) => void;
}

export interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly samples: number;
}

export interface SuggestBenchResult {
  readonly engine: 'ladybug' | 'neo4j';
  readonly actors: number;
  readonly nodeRows: number;
  readonly relationshipRows: number;
  readonly loadMs: number | null;
  readonly graphql: Latency;
  readonly service: Latency;
  readonly typename: Latency;
  readonly ping: Latency;
  readonly roundTripsPerRequest: number;
  readonly meanSuggestions: number;
  readonly peakRssBytes: number;
}

const summarize = (samples: readonly number[]): Latency => ({
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  p99: percentile(samples, 99),
  samples: samples.length,
});

export async function runSuggestBench(options: SuggestBenchOptions): Promise<SuggestBenchResult> {
  const log = options.log ?? (() => {});
  const dir = options.dir ?? join(tmpdir(), `kobling-suggest-${options.actors}-${options.seed}`);
  const engine = options.engine ?? 'ladybug';
  let store: { nodeRows: number; relationshipRows: number; loadMs: number | null };
  let graph: Graph;
  let closeStore: () => Promise<void>;
  if (engine === 'neo4j') {
    const neo4j = await prepareNeo4jSuggestStore({
      actors: options.actors,
      seed: options.seed,
      log,
    });
    store = neo4j;
    graph = neo4j.graph;
    closeStore = () => neo4j.close();
  } else {
    const ladybug = await prepareSuggestStore({
      actors: options.actors,
      seed: options.seed,
      dir,
      log,
    });
    store = ladybug;
    graph = await openGraph({
      engine: 'ladybug',
      path: ladybug.path,
      bufferPoolBytes: ladybug.bufferPoolBytes,
    });
    closeStore = () => graph.close();
  }
  let peakRss = process.memoryUsage().rss;
  const rssTimer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 200);
  try {
    const api = createApi({
      graph,
      logger: { warn: (...args: unknown[]) => log(`warn: ${args.map(String).join(' ')}`) },
    });
    const post = async (query: string, variables: object) => {
      const response = await api.fetch('http://bench.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as {
        data?: { suggestPartners?: unknown[] };
        errors?: unknown;
      };
      if (body.errors) throw new Error(`bench query failed: ${JSON.stringify(body.errors)}`);
      return body;
    };
    const gid = (id: string) => Buffer.from(`Actor:${id}`).toString('base64');
    const random = mulberry32(options.seed + 5);
    const seekers = Array.from({ length: options.runs * options.reads }, () =>
      actorId(Math.floor(random() * options.actors)),
    );
    const warm = Array.from({ length: 30 }, () => actorId(Math.floor(random() * options.actors)));

    log('warming up');
    for (const id of warm) await post(SUGGEST_QUERY, { actorId: gid(id) });

    const time = async (work: (i: number) => Promise<unknown>, n: number) => {
      const samples: number[] = [];
      for (let i = 0; i < n; i += 1) {
        const started = performance.now();
        await work(i);
        samples.push(performance.now() - started);
      }
      return samples;
    };
    const n = seekers.length;
    log(`GraphQL: ${n} requests`);
    let suggestions = 0;
    const tripsBefore = graph.runner.roundTrips;
    const graphqlSamples = await time(async (i) => {
      const body = await post(SUGGEST_QUERY, { actorId: gid(seekers[i]!) });
      suggestions += body.data?.suggestPartners?.length ?? 0;
    }, n);
    const roundTrips = (graph.runner.roundTrips - tripsBefore) / n;
    log('service (no GraphQL)');
    const serviceSamples = await time(
      (i) => suggestPartners(graph, { type: 'ACTOR', id: seekers[i]! }, {}, 20),
      n,
    );
    log('baselines');
    const typenameSamples = await time(() => post('{ __typename }', {}), Math.min(n, 500));
    const pingSamples = await time(
      () => graph.runner.read((tx) => graph.actors.nodes.get(tx, seekers[0]!)),
      Math.min(n, 500),
    );
    return {
      engine,
      actors: options.actors,
      nodeRows: store.nodeRows,
      relationshipRows: store.relationshipRows,
      loadMs: store.loadMs,
      graphql: summarize(graphqlSamples),
      service: summarize(serviceSamples),
      typename: summarize(typenameSamples),
      ping: summarize(pingSamples),
      roundTripsPerRequest: roundTrips,
      meanSuggestions: suggestions / n,
      peakRssBytes: peakRss,
    };
  } finally {
    clearInterval(rssTimer);
    await closeStore();
  }
}

const GiB = 1024 * 1024 * 1024;

export function suggestMarkdown(results: readonly SuggestBenchResult[], note = ''): string {
  const row = (what: string, l: Latency) =>
    `| ${what} | ${fmtMs(l.p50)} | ${fmtMs(l.p95)} | ${fmtMs(l.p99)} | ${fmtInt(l.samples)} |`;
  const lines: string[] = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npx -c 'node apps/api/src/bench/suggest-bench.ts'\` ` +
      '(`runSuggestBench` in `apps/api/src/bench/suggest-bench.ts`), Node ' +
      `${process.version}, 2 cores shared with other work. Store: a LadybugDB file store, and with \`--engine neo4j\` also a ` +
      'real Neo4j 5.26 (tools/neo4j-test-server, its own JVM, reached over Bolt on loopback), each holding the same graph from the seeds ' +
      'generator (seed 1), loaded with the bulk loader, measured one after the other in the same run. Each request: `suggestPartners(seeker: { actorId }, first: 20)` with ' +
      'every component and every reason with all its evidence (`SUGGEST_QUERY`), sent through `yoga.fetch` in-process; ' +
      'seekers are random actors (every kind, hubs and niche actors). Percentiles pooled over all requests, ms.',
    '',
  ];
  for (const r of results) {
    const target = r.actors >= 1_000_000 ? 250 : 50;
    lines.push(
      `**${r.engine === 'neo4j' ? 'Neo4j' : 'LadybugDB'}, ${fmtInt(r.actors)} actors** — ${fmtInt(r.nodeRows)} nodes, ${fmtInt(r.relationshipRows)} relationships` +
        `${r.loadMs !== null ? `, generated and loaded in ${fmtMs(r.loadMs / 1000)} s` : ''}; ` +
        `${r.roundTripsPerRequest.toFixed(1)} store round-trips per request; ${r.meanSuggestions.toFixed(1)} suggestions per answer; ` +
        `peak RSS ${(r.peakRssBytes / GiB).toFixed(2)} GiB. Target p95 ≤ ${target} ms: **${r.graphql.p95 <= target ? 'met' : 'not met'}**.`,
      '',
      '| what | p50 | p95 | p99 | requests |',
      '|---|---|---|---|---|',
      row('**suggestPartners, top 20 explained, through GraphQL**', r.graphql),
      row('the same without GraphQL (retrieval + ranking, `suggestPartners` service)', r.service),
      row('baseline: `{ __typename }` through the same yoga', r.typename),
      row('baseline: actor by id in a read transaction', r.ping),
      '',
    );
  }
  if (note) lines.push(note, '');
  return lines.join('\n');
}

/** For `npm run bench` (seeds/src/bench registry shape); see the report on why it is not registered there. */
export const suggestSuite: BenchSuite = {
  name: 'suggest',
  describe: 'suggestPartners top 20 with explanations through GraphQL on a generated graph',
  async run(args: BenchArgs): Promise<BenchReport> {
    const result = await runSuggestBench({
      actors: args.actors,
      seed: args.seed,
      runs: args.runs,
      reads: Math.max(50, Math.round(args.reads / 5)),
      log: (l) => console.info(`  ${l}`),
    });
    return { section: SUGGEST_SECTION, markdown: suggestMarkdown([result]) };
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      actors: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '1' },
      reads: { type: 'string', default: '300' },
      dir: { type: 'string' },
      engine: { type: 'string', default: 'ladybug' },
      write: { type: 'boolean', default: false },
    },
  });
  if (values.engine !== 'ladybug' && values.engine !== 'neo4j') {
    throw new Error(`--engine must be ladybug or neo4j, got ${values.engine}`);
  }
  // Neo4j is measured beside LadybugDB, in the same run, on the same generated graph.
  const engines =
    values.engine === 'neo4j' ? (['ladybug', 'neo4j'] as const) : (['ladybug'] as const);
  const sizes = String(values.actors).split(',').map(Number);
  const results: SuggestBenchResult[] = [];
  for (const actors of sizes) {
    for (const engine of engines) {
      console.info(`suggest bench: ${actors} actors on ${engine}`);
      const result = await runSuggestBench({
        actors,
        engine,
        seed: Number(values.seed),
        runs: Number(values.runs),
        reads: Number(values.reads),
        ...(values.dir ? { dir: resolve(values.dir) } : {}),
        log: (l) => console.info(`  ${l}`),
      });
      console.info(JSON.stringify(result, null, 2));
      results.push(result);
    }
  }
  if (values.write) {
    const doc = fileURLToPath(new URL('../../../../docs/benchmarks.md', import.meta.url));
    writeSection(doc, SUGGEST_SECTION, suggestMarkdown(results));
    console.info(`wrote "${SUGGEST_SECTION}" in docs/benchmarks.md`);
  }
}
