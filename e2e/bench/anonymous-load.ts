/**
 * Anonymous visitors' traffic: two uncached pages, the API's cheapest query and a static file,
 * each loaded by a closed loop of clients for a fixed time. Targets take turns in rounds, so a
 * load that changes over a phase (the attackers' first seconds differ from their steady state)
 * falls on every target alike.
 */
import { closedLoop } from './closed-loop.ts';
import { summarize } from './latency.ts';
import type { Summary } from './latency.ts';

export interface Target {
  readonly name: string;
  readonly path: string;
  readonly init?: RequestInit;
  /** Measured for comparison only; the target is about the others. */
  readonly baseline: boolean;
}

export const TARGETS: readonly Target[] = [
  { name: 'baseline: static file `/favicon.svg`', path: '/favicon.svg', baseline: true },
  {
    name: 'actor page `/actors/ntnu-vista-subsea-autonomy`',
    path: '/actors/ntnu-vista-subsea-autonomy',
    baseline: false,
  },
  { name: 'home page `/`', path: '/', baseline: false },
  {
    name: 'API `{ __typename }` POST `/graphql`',
    path: '/graphql',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    },
    baseline: false,
  },
];

export interface TargetFigures extends Summary {
  /** Answers other than 200, and requests that failed, by status or error code. */
  readonly failures: Readonly<Record<string, number>>;
}

export interface PhaseOptions {
  readonly clients: number;
  readonly seconds: number;
  readonly rounds: number;
}

/** One request, full body read; the latency in ms, or why it failed. */
async function once(base: string, target: Target): Promise<number | string> {
  const start = performance.now();
  try {
    const response = await fetch(base + target.path, target.init);
    await response.arrayBuffer();
    return response.status === 200 ? performance.now() - start : `HTTP ${response.status}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return cause?.code ?? String(error);
  }
}

/** The first requests of a fresh server load code and fill the store's buffers. */
export async function warmUp(base: string, requests = 30): Promise<void> {
  for (const target of TARGETS) {
    for (let i = 0; i < requests; i++) {
      const result = await once(base, target);
      if (typeof result === 'string') throw new Error(`${target.path} answered ${result}`);
    }
  }
}

export async function measurePhase(
  base: string,
  options: PhaseOptions,
  label: string,
): Promise<Map<string, TargetFigures>> {
  const latencies = new Map<string, number[]>(TARGETS.map((t) => [t.name, []]));
  const failures = new Map<string, Record<string, number>>(TARGETS.map((t) => [t.name, {}]));
  const elapsed = new Map<string, number>(TARGETS.map((t) => [t.name, 0]));
  for (let round = 0; round < options.rounds; round++) {
    for (const target of TARGETS) {
      const start = performance.now();
      const deadline = start + options.seconds * 1000;
      const ms = latencies.get(target.name)!;
      const failed = failures.get(target.name)!;
      await closedLoop(
        options.clients,
        () => performance.now() < deadline,
        async () => {
          const result = await once(base, target);
          if (typeof result === 'number') ms.push(result);
          else failed[result] = (failed[result] ?? 0) + 1;
        },
      );
      elapsed.set(target.name, elapsed.get(target.name)! + (performance.now() - start) / 1000);
      console.info(`${label}, round ${round + 1}, ${target.name}: ${ms.length} answers so far`);
    }
  }
  return new Map(
    TARGETS.map((t) => [
      t.name,
      {
        ...summarize(latencies.get(t.name)!, elapsed.get(t.name)!),
        failures: failures.get(t.name)!,
      },
    ]),
  );
}
