import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, openLadybugRunner } from '@kobling/graph';
import { actorId, generateGraph, mulberry32 } from '../generator/index.ts';
import { benchQueries, bulkLoad } from '@kobling/graph';
import type { BenchArgs, BenchReport, BenchSuite } from './registry.ts';
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

/**
 * Graph store (issue 2): bulk load a generated graph into a LadybugDB file store, then point
 * reads and a 2-hop read through catalogued queries, against a `RETURN 1` round-trip and an
 * in-process Map.get measured in the same run.
 */
export const storeSuite: BenchSuite = {
  name: 'store',
  describe: 'LadybugDB bulk load rate, point read and 2-hop read latency',
  async run(args: BenchArgs): Promise<BenchReport> {
    const bufferPoolBytes = Math.min(12, Math.max(2, Math.ceil(args.actors / 100_000) * 2)) * GiB;
    const loadAtStart = loadavg()[0] ?? 0;
    const dir = mkdtempSync(join(tmpdir(), 'kobling-bench-store-'));
    let peakRss = process.memoryUsage().rss;
    const sampleRss = () => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    };
    const rssTimer = setInterval(sampleRss, 200);
    // Compression off: LadybugDB compresses DOUBLE columns (topic weights) slowly on bulk load.
    const runner = openLadybugRunner({
      path: join(dir, 'graph.lbug'),
      bufferPoolBytes,
      readConnections: 1,
      compression: false,
    });
    try {
      await applyMigrations(runner);
      const generateStarted = performance.now();
      const graph = generateGraph({ actors: args.actors, seed: args.seed });
      const prepareMs = performance.now() - generateStarted;
      let lastLog = 0;
      const result = await bulkLoad(runner, graph.chunks(), {
        onProgress: (p) => {
          // Every COPY is one load event; staging reports every chunk, so thin those out.
          if (p.phase === 'stage' && p.elapsedMs - lastLog < 5000) return;
          if (p.phase === 'stage') lastLog = p.elapsedMs;
          console.info(
            `  ${p.phase} ${p.table}: ${fmtInt(p.rows)} rows; ${fmtInt(p.totalRows)} in all at ${fmtMs(p.elapsedMs / 1000)} s`,
          );
        },
      });
      sampleRss();
      const totalMs = prepareMs + result.elapsedMs;
      const rows = result.nodeRows + result.relationshipRows;
      const topicEdges = await topicEdgeCount(graph);

      // Baselines in the same run.
      const map = new Map<string, number>();
      for (let i = 0; i < args.actors; i += 1) map.set(actorId(i), i);
      const mapGet = await measureLatency(args.runs, args.reads, (r, i) => {
        map.get(actorId((i * 7919 + r) % args.actors));
        return Promise.resolve();
      });
      const ping = await measureLatency(args.runs, args.reads, () =>
        runner.run(benchQueries.ping, {}),
      );

      const random = mulberry32(args.seed + 1);
      const randomActor = () => actorId(Math.floor(random() * args.actors));
      // Warm-up: first touches read pages from disk; measurements are of a warm store.
      for (let i = 0; i < 200; i += 1)
        await runner.run(benchQueries.actorById, { id: randomActor() });
      const point = await measureLatency(args.runs, args.reads, () =>
        runner.run(benchQueries.actorById, { id: randomActor() }),
      );
      const twoHopReads = Math.max(50, Math.round(args.reads / 5));
      const twoHops: { maxTopicActors: number; share: number; summary: LatencySummary }[] = [];
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
      sampleRss();

      const lines: string[] = [];
      const row = (what: string, s: LatencySummary) =>
        `| ${what} | ${fmtMs(s.p50)} | ${fmtMs(s.p95)} | ${(s.p50 / ping.p50).toFixed(1)}× | ${s.runs} × ${s.readsPerRun} |`;
      lines.push(
        `Graph: ${fmtInt(args.actors)} actors (seed ${args.seed}), ${fmtInt(result.nodeRows)} nodes, ` +
          `${fmtInt(result.relationshipRows)} relationships of which ${fmtInt(topicEdges)} actor HAS_TOPIC edges. ` +
          `LadybugDB file store in a temp folder, buffer pool ${bufferPoolBytes / GiB} GiB; run on ${new Date().toISOString().slice(0, 10)}, ` +
          `1-minute load average ${loadAtStart.toFixed(1)} at start and ${(loadavg()[0] ?? 0).toFixed(1)} at end on 2 cores ` +
          '(other work shared the machine; compare ratios, not absolute times, across runs).',
        '',
        '**Bulk load** (empty store; generator → CSV files → `COPY FROM`, schema applied first):',
        '',
        '| measure | value |',
        '|---|---|',
        `| end to end (generate + CSV + COPY) | ${fmtMs(totalMs / 1000)} s |`,
        `| relationships / s, end to end | **${fmtInt((result.relationshipRows * 1000) / totalMs)}** (target ≥ 20,000) |`,
        `| rows / s, end to end | ${fmtInt((rows * 1000) / totalMs)} |`,
        `| COPY only: ${fmtMs(result.loadMs / 1000)} s | ${fmtInt((result.relationshipRows * 1000) / result.loadMs)} relationships/s, ${fmtInt((rows * 1000) / result.loadMs)} rows/s |`,
        `| generate + write CSV | ${fmtMs((prepareMs + result.stageMs) / 1000)} s |`,
        `| peak RSS of the bench process | ${(peakRss / GiB).toFixed(2)} GiB |`,
        '',
        `**Reads** (warm store, sequential, random actors; ms; ratio = p50 / p50 of \`RETURN 1\`):`,
        '',
        '| read | p50 | p95 | × RETURN 1 | runs × reads |',
        '|---|---|---|---|---|',
        row('baseline: in-process `Map.get`', mapGet),
        row('baseline: `RETURN 1` round-trip', ping),
        row('point read: actor by id (`bench.actorById`)', point),
        ...twoHops.map((h) =>
          row(
            `2-hop: top 20 actors sharing topics, Adamic-Adar, hub cap: topics ≤ ${fmtInt(h.maxTopicActors)} actors (${h.share * 100}%) (\`bench.sharedTopicPartners\`)`,
            h.summary,
          ),
        ),
      );
      const counts = [...graph.topicActorCounts].sort((a, b) => b - a);
      lines.push(
        '',
        `Topic popularity (actors per topic, ${counts.length} topics): max ${fmtInt(counts[0] ?? 0)}, ` +
          `median ${fmtInt(counts[Math.floor(counts.length / 2)] ?? 0)}, min ${fmtInt(counts.at(-1) ?? 0)}.`,
      );
      lines.push('', ...COPY_NOTES);
      console.info(lines.join('\n'));
      return { section: 'Graph store (issue 2)', markdown: lines.join('\n') };
    } finally {
      clearInterval(rssTimer);
      await runner.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

async function topicEdgeCount(graph: ReturnType<typeof generateGraph>): Promise<number> {
  let n = 0;
  for (const c of graph.topicActorCounts) n += c;
  return n;
}
