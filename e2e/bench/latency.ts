/** Percentiles and rates of one measured target. */
import { percentile } from '@kobling/seeds';

export interface Summary {
  readonly count: number;
  readonly rps: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

export function summarize(latenciesMs: readonly number[], seconds: number): Summary {
  return {
    count: latenciesMs.length,
    rps: latenciesMs.length / seconds,
    p50: percentile(latenciesMs, 50),
    p95: percentile(latenciesMs, 95),
    p99: percentile(latenciesMs, 99),
  };
}
