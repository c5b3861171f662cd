/** Percentile by nearest rank over a copy of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/**
 * The middle value, or the mean of the two middle ones for an even count (NaN when empty): the
 * figure a benchmark reports over its runs, so an even --runs does not round down to the lower.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

export interface LatencySummary {
  /** Medians over runs of each run's p50 and p95, in ms. */
  readonly p50: number;
  readonly p95: number;
  readonly runs: number;
  readonly readsPerRun: number;
}

/** `runs` runs of `reads` sequential calls; per-run p50/p95, then the median of each. */
export async function measureLatency(
  runs: number,
  reads: number,
  call: (run: number, i: number) => Promise<unknown>,
): Promise<LatencySummary> {
  const p50s: number[] = [];
  const p95s: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const samples: number[] = [];
    for (let i = 0; i < reads; i += 1) {
      const started = performance.now();
      await call(r, i);
      samples.push(performance.now() - started);
    }
    p50s.push(percentile(samples, 50));
    p95s.push(percentile(samples, 95));
  }
  return { p50: median(p50s), p95: median(p95s), runs, readsPerRun: reads };
}

export const fmtMs = (ms: number) =>
  ms < 0.1 ? ms.toFixed(4) : ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
export const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
