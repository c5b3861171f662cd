/**
 * `npm run bench [-- --only <suite>] [options]`: the benchmarks, each writing its section of
 * docs/benchmarks.md. The store, import and search suites live in seeds (seeds/src/bench); the
 * matchmaking suite (`--only suggest`) lives with the API it measures through
 * (apps/api/src/bench/suggest-bench.ts) — seeds must not depend on the API; the uncached page suite
 * (`--only pages`) with the site (e2e/bench/page-bench.ts); network analytics (`--only network`)
 * beside the matchmaking suite (apps/api/src/bench/network-bench.ts); the mail suite
 * (`--only mail`) with the API's mail worker (apps/api/src/bench/mail-bench.ts); search
 * (`--only search`: both adapters at 100k documents) and the embedded engines compared
 * (`--only search-engines`) with packages/search. Options go to the suite as given; without
 * --only every suite runs, seeds' first.
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const at = args.indexOf('--only');
const only = at >= 0 ? args[at + 1] : undefined;
const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;

const run = (workspace: string, script: string, scriptArgs: readonly string[]): void => {
  const result = spawnSync('npm', ['run', script, '-w', workspace, '--', ...scriptArgs], {
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (only === 'suggest') {
  run('@kobling/api', 'bench:suggest', rest);
} else if (only === 'network') {
  run('@kobling/api', 'bench:network', rest);
} else if (only === 'pages') {
  run('@kobling/e2e', 'bench:pages', rest);
} else if (only === 'mail') {
  run('@kobling/api', 'bench:mail', rest);
} else if (only === 'search') {
  run('@kobling/search', 'bench', rest);
} else if (only === 'search-engines') {
  run('@kobling/search', 'bench:engines', rest);
} else {
  run('@kobling/seeds', 'bench', args);
  if (only === undefined) {
    run('@kobling/api', 'bench:suggest', rest);
    run('@kobling/api', 'bench:network', rest);
    run('@kobling/api', 'bench:mail', rest);
    run('@kobling/search', 'bench', rest);
  }
}
