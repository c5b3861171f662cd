import type { Graph } from '@kobling/graph';

/*
 * Unanswered introductions expire when their expiresAt passes (the request stores it). Two jobs
 * mark them EXPIRED:
 * - lazily, before introduction reads and before matchmaking (whose responsiveness feature
 *   counts EXPIRED outcomes), at most once per LAZY_EXPIRY_INTERVAL_MS of the caller's clock, so
 *   a busy API does not turn every read into a write;
 * - a timer in the server (the API's startExpirySweep), so outcomes are recorded even when
 *   nobody reads.
 * Reads are exact in between: the API shows EXPIRED as soon as expiresAt has passed, and a
 * request past its expiry cannot be answered (answer.ts). The store's expireDue holds each
 * due introduction before it re-reads and marks it, so an answer committed meanwhile stands.
 */

const LAZY_EXPIRY_INTERVAL_MS = 60_000;

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

/** Marks the introductions due at `now` EXPIRED; returns their ids. */
export async function expireDueIntroductions(graph: Graph, now: number): Promise<string[]> {
  const expired = await graph.runner.write((tx) => graph.introductions.expireDue(tx, now));
  stateOf(graph).lastRunAt = now;
  return expired;
}

/**
 * The lazy check: expires due introductions unless that ran within LAZY_EXPIRY_INTERVAL_MS of
 * `now` (so a caller with a moved clock sees it run); concurrent callers share one run.
 */
export async function expireDueLazily(graph: Graph, now: number): Promise<void> {
  const state = stateOf(graph);
  if (state.running) return state.running;
  if (now >= state.lastRunAt && now - state.lastRunAt < LAZY_EXPIRY_INTERVAL_MS) return;
  state.running = expireDueIntroductions(graph, now)
    .then(() => undefined)
    .finally(() => {
      state.running = null;
    });
  return state.running;
}
