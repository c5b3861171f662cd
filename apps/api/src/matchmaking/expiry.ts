import type { Graph } from '@kobling/graph';

/*
 * Unanswered introductions expire INTRODUCTION_EXPIRY_DAYS after they were asked (the request
 * stores expiresAt). Two things mark them EXPIRED with graph.introductions.expireDue:
 * - lazily, before introduction reads and before matchmaking (whose responsiveness feature
 *   counts EXPIRED outcomes), at most once per LAZY_EXPIRY_INTERVAL_MS of the API clock, so a
 *   busy API does not turn every read into a write;
 * - a timer in the server (startExpirySweep), every SWEEP_INTERVAL_MS, so outcomes are
 *   recorded even when nobody reads.
 * Reads are exact in between: Introduction.status shows EXPIRED as soon as expiresAt has passed,
 * and a request past its expiry cannot be accepted (introduction.ts checks expiresAt).
 */

export const LAZY_EXPIRY_INTERVAL_MS = 60_000;
export const SWEEP_INTERVAL_MS = 15 * 60_000;

interface ExpiryState {
  lastRunAt: number;
  running: Promise<void> | null;
}

const states = new WeakMap<Graph, ExpiryState>();

function stateOf(graph: Graph): ExpiryState {
  let state = states.get(graph);
  if (!state) {
    state = { lastRunAt: Number.NEGATIVE_INFINITY, running: null };
    states.set(graph, state);
  }
  return state;
}

/** Marks due introductions EXPIRED now; returns their ids. */
export async function expireDueNow(graph: Graph, now: number): Promise<string[]> {
  const expired = await graph.runner.write((tx) => graph.introductions.expireDue(tx, now));
  stateOf(graph).lastRunAt = now;
  return expired;
}

/**
 * The lazy check: runs expireDue unless it ran within LAZY_EXPIRY_INTERVAL_MS of `now` (the API's
 * clock, so tests with a moved clock see it run); concurrent callers share one run.
 */
export async function expireDueLazily(graph: Graph, now: number): Promise<void> {
  const state = stateOf(graph);
  if (state.running) return state.running;
  if (now >= state.lastRunAt && now - state.lastRunAt < LAZY_EXPIRY_INTERVAL_MS) return;
  state.running = expireDueNow(graph, now)
    .then(() => undefined)
    .finally(() => {
      state.running = null;
    });
  return state.running;
}

/**
 * The server's sweep: due introductions expire and ended rate-limit windows go; returns a
 * function that stops it. Errors are reported, never thrown.
 */
export function startExpirySweep(
  graph: Graph,
  options: { now?: () => number; intervalMs?: number; onError?: (error: unknown) => void } = {},
): () => void {
  const now = options.now ?? Date.now;
  const onError =
    options.onError ?? ((error) => console.warn('[kobling-api] introduction expiry failed', error));
  const sweep = () => {
    expireDueNow(graph, now()).catch(onError);
    // The same timer removes ended rate-limit windows (auth/rate-limit.ts), which would
    // otherwise pile up in the store, one per address that ever failed a login.
    graph.runner.write((tx) => graph.rateLimits.deleteExpired(tx, now())).catch(onError);
  };
  sweep();
  const timer = setInterval(sweep, options.intervalMs ?? SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
