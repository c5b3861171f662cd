/**
 * Importer parse + filter benchmark (issue 3): generated register files of 250k and 1M units are
 * read, validated, filtered, classified and mapped by `importBrreg`; the writer only counts rows,
 * so graph writes are not measured here. Each measurement runs in a fresh child process so its
 * peak RSS belongs to that import alone — the number that shows memory stays flat as the file grows.
 *
 *   npx -c 'node seeds/src/brreg/bench.ts'            # all cases
 *   npx -c 'node seeds/src/brreg/bench.ts 250000'     # only the given sizes (JSON), no doc update
 *
 * A full run replaces the "Register import (issue 3)" section of docs/benchmarks.md (not with
 * --no-write).
 *
 * Generated files go to a temp directory that is deleted afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateRegisterFile, importBrreg } from '@kobling/register-import';
import type { UnitWriter } from '@kobling/register-import';
import { writeSection } from '../bench/benchmarks-doc.ts';
import type { BenchSuite } from '../bench/registry.ts';

export interface ParseBenchCase {
  readonly units: number;
  readonly format: 'json' | 'csv';
  readonly gzip: boolean;
}

export interface ParseBenchResult extends ParseBenchCase {
  readonly fileMB: number;
  readonly seconds: number;
  readonly unitsPerSec: number;
  readonly imported: number;
  readonly rejected: number;
  /** CPU time (user + system) the import took: a figure that machine load does not inflate much. */
  readonly cpuSeconds: number;
  readonly unitsPerCpuSec: number;
  /** 1-minute load average when the import finished (the benchmark machine is shared). */
  readonly load: number;
  /** Peak resident set size of the child process that ran the import. */
  readonly peakRssMB: number;
  readonly meetsTarget: boolean;
}

export const PARSE_TARGET_UNITS_PER_SEC = 20_000;

export const DEFAULT_PARSE_CASES: readonly ParseBenchCase[] = [
  { units: 250_000, format: 'json', gzip: false },
  { units: 1_000_000, format: 'json', gzip: false },
  { units: 1_000_000, format: 'json', gzip: true },
  { units: 1_000_000, format: 'csv', gzip: false },
];

const run = promisify(execFile);
const self = fileURLToPath(import.meta.url);

export async function runImportParseBench(
  cases: readonly ParseBenchCase[] = DEFAULT_PARSE_CASES,
  log: (line: string) => void = (line) => console.info(line),
): Promise<ParseBenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'kobling-brreg-bench-'));
  const results: ParseBenchResult[] = [];
  try {
    for (const c of cases) {
      const path = join(dir, `register-${c.units}.${c.format}${c.gzip ? '.gz' : ''}`);
      log(`generating ${c.units} units (${c.format}${c.gzip ? ', gzip' : ''})…`);
      const expected = await generateRegisterFile({
        path,
        units: c.units,
        seed: 2024,
        format: c.format,
        gzip: c.gzip,
      });
      const { stdout } = await run(process.execPath, [self, '--measure', path], {
        maxBuffer: 1 << 20,
      });
      const m = JSON.parse(stdout) as {
        read: number;
        durationMs: number;
        imported: number;
        rejected: number;
        maxRssKB: number;
        cpuMs: number;
      };
      if (
        m.read !== expected.read ||
        m.imported !== expected.imported ||
        m.rejected !== expected.rejected
      ) {
        throw new Error(`bench import disagrees with the generator: ${stdout}`);
      }
      const unitsPerSec = Math.round(m.read / (m.durationMs / 1000));
      const result: ParseBenchResult = {
        ...c,
        fileMB: round1(expected.bytes / 1e6),
        seconds: round1(m.durationMs / 1000),
        unitsPerSec,
        imported: m.imported,
        rejected: m.rejected,
        cpuSeconds: round1(m.cpuMs / 1000),
        unitsPerCpuSec: Math.round(m.read / (m.cpuMs / 1000)),
        load: round1(loadavg()[0] ?? 0),
        peakRssMB: round1(m.maxRssKB / 1024),
        meetsTarget: unitsPerSec >= PARSE_TARGET_UNITS_PER_SEC,
      };
      results.push(result);
      log(
        `${c.units} ${c.format}${c.gzip ? '.gz' : ''}: ${unitsPerSec} units/s (${result.unitsPerCpuSec} per CPU-s), ${result.seconds} s, load ${result.load}, peak RSS ${result.peakRssMB} MB`,
      );
      await rm(path, { force: true });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}

/** The results as a markdown table, for docs/benchmarks.md. */
export function formatParseBench(results: readonly ParseBenchResult[]): string {
  const head =
    '| Units | File | Size (MB) | Wall (s) | Units/s (wall) | CPU (s) | Units per CPU-s | Load (1 min) | Peak RSS (MB) | ≥ 20,000/s (wall) |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---|';
  const rows = results.map(
    (r) =>
      `| ${r.units.toLocaleString('en-US')} | ${r.format}${r.gzip ? '.gz' : ''} | ${r.fileMB} | ${r.seconds} | ${r.unitsPerSec.toLocaleString('en-US')} | ${r.cpuSeconds} | ${r.unitsPerCpuSec.toLocaleString('en-US')} | ${r.load} | ${r.peakRssMB} | ${r.meetsTarget ? 'yes' : 'no'} |`,
  );
  return [head, ...rows].join('\n');
}

export const BENCH_SECTION = 'Register import (issue 3)';

/** The docs/benchmarks.md section body for a set of results. */
export function parseBenchMarkdown(results: readonly ParseBenchResult[]): string {
  return [
    'Importer parse + filter (`seeds/src/brreg/bench.ts`): a generated Enhetsregisteret file is',
    'streamed through `importBrreg`: split, JSON.parse / CSV decode, validate, region and',
    'activity filter, NACE classification and mapping. The writer only counts rows, so graph',
    'writes are not included. Each import runs in a fresh child process, and its peak RSS is that',
    'import alone. A flat RSS from 250k to 1M units shows that memory does not grow with the file.',
    'The machine is shared: the wall-clock rate depends on its load (the Load column), and',
    '"units per CPU-second" is close to the rate on one free core. It is a conservative estimate,',
    "because CPU time counts all the process's threads, gzip and GC included. Target: ≥ 20,000 units/s.",
    `Run on ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}.`,
    '',
    formatParseBench(results),
  ].join('\n');
}

/** For `npm run bench`: register with `registerSuite(brregParseSuite)` in seeds/src/bench/suites.ts. */
export const brregParseSuite: BenchSuite = {
  name: 'brreg',
  describe: 'Register importer parse + filter rate and peak RSS (250k and 1M units)',
  async run() {
    const results = await runImportParseBench();
    return { section: BENCH_SECTION, markdown: parseBenchMarkdown(results) };
  },
};

/** Child side: import one file with a counting writer and print the figures as JSON. */
async function measure(path: string): Promise<void> {
  const countingWriter: UnitWriter = {
    upsertActors: async (rows) => ({ created: rows.length, updated: 0, unchanged: 0 }),
  };
  const before = process.cpuUsage();
  const s = await importBrreg({ input: path, writer: countingWriter });
  const cpu = process.cpuUsage(before);
  process.stdout.write(
    JSON.stringify({
      read: s.read,
      durationMs: s.durationMs,
      imported: s.imported,
      rejected: s.rejected,
      maxRssKB: process.resourceUsage().maxRSS,
      cpuMs: (cpu.user + cpu.system) / 1000,
    }),
  );
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

if (process.argv[1] === self) {
  const args = process.argv.slice(2);
  if (args[0] === '--measure' && args[1] !== undefined) await measure(args[1]);
  else {
    const sizes = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
    const cases =
      sizes.length > 0
        ? sizes.map((units) => ({ units, format: 'json', gzip: false }) as const)
        : DEFAULT_PARSE_CASES;
    console.info(
      `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const results = await runImportParseBench(cases);
    console.info('\n' + formatParseBench(results));
    if (sizes.length === 0 && !args.includes('--no-write')) {
      const doc = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));
      writeSection(doc, BENCH_SECTION, parseBenchMarkdown(results));
      console.info(`wrote the "${BENCH_SECTION}" section of ${doc}`);
    }
  }
}
