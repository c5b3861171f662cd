import { signature } from './classify.ts';
import type { Verdict } from './classify.ts';
import type { FuzzRequest } from './generator.ts';

/*
 * The figures of a run, added up one judged request at a time: outcomes overall and per
 * strategy, typed error codes, each kind of unexpected error with its first hit, and the first
 * examples of every bad category.
 */

export interface FuzzRecord {
  readonly request: FuzzRequest;
  readonly status: number;
  readonly response: string;
  readonly verdict: Verdict;
  /** The counts that changed, e.g. `Actor 120 → 121`, when a failed mutation changed any. */
  readonly partialWrite: string | null;
  /** What the API logged while answering (the cause of a masked error). */
  readonly logged: readonly string[];
}

export interface OutcomeCounts {
  requests: number;
  success: number;
  typed: number;
  unexpected: number;
  serverErrors: number;
  partialWrites: number;
}

export interface FuzzResult {
  readonly seed: number;
  readonly durationMs: number;
  readonly totals: OutcomeCounts;
  /** Requests that might write (mutations), and those of them that did not succeed. */
  readonly mutations: { readonly sent: number; readonly failed: number };
  readonly byStrategy: ReadonlyMap<string, OutcomeCounts>;
  readonly typedCodes: ReadonlyMap<string, number>;
  /** Each kind of unexpected error: how often, and the first request that hit it. */
  readonly unexpectedKinds: ReadonlyMap<string, { count: number; first: FuzzRecord }>;
  /**
   * What the API's logger reported as unexpected, by cause: a second opinion, since an error
   * can carry a code and still be one the server did not expect.
   */
  readonly loggedKinds: ReadonlyMap<string, { count: number; first: FuzzRecord }>;
  readonly examples: {
    readonly unexpected: readonly FuzzRecord[];
    readonly serverErrors: readonly FuzzRecord[];
    readonly partialWrites: readonly FuzzRecord[];
  };
  readonly rootFields: readonly string[];
  readonly coveredFields: ReadonlySet<string>;
}

/** The first line of what the API logged about a request, normalised; null when it logged nothing. */
function loggedCause(logged: readonly string[]): string | null {
  const line = logged[0]?.split('\n')[0]?.replace('[kobling-api] unexpected error ', '');
  return line ? signature(line) : null;
}

/** A masked error grouped by what the API logged as its cause: one line per bug, not one for all. */
function withCause(kind: string, cause: string | null): string {
  return kind.startsWith('INTERNAL_SERVER_ERROR') && cause ? `${kind} ← ${cause}` : kind;
}

type Kinds = Map<string, { count: number; first: FuzzRecord }>;

function countKind(kinds: Kinds, kind: string, record: FuzzRecord): void {
  const seen = kinds.get(kind);
  if (seen) seen.count += 1;
  else kinds.set(kind, { count: 1, first: record });
}

const emptyCounts = (): OutcomeCounts => ({
  requests: 0,
  success: 0,
  typed: 0,
  unexpected: 0,
  serverErrors: 0,
  partialWrites: 0,
});

export class FuzzTally {
  readonly totals = emptyCounts();
  private readonly keep: number;
  private readonly rootFields: readonly string[];
  private readonly byStrategy = new Map<string, OutcomeCounts>();
  private readonly typedCodes = new Map<string, number>();
  private readonly unexpectedKinds: Kinds = new Map();
  private readonly loggedKinds: Kinds = new Map();
  private readonly examples = {
    unexpected: [] as FuzzRecord[],
    serverErrors: [] as FuzzRecord[],
    partialWrites: [] as FuzzRecord[],
  };
  private readonly coveredFields = new Set<string>();
  private readonly mutations = { sent: 0, failed: 0 };

  /** `keep`: examples kept per bad category; `rootFields`: what coverage is measured against. */
  constructor(keep: number, rootFields: readonly string[]) {
    this.keep = keep;
    this.rootFields = rootFields;
  }

  add(record: FuzzRecord): void {
    const { request, verdict, partialWrite } = record;
    if (request.mutation) {
      this.mutations.sent += 1;
      if (!verdict.succeededWrite) this.mutations.failed += 1;
    }
    // Twists are counted with the strategy they twist (field/one-bad+missing-variable).
    const family = request.strategy.split('+')[0] ?? request.strategy;
    const strategy = this.byStrategy.get(family) ?? emptyCounts();
    this.byStrategy.set(family, strategy);
    for (const counts of [this.totals, strategy]) {
      counts.requests += 1;
      counts[verdict.outcome] += 1;
      if (verdict.serverError) counts.serverErrors += 1;
      if (partialWrite) counts.partialWrites += 1;
    }
    for (const code of verdict.typed)
      this.typedCodes.set(code, (this.typedCodes.get(code) ?? 0) + 1);
    const cause = loggedCause(record.logged);
    for (const kind of new Set(verdict.unexpected.map((k) => withCause(k, cause)))) {
      countKind(this.unexpectedKinds, kind, record);
    }
    if (cause) countKind(this.loggedKinds, cause, record);
    const keep = (list: FuzzRecord[], bad: boolean) => {
      if (bad && list.length < this.keep) list.push(record);
    };
    keep(this.examples.unexpected, verdict.outcome === 'unexpected');
    keep(this.examples.serverErrors, verdict.serverError);
    keep(this.examples.partialWrites, partialWrite !== null);
    if (this.rootFields.includes(request.target)) this.coveredFields.add(request.target);
  }

  result(seed: number, durationMs: number): FuzzResult {
    return {
      seed,
      durationMs,
      totals: this.totals,
      mutations: this.mutations,
      byStrategy: this.byStrategy,
      typedCodes: this.typedCodes,
      unexpectedKinds: this.unexpectedKinds,
      loggedKinds: this.loggedKinds,
      examples: this.examples,
      rootFields: this.rootFields,
      coveredFields: this.coveredFields,
    };
  }
}
