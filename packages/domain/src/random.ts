/**
 * Seeded randomness for generated data, benchmarks, the matchmaking evaluation and the fuzzer:
 * the same seed gives the same draws on every platform, so a generated graph, an evaluation split
 * or a fuzz finding is replayed from its seed. The seeded data and the evaluation's figures depend
 * on this exact sequence (pinned in random.test.ts). Not for secrets: it is not a CSPRNG.
 */

/** A stream of uniform draws in [0, 1). */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit generator. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick from an empty list');
  return items[Math.floor(random() * items.length)] as T;
}

/** One of the choices, each as likely as its weight (weights need not sum to 1). */
export function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of choices) total += w;
  let r = random() * total;
  for (const [value, w] of choices) {
    r -= w;
    if (r < 0) return value;
  }
  const last = choices[choices.length - 1];
  if (!last) throw new RangeError('weighted pick from no choices');
  return last[0];
}

/** A cumulative distribution over indices; `sample` is a binary search (O(log n)). */
export class Cdf {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i += 1) {
      total += weights[i] ?? 0;
      this.cumulative[i] = total;
    }
    if (!(total > 0)) throw new Error('a distribution needs a positive total weight');
  }

  sample(random: Random): number {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const target = random() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf weights 1/rank^s for ranks 1..n. */
export function zipfWeights(n: number, s: number): Float64Array {
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i += 1) weights[i] = 1 / Math.pow(i + 1, s);
  return weights;
}

/** The draws of one seeded stream, for code that hands a generator around. */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** A new array in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** Up to n distinct items, in draw order. */
  sample<T>(items: readonly T[], n: number): T[];
}

export function seededRandom(seed: number): SeededRandom {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => intBetween(next, min, max),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]) => pick(next, items),
    weighted: <T>(choices: readonly (readonly [T, number])[]) => weighted(next, choices),
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
    sample<T>(items: readonly T[], n: number): T[] {
      const pool = [...items];
      const out: T[] = [];
      while (out.length < n && pool.length > 0) {
        out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
      }
      return out;
    },
  };
}
