/**
 * `npm run bench:pages -w @kobling/e2e [-- --seconds 8 --clients 20 --runs 3 --no-write]`
 *
 * Uncached server-rendered pages against the site's own not-found page, in one run (issue 13):
 * the platform as `npm start` runs it (production build, a fresh seeded embedded store) with both
 * visitor caches off (KOBLING_WEB_CACHE_TTL_MS=0, KOBLING_API_CACHE_TTL_MS=0), so every request
 * runs its loaders, the API and the store. Per target: `clients` closed-loop clients for
 * `seconds` (requests per second, p50, p95), then one client alone (p50); each figure is the
 * median over `runs`. The not-found page is server-rendered with the full layout and no data:
 * what a page costs beyond it is its data path. Find partners is measured for a signed-in user
 * (signed up through the API, its session cookie sent with each request).
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { median, writeSection } from '@kobling/seeds';
import { BENCHMARKS_DOC } from './benchmarks-doc.ts';
import { closedLoop } from './closed-loop.ts';
import { summarize } from './latency.ts';
import type { Summary } from './latency.ts';
import { startPlatform } from './platform.ts';

const SECTION = 'Pages without caches (issue 13)';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    clients: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
    'no-write': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const runs = Number(values.runs);

interface Target {
  readonly name: string;
  readonly path: string;
  /** The status the target answers with (the not-found page is a 404). */
  readonly status: number;
  readonly signedIn?: boolean;
  /** Throughput target as a share of the not-found page's; null for a baseline. */
  readonly share: number | null;
  /** One-client p50 target, ms. */
  readonly p50Ms: number | null;
}

const TARGETS: readonly Target[] = [
  {
    name: 'static asset `/favicon.svg`',
    path: '/favicon.svg',
    status: 200,
    share: null,
    p50Ms: null,
  },
  {
    name: 'not-found page `/no-such-page`',
    path: '/no-such-page',
    status: 404,
    share: null,
    p50Ms: null,
  },
  {
    name: 'actor `/actors/ntnu-vista-subsea-autonomy`',
    path: '/actors/ntnu-vista-subsea-autonomy',
    status: 200,
    share: 0.5,
    p50Ms: 10,
  },
  { name: 'home `/`', path: '/', status: 200, share: 0.5, p50Ms: 10 },
  { name: 'search `/search?q=ocean`', path: '/search?q=ocean', status: 200, share: 0.5, p50Ms: 10 },
  {
    name: 'cluster `/clusters/ocean-autonomy`',
    path: '/clusters/ocean-autonomy',
    status: 200,
    share: 0.5,
    p50Ms: 10,
  },
  {
    name: 'find partners, signed in `/partners?need=…`',
    path: `/partners?need=${encodeURIComponent('autonomous underwater inspection with machine learning')}`,
    status: 200,
    signedIn: true,
    share: 0.25,
    p50Ms: 25,
  },
];

/**
 * A new account's session cookie: the API's signUp (which mails a link and signs nobody in),
 * then logIn (an account whose address is not confirmed yet may log in and browse).
 */
async function signUp(base: string): Promise<string> {
  const account = { email: 'page-bench@example.test', password: 'page bench password' };
  const post = (query: string, input: Record<string, string>) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { input } }),
    });
  await post('mutation($input: SignUpInput!) { signUp(input: $input) { __typename } }', {
    ...account,
    name: 'Bench',
  });
  const response = await post(
    'mutation($input: LogInInput!) { logIn(input: $input) { __typename } }',
    account,
  );
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kobling_session='));
  if (!cookie) throw new Error(`logIn gave no session: ${await response.text()}`);
  return cookie.split(';')[0]!;
}

async function measure(
  base: string,
  target: Target,
  cookie: string,
  concurrency: number,
): Promise<Summary> {
  const headers: Record<string, string> = target.signedIn ? { cookie } : {};
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await closedLoop(
    concurrency,
    () => performance.now() < until,
    async () => {
      const t0 = performance.now();
      const response = await fetch(base + target.path, { headers });
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (response.status !== target.status) {
        throw new Error(`${target.path} answered ${response.status}, not ${target.status}`);
      }
    },
  );
  return summarize(latencies, (performance.now() - started) / 1000);
}

const loadBefore = loadavg()[0]!;
const platform = await startPlatform({
  KOBLING_WEB_CACHE_TTL_MS: '0',
  KOBLING_API_CACHE_TTL_MS: '0',
});
const figures = new Map<string, { rps: number[]; p50: number[]; p95: number[]; alone: number[] }>();
try {
  const cookie = await signUp(platform.url);
  for (const target of TARGETS) await measure(platform.url, target, cookie, 2);
  for (let run = 0; run < runs; run += 1) {
    for (const target of TARGETS) {
      const loaded = await measure(platform.url, target, cookie, clients);
      const alone = await measure(platform.url, target, cookie, 1);
      const entry = figures.get(target.name) ?? { rps: [], p50: [], p95: [], alone: [] };
      entry.rps.push(loaded.rps);
      entry.p50.push(loaded.p50);
      entry.p95.push(loaded.p95);
      entry.alone.push(alone.p50);
      figures.set(target.name, entry);
      console.info(
        `run ${run + 1} ${target.name}: ${loaded.rps.toFixed(0)} req/s, p50 ${loaded.p50.toFixed(1)} ms, p95 ${loaded.p95.toFixed(1)} ms; one client p50 ${alone.p50.toFixed(1)} ms`,
      );
    }
  }
} finally {
  await platform.stop();
}
const loadAfter = loadavg()[0]!;

const notFound = median(figures.get(TARGETS[1]!.name)!.rps);
const rows = TARGETS.map((t) => {
  const f = figures.get(t.name)!;
  const rps = median(f.rps);
  const share = rps / notFound;
  const alone = median(f.alone);
  const shareCell =
    t.share === null
      ? `${share.toFixed(2)}×`
      : `**${share.toFixed(2)}×** (≥ ${t.share}×: ${share >= t.share ? 'met' : 'missed'})`;
  const aloneCell =
    t.p50Ms === null
      ? alone.toFixed(1)
      : `**${alone.toFixed(1)}** (≤ ${t.p50Ms}: ${alone <= t.p50Ms ? 'met' : 'missed'})`;
  return `| ${t.name} | ${rps.toFixed(0)} | ${shareCell} | ${median(f.p50).toFixed(1)} | ${median(f.p95).toFixed(1)} | ${aloneCell} |`;
});

const markdown = `
Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:pages -w @kobling/e2e\` (\`e2e/bench/page-bench.ts\`) on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}: the platform as \`npm start\` runs it (production build, one process, embedded LadybugDB with the region seed) with both visitor caches off (\`KOBLING_WEB_CACHE_TTL_MS=0\`, \`KOBLING_API_CACHE_TTL_MS=0\`). Per target ${clients} closed-loop clients for ${seconds} s, then one client alone for ${seconds} s; each figure is the median over ${runs} runs. Throughput is judged against the site's own not-found page (server-rendered, full layout, no data) in the same run. 1-minute load average ${loadBefore.toFixed(1)} at start, ${loadAfter.toFixed(1)} at end.

| page | req/s, ${clients} clients | × not-found | p50 ms | p95 ms | p50 ms, one client |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
console.info(markdown);
if (!values['no-write']) {
  writeSection(BENCHMARKS_DOC, SECTION, markdown);
  console.info(`wrote "${SECTION}" in docs/benchmarks.md`);
}
