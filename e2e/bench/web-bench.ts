/**
 * `npm run bench -w @kobling/e2e [-- --runs 3 --clients 20 --requests 300 --no-write]`
 *
 * Server-rendered page latency with 20 concurrent clients against the started platform
 * (`node scripts/start.ts`, a fresh seeded embedded store), and the JavaScript each page type
 * ships (gzip), from the build's client assets. Writes the "Web (issue 7)" section of
 * docs/benchmarks.md.
 *
 * Method: per run and page, `clients` loops each fetch the page sequentially (full body read)
 * until `requests` responses are in; the run yields p50/p95; the table shows the median over
 * runs. Two baselines in the same run and at the same concurrency: a static file from the same
 * Express server, and the GraphQL API's `{ __typename }` (no store access).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { median, percentile, writeSection } from '@kobling/seeds';
import { BENCHMARKS_DOC } from './benchmarks-doc.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLIENT = join(ROOT, 'apps/web/build/client');
const SERVER_BUILD = join(ROOT, 'apps/web/build/server/index.js');
const SECTION = 'Web (issue 7)';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    clients: { type: 'string', default: '20' },
    requests: { type: 'string', default: '300' },
    port: { type: 'string', default: '3330' },
    'no-write': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const clients = Number(values.clients);
const requests = Number(values.requests);
const port = Number(values.port);
const base = `http://localhost:${port}`;

interface Target {
  readonly name: string;
  readonly path: string;
  readonly init?: RequestInit;
}

const PAGES: Target[] = [
  { name: 'home `/`', path: '/' },
  { name: 'search `/search?q=ocean`', path: '/search?q=ocean' },
  {
    name: 'actor `/actors/ntnu-vista-subsea-autonomy`',
    path: '/actors/ntnu-vista-subsea-autonomy',
  },
];
const BASELINES: Target[] = [
  { name: 'baseline: static file `/favicon.svg`', path: '/favicon.svg' },
  {
    name: 'baseline: GraphQL `{ __typename }`',
    path: '/graphql',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    },
  },
];

async function once(target: Target): Promise<number> {
  const start = performance.now();
  const response = await fetch(base + target.path, target.init);
  await response.arrayBuffer();
  const ms = performance.now() - start;
  if (response.status !== 200) throw new Error(`${target.path} answered ${response.status}`);
  return ms;
}

/** `clients` concurrent loops until `total` responses; latencies and requests per second. */
async function load(
  target: Target,
  total: number,
): Promise<{ p50: number; p95: number; rps: number }> {
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (issued < total) {
        issued++;
        latencies.push(await once(target));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rps: latencies.length / seconds,
  };
}

async function startPlatform(dataDir: string, cacheTtlMs: number): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      KOBLING_DATA_DIR: dataDir,
      KOBLING_WEB_CACHE_TTL_MS: String(cacheTtlMs),
      NODE_ENV: 'production',
      SESSION_SECRET: 'bench-session-secret-bench-session-secret',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('running at')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`the platform exited (${code}) before it was ready:\n${out}`)),
    );
  });
  return () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

type Figures = Map<string, { p50: number[]; p95: number[]; rps: number[] }>;

/** Starts the platform with the given public cache TTL and measures every target `runs` times. */
async function measure(cacheTtlMs: number): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kobling-web-bench-'));
  const stop = await startPlatform(dataDir, cacheTtlMs);
  try {
    for (const t of TARGETS) for (let i = 0; i < 30; i++) await once(t);
    const figures: Figures = new Map();
    for (let run = 0; run < runs; run++) {
      for (const t of TARGETS) {
        const r = await load(t, requests);
        const entry = figures.get(t.name) ?? { p50: [], p95: [], rps: [] };
        entry.p50.push(r.p50);
        entry.p95.push(r.p95);
        entry.rps.push(r.rps);
        figures.set(t.name, entry);
        console.info(
          `cache ${cacheTtlMs} ms, run ${run + 1}, ${t.name}: p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms, ${r.rps.toFixed(0)} req/s`,
        );
      }
    }
    return figures;
  } finally {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface ServerBuildShape {
  assets: {
    entry: { module: string; imports?: string[] };
    routes: Record<
      string,
      {
        id: string;
        path?: string;
        index?: boolean;
        parentId?: string;
        hasDefaultExport?: boolean;
        module: string;
        imports?: string[];
      }
    >;
  };
}

const gz = (file: string): number => gzipSync(readFileSync(join(CLIENT, file))).length;

/** Chunks a module imports dynamically (e.g. the network picture), with their static imports. */
function lazyChunks(files: readonly string[], loaded: ReadonlySet<string>): Set<string> {
  const lazy = new Set<string>();
  const visit = (file: string, dynamicOnly: boolean) => {
    const code = readFileSync(join(CLIENT, file), 'utf8');
    const dynamic = [...code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map(
      (m) => `assets/${m[1]}`,
    );
    const statics = dynamicOnly
      ? []
      : [...code.matchAll(/from\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => `assets/${m[1]}`);
    for (const next of [...dynamic, ...statics]) {
      if (loaded.has(`/${next}`) || lazy.has(next)) continue;
      lazy.add(next);
      visit(next, false);
    }
  };
  for (const f of files) visit(f.replace(/^\//, ''), true);
  return lazy;
}

async function javascriptPerPage(): Promise<{ page: string; initial: number; lazy: number }[]> {
  const build = (await import(pathToFileURL(SERVER_BUILD).href)) as ServerBuildShape;
  const { entry, routes } = build.assets;
  const root = routes.root!;
  const rows: { page: string; initial: number; lazy: number }[] = [];
  for (const route of Object.values(routes)) {
    // Resource routes (no page: the language switch, the JSON export) ship no JavaScript.
    if (route.id === 'root' || route.hasDefaultExport === false) continue;
    const files = new Set([
      entry.module,
      ...(entry.imports ?? []),
      root.module,
      ...(root.imports ?? []),
      route.module,
      ...(route.imports ?? []),
    ]);
    const initial = [...files].reduce((sum, f) => sum + gz(f.replace(/^\//, '')), 0);
    const lazy = [...lazyChunks([route.module], files)].reduce((sum, f) => sum + gz(f), 0);
    rows.push({ page: route.index ? '/' : `/${route.path ?? route.id}`, initial, lazy });
  }
  return rows.sort((a, b) => a.page.localeCompare(b.page));
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (x: number) => x.toFixed(1);

const TARGETS = [...BASELINES, ...PAGES];
const CACHE_TTL_MS = 5_000;
const loadBefore = loadavg()[0]!;
const cached = await measure(CACHE_TTL_MS);
const uncached = await measure(0);
const loadAfter = loadavg()[0]!;

const cell = (figures: Figures, name: string, bold: boolean) => {
  const r = figures.get(name)!;
  const p95 = ms(median(r.p95));
  return `${ms(median(r.p50))} | ${bold ? `**${p95}**` : p95} | ${median(r.rps).toFixed(0)}`;
};
const gqlP50 = median(uncached.get(BASELINES[1]!.name)!.p50);
const latencyRows = TARGETS.map((t) => {
  const isPage = PAGES.includes(t);
  const ratio = (median(uncached.get(t.name)!.p50) / gqlP50).toFixed(1);
  return `| ${t.name} | ${cell(cached, t.name, isPage)} | ${cell(uncached, t.name, isPage)} | ${ratio}× |`;
});
const js = await javascriptPerPage();
const jsRows = js.map(
  (r) => `| \`${r.page}\` | ${kb(r.initial)} | ${r.lazy > 0 ? kb(r.lazy) : '–'} |`,
);
const date = new Date().toISOString().slice(0, 10);
const markdown = `
Measured ${date} with \`npm run bench -w @kobling/e2e\` (\`e2e/bench/web-bench.ts\`) on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}: the platform as \`npm start\` runs it (production build, NODE_ENV=production, one process: Express 5, React Router SSR, the GraphQL API in-process, embedded LadybugDB with the region seed), anonymous visitors. ${clients} concurrent clients, ${requests} requests per page per run, ${runs} runs after a warm-up; each cell is the median over runs of the run's p50 / p95 (ms, full body read) and requests per second. Measured twice: with the visitor cache of \`npm start\` (a visitor's page is reused for other visitors for ${CACHE_TTL_MS / 1000} s, like a caching reverse proxy; \`KOBLING_WEB_CACHE_TTL_MS\`, on by default; signed-in users always get a fresh page) and without it (every request runs the loaders, the API and the store). 1-minute load average ${loadBefore.toFixed(1)} at start and ${loadAfter.toFixed(1)} at end on ${cpus().length} cores: the machine is shared, so compare with the baselines measured in the same run.

| page (${clients} concurrent clients) | cached p50 | cached p95 (target ≤ 150) | req/s | uncached p50 | uncached p95 | req/s | uncached p50 × GraphQL baseline |
|---|---|---|---|---|---|---|---|
${latencyRows.join('\n')}

Reading the table: with the cache a visitor's page is served from memory most of the time, and the target holds even on this shared machine. Without it, each page runs its loaders and their GraphQL queries against the embedded store; rendering the React tree is a few milliseconds of that, the queries are the rest, and at ${clients} concurrent clients on ${cpus().length} cores the requests queue. Signed-in users' pages are never cached, so their latency is the uncached column's.

**JavaScript shipped per page type** (kB gzip, from \`apps/web/build/client\`): *initial* is what the page's HTML preloads (entry, root and route modules and their imports; React and React Router are about 100 kB of it); *lazy* is what the page loads after rendering (the cluster page's network picture: sigma.js, graphology and the ForceAtlas2 layout). Every page works without JavaScript: forms post to the server.

| page | initial JS, kB gzip | lazy JS, kB gzip |
|---|---|---|
${jsRows.join('\n')}
`;
console.info(markdown);
if (!values['no-write']) {
  writeSection(BENCHMARKS_DOC, SECTION, markdown);
  console.info(`wrote "${SECTION}" in docs/benchmarks.md`);
}
