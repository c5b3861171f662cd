/**
 * Who used the CPU during a phase: the server, its child processes (password hashing), and the
 * whole machine. The visitors' client and the attackers run on the same cores as the server,
 * so a latency ratio means little without knowing how much of the machine each side took.
 * Read from /proc (Linux); elsewhere the figures are null and the report says so.
 */
import { readFileSync } from 'node:fs';

/** Kernel clock ticks per second for /proc CPU times (USER_HZ, 100 on every Linux build). */
const TICKS_PER_SECOND = 100;

export interface CpuSnapshot {
  /** CPU ms used so far by the server process and by its child processes. */
  readonly serverMs: number;
  readonly childrenMs: number;
  /** CPU ms the whole machine spent busy and in total (all cores), so far. */
  readonly machineBusyMs: number;
  readonly machineTotalMs: number;
}

function ticksToMs(ticks: number): number {
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** utime + stime of a process; 0 once it has gone. */
function processMs(pid: number): number {
  try {
    // The command name may hold spaces; the fields after it are fixed.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ticksToMs(Number(fields[11]) + Number(fields[12]));
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter((s) => s !== '')
    .map(Number);
}

export function cpuSnapshot(serverPid: number): CpuSnapshot | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1);
    const ticks = cpu.map(Number);
    // user nice system idle iowait irq softirq steal: idle and iowait are the idle ones.
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
    return {
      serverMs: processMs(serverPid),
      childrenMs: childrenOf(serverPid).reduce((sum, pid) => sum + processMs(pid), 0),
      machineBusyMs: ticksToMs(total - idle),
      machineTotalMs: ticksToMs(total),
    };
  } catch {
    return null;
  }
}

/** CPU over a phase, in % of one core (a machine of n cores has n × 100 %). */
export interface PhaseCpu {
  readonly server: number;
  readonly serverChildren: number;
  /** This process: the visitors' clients. */
  readonly visitors: number;
  readonly machineBusy: number;
  readonly machineCores: number;
}

/** Starts measuring; the returned function ends the window (null where /proc is missing). */
export function cpuWindow(serverPid: number, cores: number): () => PhaseCpu | null {
  const before = cpuSnapshot(serverPid);
  const ownBefore = process.cpuUsage();
  const start = performance.now();
  return () => {
    const after = cpuSnapshot(serverPid);
    if (!before || !after) return null;
    const own = process.cpuUsage(ownBefore);
    const pct = (ms: number) => (100 * ms) / (performance.now() - start);
    return {
      server: pct(after.serverMs - before.serverMs),
      serverChildren: pct(after.childrenMs - before.childrenMs),
      visitors: pct((own.user + own.system) / 1000),
      machineBusy:
        (100 * cores * (after.machineBusyMs - before.machineBusyMs)) /
        (after.machineTotalMs - before.machineTotalMs),
      machineCores: cores,
    };
  };
}
