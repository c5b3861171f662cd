/**
 * `npm run bench:attack -w @kobling/e2e [-- --clients 20 --seconds 10 --rounds 2 --no-write]`
 *
 * Load under attack (issue 11): anonymous visitors' latency with the platform idle and while
 * credential and oversized-body attacks run against it, in one run on one server, with a static
 * file as the same-run baseline. Writes the "Load under attack (issue 11)" section of
 * docs/benchmarks.md and prints it.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { writeSection } from '@kobling/seeds';
import { TARGETS, measurePhase, warmUp } from './anonymous-load.ts';
import { FINDINGS } from './attack-findings.ts';
import { startAttack } from './attack-process.ts';
import { attackMarkdown } from './attack-report.ts';
import { BENCHMARKS_DOC } from './benchmarks-doc.ts';
import { startPlatform } from './platform.ts';
import { cpuWindow } from './process-cpu.ts';

const SECTION = 'Load under attack (issue 11)';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    'no-write': { type: 'boolean', default: false },
  },
});
const options = {
  clients: Number(values.clients),
  seconds: Number(values.seconds),
  rounds: Number(values.rounds),
};

const loadStart = loadavg()[0]!;
// Both visitor caches off: every anonymous request does the work a signed-in one does.
const platform = await startPlatform({
  KOBLING_WEB_CACHE_TTL_MS: '0',
  KOBLING_API_CACHE_TTL_MS: '0',
});
console.info(`platform at ${platform.url} (pid ${platform.pid})`);
try {
  await warmUp(platform.url);
  const cores = cpus().length;
  const idleCpu = cpuWindow(platform.pid, cores);
  const idle = await measurePhase(platform.url, options, 'idle');
  const idleCpuUse = idleCpu();
  const attack = await startAttack(platform.url);
  const attackCpu = cpuWindow(platform.pid, cores);
  const underAttack = await measurePhase(platform.url, options, 'under attack');
  const attackCpuUse = attackCpu();
  const attackers = await attack.stop();
  const loadEnd = loadavg()[0]!;

  const markdown = attackMarkdown(
    {
      date: new Date().toISOString().slice(0, 10),
      command: 'npm run bench:attack -w @kobling/e2e',
      machine: `${cores} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`,
      loadStart,
      loadEnd,
      ...options,
    },
    {
      targets: TARGETS,
      idle,
      attack: underAttack,
      attackers,
      cpu: { idle: idleCpuUse, attack: attackCpuUse },
    },
    FINDINGS,
  );
  console.info(markdown);
  if (!values['no-write']) {
    writeSection(BENCHMARKS_DOC, SECTION, markdown);
    console.info(`wrote "${SECTION}" in docs/benchmarks.md`);
  }
} finally {
  await platform.stop();
}
