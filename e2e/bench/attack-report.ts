/** The markdown of the "Load under attack" section: the run's figures as tables. */
import type { Target, TargetFigures } from './anonymous-load.ts';
import type { AttackReport } from './attack-process.ts';
import type { PhaseCpu } from './process-cpu.ts';

/** Issue 11: an anonymous visitor's p95 under attack stays within this multiple of idle. */
export const P95_RATIO_TARGET = 2;

export interface RunFacts {
  readonly date: string;
  readonly command: string;
  readonly machine: string;
  readonly loadStart: number;
  readonly loadEnd: number;
  readonly clients: number;
  readonly seconds: number;
  readonly rounds: number;
}

export interface RunFigures {
  readonly targets: readonly Target[];
  readonly idle: ReadonlyMap<string, TargetFigures>;
  readonly attack: ReadonlyMap<string, TargetFigures>;
  readonly attackers: AttackReport;
  readonly cpu: { readonly idle: PhaseCpu | null; readonly attack: PhaseCpu | null };
}

const ms = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(1));
const count = (n: number) => n.toLocaleString('en-US');

function failures(f: TargetFigures): string {
  const entries = Object.entries(f.failures);
  return entries.length === 0 ? '0' : entries.map(([what, n]) => `${what} × ${n}`).join(', ');
}

function phaseTable(figures: RunFigures, phase: ReadonlyMap<string, TargetFigures>): string {
  const rows = figures.targets.map((t) => {
    const f = phase.get(t.name)!;
    return `| ${t.name} | ${f.rps.toFixed(0)} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${count(f.count)} | ${failures(f)} |`;
  });
  return [
    '| page / API | req/s | p50 | p95 | p99 | answers | failed |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function ratioTable(figures: RunFigures): string {
  const ratio = (t: Target) => figures.attack.get(t.name)!.p95 / figures.idle.get(t.name)!.p95;
  const baseline = figures.targets.find((t) => t.baseline);
  const rows = figures.targets.map((t) => {
    const verdict = t.baseline ? 'baseline' : ratio(t) <= P95_RATIO_TARGET ? 'met' : '**missed**';
    const relative = baseline ? `${(ratio(t) / ratio(baseline)).toFixed(2)}×` : '–';
    return `| ${t.name} | ${ms(figures.idle.get(t.name)!.p95)} | ${ms(figures.attack.get(t.name)!.p95)} | **${ratio(t).toFixed(2)}×** | ${verdict} | ${relative} |`;
  });
  return [
    `| page / API | p95 idle | p95 under attack | ratio | ≤ ${P95_RATIO_TARGET}× | ratio ÷ static file's ratio |`,
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function attackerTable(report: AttackReport): string {
  const rows = report.groups.flatMap((g) =>
    g.kinds.map((k) => {
      const answers = k.results.map(([what, n]) => `${what} × ${count(n)}`).join('; ');
      return `| ${k.kind} | ${g.concurrency} | ${count(k.requests)} | ${k.rps.toFixed(1)} | ${ms(k.p50)} | ${ms(k.p95)} | ${answers} |`;
    }),
  );
  return [
    '| attack | concurrency | requests | req/s | p50 | p95 | what came back |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function cpuTable(figures: RunFigures): string {
  const pct = (x: number) => `${x.toFixed(0)} %`;
  const { attackers } = figures;
  const attackersPct = (100 * attackers.cpuMs) / (1000 * attackers.seconds);
  const row = (phase: string, cpu: PhaseCpu | null, attacking: number) => {
    if (!cpu) return `| ${phase} | – | – | – | ${pct(attacking)} | – | – (no /proc) |`;
    // What the machine spent beyond this run's processes: other work sharing the cores.
    const other = cpu.machineBusy - cpu.server - cpu.serverChildren - cpu.visitors - attacking;
    return `| ${phase} | ${pct(cpu.server)} | ${pct(cpu.serverChildren)} | ${pct(cpu.visitors)} | ${pct(attacking)} | ${pct(Math.max(0, other))} | ${pct(cpu.machineBusy)} of ${cpu.machineCores * 100} % |`;
  };
  return [
    "| phase | server process | its child processes (password hashing) | visitors' clients (this process) | attackers | other work | whole machine busy |",
    '|---|---|---|---|---|---|---|',
    row('idle', figures.cpu.idle, 0),
    row('under attack', figures.cpu.attack, attackersPct),
  ].join('\n');
}

export function attackMarkdown(facts: RunFacts, figures: RunFigures, findings: string): string {
  const phaseSeconds = facts.seconds * facts.rounds * figures.targets.length;
  return `
Measured ${facts.date} with \`${facts.command}\` (\`e2e/bench/attack-bench.ts\`) on ${facts.machine}. 1-minute load average ${facts.loadStart.toFixed(1)} at start and ${facts.loadEnd.toFixed(1)} at end: the machine is shared, so compare the phases of this run, and each target with the static file measured beside it.

Method: the platform as \`npm start\` runs it (\`node scripts/start.ts\`: production build, one process with Express, React Router SSR, the GraphQL API and embedded LadybugDB with the region seed, in a fresh data folder), with both visitor caches off (\`KOBLING_WEB_CACHE_TTL_MS=0\`, \`KOBLING_API_CACHE_TTL_MS=0\`) so every request runs the loaders, the API and the store. Anonymous traffic: ${facts.clients} concurrent clients (closed loop, full body read) per target for ${facts.seconds} s at a time, the targets taking turns for ${facts.rounds} rounds (${phaseSeconds} s a phase), so a load that changes during a phase falls on every target alike; latencies in ms over all of a target's answers. Two phases on the same server, after a warm-up: **idle**, then **under attack**, with the attackers in a child process sending throughout the phase, all from 127.0.0.1: \`logIn\` for unknown emails (4 concurrent), \`signUp\` with fresh emails (10 concurrent), and 20 MB POSTs to \`/graphql\` and to the \`/signup\` form, with Content-Length and chunked (2 concurrent clients taking the four in turn; an answer ends the upload).

**Idle**

${phaseTable(figures, figures.idle)}

**Under attack**

${phaseTable(figures, figures.attack)}

**p95 under attack ÷ p95 idle** (target: anonymous p95 stays within ${P95_RATIO_TARGET}× of idle; the last column divides by the static file's ratio, which measures how much the server as a whole slowed down in this run)

${ratioTable(figures)}

**What the attackers got back** (${figures.attackers.seconds.toFixed(0)} s; latencies in ms; GraphQL answers as HTTP status and the mutation's result type, e.g. \`RateLimitedError\` is the RATE_LIMITED result; EPIPE and ECONNRESET: the server closed the connection while the body was still going out)

${attackerTable(figures.attackers)}

**CPU during each phase** (% of one core; the attackers, the visitors' clients and the server share the machine's cores, and so does any other work on it)

${cpuTable(figures)}

${findings.trim()}
`;
}
