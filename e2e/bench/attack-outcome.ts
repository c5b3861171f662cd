/** What attackers got back, counted per kind of attack. */
import { percentile } from '@kobling/seeds';

/** One attack request: its kind, what came back (status and GraphQL result, or error), time. */
export interface AttackOutcome {
  readonly kind: string;
  readonly result: string;
  readonly ms: number;
}

export interface KindFigures {
  readonly kind: string;
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p95: number;
  /** Results by how often they came back, most frequent first. */
  readonly results: readonly (readonly [string, number])[];
}

interface KindTally {
  readonly ms: number[];
  readonly results: Map<string, number>;
}

export class OutcomeTally {
  private readonly byKind = new Map<string, KindTally>();

  add(outcome: AttackOutcome): void {
    const entry: KindTally = this.byKind.get(outcome.kind) ?? { ms: [], results: new Map() };
    entry.ms.push(outcome.ms);
    entry.results.set(outcome.result, (entry.results.get(outcome.result) ?? 0) + 1);
    this.byKind.set(outcome.kind, entry);
  }

  figures(seconds: number): KindFigures[] {
    return [...this.byKind].map(([kind, { ms, results }]) => ({
      kind,
      requests: ms.length,
      rps: ms.length / seconds,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      results: [...results].sort((a, b) => b[1] - a[1]),
    }));
  }
}
