import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyMigrations,
  benchQueries,
  bulkLoad,
  openLadybugRunner,
  openNeo4jRunner,
} from '@kobling/graph';
import type { BulkLoadResult, CypherRunner } from '@kobling/graph';
import { mulberry32 } from '@kobling/domain';
import { ladybugBufferPoolFor, startNeo4jBenchServer } from './bench-stores.ts';
import { actorId, generateGraph } from '../generator/index.ts';
import type { BenchArgs, BenchEngine, BenchReport, BenchSuite } from './registry.ts';
import { fmtInt, fmtMs, measureLatency } from './stats.ts';
import type { LatencySummary } from './stats.ts';

const GiB = 1024 * 1024 * 1024;

/** What LadybugDB 0.19.1's COPY FROM does, found by experiment while building the bulk loader. */
const COPY_NOTES = [
  'Notes on LadybugDB 0.19.1 `COPY FROM` CSV (packages/graph/src/bulk):',
  '',
  '- Quotes inside a quoted field are doubled (`""`); a backslash is not an escape. An empty field, quoted or not, loads as NULL, so an empty string cannot be bulk loaded.',
  '- A quoted newline needs `PARALLEL=FALSE`; the loader sets it only for files that contain one.',
  '- `STRING[]` is `"[a,b]"`; elements are taken verbatim (quotes around an element are kept), so elements with `,` `[` `]` or quotes are refused by the loader.',
  "- A rel table with several label pairs needs `(from='A', to='B')`; the first two columns are the endpoint keys.",
  '- COPY appends to non-empty node and rel tables, but a duplicate key fails the whole COPY and relationships are never de-duplicated: bulk load is for empty stores.',
  '- The cost is dominated by the DOUBLE `weight` of HAS_TOPIC: the same 1M edges copy several times faster without it, or as INT64/STRING, or with the database opened with compression off (`new Database(path, pool, false)`): float compression, not CSV parsing, is the cost (casting from a STRING column in a `LOAD FROM` subquery is just as slow).',
];

/**
 * Shares of all actors above which a topic counts as a hub and is skipped by the 2-hop read;
 * each cap is measured (with a few hundred topics and ~10 topics per actor the average topic
 * holds ~3% of actors, so the cap decides how much of the graph one read touches).
 */
const HUB_TOPIC_SHARES = [0.02, 0.05] as const;

/** What one engine did with the generated graph. */
interface EngineFigures {
  readonly engine: BenchEngine;
  readonly setup: string;
  readonly method: 'copy' | 'unwind';
  readonly load: BulkLoadResult;
  /** Generating the graph, which the load streams from. */
  readonly prepareMs: number;
  readonly ping: LatencySummary;
  readonly point: LatencySummary;
  readonly twoHops: readonly { maxTopicActors: number; share: number; summary: LatencySummary }[];
  readonly topicActorCounts: readonly number[];
}

const ENGINE_NAMES: Record<BenchEngine, string> = { ladybug: 'LadybugDB', neo4j: 'Neo4j 5.26' };

/** An empty store of the engine, schema applied, and how it was set up (for the report). */
async function openBenchStore(
  engine: BenchEngine,
  actors: number,
): Promise<{ runner: CypherRunner; setup: string; close(): Promise<void> }> {
  if (engine === 'ladybug') {
    const bufferPoolBytes = ladybugBufferPoolFor(actors);
    const dir = mkdtempSync(join(tmpdir(), 'kobling-bench-store-'));
    // Compression off: LadybugDB compresses DOUBLE columns (topic weights) slowly on bulk load.
    const runner = openLadybugRunner({
      path: join(dir, 'graph.lbug'),
      bufferPoolBytes,
      readConnections: 1,
      compression: false,
    });
    await applyMigrations(runner);
    return {
      runner,
      setup: `file store in a temp folder, buffer pool ${bufferPoolBytes / GiB} GiB, in this process`,
      close: async () => {
        await runner.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = await startNeo4jBenchServer(actors);
  const runner = openNeo4jRunner(server.connection);
  await applyMigrations(runner);
  return {
    runner,
    setup: server.setup,
    close: async () => {
      await runner.close();
      await server.stop();
    },
  };
}

async function measureEngine(
  engine: BenchEngine,
  args: BenchArgs,
  onRss: () => void,
): Promise<EngineFigures> {
  const store = await openBenchStore(engine, args.actors);
  const { runner } = store;
  try {
    const generateStarted = performance.now();
    const graph = generateGraph({ actors: args.actors, seed: args.seed });
    const prepareMs = performance.now() - generateStarted;
    const method = engine === 'ladybug' ? 'copy' : 'unwind';
    let lastLog = 0;
    const load = await bulkLoad(runner, graph.chunks(), {
      method,
      onProgress: (p) => {
        // COPY reports once per table; staging and UNWIND report every chunk, so thin those out.
        if (p.phase !== 'load' || method === 'unwind') {
          if (p.elapsedMs - lastLog < 5000) return;
          lastLog = p.elapsedMs;
        }
        console.info(
          `  ${engine} ${p.phase} ${p.table}: ${fmtInt(p.rows)} rows; ${fmtInt(p.totalRows)} in all at ${fmtMs(p.elapsedMs / 1000)} s`,
        );
      },
    });
    onRss();

    const random = mulberry32(args.seed + 1);
    const randomActor = () => actorId(Math.floor(random() * args.actors));
    // Warm-up: first touches read pages from disk, compile plans and (Neo4j) warm the JVM's JIT;
    // every figure, the baseline included, is of a warm store.
    for (let i = 0; i < 500; i += 1) {
      await runner.run(benchQueries.ping, {});
      await runner.run(benchQueries.actorById, { id: randomActor() });
    }
    const ping = await measureLatency(args.runs, args.reads, () =>
      runner.run(benchQueries.ping, {}),
    );
    const point = await measureLatency(args.runs, args.reads, () =>
      runner.run(benchQueries.actorById, { id: randomActor() }),
    );
    const twoHopReads = Math.max(50, Math.round(args.reads / 5));
    const twoHops: EngineFigures['twoHops'][number][] = [];
    for (const share of HUB_TOPIC_SHARES) {
      const maxTopicActors = Math.round(args.actors * share);
      const read = () =>
        runner.run(benchQueries.sharedTopicPartners, {
          id: randomActor(),
          maxTopicActors,
          limit: 20,
        });
      for (let i = 0; i < 20; i += 1) await read();
      twoHops.push({
        maxTopicActors,
        share,
        summary: await measureLatency(args.runs, twoHopReads, read),
      });
    }
    onRss();
    const topicActorCounts = [...graph.topicActorCounts];
    return {
      engine,
      setup: store.setup,
      method,
      load,
      prepareMs,
      ping,
      point,
      twoHops,
      topicActorCounts,
    };
  } finally {
    await store.close();
  }
}

/**
 * Graph store (issue 2; Neo4j beside it, issue 10): bulk load a generated graph, then point
 * reads and a 2-hop read through catalogued queries, against a `RETURN 1` round-trip and an
 * in-process Map.get measured in the same run. With `--engine neo4j` the same generated graph
 * (same seed) is loaded into LadybugDB and into a real Neo4j 5.26, one after the other.
 */
export const storeSuite: BenchSuite = {
  name: 'store',
  describe: 'bulk load rate, point read and 2-hop read latency, per engine',
  async run(args: BenchArgs): Promise<BenchReport> {
    const loadAtStart = loadavg()[0] ?? 0;
    let peakRss = process.memoryUsage().rss;
    const sampleRss = () => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    };
    const rssTimer = setInterval(sampleRss, 200);
    const figures: EngineFigures[] = [];
    try {
      for (const engine of args.engines) figures.push(await measureEngine(engine, args, sampleRss));
    } finally {
      clearInterval(rssTimer);
    }

    const map = new Map<string, number>();
    for (let i = 0; i < args.actors; i += 1) map.set(actorId(i), i);
    const mapGet = await measureLatency(args.runs, args.reads, (r, i) => {
      map.get(actorId((i * 7919 + r) % args.actors));
      return Promise.resolve();
    });

    const first = figures[0];
    if (!first) throw new Error('bench store: no engine measured');
    const topicEdges = first.topicActorCounts.reduce((t, c) => t + c, 0);
    const names = figures.map((f) => ENGINE_NAMES[f.engine]);
    const cells = (cell: (f: EngineFigures) => string) => figures.map(cell).join(' | ');
    const header = (what: string) => [
      `| ${what} | ${names.join(' | ')} |`,
      `|---|${figures.map(() => '---|').join('')}`,
    ];
    const rate = (f: EngineFigures) => {
      const totalMs = f.prepareMs + f.load.elapsedMs;
      return (f.load.relationshipRows * 1000) / totalMs;
    };
    const latency = (s: LatencySummary, ping: LatencySummary) =>
      `${fmtMs(s.p50)} / ${fmtMs(s.p95)} (${(s.p50 / ping.p50).toFixed(1)}×)`;

    const lines: string[] = [
      `Graph: ${fmtInt(args.actors)} actors (seed ${args.seed}), ${fmtInt(first.load.nodeRows)} nodes, ` +
        `${fmtInt(first.load.relationshipRows)} relationships of which ${fmtInt(topicEdges)} actor HAS_TOPIC edges; ` +
        `the same generated graph for every engine. Run on ${new Date().toISOString().slice(0, 10)}, ` +
        `1-minute load average ${loadAtStart.toFixed(1)} at start and ${(loadavg()[0] ?? 0).toFixed(1)} at end on 2 cores ` +
        '(other work shared the machine; compare ratios, not absolute times, across runs).',
      '',
      ...figures.map((f) => `- ${ENGINE_NAMES[f.engine]}: ${f.setup}.`),
      '',
      '**Bulk load** (empty store, schema applied first; LadybugDB: generator → CSV files → `COPY FROM`; Neo4j: generator → batched `UNWIND … CREATE` transactions over Bolt):',
      '',
      ...header('measure'),
      `| end to end (generate + load) | ${cells((f) => `${fmtMs((f.prepareMs + f.load.elapsedMs) / 1000)} s`)} |`,
      `| relationships / s, end to end (target ≥ 20,000) | ${cells((f) => `**${fmtInt(rate(f))}**`)} |`,
      `| rows / s, end to end | ${cells((f) => fmtInt(((f.load.nodeRows + f.load.relationshipRows) * 1000) / (f.prepareMs + f.load.elapsedMs)))} |`,
      `| load step only | ${cells((f) => `${fmtMs(f.load.loadMs / 1000)} s, ${fmtInt((f.load.relationshipRows * 1000) / f.load.loadMs)} relationships/s`)} |`,
      `| generate (+ write CSV for COPY; UNWIND streams from the generator) | ${cells((f) => `${fmtMs((f.prepareMs + f.load.stageMs) / 1000)} s`)} |`,
      '',
      `Peak RSS of the bench process: ${(peakRss / GiB).toFixed(2)} GiB (LadybugDB runs inside it; Neo4j in its own JVM).`,
      '',
      `**Reads** (warm store, sequential, random actors; p50 / p95 in ms, and p50 as a multiple of the same engine's \`RETURN 1\` p50; ${first.point.runs} runs × ${first.point.readsPerRun} reads, 2-hop ${first.twoHops[0]?.summary.readsPerRun ?? 0} reads):`,
      '',
      ...header('read'),
      `| baseline: in-process \`Map.get\` | ${figures.map(() => `${fmtMs(mapGet.p50)} / ${fmtMs(mapGet.p95)}`).join(' | ')} |`,
      `| baseline: \`RETURN 1\` round-trip | ${cells((f) => latency(f.ping, f.ping))} |`,
      `| point read: actor by id (\`bench.actorById\`) | ${cells((f) => latency(f.point, f.ping))} |`,
      ...HUB_TOPIC_SHARES.map(
        (share, i) =>
          `| 2-hop: top 20 actors sharing topics, Adamic-Adar, topics ≤ ${fmtInt(Math.round(args.actors * share))} actors (${share * 100}%) (\`bench.sharedTopicPartners\`) | ${cells(
            (f) => {
              const h = f.twoHops[i];
              return h ? latency(h.summary, f.ping) : '—';
            },
          )} |`,
      ),
    ];
    const counts = [...first.topicActorCounts].sort((a, b) => b - a);
    lines.push(
      '',
      `Topic popularity (actors per topic, ${counts.length} topics): max ${fmtInt(counts[0] ?? 0)}, ` +
        `median ${fmtInt(counts[Math.floor(counts.length / 2)] ?? 0)}, min ${fmtInt(counts.at(-1) ?? 0)}.`,
    );
    lines.push('', ...COPY_NOTES);
    console.info(lines.join('\n'));
    return { section: 'Graph store (issue 2)', markdown: lines.join('\n') };
  },
};
