import type { Graph } from '@kobling/graph';
import { expireDueIntroductions } from '@kobling/use-cases';

/*
 * The server's timer over the introduction-expiry use case (@kobling/use-cases, which also has
 * the lazy check reads run), so outcomes are recorded even when nobody reads.
 */

const SWEEP_INTERVAL_MS = 15 * 60_000;

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
    expireDueIntroductions(graph, now()).catch(onError);
    // The same timer removes ended rate-limit windows (auth/rate-limit.ts), which would
    // otherwise pile up in the store, one per address that ever failed a login.
    graph.runner.write((tx) => graph.rateLimits.deleteExpired(tx, now())).catch(onError);
  };
  sweep();
  const timer = setInterval(sweep, options.intervalMs ?? SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
