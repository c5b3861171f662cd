import { seededRandom } from '@kobling/domain';
import { linkGraph, type LinkGraph } from './link-graph.ts';
import type { LinkScorer } from './scorer.ts';

/**
 * The standard link-prediction protocol (Lü & Zhou, Physica A 390:1150, 2011): the observed ties
 * are split at random into a training set and a probe set (10 %); each scorer sees only the
 * training graph and scores every pair that is not a training tie.
 * - AUC: the probability that a probe tie scores higher than a non-existent tie (a pair that is
 *   a tie in neither set), ties counting ½ — computed exactly over all such pairs, not sampled;
 * - precision@L: the share of probe ties among the L highest-scoring non-training pairs; pairs
 *   tied at the cut-off count by their expected share (random tie-breaking, but without the
 *   randomness).
 * Scores are compared after dropping the lowest 20 bits of their mantissa (about 9½ significant
 * digits kept), so two sums of the same terms added in a different order are one tie.
 */
export interface ProtocolOptions {
  /** Independent random splits (default 10). */
  readonly runs?: number;
  /** Share of the ties in the probe set (default 0.1). */
  readonly probeFraction?: number;
  /** L of precision@L (default 100). */
  readonly precisionAt?: number;
  /** Seed of the first split; run r uses seed + r (default 1). */
  readonly seed?: number;
}

export interface RunScore {
  readonly auc: number;
  readonly precision: number;
}

export interface MeanSd {
  readonly mean: number;
  readonly sd: number;
}

export interface MethodOutcome {
  readonly method: string;
  readonly auc: MeanSd;
  readonly precision: MeanSd;
  readonly runs: readonly RunScore[];
}

export interface ProtocolResult {
  readonly nodes: number;
  readonly ties: number;
  readonly probeTies: number;
  /** Non-existent pairs each probe tie is compared with (per run). */
  readonly comparedPairs: number;
  readonly runs: number;
  readonly precisionAt: number;
  readonly methods: readonly MethodOutcome[];
}

/**
 * Runs the protocol for every scorer on the same splits. `edges` are flat pairs on nodes
 * 0…n−1 (take the giant component first to follow the standard protocol).
 */
export function evaluateLinkPrediction(
  n: number,
  edges: ArrayLike<number>,
  scorers: readonly LinkScorer[],
  options: ProtocolOptions = {},
): ProtocolResult {
  const runs = options.runs ?? 10;
  const fraction = options.probeFraction ?? 0.1;
  const at = options.precisionAt ?? 100;
  const seed = options.seed ?? 1;
  const full = linkGraph(n, edges);
  const ties: [number, number][] = [];
  for (let u = 0; u < n; u++) {
    for (const v of full.neighbors[u] as Int32Array) if (v > u) ties.push([u, v]);
  }
  const probeCount = Math.max(1, Math.round(fraction * ties.length));
  const perMethod = scorers.map(() => [] as RunScore[]);
  for (let r = 0; r < runs; r++) {
    const order = seededRandom(seed + r).shuffle(ties);
    const probe = order.slice(0, probeCount);
    const training = linkGraph(n, order.slice(probeCount).flat());
    scorers.forEach((scorer, i) => {
      scorer.prepare?.(training);
      (perMethod[i] as RunScore[]).push(scoreRun(training, probe, scorer, at));
    });
  }
  return {
    nodes: n,
    ties: ties.length,
    probeTies: probeCount,
    comparedPairs: (n * (n - 1)) / 2 - ties.length,
    runs,
    precisionAt: at,
    methods: scorers.map((s, i) => {
      const list = perMethod[i] as RunScore[];
      return {
        method: s.name,
        auc: meanSd(list.map((x) => x.auc)),
        precision: meanSd(list.map((x) => x.precision)),
        runs: list,
      };
    }),
  };
}

/** AUC and precision@L of one scorer on one split. */
export function scoreRun(
  training: LinkGraph,
  probe: readonly (readonly [number, number])[],
  scorer: LinkScorer,
  at: number,
): RunScore {
  const n = training.n;
  const sortedProbe = [...probe]
    .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]))
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const probeScores = scorer.scoreBatch(
    training,
    Int32Array.from(sortedProbe, (p) => p[0]),
    Int32Array.from(sortedProbe, (p) => p[1]),
  );
  const top = new TopScores(at);
  const probeSorted = new Float64Array(probeScores.length);
  probeScores.forEach((s, i) => {
    probeSorted[i] = quantise(s);
    top.add(probeSorted[i] as number, true);
  });
  probeSorted.sort();
  const auc = new AucCounter(probeSorted);

  // Every non-existent pair u < v, one source at a time: one batch per source.
  const probeOf: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of sortedProbe) probeOf[a]?.push(b);
  const skip = new Uint8Array(n);
  const us = new Int32Array(n);
  const vs = new Int32Array(n);
  for (let u = 0; u < n - 1; u++) {
    const own = training.neighbors[u] as Int32Array;
    const probes = probeOf[u] as number[];
    for (const v of own) skip[v] = 1;
    for (const v of probes) skip[v] = 1;
    let k = 0;
    for (let v = u + 1; v < n; v++) {
      if (skip[v]) continue;
      us[k] = u;
      vs[k++] = v;
    }
    for (const v of own) skip[v] = 0;
    for (const v of probes) skip[v] = 0;
    if (k === 0) continue;
    const scores = scorer.scoreBatch(training, us.subarray(0, k), vs.subarray(0, k));
    for (let i = 0; i < k; i++) {
      const s = quantise(scores[i] as number);
      auc.add(s);
      top.add(s, false);
    }
  }
  return { auc: auc.value(), precision: top.expectedPrecision() };
}

/** Mean and sample standard deviation (n − 1). */
export function meanSd(xs: readonly number[]): MeanSd {
  const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const ss = xs.reduce((a, b) => a + (b - mean) * (b - mean), 0);
  return { mean, sd: xs.length > 1 ? Math.sqrt(ss / (xs.length - 1)) : 0 };
}

const f64 = new Float64Array(1);
const low = new Uint32Array(f64.buffer);
// Little-endian hosts keep the mantissa's low 32 bits in the first word.
const LOW_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** The score with its 20 lowest mantissa bits cleared: monotone, and merges rounding noise. */
export function quantise(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`a link score must be finite, got ${x}`);
  f64[0] = x;
  low[LOW_WORD] = (low[LOW_WORD] as number) & 0xfff00000;
  return f64[0] as number;
}

/** Σ over non-existent pairs of (#probe scores above + ½ #equal), against sorted probe scores. */
export class AucCounter {
  private sum = 0;
  private pairs = 0;
  private lastScore = Number.NaN;
  private lastCredit = 0;
  private readonly probe: Float64Array;

  constructor(sortedProbeScores: Float64Array) {
    this.probe = sortedProbeScores;
  }

  add(score: number): void {
    // Runs of equal scores (most pairs of a sparse graph score the same) reuse the last search.
    if (score !== this.lastScore) {
      const below = lowerBound(this.probe, score);
      const notAbove = upperBound(this.probe, score);
      this.lastScore = score;
      this.lastCredit = this.probe.length - notAbove + 0.5 * (notAbove - below);
    }
    this.sum += this.lastCredit;
    this.pairs++;
  }

  value(): number {
    return this.pairs === 0 || this.probe.length === 0
      ? 0.5
      : this.sum / (this.pairs * this.probe.length);
  }
}

/**
 * The L best scores seen, as (score, count, probe count) groups, best first: only the groups
 * that can still reach the top L are kept, however many pairs share a score.
 */
export class TopScores {
  private readonly values: number[] = [];
  private readonly all: number[] = [];
  private readonly probes: number[] = [];
  private total = 0;
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  add(score: number, isProbe: boolean): void {
    const last = this.values.length - 1;
    if (this.total >= this.limit && score < (this.values[last] as number)) return;
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.values[mid] as number) > score) lo = mid + 1;
      else hi = mid;
    }
    if (this.values[lo] === score) {
      this.all[lo] = (this.all[lo] as number) + 1;
      if (isProbe) this.probes[lo] = (this.probes[lo] as number) + 1;
    } else {
      this.values.splice(lo, 0, score);
      this.all.splice(lo, 0, 1);
      this.probes.splice(lo, 0, isProbe ? 1 : 0);
    }
    this.total++;
    // Drop the lowest group while the groups above it already fill the top L.
    while (
      this.values.length > 1 &&
      this.total - (this.all[this.all.length - 1] as number) >= this.limit
    ) {
      this.total -= this.all.pop() as number;
      this.values.pop();
      this.probes.pop();
    }
  }

  /** Probe share of the top L, the group at the cut-off counting by its probe share. */
  expectedPrecision(): number {
    let taken = 0;
    let hits = 0;
    for (let i = 0; i < this.values.length && taken < this.limit; i++) {
      const all = this.all[i] as number;
      const take = Math.min(all, this.limit - taken);
      hits += (take * (this.probes[i] as number)) / all;
      taken += take;
    }
    return hits / this.limit;
  }
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
