import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmbeddedSearchIndex } from '../embedded/embedded-index.ts';
import { createMeilisearchIndex } from '../meilisearch/meilisearch-index.ts';
import type { SearchIndex, SearchRequest } from '../port.ts';
import { startMeilisearchServer } from '../testing/meilisearch-server.ts';
import { generateSearchDocuments } from './generate-documents.ts';

/**
 * Search benchmark (issues 6 and 17): indexing rate, search and autocomplete latency for typical
 * filtered queries, the time from an upsert until a search finds the document, for both
 * adapters; the embedded index's start-up (opening its file with every document); how far the
 * two adapters' top tens agree on a fixed relevance set. Run: `npm run bench -- --only search`
 * (SEARCH_BENCH_DOCS to change the size). Writes docs/benchmarks.md, section "Search (issues
 * 6, 17)".
 */

export interface LatencyFigures {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly samples: number;
}

export interface AdapterFigures {
  readonly indexedDocs: number;
  readonly indexingSeconds: number;
  readonly docsPerSecond: number;
  readonly search: LatencyFigures;
  readonly searchByQuery: Record<string, LatencyFigures>;
  readonly autocomplete: LatencyFigures;
  readonly upsertToSearchable: LatencyFigures;
}

export interface SearchBenchFigures {
  readonly documents: number;
  readonly machine: string;
  /**
   * A fixed CPU-bound loop (270k scored postings) timed in the same run, p50 in ms: how fast
   * the machine was. On an idle core of this kind it takes about 2–3 ms.
   */
  readonly baselineMs: number;
  readonly embedded: AdapterFigures;
  readonly meilisearch: AdapterFigures;
  /** Opening the embedded index's file holding every document, as a restarted server does. */
  readonly embeddedStartupMs: number;
  /** The same without a snapshot in the file (built from the stored documents). */
  readonly embeddedStartupFromDocumentsMs: number;
  /** Per relevance query: how many of the adapters' top-10 ids agree, of 10. */
  readonly overlapAt10: Record<string, number>;
}

/**
 * The fixed relevance set: plain queries in both languages (a synonym, an inflection, a typo, a
 * name), ranked by relevance with no filter, on both adapters.
 */
export const relevanceQueries: readonly string[] = [
  'havbruk',
  'aquaculture',
  'maskinlæring',
  'machine learning',
  'batterier',
  'fornybar energi',
  'karbonfangst',
  'sensor data',
  'undervanns robot',
  'aquaculure',
  'Nordic Robotics',
  'Kari Hansen',
];

async function overlapAt10(a: SearchIndex, b: SearchIndex): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const query of relevanceQueries) {
    const top = async (index: SearchIndex) =>
      (await index.search({ query, limit: 10, offset: 0 })).hits.map((h) => h.document.id);
    const [left, right] = [await top(a), new Set(await top(b))];
    out[query] = left.filter((id) => right.has(id)).length;
  }
  return out;
}

export const typicalQueries: readonly (readonly [
  string,
  Omit<SearchRequest, 'limit' | 'offset'>,
])[] = [
  [
    'havbruk, actors in Trondheim, facets',
    {
      query: 'havbruk',
      types: ['actor'],
      filters: { municipality: ['5001'] },
      facets: ['kind', 'helix', 'topics'],
    },
  ],
  [
    'machine learning, tech companies',
    {
      query: 'machine learning',
      types: ['actor'],
      filters: { isTech: true, kind: ['COMPANY'] },
      facets: ['stage'],
    },
  ],
  [
    'energi, technologies TRL ≥ 5',
    {
      query: 'energi',
      types: ['technology'],
      filters: { trl: { min: 5 } },
      facets: ['stage', 'trl'],
    },
  ],
  [
    'typo "aquaculure", topic filter',
    { query: 'aquaculure', filters: { topics: ['aquaculture', 'seafood'] }, facets: ['type'] },
  ],
  [
    '"sensor data", academia',
    { query: 'sensor data', filters: { helix: ['ACADEMIA'] }, facets: ['kind', 'municipality'] },
  ],
  [
    'empty query, actors by facets',
    {
      query: '',
      types: ['actor'],
      filters: { helix: ['INDUSTRY'], stage: ['STARTUP', 'SCALEUP'] },
      facets: ['kind', 'municipality', 'topics', 'isTech'],
    },
  ],
  [
    'bærekraft, sorted by updatedAt',
    {
      query: 'bærekraft',
      filters: { helix: ['INDUSTRY', 'GOVERNMENT'] },
      sort: { field: 'updatedAt', direction: 'desc' },
    },
  ],
  [
    'karbonfangst, opportunities',
    { query: 'karbonfangst', types: ['opportunity'], facets: ['kind'] },
  ],
];

const autocompletePrefixes = ['nor', 'fjord', 'havb', 'ener', 'kari', 'smart', 'ocean', 'trø'];

export function latency(samples: number[]): LatencyFigures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? 0),
    samples: sorted.length,
  };
}

async function measureAdapter(
  index: SearchIndex,
  documents: number,
  rounds: number,
  log: (line: string) => void,
): Promise<AdapterFigures> {
  await index.applySettings();
  const started = performance.now();
  await index.rebuild(generateSearchDocuments(documents));
  const indexingSeconds = (performance.now() - started) / 1000;
  const indexedDocs = await index.count();
  log(`  indexed ${indexedDocs} documents in ${indexingSeconds.toFixed(1)} s`);

  // Warm-up, then rounds of every query, interleaved so load spikes hit all queries alike.
  for (const [, q] of typicalQueries) await index.search({ ...q, limit: 20, offset: 0 });
  const all: number[] = [];
  const byQuery = new Map<string, number[]>(typicalQueries.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, q] of typicalQueries) {
      const t = performance.now();
      await index.search({ ...q, limit: 20, offset: round % 3 === 2 ? 20 : 0 });
      const ms = performance.now() - t;
      all.push(ms);
      byQuery.get(name)?.push(ms);
    }
  }
  const autocomplete: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const prefix of autocompletePrefixes) {
      const t = performance.now();
      await index.autocomplete(prefix, 8);
      autocomplete.push(performance.now() - t);
    }
  }

  // Upsert → searchable: from the call until a search for a word only that document has finds it.
  const visible: number[] = [];
  for (let i = 0; i < 20; i++) {
    const word = `zqxmarker${i}v${Date.now().toString(36)}`;
    const doc = {
      id: `actor:fresh-${word}`,
      type: 'actor' as const,
      entityId: `fresh-${word}`,
      title: `Fresh ${word}`,
      body: 'Nylig registrert bedrift innen havbruk.',
      topics: ['aquaculture'],
      topicNames: ['Aquaculture', 'Havbruk'],
      synthetic: true,
      updatedAt: Date.now(),
    };
    const t = performance.now();
    await index.upsert([doc]);
    for (;;) {
      const found = await index.search({ query: word, limit: 1, offset: 0 });
      if (found.hits.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    visible.push(performance.now() - t);
  }

  const searchByQuery = Object.fromEntries([...byQuery].map(([name, s]) => [name, latency(s)]));
  return {
    indexedDocs,
    indexingSeconds: Math.round(indexingSeconds * 10) / 10,
    docsPerSecond: Math.round(indexedDocs / indexingSeconds),
    search: latency(all),
    searchByQuery,
    autocomplete: latency(autocomplete),
    upsertToSearchable: latency(visible),
  };
}

/** The baseline: the inner loop of a search scoring 3 words × 90k postings, in plain JS. */
function measureBaseline(): number {
  const postings = new Set<number>();
  for (let i = 1; i <= 90_000; i++) postings.add(i);
  const lengths = Array.from({ length: 100_001 }, (_, i) => 10 + (i % 30));
  const samples: number[] = [];
  for (let round = 0; round < 15; round++) {
    const t = performance.now();
    const scores = new Float64Array(lengths.length);
    for (let word = 0; word < 3; word++) {
      for (const id of postings) {
        const length = lengths[id] ?? 1;
        const tf = 1 / length;
        scores[id] =
          (scores[id] ?? 0) + (2 * (0.5 + tf * 2.2)) / (tf + 1.2 * (0.25 + (0.75 * length) / 25));
      }
    }
    samples.push(performance.now() - t);
  }
  return latency(samples).p50;
}

export async function runSearchBench(
  options: { documents?: number; rounds?: number; log?: (line: string) => void } = {},
): Promise<SearchBenchFigures> {
  const documents = options.documents ?? 100_000;
  const rounds = options.rounds ?? 40;
  const log = options.log ?? (() => {});
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;

  const baselineBefore = measureBaseline();
  log(`baseline loop ${baselineBefore} ms`);
  log(`embedded, ${documents} documents`);
  const dir = await mkdtemp(join(tmpdir(), 'kobling-search-bench-'));
  const path = join(dir, 'search.sqlite');
  let embeddedIndex = createEmbeddedSearchIndex({ path });
  const server = await startMeilisearchServer();
  try {
    const embedded = await measureAdapter(embeddedIndex, documents, rounds, log);
    await embeddedIndex.close();
    const open = async () => {
      const started = performance.now();
      embeddedIndex = createEmbeddedSearchIndex({ path });
      const ms = Math.round(performance.now() - started);
      const { from } = embeddedIndex.opening;
      log(`  opened again from its ${from}, ${await embeddedIndex.count()} documents, in ${ms} ms`);
      return ms;
    };
    const embeddedStartupMs = await open();
    await embeddedIndex.close();
    // The same run's baseline: the file without its snapshot, as before snapshots existed.
    const file = new DatabaseSync(path);
    file.exec('DELETE FROM snapshot');
    file.close();
    const embeddedStartupFromDocumentsMs = await open();

    log(`Meilisearch, ${documents} documents`);
    const meiliIndex = createMeilisearchIndex({
      host: server.url,
      apiKey: server.masterKey,
      indexUid: `bench_${Date.now().toString(36)}`,
      taskTimeoutMs: 30 * 60_000,
    });
    const meilisearch = await measureAdapter(meiliIndex, documents, rounds, log);
    const overlap = await overlapAt10(embeddedIndex, meiliIndex);
    const baselineMs = Math.max(baselineBefore, measureBaseline());
    return {
      documents,
      machine,
      baselineMs,
      embedded,
      meilisearch,
      embeddedStartupMs,
      embeddedStartupFromDocumentsMs,
      overlapAt10: overlap,
    };
  } finally {
    await embeddedIndex.close();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

const sectionTitle = '## Search (issues 6, 17)';

const meanOverlap = (f: SearchBenchFigures) => {
  const values = Object.values(f.overlapAt10);
  return (values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)).toFixed(1);
};

/** Which of issue 17's targets this run met, in words. */
function targetsLine(f: SearchBenchFigures): string {
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  const p95 = (l: LatencyFigures) => met(l.p95 <= 20);
  const same = Object.values(f.overlapAt10).every((n) => n === 10);
  return (
    `Targets on this run: search p95 ≤ 20 ms — embedded ${p95(f.embedded.search)}, ` +
    `Meilisearch ${p95(f.meilisearch.search)}; autocomplete p95 ≤ 20 ms — embedded ` +
    `${p95(f.embedded.autocomplete)}, Meilisearch ${p95(f.meilisearch.autocomplete)}; embedded ` +
    `start-up ≤ 3 s — ${met(f.embeddedStartupMs <= 3000)}; the same top results from both ` +
    `adapters — ${met(same)} (top-10 overlap ${meanOverlap(f)} of 10).`
  );
}

function renderSection(f: SearchBenchFigures, date: string): string {
  const row = (name: string, e: string | number, m: string | number) => `| ${name} | ${e} | ${m} |`;
  const ms = (l: LatencyFigures) => `${l.p50} / ${l.p95} ms`;
  const lines = [
    sectionTitle,
    '',
    `Measured ${date} with \`npm run bench -- --only search\` on ${f.machine}; ` +
      `${f.documents.toLocaleString('en')} generated documents (deterministic; bokmål and English text, Zipf-distributed topics; ` +
      'six document types). Meilisearch 1.21 runs locally from the test harness. The generated vocabulary is small, ' +
      'so common words match most documents: the queries are broader than real ones. ' +
      `Machine speed in the same run: a fixed scoring loop took ${f.baselineMs} ms (p50; about 2–3 ms on an idle core) — ` +
      'the machine was shared with other heavy work, so absolute figures are inflated by that factor.',
    '',
    '| what | embedded | Meilisearch |',
    '|---|---|---|',
    row(
      'indexing (rebuild + swap), docs/s',
      f.embedded.docsPerSecond.toLocaleString('en'),
      f.meilisearch.docsPerSecond.toLocaleString('en'),
    ),
    row('indexing time, s', f.embedded.indexingSeconds, f.meilisearch.indexingSeconds),
    row(
      `search p50 / p95, ${f.embedded.search.samples} typical filtered queries (target p95 ≤ 20 ms)`,
      ms(f.embedded.search),
      ms(f.meilisearch.search),
    ),
    row(
      'autocomplete p50 / p95 (target p95 ≤ 20 ms)',
      ms(f.embedded.autocomplete),
      ms(f.meilisearch.autocomplete),
    ),
    row(
      'start-up with every document indexed (target ≤ 3 s)',
      `${f.embeddedStartupMs} ms from its snapshot (${f.embeddedStartupFromDocumentsMs} ms from its documents alone)`,
      '– (a server of its own)',
    ),
    row(
      'upsert → searchable p50 / p95 (embedded target ≤ 1 s)',
      ms(f.embedded.upsertToSearchable),
      ms(f.meilisearch.upsertToSearchable),
    ),
    '',
    targetsLine(f),
    '',
    'Per query, p50 / p95:',
    '',
    '| query | embedded | Meilisearch |',
    '|---|---|---|',
    ...Object.keys(f.embedded.searchByQuery).map((name) => {
      const e = f.embedded.searchByQuery[name];
      const m = f.meilisearch.searchByQuery[name];
      return row(name, e ? ms(e) : '–', m ? ms(m) : '–');
    }),
    '',
    `Relevance set (\`relevanceQueries\`): top-10 overlap between the adapters, mean ${meanOverlap(f)} of 10 ` +
      '(both rank by the number of query words matched, then typos, then the best field; ' +
      'Meilisearch also ranks by proximity, which the embedded index cannot: it keeps no word positions).',
    '',
    '| query | overlap@10 |',
    '|---|---|',
    ...Object.entries(f.overlapAt10).map(([query, n]) => `| ${query} | ${n} / 10 |`),
    '',
  ];
  return lines.join('\n');
}

/** Replaces a section of docs/benchmarks.md (or appends it), nothing else. */
export async function writeBenchSection(
  path: string,
  title: string,
  section: string,
): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    text = '# Benchmarks\n';
  }
  const start = text.indexOf(title);
  if (start === -1) {
    text = `${text.trimEnd()}\n\n${section}`;
  } else {
    // Up to the next section, or to a sub-section other benchmarks keep under this one
    // (apps/api's write → searchable through the API).
    const ends = ['\n## ', '\n### ']
      .map((heading) => text.indexOf(heading, start + title.length))
      .filter((at) => at !== -1);
    const next = ends.length === 0 ? -1 : Math.min(...ends);
    text = `${text.slice(0, start)}${section}${next === -1 ? '' : `\n${text.slice(next + 1)}`}`;
  }
  await writeFile(path, text.endsWith('\n') ? text : `${text}\n`);
}

/** Replaces this benchmark's section of docs/benchmarks.md (or appends it), nothing else. */
export function writeSearchBenchSection(path: string, figures: SearchBenchFigures): Promise<void> {
  const section = renderSection(figures, new Date().toISOString().slice(0, 10));
  return writeBenchSection(path, sectionTitle, section);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const documents = Number(process.env.SEARCH_BENCH_DOCS ?? 100_000);
  const figures = await runSearchBench({ documents, log: (line) => console.info(line) });
  console.info(JSON.stringify(figures, null, 2));
  const target = fileURLToPath(new URL('../../../../docs/benchmarks.md', import.meta.url));
  await writeSearchBenchSection(target, figures);
  console.info(`wrote the "${sectionTitle.slice(3)}" section of ${target}`);
}
